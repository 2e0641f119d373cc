"""Compiling pack folders: validated, atomic, with the folder's content hash."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings

from chronocheck.errors import KnowledgePackError
from chronocheck.packs import (
    CompiledPack,
    PackData,
    build_pack,
    content_hash,
    read_pack_dir,
    write_pack_dir,
)
from tests.packs.pack_fixtures import write_broken_pack, write_pack
from tests.packs.pack_strategies import packs


def test_build_writes_every_table_and_the_hash(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    out = build_pack(folder, tmp_path / "out" / "test.sqlite")
    assert out == tmp_path / "out" / "test.sqlite"
    with sqlite3.connect(out) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        info = dict(conn.execute("SELECT key, value FROM info"))
        fts = conn.execute("SELECT count(*) FROM events_fts").fetchone()[0]
    conn.close()
    assert {
        "info",
        "entities",
        "aliases",
        "events",
        "quantities",
        "disputes",
        "events_fts",
    } <= tables
    assert info["content_hash"] == content_hash(folder)
    assert info["name"] == "test-pack"
    assert fts == 4


@settings(deadline=None, max_examples=40)
@given(data=packs())
def test_compiled_pack_gives_back_the_folder_records(data: PackData) -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "pack"
        write_pack_dir(data, folder)
        with CompiledPack(build_pack(folder, Path(temp) / "pack.sqlite")) as pack:
            assert pack.data() == read_pack_dir(folder) == data


def test_a_bad_pack_is_not_built_and_leaves_no_file(tmp_path: Path) -> None:
    folder = write_broken_pack(tmp_path / "pack", "events.csv", "1980-09-22", "1980-13-22")
    out = tmp_path / "out.sqlite"
    with pytest.raises(KnowledgePackError, match=r"events.csv:2: date_start '1980-13-22'"):
        build_pack(folder, out)
    assert list(tmp_path.iterdir()) == [folder]


def test_rebuild_replaces_the_file_whole(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    out = build_pack(folder, tmp_path / "pack.sqlite")
    first = content_hash(folder)
    (folder / "events.csv").write_text(
        (folder / "events.csv").read_text(encoding="utf-8").replace("Mass executions", "Purge"),
        encoding="utf-8",
    )
    build_pack(folder, out)
    with CompiledPack(out) as pack:
        assert pack.content_hash == content_hash(folder) != first
        assert pack.data().events[-1].title == "Purge"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack", "pack.sqlite"]


def test_content_hash_counts_only_the_pack_files(tmp_path: Path) -> None:
    folder = write_pack(tmp_path)
    before = content_hash(folder)
    (folder / "README.md").write_text("notes", encoding="utf-8")
    (folder / "test-pack.sqlite").write_bytes(b"compiled")
    assert content_hash(folder) == before
    (folder / "disputes.csv").write_text("", encoding="utf-8")
    emptied = content_hash(folder)
    (folder / "disputes.csv").unlink()
    assert len({before, emptied, content_hash(folder)}) == 3


def test_content_hash_of_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(KnowledgePackError, match="No pack folder"):
        content_hash(tmp_path / "absent")


def test_an_unwritable_target_is_a_pack_error(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(KnowledgePackError, match="Cannot write a compiled pack"):
        build_pack(folder, blocker / "out.sqlite")
