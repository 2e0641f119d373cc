"""The temporal grammar: find the time expressions in a text and read their meaning.

Every rule of :mod:`~chronocheck.extract.timex_rules_dates`,
:mod:`~chronocheck.extract.timex_rules_relative` and
:mod:`~chronocheck.extract.timex_rules_narrative` proposes candidates; the longest
non-overlapping ones win ("September 22, 1980" over "September 22" and "1980").
Two explicit dates joined as "between X and Y" or "from X to Y" become one
interval whose parts are the two dates; a clock time followed by its day ("10
p.m. Wednesday") becomes one time of that day.

The grammar works on plain text and knows nothing of spaCy; the pipeline
component snaps its offsets to tokens and links anchors.
"""

from __future__ import annotations

import logging
import re

from chronocheck.dates import interval_of
from chronocheck.extract.timex_parse import TimexParse
from chronocheck.extract.timex_rule import Rule, lower_case_free
from chronocheck.extract.timex_rules_clock import CLOCK_RULES, join_times_to_days
from chronocheck.extract.timex_rules_dates import DATE_RULES
from chronocheck.extract.timex_rules_fractions import FRACTION_RULES
from chronocheck.extract.timex_rules_holidays import HOLIDAY_RULES
from chronocheck.extract.timex_rules_narrative import NARRATIVE_RULES
from chronocheck.extract.timex_rules_quarters import QUARTER_RULES
from chronocheck.extract.timex_rules_relative import RELATIVE_RULES
from chronocheck.extract.timex_rules_sets import SET_RULES
from chronocheck.extract.timex_rules_spoken import SPOKEN_RULES

LOGGER = logging.getLogger(__name__)

#: All rules; on equal length, an earlier rule wins.
GRAMMAR: tuple[Rule, ...] = (
    DATE_RULES
    + QUARTER_RULES
    + SPOKEN_RULES
    + HOLIDAY_RULES
    + RELATIVE_RULES
    + SET_RULES
    + FRACTION_RULES
    + CLOCK_RULES
    + NARRATIVE_RULES
)
#: What may stand between the two ends of an interval, given the word before it.
_INTERVAL_JOINS = {
    "between": re.compile(r"\s+and\s+"),
    "from": re.compile(r"\s+(?:to|until|till|through)\s+"),
}
#: How far before an interval's first date its opening word may start.
_OPENER_WINDOW = 16
_INTERVAL_OPENER = re.compile(r"\b(between|from)\s+$", re.IGNORECASE)


def find_timexes(text: str) -> list[TimexParse]:
    """Find and parse the time expressions of ``text``.

    Args:
        text: Any text.

    Returns:
        Non-overlapping parses in text order, offsets into ``text``; relative ones
        are not resolved yet (see :func:`chronocheck.extract.timex_resolve.resolve`).
    """
    folded, lowered = text.casefold(), lower_case_free(text)
    candidates = [
        (rank, parse)
        for rank, rule in enumerate(GRAMMAR)
        for parse in rule.parses(text, folded, lowered)
    ]
    longest = _select_longest(candidates, len(text))
    return _merge_intervals(text, join_times_to_days(text, longest))


def _select_longest(candidates: list[tuple[int, TimexParse]], size: int) -> list[TimexParse]:
    """Keep the longest candidates that do not overlap a longer one, in text order."""
    taken = bytearray(size)
    chosen = []
    by_length = sorted(
        candidates, key=lambda item: (item[1].start - item[1].end, item[1].start, item[0])
    )
    for _, parse in by_length:
        if parse.end > parse.start and not any(taken[parse.start : parse.end]):
            taken[parse.start : parse.end] = b"\x01" * (parse.end - parse.start)
            chosen.append(parse)
    return sorted(chosen, key=lambda parse: parse.start)


def _merge_intervals(text: str, parses: list[TimexParse]) -> list[TimexParse]:
    """Join "between X and Y" and "from X to Y" into one interval "X/Y"."""
    merged: list[TimexParse] = []
    index = 0
    while index < len(parses):
        parse = parses[index]
        following = parses[index + 1] if index + 1 < len(parses) else None
        interval = _interval(text, parse, following) if following else None
        if interval is not None:
            merged.append(interval)
            index += 2
        else:
            merged.append(parse)
            index += 1
    return merged


def _interval(text: str, first: TimexParse, last: TimexParse) -> TimexParse | None:
    opener = _INTERVAL_OPENER.search(text, max(0, first.start - _OPENER_WINDOW), first.start)
    if opener is None or not (first.is_explicit_date and last.is_explicit_date):
        return None
    if not _INTERVAL_JOINS[opener.group(1).lower()].fullmatch(text, first.end, last.start):
        return None
    start, end = interval_of(first.value or ""), interval_of(last.value or "")
    if start is None or end is None or end.latest <= start.earliest:
        return None
    return TimexParse(
        opener.start(),
        last.end,
        "DATE",
        "interval",
        value=f"{first.value}/{last.value}",
        precision=first.precision,
        parts=(first, last),
    )
