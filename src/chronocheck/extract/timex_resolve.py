"""Compute the values of relative time expressions from their references.

Expressions are resolved in text order, because a date without a year takes the
year of the last date before it and "two months later" counts from the last
date told (the TempEval-3 narrative convention). Offsets whose anchor follows
them ("eight days after ... August 19, 1987") are resolved once it is.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import replace

from chronocheck.dates import (
    anchored_precision,
    format_date,
    interval_of,
    offset_precision,
    shift,
    shift_from,
)
from chronocheck.extract.timex_parse import TimexParse
from chronocheck.extract.timex_rules_narrative import is_year_comparison
from chronocheck.extract.timex_rules_quarters import UNNAMED_QUARTER_RULES
from chronocheck.holidays import holiday_date

LOGGER = logging.getLogger(__name__)

#: Days in a week, for weekday arithmetic.
WEEK_DAYS = 7
#: The first day of a weekend (Monday = 0).
SATURDAY = 5
#: Placeholder of an unknown year (and of an unknown day, for times of day).
UNKNOWN_YEAR = "XXXX"
UNKNOWN_DAY = "XXXX-XX-XX"
#: Precisions of the dates that lend their year to a later "21 May" ("June 7, 1986").
LENDING_PRECISIONS = frozenset({"day", "month"})
#: Precisions of the dates that borrow the year of the last date told ("21 May", "in June",
#: "Easter week").
BORROWING_PRECISIONS = frozenset({"day", "week", "month"})
#: A date told from the document this close to it ("Tuesday", "last week") marks a
#: report of current events: its year-less dates are near the document date, not in
#: the year of an older date it cites in passing ("ended in August 1988 ... on Aug. 2").
CURRENT_EVENTS_WINDOW = dt.timedelta(days=31)


def resolve(parses: Sequence[TimexParse], dct: dt.date | None) -> list[TimexParse]:
    """Resolve each parse against the document date, the narrative and its anchor.

    Args:
        parses: Parses in text order, anchors linked.
        dct: The document creation date, or None when unknown.

    Returns:
        The parses with ``value`` and ``resolved`` set where the context allows.
    """
    resolved = list(parses)
    by_start: dict[int, TimexParse] = {}
    last_dated: TimexParse | None = None
    last_quarter: TimexParse | None = None
    current_events = False
    for index, parse in enumerate(parses):
        if parse.reference == "anchor":
            result = _resolve_anchored(parse, by_start, dct)
        elif last_quarter is not None and _is_year_ago(parse):
            result = _same_quarter_a_year_before(parse, last_quarter)
        else:
            lender = None if current_events else last_dated
            result = _resolve_plain(parse, dct, _narrative_year(parse, lender, dct))
        if last_quarter is not None and _is_unnamed_quarter(result):
            result = _same_quarter_in_year(result, last_quarter)
        resolved[index] = by_start[parse.start] = result
        current_events = current_events or _tells_current_events(result, dct)
        if _sets_the_narrative_year(result):
            last_dated = result
        if _is_reported_quarter(result):
            last_quarter = result
    # An anchor that follows its expression is resolved by now; so, one round
    # later, is an expression anchored on such an expression.
    for _ in range(2):
        for index, parse in enumerate(resolved):
            if parse.reference == "anchor" and not parse.resolved:
                resolved[index] = by_start[parse.start] = _resolve_anchored(parse, by_start, dct)
    return resolved


def _is_year_ago(parse: TimexParse) -> bool:
    """Whether this is "a year ago", told from the document date."""
    return parse.rule == "ago" and parse.unit == "Y" and parse.shift == -1


def _is_reported_quarter(parse: TimexParse) -> bool:
    """Whether this is a quarter the text reports on, not one it compares with."""
    return (
        parse.resolved
        and parse.type == "DATE"
        and parse.precision == "quarter"
        and not is_year_comparison(parse)
    )


def _is_unnamed_quarter(parse: TimexParse) -> bool:
    """Whether this is a year's quarter left unnamed ("the 1988 period", "last year's quarter")."""
    return parse.resolved and parse.precision == "year" and parse.rule in UNNAMED_QUARTER_RULES


def _same_quarter_in_year(parse: TimexParse, quarter: TimexParse) -> TimexParse:
    """ "the 1988 period" after a quarter's results: that quarter, in 1988."""
    number = (quarter.value or "")[5:]
    year = (parse.value or "")[:4]
    if not (year.isdigit() and number[:1] == "Q"):
        return parse
    return replace(parse, value=f"{year}-{number}", precision="quarter")


def _same_quarter_a_year_before(parse: TimexParse, quarter: TimexParse) -> TimexParse:
    """ "a year ago" after a quarter's results: that quarter, a year before.

    Quarterly reports compare each figure with the same quarter of the year
    before ("net rose to $5 million in the third quarter from $4 million a year
    ago"), as TempEval annotates them.
    """
    interval = interval_of(quarter.value or "")
    if interval is None:
        return parse
    value = format_date(shift(interval.earliest, -1, "Y"), "quarter")
    return replace(parse, value=value, precision="quarter", resolved=True)


def nearest_weekday(dct: dt.date, weekday: int, *, shift_weeks: int, future: bool) -> dt.date:
    """The day named ``weekday`` (Monday = 0) that an expression near ``dct`` means.

    ``shift_weeks`` is -1 for "last Friday", 1 for "next Friday" and 0 for a bare
    "Friday", which is the coming one in a sentence about the future and the
    latest one (today included) otherwise.
    """
    ahead = (weekday - dct.weekday()) % WEEK_DAYS
    behind = (dct.weekday() - weekday) % WEEK_DAYS
    # shift() clamps at the calendar's ends, where the named weekday may not exist.
    if shift_weeks > 0:
        return shift(dct, ahead or WEEK_DAYS, "D")
    if shift_weeks < 0:
        return shift(dct, -(behind or WEEK_DAYS), "D")
    return shift(dct, ahead, "D") if future else shift(dct, -behind, "D")


def nearest_month(dct: dt.date, month: int, *, shift_years: int) -> str:
    """The ``YYYY-MM`` value of "last April" (-1), "this April" (0) or "next April" (1)."""
    year = dct.year
    if shift_years < 0 and month >= dct.month:
        year -= 1
    elif shift_years > 0 and month <= dct.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def _tells_current_events(parse: TimexParse, dct: dt.date | None) -> bool:
    """Whether this date, told from the document, lies within a month of it.

    "Tuesday" or "last week" does; "Forty-three years ago today" does not: an
    anniversary piece goes on to tell the old story in the old year.
    """
    if dct is None or parse.reference != "document" or not parse.resolved:
        return False
    interval = interval_of(parse.value or "")
    return (
        interval is not None
        # Differences, not dct +/- the window, which overflow at the calendar's ends.
        and interval.earliest - dct <= CURRENT_EVENTS_WINDOW
        and dct - interval.latest <= CURRENT_EVENTS_WINDOW
    )


def _sets_the_narrative_year(parse: TimexParse) -> bool:
    """Whether this date decides the year of a later date written without one.

    A full day or month does ("June 7, 1986"); so does a date told from the
    document ("last week", "Thursday"), which brings the story back to the time of
    writing. A bare year ("in 1959") does not: news mentions them in passing.
    """
    if parse.type != "DATE" or not parse.resolved or "/" in (parse.value or ""):
        return False
    return parse.reference == "document" or (
        parse.is_explicit_date and parse.precision in LENDING_PRECISIONS
    )


def _narrative_year(
    parse: TimexParse, last_dated: TimexParse | None, dct: dt.date | None
) -> int | None:
    """The year of a date written without one ("on June 20", "by the end of June").

    A day or a month takes the year of the last full date before it, at any
    distance ("On June 7, 1986 ... On June 20"), unless the text reports current
    events (the caller then passes no ``last_dated``). Otherwise, or when a date
    told from the document came in between, the year is the one (of the document's
    year and the years either side) that puts the date closest to the document
    date, and not after it when the verb is in the past tense.
    """
    explicit = last_dated is not None and last_dated.reference == "none"
    if last_dated is not None and explicit and parse.precision in BORROWING_PRECISIONS:
        return int((last_dated.value or "")[:4])
    if dct is None:
        return None
    candidates = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        interval = interval_of((parse.value or "").replace(UNKNOWN_YEAR, f"{year:04d}", 1))
        if interval is None or (parse.tense == "past" and interval.earliest > dct):
            continue
        distance = max(interval.earliest - dct, dct - interval.latest, dt.timedelta(0))
        candidates.append((distance, year != dct.year, year))
    return min(candidates)[2] if candidates else dct.year


def _resolve_plain(parse: TimexParse, dct: dt.date | None, year: int | None) -> TimexParse:
    if parse.reference == "none":
        return replace(parse, resolved=parse.value is not None)
    if parse.reference == "narrative":
        if year is None or parse.value is None:
            return parse
        if parse.holiday is not None:
            day = holiday_date(parse.holiday, year)
            if day is None:
                return parse
            return replace(parse, value=format_date(day, parse.precision or "day"), resolved=True)
        return replace(
            parse, value=parse.value.replace(UNKNOWN_YEAR, f"{year:04d}", 1), resolved=True
        )
    if dct is None:
        return parse
    return replace(parse, value=_document_value(parse, dct), resolved=True)


def _document_value(parse: TimexParse, dct: dt.date) -> str:
    """The value of a deictic expression ("yesterday", "last April", "Friday")."""
    template = parse.value or ""
    if parse.holiday is not None:
        return _nearest_holiday(parse, parse.holiday, dct)
    if parse.unit == "WD" and parse.position is not None:
        future = parse.tense == "future"
        day = nearest_weekday(dct, parse.position, shift_weeks=parse.shift, future=future)
        return day.isoformat() + template[len(UNKNOWN_DAY) :]
    if parse.unit == "WE":
        future = parse.tense == "future"
        saturday = nearest_weekday(dct, SATURDAY, shift_weeks=parse.shift, future=future)
        year, week, _ = saturday.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    if parse.unit == "MN" and parse.position is not None:
        return nearest_month(dct, parse.position, shift_years=parse.shift)
    if template.startswith(UNKNOWN_DAY):
        # "last night" is the night of the day before the document's.
        return shift(dct, parse.shift, "D").isoformat() + template[len(UNKNOWN_DAY) :]
    if template.startswith(UNKNOWN_YEAR):
        return f"{dct.year + parse.shift:04d}" + template[len(UNKNOWN_YEAR) :]
    day = shift(dct, parse.shift, parse.unit or "D")
    return format_date(day, parse.precision or "day")


def _nearest_holiday(parse: TimexParse, holiday: str, dct: dt.date) -> str:
    """The value of "last Thanksgiving" (shift -1), "this Easter" (0) or "next Christmas" (1)."""
    year = dct.year
    day = holiday_date(holiday, year)
    if day is not None and parse.shift < 0 and day >= dct:
        day = holiday_date(holiday, year - 1)
    elif day is not None and parse.shift > 0 and day <= dct:
        day = holiday_date(holiday, year + 1)
    return "" if day is None else format_date(day, parse.precision or "day")


def _resolve_anchored(
    parse: TimexParse, by_start: dict[int, TimexParse], dct: dt.date | None
) -> TimexParse:
    """Resolve an offset ("N units before/after", "the following year") from its anchor."""
    anchor = parse.anchor
    if anchor is None or anchor.kind == "event":
        return parse
    if anchor.kind == "document":
        base_value = dct.isoformat() if dct else None
    else:
        target = by_start.get(anchor.timex_start) if anchor.timex_start is not None else None
        base_value = target.value if target is not None and target.resolved else None
    base = interval_of(base_value) if base_value else None
    if base is None:
        return parse
    if parse.offset is not None:
        shifted = shift_from(base, parse.offset, direction=parse.direction, own=parse.precision)
        if shifted is None:
            return parse
        day, precision = shifted
    elif parse.unit is not None:
        # "that year": at the anchor, not away from it.
        day = base.earliest
        own = parse.precision or offset_precision(parse.unit)
        precision = anchored_precision(base.precision, own, shifted=False)
    else:
        return parse
    return replace(parse, value=format_date(day, precision), precision=precision, resolved=True)
