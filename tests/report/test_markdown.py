"""Tests of the Markdown report and its escaping."""

from __future__ import annotations

import re

import pytest

from chronocheck.models import Report
from chronocheck.report.markdown import escape_markdown, render_markdown

# A cell border is a pipe not preceded by a backslash.
CELL_BORDER = re.compile(r"(?<!\\)\|")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("plain words", "plain words"),
        ("a | b", r"a \| b"),
        ("*bold* _it_ `code`", r"\*bold\* \_it\_ \`code\`"),
        ("[link](javascript:x)", r"\[link\](javascript:x)"),
        ("<script>", r"\<script\>"),
        ("line one\n\n  line two", "line one line two"),
        ("back\\slash", "back\\\\slash"),
        ("AT&T #1 ~x~ !", r"AT\&T \#1 \~x\~ \!"),
        (None, ""),
        (42, "42"),
    ],
)
def test_escape_markdown(value: object, expected: str) -> None:
    assert escape_markdown(value) == expected


@pytest.mark.parametrize(
    "expected",
    [
        "# chronocheck report: The Iran–Iraq War in Five Sentences",
        "- Published: 2024-10-08 (from the dateline)",
        "Found 5 claims · 6 time expressions · 4 quantities · 8 entities · 5 timeline events · "
        "1 inconsistency.",
        "| c4 | event, quantity | When the ceasefire took hold on August 20, 1988",
        "| 1981-03 (relative) | month | Iranian forces recover the lost ground | c2 |",
        "1. **relative-offset** (claims c1, c4): From 1980-09-22",
        "    - “nearly ten years” (line 4, characters 309–325)",
    ],
)
def test_report_shows(small: Report, expected: str) -> None:
    assert expected in render_markdown(small)


@pytest.mark.parametrize("fixture", ["small", "hostile"])
def test_table_rows_keep_their_columns(fixture: str, request: pytest.FixtureRequest) -> None:
    report: Report = request.getfixturevalue(fixture)
    lines = render_markdown(report).splitlines()
    for header, columns in (("| ID | Kinds |", 7), ("| When | Precision |", 4)):
        start = next(i for i, line in enumerate(lines) if line.startswith(header))
        end = next(i for i in range(start, len(lines)) if not lines[i].startswith("|"))
        assert end - start >= 3  # header, delimiter row, at least one row
        for row in lines[start:end]:
            assert len(CELL_BORDER.findall(row)) == columns + 1, row


def test_hostile_strings_are_escaped(hostile: Report) -> None:
    text = render_markdown(hostile)
    assert "<script>" not in text
    assert r"\<script\>" in text
    assert r"\[bold\]y\[/bold\]" in text
    assert not re.search(r"(?<!\\)\*x(?<!\\)\*", text)


def test_empty_report(empty: Report) -> None:
    text = render_markdown(empty)
    assert "No checkable claims found." in text
    assert "| ID |" not in text
