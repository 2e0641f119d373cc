"""Holiday dates: fixed days, n-th weekdays and days reckoned from Easter."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.holidays import HOLIDAYS, easter_sunday, holiday_date, nth_weekday

YEARS = st.integers(min_value=1583, max_value=2400)


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [
        ("Thanksgiving Day", 1999, "1999-11-25"),
        ("thanksgiving", 2024, "2024-11-28"),
        ("Black Friday", 2024, "2024-11-29"),
        ("Labor Day", 2024, "2024-09-02"),
        ("Memorial Day", 2024, "2024-05-27"),
        ("Mother\u2019s Day", 2024, "2024-05-12"),
        ("Martin Luther King Day", 2013, "2013-01-21"),
        ("Easter", 2024, "2024-03-31"),
        ("Easter Sunday", 2025, "2025-04-20"),
        ("Good Friday", 2013, "2013-03-29"),
        ("Ash Wednesday", 2000, "2000-03-08"),
        ("Christmas Eve", 1980, "1980-12-24"),
        ("Fourth of July", 1776, "1776-07-04"),
    ],
)
def test_holiday_dates(name: str, year: int, expected: str) -> None:
    assert holiday_date(name, year) == dt.date.fromisoformat(expected)


def test_an_unknown_name_has_no_date() -> None:
    assert holiday_date("Founders' Picnic", 2024) is None


@settings(deadline=None)
@given(YEARS)
def test_easter_is_a_sunday_between_22_march_and_25_april(year: int) -> None:
    easter = easter_sunday(year)
    assert easter.weekday() == 6
    assert dt.date(year, 3, 22) <= easter <= dt.date(year, 4, 25)


@settings(deadline=None)
@given(
    YEARS,
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=0, max_value=6),
    st.sampled_from([1, 2, 3, 4, -1]),
)
def test_nth_weekday_is_that_weekday_in_that_week_of_the_month(
    year: int, month: int, weekday: int, nth: int
) -> None:
    day = nth_weekday(year, month, weekday, nth)
    assert (day.year, day.month, day.weekday()) == (year, month, weekday)
    if nth == -1:
        assert (day + dt.timedelta(days=7)).month != month
    else:
        assert (day.day - 1) // 7 == nth - 1


@settings(deadline=None)
@given(YEARS, st.sampled_from(sorted(HOLIDAYS)))
def test_every_holiday_has_a_date_in_every_year(year: int, name: str) -> None:
    day = holiday_date(name, year)
    assert day is not None and abs(day.year - year) <= 1
