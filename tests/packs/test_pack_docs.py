"""docs/packs.md follows the schema the validator uses, and its example is valid."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import chronocheck.packs
from chronocheck.packs import validate_pack_dir
from chronocheck.packs.schema import (
    EVENT_TYPES,
    MEASURES,
    PACK_FILES,
    SLUG_RE,
    TOML_KEYS,
    UNITS,
    Column,
    PackFile,
    slugify,
)
from tests.shared_paths import REPO

DOCS = (REPO / "docs" / "packs.md").read_text(encoding="utf-8")
CODE_BLOCK_RE = re.compile(r"^`([a-z.]+)`:\n\n```(?:csv|toml)\n(.*?)```", re.M | re.S)


def _section(title: str) -> str:
    """The text under the ``### title`` heading, up to the next heading."""
    start = DOCS.index(f"### {title}\n")
    end = DOCS.find("\n#", start + 1)
    return DOCS[start:end]


def _row(name: str, required: bool) -> str:
    return f"| `{name}` | {'yes' if required else ''} |"


@pytest.mark.parametrize(
    ("pack_file", "column"),
    [(pack_file, column) for pack_file in PACK_FILES for column in pack_file.columns],
    ids=lambda value: value.name,
)
def test_every_column_is_documented_with_its_required_flag(
    pack_file: PackFile, column: Column
) -> None:
    assert _row(column.name, column.required) in _section(pack_file.name)


def test_every_pack_toml_key_is_documented() -> None:
    for key in TOML_KEYS:
        dotted = f"{key.section}.{key.name}" if key.section else key.name
        assert _row(dotted, key.required) in _section("pack.toml")


@pytest.mark.parametrize("word", [*EVENT_TYPES, *MEASURES, *UNITS])
def test_every_vocabulary_entry_is_documented(word: str) -> None:
    assert f"`{word}`" in DOCS


def test_the_documented_example_is_a_valid_pack(tmp_path: Path) -> None:
    blocks = dict(CODE_BLOCK_RE.findall(DOCS))
    assert set(blocks) == {pack_file.name for pack_file in PACK_FILES}
    toml = DOCS.split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "pack.toml").write_text(toml, encoding="utf-8")
    for name, text in blocks.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = validate_pack_dir(tmp_path)
    assert result.problems == ()
    assert dict(result.counts) == {"entities": 2, "events": 1, "quantities": 2, "disputes": 1}


def test_all_is_complete_and_sorted() -> None:
    exported = chronocheck.packs.__all__
    assert exported == sorted(exported)
    public = {
        name
        for name, value in vars(chronocheck.packs).items()
        if not name.startswith("_") and not isinstance(value, type(chronocheck))
    } - {"annotations"}
    assert public == set(exported)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Iran–Iraq War", "iran-iraq-war"),
        ("  My Pack! ", "my-pack"),
        ("ÉTÉ 1988", "t-1988"),
        ("—", ""),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug
    assert not slug or SLUG_RE.match(slug)
