"""Tests of the terminal report."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from chronocheck.models import Report
from chronocheck.report.terminal import render_terminal
from chronocheck.report.verdicts import NO_OMISSIONS

ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_lines_fit_the_width(small: Report, width: int) -> None:
    lines = render_terminal(small, width=width).splitlines()
    assert max(len(line) for line in lines) <= width


def test_plain_text_has_no_escape_codes_or_trailing_spaces(small: Report) -> None:
    text = render_terminal(small)
    assert "\x1b" not in text
    assert all(line == line.rstrip() for line in text.splitlines())


def test_color_adds_styles_but_not_words(small: Report) -> None:
    colored = render_terminal(small, color=True)
    assert "\x1b[" in colored
    plain_lines = render_terminal(small).splitlines()
    stripped_lines = [line.rstrip() for line in ANSI_ESCAPE.sub("", colored).splitlines()]
    assert stripped_lines == plain_lines


@pytest.mark.parametrize(
    "expected",
    [
        "Title      The Iran–Iraq War in Five Sentences",
        "Published  2024-10-08 (from the dateline)",
        "sha256 813ca61d0e44",
        "5 claims · 6 time expressions · 4 quantities · 8 entities",
        "when: “Six months later” → 1981-03 (month), 6 months after",
        "amount: “over 100,000 soldiers” → more than 100,000",
        "note: asserted by the CIA, hedged",
        "1981-03 (relative)",
        "1. relative-offset (claims c1, c4)",
        "From 1980-09-22 to 1988-08-20 is 7 years 10 months 29 days",
        "▸ “September 22, 1980”  (line 1, characters 21–39)",
        "▸ “nearly ten years”  (line 4, characters 309–325)",
    ],
)
def test_report_shows(small: Report, expected: str) -> None:
    assert expected in render_terminal(small, width=120)


def test_claims_in_text_order_and_timeline_in_date_order(small: Report) -> None:
    text = render_terminal(small, width=120)
    claim_rows = re.findall(r"^  (c\d) ", text, flags=re.MULTILINE)
    assert claim_rows == ["c1", "c2", "c3", "c4", "c5"]
    timeline = text[text.index("Timeline (") : text.index("Inconsistencies (")]
    dates = re.findall(r"^  (\d{4}\S*)", timeline, flags=re.MULTILINE)
    assert dates == ["1980", "1980-09-22", "1981-03", "1982-07", "1988-08-20"]


def test_empty_report_says_nothing_was_found(empty: Report) -> None:
    text = render_terminal(empty)
    assert "No checkable claims found." in text
    assert "No dated events." in text
    assert "Published  unknown" in text


def test_markup_in_report_strings_is_printed_literally(hostile: Report) -> None:
    text = render_terminal(hostile, color=True, width=200)
    assert "[bold]y[/bold]" in ANSI_ESCAPE.sub("", text)


def test_rendering_ignores_the_environment(small: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    before = render_terminal(small)
    for name, value in {
        "NO_COLOR": "1",
        "COLUMNS": "40",
        "FORCE_COLOR": "1",
        "TERM": "dumb",
    }.items():
        monkeypatch.setenv(name, value)
    assert render_terminal(small) == before


@pytest.mark.parametrize(
    "expected",
    [
        "Checked    iran-iraq-war 1.0.0 (The Iran–Iraq war, 1979–1988)",
        "Verdicts   ✓ 1 supported · ✗ 2 contradicted · ± 2 contested · ? 1 unverifiable",
        "✗ contradicted",
        "difference: the article says 19 Aug 1987; Resolution 598 was adopted on 20 Jul 1987, 30",
        "evidence: UN Security Council Resolution 598 adopted, 1987-07-20 — UN Security Council",
        "<https://undocs.org/S/RES/598(1987)?lang=en&format=pdf> [iran-iraq-war event E027]",
        "quote: “Demands that, as a first step towards a negotiated settlement, Iran and Iraq",
        "Omissions (3, most important first)",
        "1. ○ Operation Mersad (1988-07-26 – 1988-07-30)",
        "why: the article covers 1980–1988 and Iran, Iraq, and does not mention Operation Mersad",
        "source: Encyclopaedia Britannica: Iran-Iraq War <https://www.britannica.com/event/",
        "3. ○ 1988 executions of political prisoners (1988-07 – 1988-09)",
    ],
)
def test_checked_report_shows(verified: Report, expected: str) -> None:
    assert expected in render_terminal(verified, width=160)


@pytest.mark.parametrize(
    ("label", "code"),
    [("✓ supported", "1;32"), ("✗ contradicted", "1;31"), ("± contested", "1;33"),
     ("? unverifiable", "2")],
)  # fmt: skip
def test_each_verdict_has_its_colour(verified: Report, label: str, code: str) -> None:
    assert f"\x1b[{code}m{label}" in render_terminal(verified, color=True, width=160)


def test_unchecked_report_says_so_and_has_no_verification_sections(unchecked: Report) -> None:
    text = render_terminal(unchecked, width=120)
    assert "Checked    not checked against any reference pack" in text
    assert "Verdicts" not in text
    assert "Omissions" not in text
    assert "evidence:" not in text


def test_checked_report_without_omissions_says_none_are_missing(verified: Report) -> None:
    text = render_terminal(replace(verified, omissions=()), width=120)
    assert "Omissions (0)" in text
    assert NO_OMISSIONS in text
