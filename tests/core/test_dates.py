"""Calendar arithmetic: shifting dates by TIMEX3 units and the days a value covers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.dates import (
    add_duration,
    add_months,
    coarser_precision,
    format_date,
    format_duration,
    interval_of,
    parse_duration,
    shift,
)
from chronocheck.models import Precision

# Dates far enough from the ends of the calendar for any shift below.
SAFE_DATES = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(8999, 12, 31))


@pytest.mark.parametrize(
    ("start", "duration", "sign", "expected"),
    [
        ("1987-08-19", "P8D", 1, "1987-08-27"),
        ("1980-09-22", "P6M", -1, "1980-03-22"),
        ("1980-09-22", "P2W", 1, "1980-10-06"),
        ("2024-01-31", "P1M", 1, "2024-02-29"),  # clamped to the end of a leap February
        ("2023-01-31", "P1M", 1, "2023-02-28"),
        ("2024-02-29", "P1Y", 1, "2025-02-28"),
        ("1982-05-01", "P7M", 1, "1982-12-01"),
        ("1989-10-26", "P1Q", -1, "1989-07-26"),
        ("1980-01-01", "P1DE", 1, "1990-01-01"),
        ("1900-06-15", "P1CE", 1, "2000-06-15"),
    ],
)
def test_add_duration(start: str, duration: str, sign: int, expected: str) -> None:
    result = add_duration(dt.date.fromisoformat(start), duration, sign=sign)
    assert result == dt.date.fromisoformat(expected)


@pytest.mark.parametrize("duration", ["PXY", "P1.5Y", "PT3H", "yesterday", ""])
def test_add_duration_refuses_what_is_not_whole_days(duration: str) -> None:
    assert add_duration(dt.date(2000, 1, 1), duration) is None


def test_shift_rejects_an_unknown_unit() -> None:
    with pytest.raises(ValueError, match="Unknown calendar unit 'X'"):
        shift(dt.date(2000, 1, 1), 1, "X")


@pytest.mark.parametrize(
    ("value", "earliest", "latest", "precision"),
    [
        ("1980-09-22", "1980-09-22", "1980-09-23", "day"),
        ("1982-05", "1982-05-01", "1982-06-01", "month"),
        ("1979", "1979-01-01", "1980-01-01", "year"),
        ("198", "1980-01-01", "1990-01-01", "decade"),
        ("19", "1900-01-01", "2000-01-01", "century"),
        ("1989-Q3", "1989-07-01", "1989-10-01", "quarter"),
        ("1998-SU", "1998-06-01", "1998-09-01", "season"),
        ("1998-WI", "1998-12-01", "1999-03-01", "season"),
        ("2013-W11", "2013-03-11", "2013-03-18", "week"),
        ("2013-W11-WE", "2013-03-16", "2013-03-18", "week"),
        ("1983/1986", "1983-01-01", "1987-01-01", "year"),
        ("1998-08-07T10:35", "1998-08-07", "1998-08-08", "time"),
    ],
)
def test_interval_of(value: str, earliest: str, latest: str, precision: str) -> None:
    interval = interval_of(value)
    assert interval is not None
    assert (interval.earliest.isoformat(), interval.latest.isoformat()) == (earliest, latest)
    assert interval.precision == precision


@pytest.mark.parametrize(
    "value", ["PAST_REF", "XXXX-09-22", "P6M", "1980-02-30", "1986/1983", "1980-13"]
)
def test_interval_of_values_without_fixed_days(value: str) -> None:
    assert interval_of(value) is None


@pytest.mark.parametrize(
    ("precision", "expected"),
    [
        ("day", "1980-09-22"),
        ("month", "1980-09"),
        ("year", "1980"),
        ("week", "1980-W39"),
        ("quarter", "1980-Q3"),
        ("season", "1980-FA"),
        ("decade", "198"),
        ("century", "19"),
    ],
)
def test_format_date(precision: Precision, expected: str) -> None:
    assert format_date(dt.date(1980, 9, 22), precision) == expected


def test_coarser_precision() -> None:
    assert coarser_precision("day", "month") == "month"
    assert coarser_precision("decade", "year") == "decade"


@settings(deadline=None)
@given(SAFE_DATES, st.sampled_from(["day", "week", "month", "season", "quarter", "year", "decade"]))
def test_a_formatted_date_lies_inside_its_own_interval(date: dt.date, precision: Precision) -> None:
    interval = interval_of(format_date(date, precision))
    assert interval is not None
    assert interval.earliest <= date < interval.latest


@settings(deadline=None)
@given(SAFE_DATES, st.integers(min_value=-1200, max_value=1200))
def test_adding_months_keeps_the_day_or_clamps_it(date: dt.date, months: int) -> None:
    moved = add_months(date, months)
    assert (moved.year * 12 + moved.month) - (date.year * 12 + date.month) == months
    assert moved.day == date.day or moved.day < date.day and (moved + dt.timedelta(1)).day == 1


@settings(deadline=None)
@given(st.integers(min_value=0, max_value=999), st.sampled_from(["D", "W", "M", "Q", "Y", "TH"]))
def test_duration_round_trip(amount: int, unit: str) -> None:
    assert parse_duration(format_duration(amount, unit)) == (float(amount), unit)
