"""Tests of the Markdown report and its escaping."""

from __future__ import annotations

import re

import pytest

from chronocheck.models import Report
from chronocheck.report.markdown import escape_markdown, markdown_link, render_markdown

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


@pytest.mark.parametrize(
    "expected",
    [
        "- Checked against: iran-iraq-war 1.0.0 (The Iran–Iraq war, 1979–1988)",
        "Verdicts: ✓ 1 supported · ✗ 2 contradicted · ± 2 contested · ? 1 unverifiable.",
        "| c4 | event | The Security Council adopted Resolution 598 on August 19, 1987 | "
        "“August 19, 1987” → 1987-08-19 (day) |  |  | ✗ contradicted (0.88) |",
        "- **c4** ✗ contradicted (0.88): “The Security Council adopted Resolution 598",
        "    - Difference: the article says 19 Aug 1987; Resolution 598 was adopted on 20 Jul",
        "    - Evidence: UN Security Council Resolution 598 adopted, 1987-07-20 — "
        "[UN Security Council Resolution 598 (1987)]"
        "(<https://undocs.org/S/RES/598(1987)?lang=en&format=pdf>) "
        "\\[iran-iraq-war event E027\\]: “Demands that",
        "— Encyclopaedia Iranica \\[iran-iraq-war quantity Q002\\]",
        "| 1987-07-20 | ✗ contradicted | Resolution 598 adopted | iran-iraq-war E027 | c4 |",
        "| 1988-07-26 – 1988-07-30 | ○ omitted | Operation Mersad | iran-iraq-war E029 |  |",
        "1. ○ **Operation Mersad (1988-07-26 – 1988-07-30)**: the article covers 1980–1988",
        "    - Source: Operation Mersad — [Encyclopaedia Britannica: Iran-Iraq War]"
        "(<https://www.britannica.com/event/Iran-Iraq-War>)",
    ],
)
def test_checked_report_shows(verified: Report, expected: str) -> None:
    assert expected in render_markdown(verified)


def test_unchecked_report_says_so_and_has_no_verification_sections(unchecked: Report) -> None:
    text = render_markdown(unchecked)
    assert "- Checked against: not checked against any reference pack" in text
    for heading in ("Verdicts", "## Reference timeline", "## Omissions", "Evidence:"):
        assert heading not in text


def test_reference_table_keeps_its_columns(verified: Report) -> None:
    lines = render_markdown(verified).splitlines()
    start = lines.index("| When | Status | Reference event | Pack row | Claims |")
    rows = lines[start : start + 2 + len(verified.reference_timeline)]
    assert all(len(CELL_BORDER.findall(row)) == 6 for row in rows)


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        ("UN", "https://un.org/a b<c>", "[UN](<https://un.org/a%20b%3Cc%3E>)"),
        ("a [b]", "http://x.org/(1)", r"[a \[b\]](<http://x.org/(1)>)"),
        ("UN", "javascript:alert(1)", "UN (javascript:alert(1))"),
        ("UN", "file:///etc/passwd", "UN (file:///etc/passwd)"),
        ("*UN*", None, r"\*UN\*"),
        ("UN", "https://x.org/\nnew line", "[UN](<https://x.org/%0Anew%20line>)"),
    ],
)
def test_markdown_link(text: str, url: str | None, expected: str) -> None:
    assert markdown_link(text, url) == expected


def test_hostile_source_addresses_stay_inside_their_link(hostile: Report) -> None:
    text = render_markdown(hostile)
    assert "(<https://a.example/%22%3E%3Cscript%3E>)" in text
    assert "javascript:alert(4)" in text and "(<javascript" not in text
