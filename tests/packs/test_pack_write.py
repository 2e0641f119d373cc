"""Writing pack folders: reading back what was written gives the same records."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings

from chronocheck.errors import KnowledgePackError
from chronocheck.packs import (
    PackData,
    RefEntity,
    read_pack_dir,
    validate_pack_dir,
    write_pack_dir,
)
from chronocheck.packs.example import example_pack
from tests.packs.pack_fixtures import write_pack
from tests.packs.pack_strategies import packs


@settings(deadline=None, max_examples=150)
@given(data=packs())
def test_read_after_write_gives_the_same_pack(data: PackData) -> None:
    with tempfile.TemporaryDirectory() as folder:
        write_pack_dir(data, Path(folder))
        assert read_pack_dir(Path(folder)) == data


def test_rewriting_a_read_pack_reproduces_its_records(tmp_path: Path) -> None:
    data = read_pack_dir(write_pack(tmp_path / "original"))
    write_pack_dir(data, tmp_path / "copy")
    assert read_pack_dir(tmp_path / "copy") == data
    # Names in lists are written back as ids.
    assert "N2;N1" in (tmp_path / "copy" / "events.csv").read_text(encoding="utf-8")


def test_the_example_pack_is_valid_and_clean(tmp_path: Path) -> None:
    write_pack_dir(example_pack("berlin-wall"), tmp_path)
    result = validate_pack_dir(tmp_path)
    assert result.ok and result.warnings == ()
    assert dict(result.counts) == {"entities": 2, "events": 2, "quantities": 2, "disputes": 1}


@pytest.mark.parametrize("alias", ["Iran;Iraq", " padded", ""])
def test_a_list_item_that_cannot_be_written_is_refused(tmp_path: Path, alias: str) -> None:
    data = example_pack("x")
    entity = data.entities[0]
    bad = RefEntity(entity.id, entity.name, entity.type, (alias,), "", entity.source)
    with pytest.raises(KnowledgePackError, match="cannot be written"):
        write_pack_dir(PackData(data.info, (bad,), (), (), ()), tmp_path)


def test_an_unwritable_folder_is_a_pack_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(KnowledgePackError, match="Cannot write the pack folder"):
        write_pack_dir(example_pack("x"), blocker / "pack")


@pytest.mark.parametrize(
    "title", ['Quotes " and \\ back', "tab\tand DEL \x7f", "line\nbreak", "é ü ش"]
)
def test_pack_toml_strings_round_trip(tmp_path: Path, title: str) -> None:
    data = example_pack("x")
    write_pack_dir(
        dataclasses.replace(data, info=dataclasses.replace(data.info, title=title)), tmp_path
    )
    assert read_pack_dir(tmp_path).info.title == title
