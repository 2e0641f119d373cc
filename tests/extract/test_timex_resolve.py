"""Resolving relative time expressions against the document date, the narrative and anchors."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from chronocheck.extract.timex_grammar import find_timexes
from chronocheck.extract.timex_parse import TimexAnchor
from chronocheck.extract.timex_resolve import nearest_month, nearest_weekday, resolve

#: A Tuesday.
DCT = dt.date(2024, 10, 8)


def _values(text: str, dct: dt.date | None = DCT) -> list[tuple[str, str | None]]:
    return [(text[p.start : p.end], p.value) for p in resolve(find_timexes(text), dct)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("today", "2024-10-08"),
        ("yesterday", "2024-10-07"),
        ("tomorrow", "2024-10-09"),
        ("last year", "2023"),
        ("next month", "2024-11"),
        ("this week", "2024-W41"),
        ("last quarter", "2024-Q3"),
        ("two weeks ago", "2024-W39"),
        ("three years ago", "2021"),
        ("ten days ago", "2024-09-28"),
        ("last April", "2024-04"),
        ("next April", "2025-04"),
        ("last fall", "2023-FA"),
        ("at 3:30 p.m.", "2024-10-08T15:30"),
        ("Friday", "2024-10-04"),
        ("Tuesday", "2024-10-08"),
        ("next Friday", "2024-10-11"),
        ("last Tuesday", "2024-10-01"),
        ("over the weekend", "2024-W40-WE"),
        ("in the latest quarter", "2024-Q3"),
        ("this morning", "2024-10-08TMO"),
        ("last night", "2024-10-07TNI"),
        ("tonight", "2024-10-08TNI"),
        ("yesterday afternoon", "2024-10-07TAF"),
        ("Friday evening", "2024-10-04TEV"),
        ("last Christmas", "2023-12-25"),
        ("next Thanksgiving", "2024-11-28"),
        ("this Easter", "2024-03-31"),
    ],
)
def test_deictic_expressions_take_the_document_date(text: str, value: str) -> None:
    assert _values(text)[-1][1] == value


def test_without_a_document_date_deictic_expressions_stay_unresolved() -> None:
    parses = resolve(find_timexes("last year"), None)
    assert [(p.value, p.resolved) for p in parses] == [(None, False)]


def test_a_day_without_a_year_takes_the_year_of_the_date_before_it() -> None:
    text = "They went to Iraq on June 7, 1986. On June 20 the army was founded."
    assert _values(text) == [("June 7, 1986", "1986-06-07"), ("June 20", "1986-06-20")]


def test_in_a_report_of_current_events_a_day_ignores_an_older_date_cited() -> None:
    text = (
        "Iraq accused Kuwait on Tuesday. The war with Iran ended in August 1988. "
        "Iraq invaded Kuwait on Aug. 2."
    )
    values = _values(text, dt.date(1990, 8, 15))
    assert values[-1] == ("Aug. 2", "1990-08-02")


def test_an_anniversary_piece_still_lends_the_old_year() -> None:
    text = "Forty-three years ago today, troops landed on 2 April 1982. On 4 May a ship sank."
    assert _values(text, dt.date(2025, 4, 2))[-1] == ("4 May", "1982-05-04")


def test_a_day_without_a_year_and_no_date_before_it_is_the_nearest_one() -> None:
    assert _values("He was rescued Nov. 25.", dt.date(2000, 1, 15)) == [("Nov. 25", "1999-11-25")]


def test_an_offset_after_a_date_in_its_phrase_is_computed() -> None:
    text = "eight days after its issuance on August 19, 1987"
    offset, date = find_timexes(text)
    anchor = TimexAnchor(kind="timex", timex_start=date.start)
    resolved = resolve([replace(offset, anchor=anchor), date], DCT)
    assert (resolved[0].value, resolved[0].precision, resolved[0].resolved) == (
        "1987-08-27",
        "day",
        True,
    )


def test_an_offset_from_an_event_stays_unresolved() -> None:
    (offset,) = find_timexes("six months before Iraq's invasion")
    anchored = replace(offset, anchor=TimexAnchor(kind="event", text="Iraq's invasion"))
    (resolved,) = resolve([anchored], DCT)
    assert (resolved.value, resolved.resolved) == (None, False)


@pytest.mark.parametrize(
    ("weekday", "shift_weeks", "future", "expected"),
    [
        (4, 0, False, "2024-10-04"),
        (4, 0, True, "2024-10-11"),
        (1, 0, False, "2024-10-08"),
        (1, 0, True, "2024-10-08"),
        (1, 1, False, "2024-10-15"),
        (1, -1, False, "2024-10-01"),
        (0, -1, False, "2024-10-07"),
    ],
)
def test_nearest_weekday(weekday: int, shift_weeks: int, future: bool, expected: str) -> None:
    day = nearest_weekday(DCT, weekday, shift_weeks=shift_weeks, future=future)
    assert day.isoformat() == expected


@pytest.mark.parametrize(
    ("month", "shift_years", "expected"),
    [
        (4, -1, "2024-04"),
        (11, -1, "2023-11"),
        (10, -1, "2023-10"),
        (4, 1, "2025-04"),
        (12, 1, "2024-12"),
    ],
)
def test_nearest_month(month: int, shift_years: int, expected: str) -> None:
    assert nearest_month(DCT, month, shift_years=shift_years) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On June 7, 1986 he flew in; by Thanksgiving Day he had left.", "1986-11-27"),
        ("Talks began on June 3, 1999 and ended on Good Friday.", "1999-04-02"),
        ("Shops were shut on Christmas Eve, 2001.", "2001-12-24"),
        ("On 2 April 2000 the pilgrims arrived; they left in Easter week.", "2000-W16"),
    ],
)
def test_a_holiday_takes_the_year_of_the_narrative(text: str, value: str) -> None:
    assert _values(text)[-1][1] == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "Net fell in the third quarter of 1989 from $4 million a year ago.",
            "a year ago",
            "1988-Q3",
        ),
        ("Revenue was $76 million for the year ended March 31, 1989.", "the year", "P1Y"),
        ("The war ended two years ago; a year ago it flared again.", "a year ago", "2023"),
    ],
)
def test_a_year_ago_in_a_quarterly_report_is_that_quarter_a_year_before(
    text: str, words: str, value: str
) -> None:
    assert dict(_values(text))[words] == value
