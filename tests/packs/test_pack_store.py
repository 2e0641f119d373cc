"""Compiled packs opened read-only: info, records, full-text search, closing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.errors import KnowledgePackError
from chronocheck.packs import CompiledPack, build_pack, read_pack_dir
from chronocheck.packs.store import fts_query
from tests.packs.pack_fixtures import write_pack


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("store")
    return build_pack(write_pack(root / "pack"), root / "pack.sqlite")


@pytest.fixture
def pack(compiled: Path) -> Iterator[CompiledPack]:
    with CompiledPack(compiled) as opened:
        yield opened


def test_info_counts_and_scope(pack: CompiledPack, compiled: Path) -> None:
    assert pack.info.name == "test-pack"
    assert pack.info.scope_entities == ("N1", "N2")
    assert pack.path == compiled
    assert len(pack.content_hash) == 64
    assert pack.counts() == {"entities": 3, "events": 4, "quantities": 2, "disputes": 2}
    assert pack.scope_names() == {"Iran", "Iranian", "Islamic Republic of Iran", "Iraq", "Iraqi"}


def test_data_matches_the_folder(pack: CompiledPack, compiled: Path) -> None:
    assert pack.data() == read_pack_dir(compiled.parent / "pack")
    assert pack.data() is pack.data()


@pytest.mark.parametrize(
    ("query", "best"),
    [
        ("Iraq invaded Iran in September 1980", "E1"),
        ("the Iraqi withdrawal of 1982", "E2"),
        ("Iraq was withdrawing", "E2"),  # stemmed: withdrawing, withdrawal
        ("Resolution 598 demanded a ceasefire", "E3"),
        ("RESOLUTION 598", "E3"),
        ("the executions", "E4"),
        ("Security Council", "E3"),  # a participant's name
    ],
)
def test_search_finds_the_best_event_first(pack: CompiledPack, query: str, best: str) -> None:
    hits = pack.search_events(query)
    assert hits[0][0] == best
    scores = [score for _, score in hits]
    assert all(score > 0 for score in scores) and scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    "query",
    ['"', "AND", "OR NOT", "NEAR(a b)", "title:Iran", "*", "^Iran", "'; DROP TABLE events; --", ""],
)
def test_search_reads_any_text_as_words(pack: CompiledPack, query: str) -> None:
    assert isinstance(pack.search_events(query), list)


@settings(deadline=None, max_examples=200)
@given(query=st.text(max_size=80), limit=st.integers(-1, 5))
def test_search_never_fails(compiled: Path, query: str, limit: int) -> None:
    with CompiledPack(compiled) as opened:
        hits = opened.search_events(query, limit=limit)
    assert len(hits) <= max(limit, 0)


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ('He said "Iran" AND', '"he" OR "said" OR "iran" OR "and"'),
        ("Iran, iran; IRAN", '"iran"'),
        ("snake_case", '"snake" OR "case"'),
        ("— ?! ", None),
    ],
)
def test_fts_query(text: str, query: str | None) -> None:
    assert fts_query(text) == query


def test_the_connection_is_read_only(pack: CompiledPack) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        pack._connection().execute("CREATE TABLE x (y)")


def test_close_is_idempotent_and_later_queries_fail_clearly(compiled: Path) -> None:
    opened = CompiledPack(compiled)
    data = opened.data()
    opened.close()
    opened.close()
    assert opened.data() is data  # cached before closing
    with pytest.raises(KnowledgePackError, match="is closed"):
        opened.search_events("Iran")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "No compiled pack"),
        (b"not a database at all" * 10, "not a compiled chronocheck pack"),
    ],
)
def test_not_a_pack(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "x.sqlite"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(KnowledgePackError, match=message):
        CompiledPack(path)


def test_another_sqlite_file_is_not_a_pack(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE info (key, value)")
    conn.close()
    with pytest.raises(KnowledgePackError, match="not a compiled chronocheck pack"):
        CompiledPack(path)


def test_an_older_format_asks_for_a_rebuild(tmp_path: Path, compiled: Path) -> None:
    copy = tmp_path / "old.sqlite"
    copy.write_bytes(compiled.read_bytes())
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE info SET value = '0' WHERE key = 'format_version'")
    conn.close()
    with pytest.raises(KnowledgePackError, match="rebuild it with `chronocheck pack build`"):
        CompiledPack(copy)
