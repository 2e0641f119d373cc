"""Compare a claim's date with a reference date, and say how they differ in words.

Both dates are intervals of days (half-open, like :class:`~chronocheck.models.Timex`)
with a precision. They are compared at the coarser of the two precisions, each
widened to whole units of it: "1982" agrees with 24 May 1982, while "May 1982"
disagrees with 20-29 June 1982 by one month. A claim hedged with "about" is
widened by one unit of its own precision on each side first.

Pure functions over :class:`datetime.date`; the calendar arithmetic is
:mod:`chronocheck.dates`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, replace

from chronocheck.dates import coarser_precision, interval_of, shift
from chronocheck.models import Precision, Timex
from chronocheck.packs.records import RefEvent

LOGGER = logging.getLogger(__name__)

#: Timex mods that hedge the date rather than bound it (TimeML 1.2.1 §2.2.2.1):
#: "about two months later", "more than a year after", "almost two years later".
APPROXIMATE_MODS = frozenset({"APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"})
#: Timex mods that put the event on one side of the date only ("before 1985"):
#: such a timex names no interval to compare.
OPEN_MODS = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"})
#: The calendar unit (``dates.shift`` letter) that widens a date of each precision
#: by one unit; "time" is compared as its day.
PRECISION_UNIT: dict[Precision, str] = {
    "time": "D",
    "day": "D",
    "week": "W",
    "month": "M",
    "season": "Q",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "millennium": "ML",
}
#: Years in each unit counted in whole years.
YEARS_PER_UNIT: dict[Precision, int] = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}
#: How a gap of each precision is counted in words (singular, plural).
GAP_NOUNS: dict[Precision, tuple[str, str]] = {
    "time": ("day", "days"),
    "day": ("day", "days"),
    "week": ("week", "weeks"),
    "month": ("month", "months"),
    "season": ("season", "seasons"),
    "quarter": ("quarter", "quarters"),
    "year": ("year", "years"),
    "decade": ("decade", "decades"),
    "century": ("century", "centuries"),
    "millennium": ("millennium", "millennia"),
}
#: Day gaps this long are put in months, month gaps this long in years: "364
#: days" reads better as "about a year".
DAYS_WORTH_MONTHS = 60
MONTHS_WORTH_YEARS = 24
DAYS_PER_MONTH = 365.25 / 12
SEASON_NAMES = {12: "winter", 3: "spring", 6: "summer", 9: "autumn"}
_MONTH_DAY_RE = re.compile(r"^XXXX-(\d{2})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class DateSpan:
    """The days a date covers, half-open: ``latest`` is the first day after.

    Attributes:
        earliest: First day inside.
        latest: First day after.
        precision: The unit the date was given in ("1982-05" is a month).
        approximate: Whether it was hedged ("about December 1982").
    """

    earliest: dt.date
    latest: dt.date
    precision: Precision
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class DateComparison:
    """How a claim's date compares with a reference date.

    Attributes:
        agrees: Whether the two overlap at ``precision``.
        precision: The coarser precision of the two, at which they were compared.
        gap: Whole units of ``precision`` from the reference to the claim, signed:
            positive when the claim is later, 0 when they agree.
        claim: The claim's date.
        reference: The reference date.
        claim_text: The claim's date in words ("19 Aug 1987", "about Dec 1982").
        reference_text: The reference date in words ("20–29 Jun 1982").
        gap_text: Where the reference lies from the claim ("30 days earlier",
            "a month later"); empty when they agree.
    """

    agrees: bool
    precision: Precision
    gap: int
    claim: DateSpan
    reference: DateSpan
    claim_text: str
    reference_text: str
    gap_text: str


def span_of_timex(timex: Timex) -> DateSpan | None:
    """The dated interval a time expression asserts, if it asserts one.

    Args:
        timex: A resolved time expression.

    Returns:
        The span of a DATE or TIME timex with known days; None for durations,
        sets, unresolved or fuzzy references ("recently"), month-days without a
        year ("XXXX-09-22") and one-sided dates ("before 1985").
    """
    if timex.type not in ("DATE", "TIME") or not timex.value or timex.mod in OPEN_MODS:
        return None
    if timex.earliest is None or timex.latest is None or timex.precision is None:
        return None
    if timex.anchor is not None and not timex.anchor.resolved:
        return None
    return DateSpan(
        earliest=dt.date.fromisoformat(timex.earliest),
        latest=dt.date.fromisoformat(timex.latest),
        precision=timex.precision,
        approximate=_is_approximate(timex),
    )


def _is_approximate(timex: Timex) -> bool:
    """Whether a timex is hedged, by its own words or by a fractional offset."""
    if timex.mod in APPROXIMATE_MODS or timex.vague:
        return True
    offset = timex.anchor.offset if timex.anchor else None
    # "one and a half years later" lands between units: count it as approximate.
    return offset is not None and "." in offset


def span_of_iso(value: str) -> DateSpan:
    """The span of an ISO date, month, year or interval ("1987-06", "1983/1986").

    Raises:
        ValueError: When ``value`` is not such a date.
    """
    interval = interval_of(value)
    if interval is None:
        raise ValueError(f"Date '{value}' is not an ISO date, month or year.")
    return DateSpan(interval.earliest, interval.latest, interval.precision)


def span_of_event(event: RefEvent) -> DateSpan:
    """The days a reference event covers: ``date_start`` to ``date_end`` inclusive.

    Raises:
        ValueError: When a date of the row is malformed (a validated pack has none).
    """
    start = span_of_iso(event.date_start)
    latest = span_of_iso(event.date_end).latest if event.date_end else start.latest
    return DateSpan(start.earliest, max(latest, start.latest), event.precision)


def _unit_index(day: dt.date, precision: Precision) -> int:
    """The number of the calendar unit of ``precision`` that contains ``day``."""
    months = day.year * 12 + day.month - 1
    if precision in ("day", "time"):
        return day.toordinal()
    if precision == "week":
        # Ordinal 1 (1 January of year 1) is a Monday, like ISO weeks.
        return (day.toordinal() - 1) // 7
    if precision == "month":
        return months
    if precision == "quarter":
        return months // 3
    if precision == "season":
        # Seasons start in December, March, June and September.
        return (months + 1) // 3
    return day.year // YEARS_PER_UNIT[precision]


def _unit_range(span: DateSpan, precision: Precision) -> tuple[int, int]:
    """The first and last units of ``precision`` that ``span`` touches (inclusive)."""
    earliest, latest = span.earliest, span.latest
    if span.approximate:
        unit = PRECISION_UNIT[span.precision]
        earliest, latest = shift(earliest, -1, unit), shift(latest, 1, unit)
    last_day = max(earliest, latest - dt.timedelta(days=1))
    return _unit_index(earliest, precision), _unit_index(last_day, precision)


def days_apart(first: DateSpan, second: DateSpan) -> int:
    """Days between two spans: 0 when they overlap."""
    return max(0, (second.earliest - first.latest).days, (first.earliest - second.latest).days)


def compare_dates(claim: DateSpan, reference: DateSpan) -> DateComparison:
    """Compare a claim's date with a reference date at the coarser of their precisions.

    Args:
        claim: The article's date; an approximate one is widened by one unit of
            its own precision on each side.
        reference: The reference date.

    Returns:
        The comparison: agreement when the two overlap once both are widened to
        whole units of the coarser precision, else the signed gap between them.
    """
    precision = coarser_precision(claim.precision, reference.precision)
    claim_first, claim_last = _unit_range(claim, precision)
    reference_first, reference_last = _unit_range(reference, precision)
    if claim_first > reference_last:
        gap = claim_first - reference_last
    elif claim_last < reference_first:
        gap = claim_last - reference_first
    else:
        gap = 0
    return DateComparison(
        agrees=gap == 0,
        precision=precision,
        gap=gap,
        claim=claim,
        reference=reference,
        claim_text=describe_span(claim),
        reference_text=describe_span(reference),
        gap_text=describe_gap(gap, precision),
    )


def compare_month_day(value: str, reference: DateSpan) -> DateComparison | None:
    """Compare a month and day without a year ("XXXX-09-22") with a reference date.

    The month-day is placed in the reference's year and the years either side,
    and the nearest of the three is compared, so an anniversary ("every
    September 22") agrees with an event on 22 September of any year.

    Args:
        value: A TIMEX3 value with an unknown year.
        reference: The reference date.

    Returns:
        The comparison (its claim text has no year), or None when ``value`` is
        not a month and day with an unknown year.
    """
    match = _MONTH_DAY_RE.match(value)
    if not match:
        return None
    month, day = int(match.group(1)), int(match.group(2))
    comparisons = []
    for year in range(reference.earliest.year - 1, reference.earliest.year + 2):
        try:
            claimed = dt.date(year, month, day)
        except ValueError:  # 29 February outside a leap year, or no such day
            continue
        comparisons.append(
            compare_dates(DateSpan(claimed, claimed + dt.timedelta(1), "day"), reference)
        )
    if not comparisons:
        return None
    best = min(comparisons, key=lambda comparison: abs(comparison.gap))
    return replace(best, claim_text=f"{day} {best.claim.earliest:%b}")


def describe_gap(gap: int, precision: Precision) -> str:
    """Where the reference lies from the claim, given ``gap`` (claim minus reference).

    Returns:
        For example ``"30 days earlier"``, ``"a month later"``, ``"about a year
        earlier"``; empty for no gap.
    """
    if gap == 0:
        return ""
    direction = "earlier" if gap > 0 else "later"
    count, nouns, about = abs(gap), GAP_NOUNS[precision], False
    if nouns[0] == "day" and count >= DAYS_WORTH_MONTHS:
        count, nouns, about = round(count / DAYS_PER_MONTH), GAP_NOUNS["month"], True
    if nouns[0] == "month" and (count >= MONTHS_WORTH_YEARS or count == 12):
        about = about or count % 12 != 0
        count, nouns = round(count / 12), GAP_NOUNS["year"]
    amount = f"a {nouns[0]}" if count == 1 else f"{count} {nouns[1]}"
    return f"{'about ' if about else ''}{amount} {direction}"


def describe_span(span: DateSpan) -> str:
    """A date span as a reader writes it: "19 Aug 1987", "20–29 Jun 1982", "1983–1986"."""
    last = max(span.earliest, span.latest - dt.timedelta(days=1))
    first_text, last_text = (
        _describe_day(span.earliest, span.precision),
        _describe_day(last, span.precision),
    )
    if first_text == last_text:
        text = first_text
    else:
        text = f"{_trim_shared_suffix(first_text, last_text)}–{last_text}"
    return f"about {text}" if span.approximate else text


def _trim_shared_suffix(first: str, last: str) -> str:
    """Drop from ``first`` the trailing words it shares with ``last`` ("20 Jun 1982")."""
    first_words, last_words = first.split(" "), last.split(" ")
    while len(first_words) > 1 and first_words[-1] == last_words[-1]:
        first_words.pop()
        last_words.pop()
    return " ".join(first_words)


def _describe_day(day: dt.date, precision: Precision) -> str:
    """The unit of ``precision`` that contains ``day``, in words."""
    if precision in ("day", "time"):
        return f"{day.day} {day:%b %Y}"
    if precision == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return f"week of {monday.day} {monday:%b %Y}"
    if precision == "month":
        return f"{day:%b %Y}"
    if precision == "season":
        # Winter runs from December into the next year and is named by its December.
        start_month = day.month // 3 * 3 or 12
        year = day.year - 1 if day.month < 3 else day.year
        return f"{SEASON_NAMES[start_month]} {year}"
    if precision == "quarter":
        return f"Q{(day.month - 1) // 3 + 1} {day.year}"
    if precision == "decade":
        return f"the {day.year // 10 * 10}s"
    if precision == "century":
        return f"the {_ordinal(day.year // 100 + 1)} century"
    if precision == "millennium":
        return f"the {_ordinal(day.year // 1000 + 1)} millennium"
    return str(day.year)


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def describe_date_difference(comparison: DateComparison, *, claim_text: str, subject: str) -> str:
    """The part of a claim that differs from the reference, in words.

    Args:
        comparison: The comparison of the claim's date with the reference's.
        claim_text: The claim's date as the report should quote it.
        subject: The reference fact's title.

    Returns:
        For example ``'the article says 19 Aug 1987; the reference dates "UN
        Security Council adopts Resolution 598" to 20 Jul 1987, 30 days
        earlier'``; for an agreement the sentence ends ``", which agrees"``.
    """
    reference = f'the reference dates "{subject}" to {comparison.reference_text}'
    return f"the article says {claim_text}; {reference}, {comparison.gap_text or 'which agrees'}"
