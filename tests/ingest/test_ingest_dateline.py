"""Tests for ``chronocheck.ingest.dateline``: a first line that is only a date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.ingest.dateline import find_dateline

OCT_8_2024 = dt.date(2024, 10, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday, October 8, 2024\nHome", OCT_8_2024),
        ("October 8, 2024\n", OCT_8_2024),
        ("October 8 2024", OCT_8_2024),
        ("Oct. 8, 2024", OCT_8_2024),
        ("Tue, Oct 8th, 2024", OCT_8_2024),
        ("8 October 2024", OCT_8_2024),
        ("Tuesday 8 October 2024", OCT_8_2024),
        ("8th of October, 2024", OCT_8_2024),
        ("2024-10-08", OCT_8_2024),
        ("Sept. 22, 1980", dt.date(1980, 9, 22)),
        ("\n\n   8 October 2024   \nThe war began.", OCT_8_2024),
        ("OCTOBER 8, 2024", OCT_8_2024),
        # A wrong weekday is logged, not fatal: the date itself is kept.
        ("Friday, October 8, 2024", OCT_8_2024),
    ],
)
def test_dateline_is_found(text: str, expected: dt.date) -> None:
    assert find_dateline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n  \n",
        "October 8, 2024 was a Tuesday.",
        "Published October 8, 2024",
        "The war began.\nOctober 8, 2024",
        "October 2024",
        "May",
        "2024",
        "2024-02-30",
        "February 30, 2024",
        "10/08/2024",
        "Someday, October 8, 2024",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


DATE_FORMATS = ("%A, %B %d, %Y", "%B %d, %Y", "%d %B %Y", "%a %d %b %Y", "%Y-%m-%d", "%b. %d, %Y")


@settings(deadline=None)
@given(
    date=st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)),
    date_format=st.sampled_from(DATE_FORMATS),
    rest=st.text(),
)
def test_formatted_dates_round_trip(date: dt.date, date_format: str, rest: str) -> None:
    assert find_dateline(f"{date.strftime(date_format)}\n{rest}") == date


@settings(deadline=None)
@given(st.text())
def test_never_raises_and_needs_a_date_shaped_line(text: str) -> None:
    found = find_dateline(text)
    if found is not None:
        assert any(char.isdigit() for char in text)
