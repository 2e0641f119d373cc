"""Titles of plain-text articles."""

from __future__ import annotations

import pytest

from chronocheck.ingest.title import find_title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Monday, March 3, 2025\nThe war in dates\n\nIt began in 1980.", "The war in dates"),
        ("The war in dates\n\nIt began in 1980.", "The war in dates"),
        ("It began in 1980.\n\nIt ended in 1988.", None),
        ("Only one line, no title", None),
        ("Monday, March 3, 2025\n" + "x" * 200 + "\nmore", None),
        ("", None),
    ],
)
def test_find_title(text: str, title: str | None) -> None:
    assert find_title(text) == title
