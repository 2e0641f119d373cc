"""Calendar arithmetic for TIMEX3 values: shifting dates, and the days a value covers.

Shared by every stage that reasons about time (extraction, the timeline, and
verification); it knows nothing of spaCy.

Pure functions over :class:`datetime.date`. Intervals are half-open: ``earliest``
is the first day inside, ``latest`` the first day after. Units are the TIMEX3
duration letters: ``D`` day, ``W`` week, ``M`` month, ``Q`` quarter, ``Y`` year,
``DE`` decade, ``CE`` century (``Q``, ``DE`` and ``CE`` as TIMEX3 writes them).
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from dataclasses import dataclass

from chronocheck.models import Precision

LOGGER = logging.getLogger(__name__)

#: English month names and their numbers.
MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
#: Months in each calendar unit that is a whole number of months.
MONTHS_PER_UNIT = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200, "ML": 12000}
#: Days in each calendar unit that is a whole number of days.
DAYS_PER_UNIT = {"D": 1, "W": 7}
#: Season codes and the month each starts in (northern hemisphere, meteorological).
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
#: The precision at which a shift by each unit is naturally expressed.
UNIT_PRECISION: dict[str, Precision] = {
    "D": "day",
    "W": "week",
    "M": "month",
    "Q": "quarter",
    "Y": "year",
    "DE": "decade",
    "CE": "century",
}

#: Precisions from finest to coarsest.
PRECISION_ORDER: tuple[Precision, ...] = (
    "time",
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "year",
    "decade",
    "century",
    "millennium",
)

_DURATION_RE = re.compile(r"^P(\d+(?:\.\d+)?|X)(DE|CE|ML|[YQMWD])$")
_TIME_DURATION_RE = re.compile(r"^PT(\d+(?:\.\d+)?|X)([HMS])$")
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")
_WEEK_RE = re.compile(r"^(\d{4})-W(\d{1,2})(?:-WE)?$")
_QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF_RE = re.compile(r"^(\d{4})-H([12])$")
_SEASON_RE = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE_RE = re.compile(r"^(\d{3})$")
_CENTURY_RE = re.compile(r"^(\d{2})$")


@dataclass(frozen=True, slots=True)
class DayInterval:
    """The days a TIMEX3 value covers, half-open, with the value's precision."""

    earliest: dt.date
    latest: dt.date
    precision: Precision


def parse_duration(value: str) -> tuple[float | None, str] | None:
    """Split a single-unit ISO 8601 duration such as ``"P6M"`` or ``"PT3H"``.

    Args:
        value: The duration; ``X`` stands for an unknown amount (``"PXY"``).

    Returns:
        ``(amount, unit)`` with ``amount`` None when unknown, time units prefixed
        with ``T`` (``"TH"``), or None when ``value`` is not a single-unit duration.
    """
    match = _DURATION_RE.match(value)
    if match:
        amount, unit = match.groups()
        return (None if amount == "X" else float(amount)), unit
    match = _TIME_DURATION_RE.match(value)
    if match:
        amount, unit = match.groups()
        return (None if amount == "X" else float(amount)), "T" + unit
    return None


def coarser_precision(first: Precision, second: Precision) -> Precision:
    """The coarser of two precisions ("month" and "year" give "year")."""
    return max(first, second, key=PRECISION_ORDER.index)


#: Years in the units that ISO 8601 durations write as years ("two decades" is P20Y).
YEARS_PER_UNIT = {"DE": 10, "CE": 100, "ML": 1000}


def format_duration(amount: float | None, unit: str) -> str:
    """Write a single-unit ISO 8601 duration (the inverse of :func:`parse_duration`).

    A known number of decades, centuries or millennia is written in years, as
    ISO 8601 and TempEval do ("two decades" is ``P20Y``); an unknown one keeps
    its unit ("decades" is ``PXDE``), which says more than ``PXY``.
    """
    if amount is not None and unit in YEARS_PER_UNIT:
        amount, unit = amount * YEARS_PER_UNIT[unit], "Y"
    if amount is None:
        number = "X"
    elif float(amount).is_integer():
        number = str(int(amount))
    else:
        number = f"{amount:g}"
    if unit.startswith("T"):
        return f"PT{number}{unit[1:]}"
    return f"P{number}{unit}"


def add_months(date: dt.date, months: int) -> dt.date:
    """Add calendar months, clamping the day to the end of a shorter month."""
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, dt.MINYEAR), dt.MAXYEAR)
    last_day = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(date.day, last_day))


def shift(date: dt.date, amount: int, unit: str) -> dt.date:
    """Move a date by a signed whole number of calendar units.

    Args:
        date: The starting day.
        amount: How many units; negative moves back in time.
        unit: A duration unit (``D``, ``W``, ``M``, ``Q``, ``Y``, ``DE``, ``CE``, ``ML``).

    Returns:
        The shifted day (month-end clamped, bounded to the supported years).

    Raises:
        ValueError: On an unknown unit.
    """
    if unit in DAYS_PER_UNIT:
        try:
            return date + dt.timedelta(days=amount * DAYS_PER_UNIT[unit])
        except OverflowError:
            return dt.date.max if amount > 0 else dt.date.min
    if unit in MONTHS_PER_UNIT:
        return add_months(date, amount * MONTHS_PER_UNIT[unit])
    raise ValueError(f"Unknown calendar unit '{unit}'.")


def add_duration(date: dt.date, duration: str, *, sign: int = 1) -> dt.date | None:
    """Add (``sign=1``) or subtract (``sign=-1``) an ISO duration such as ``"P8D"``.

    Returns:
        The shifted day, or None when the duration is unknown (``"PXY"``), fractional
        or finer than a day.
    """
    parts = parse_duration(duration)
    if parts is None:
        return None
    amount, unit = parts
    if amount is None or not amount.is_integer() or unit.startswith("T"):
        return None
    return shift(date, sign * int(amount), unit)


def format_date(date: dt.date, precision: Precision) -> str:
    """Write the TIMEX3 value of the period of ``precision`` that contains ``date``."""
    if precision == "day" or precision == "time":
        return date.isoformat()
    if precision == "month":
        return f"{date.year:04d}-{date.month:02d}"
    if precision == "week":
        year, week, _ = date.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if precision == "quarter":
        return f"{date.year:04d}-Q{(date.month - 1) // 3 + 1}"
    if precision == "season":
        # Winter starts in December: January 1999 is in winter 1998.
        start = add_months(date.replace(day=1), -((date.month - 3) % 3))
        season = next(code for code, month in SEASON_START_MONTH.items() if month == start.month)
        return f"{start.year:04d}-{season}"
    if precision == "decade":
        return f"{date.year // 10:03d}"
    if precision == "century":
        return f"{date.year // 100:02d}"
    if precision == "millennium":
        return f"{date.year // 1000:d}"
    return f"{date.year:04d}"


def _year_span(first_year: int, years: int, precision: Precision) -> DayInterval | None:
    if first_year < dt.MINYEAR or first_year + years > dt.MAXYEAR:
        return None
    return DayInterval(dt.date(first_year, 1, 1), dt.date(first_year + years, 1, 1), precision)


def _month_span(year: int, month: int, months: int, precision: Precision) -> DayInterval | None:
    if not dt.MINYEAR <= year < dt.MAXYEAR or not 1 <= month <= 12:
        return None
    first = dt.date(year, month, 1)
    return DayInterval(first, add_months(first, months), precision)


def _date_interval(value: str) -> DayInterval | None:
    match = _DATE_RE.match(value)
    if not match:
        return None
    year_text, month_text, day_text = match.groups()
    year = int(year_text)
    if month_text is None:
        return _year_span(year, 1, "year")
    if day_text is None:
        return _month_span(year, int(month_text), 1, "month")
    try:
        day = dt.date(year, int(month_text), int(day_text))
    except ValueError:
        return None
    precision: Precision = "time" if "T" in value else "day"
    return DayInterval(day, shift(day, 1, "D"), precision)


def _period_interval(value: str) -> DayInterval | None:
    if match := _WEEK_RE.match(value):
        year, week = int(match.group(1)), int(match.group(2))
        try:
            monday = dt.date.fromisocalendar(year, week, 1)
        except ValueError:
            return None
        if value.endswith("-WE"):
            return DayInterval(shift(monday, 5, "D"), shift(monday, 7, "D"), "week")
        return DayInterval(monday, shift(monday, 1, "W"), "week")
    if match := _QUARTER_RE.match(value):
        year, quarter = int(match.group(1)), int(match.group(2))
        return _month_span(year, 3 * quarter - 2, 3, "quarter")
    if match := _HALF_RE.match(value):
        year, half = int(match.group(1)), int(match.group(2))
        return _month_span(year, 6 * half - 5, 6, "quarter")
    if match := _SEASON_RE.match(value):
        year, start_month = int(match.group(1)), SEASON_START_MONTH[match.group(2)]
        # Winter of year Y runs from December of Y into the next year.
        return _month_span(year, start_month, 3, "season")
    if match := _DECADE_RE.match(value):
        return _year_span(int(match.group(1)) * 10, 10, "decade")
    if match := _CENTURY_RE.match(value):
        return _year_span(int(match.group(1)) * 100, 100, "century")
    return None


def interval_of(value: str) -> DayInterval | None:
    """The days a TIMEX3 DATE/TIME value covers.

    Handles days, months, years, weeks, weekends, quarters, halves, seasons,
    decades (``"198"``), centuries (``"19"``) and intervals (``"1983/1986"``, which
    run from the start of the first to the end of the second).

    Returns:
        The interval, or None for values that name no fixed days (``"PAST_REF"``,
        ``"XXXX-09-22"``, durations).
    """
    if "/" in value:
        first, _, last = value.partition("/")
        start, end = interval_of(first), interval_of(last)
        if start is None or end is None or end.latest <= start.earliest:
            return None
        return DayInterval(start.earliest, end.latest, start.precision)
    return _date_interval(value) or _period_interval(value)


#: Periods that recur every year: "a year earlier" than a quarter is that quarter
#: a year before, not a whole year.
YEARLY_PERIODS = frozenset({"quarter", "season"})


def offset_precision(unit: str) -> Precision:
    """The precision of a date some ``unit`` away from another: "a week later" is a day."""
    return "day" if unit == "W" else UNIT_PRECISION.get(unit, "day")


def anchored_precision(anchor: Precision, own: Precision, *, shifted: bool) -> Precision:
    """The precision of an expression measured from an anchor of precision ``anchor``.

    The coarser of the two ("two months later" than 22 September 1980 is November
    1980), except that a year away from a quarter or season is that quarter or
    season ("a year earlier" than the third quarter of 1989 is the third quarter
    of 1988). ``shifted`` says whether the expression is some time away from
    its anchor rather than at it ("that year").
    """
    if shifted and anchor in YEARLY_PERIODS and own == "year":
        return anchor
    return coarser_precision(anchor, own)


def shift_from(
    base: DayInterval, offset: str, *, direction: str, own: Precision | None = None
) -> tuple[dt.date, Precision] | None:
    """The day ``offset`` before or after ``base``, and the precision to write it at.

    Args:
        base: The anchor's interval ("22 September 1980", "May 1982").
        offset: An ISO duration ("P6M", "P8D").
        direction: ``"before"`` or ``"after"``.
        own: The expression's own precision, if the tagger knows one finer than
            the offset's unit ("35 years to the day after").

    Returns:
        ``(day, precision)``, or None for an offset that cannot be counted ("PXY").
    """
    parts = parse_duration(offset)
    if parts is None:
        return None
    day = add_duration(base.earliest, offset, sign=-1 if direction == "before" else 1)
    if day is None:
        return None
    precision = anchored_precision(base.precision, own or offset_precision(parts[1]), shifted=True)
    return day, precision
