"""Grammar rules for clock times, and the joining of a clock time to the day it names.

"10 p.m." alone is a time of the document's day. News often gives the day right
after the time ("10 p.m. Wednesday", "noon Saturday", "5 p.m. EST, Nov. 6"):
TempEval-3 annotates that as one expression, a time of that day
(``1998-02-11T22:00``), so the grammar joins the two parses once each is found.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from chronocheck.extract.timex_lexicon import alternation
from chronocheck.extract.timex_parse import TimexParse
from chronocheck.extract.timex_rule import Rule, blank, make_rule

LOGGER = logging.getLogger(__name__)

#: Hours added to an afternoon "p.m." time.
PM_HOURS = 12
#: Times of day that have a name.
NAMED_TIMES = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}
#: The value of a day not yet known, before its time part ("XXXX-XX-XXT22:00").
UNKNOWN_DAY = "XXXX-XX-XX"
#: Rules whose parse names a single day that a clock time before it can fall on.
DAY_RULES = frozenset({"weekday", "month-day", "month-day-year", "day-month", "day-month-year"})
#: What may stand between the time and its day: a space, or a comma ("5 p.m. EST, Nov. 6").
_TIME_DAY_GAP = re.compile(r",?\s+")
_TIME_ZONE = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time))?"


def _clock_time(match: re.Match[str]) -> TimexParse | None:
    named = match.group("named")
    if named:
        clock = NAMED_TIMES[named.lower()]
    else:
        hour, minute = int(match.group("h")), int(match.group("m") or 0)
        if not 1 <= hour <= 12:
            return None
        if match.group("ap").lower().startswith("p") and hour < PM_HOURS:
            hour += PM_HOURS
        elif match.group("ap").lower().startswith("a") and hour == PM_HOURS:
            hour = 0
        clock = f"{hour:02d}:{minute:02d}"
    return blank("TIME", value=f"{UNKNOWN_DAY}T{clock}", precision="time", reference="document")


CLOCK_RULES: tuple[Rule, ...] = (
    make_rule(
        "clock-time",
        rf"(?<![\d.:])(?:(?P<h>\d{{1,2}})(?::(?P<m>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\b\.?)"
        rf"|\b(?P<named>{alternation(NAMED_TIMES)})\b){_TIME_ZONE}",
        _clock_time,
    ),
)


def join_times_to_days(text: str, parses: Sequence[TimexParse]) -> list[TimexParse]:
    """Join each clock time to the day named right after it ("10 p.m. Wednesday").

    Args:
        text: The text the parses were found in.
        parses: Non-overlapping parses in text order.

    Returns:
        The parses, each joined pair replaced by one TIME of that day.
    """
    joined: list[TimexParse] = []
    index = 0
    while index < len(parses):
        parse = parses[index]
        following = parses[index + 1] if index + 1 < len(parses) else None
        if following is not None and _names_the_day_of(text, parse, following):
            joined.append(_time_of_day(parse, following))
            index += 2
        else:
            joined.append(parse)
            index += 1
    return joined


def _names_the_day_of(text: str, time: TimexParse, day: TimexParse) -> bool:
    if time.rule != "clock-time" or day.rule not in DAY_RULES:
        return False
    # A day that already has its part ("Wednesday night") keeps it; a year-less
    # or weekday value is a template the resolver fills in.
    if day.value is not None and "T" in day.value:
        return False
    return _TIME_DAY_GAP.fullmatch(text, time.end, day.start) is not None


def _time_of_day(time: TimexParse, day: TimexParse) -> TimexParse:
    """One TIME at the clock time on that day, resolved the way the day is."""
    clock = (time.value or "")[len(UNKNOWN_DAY) :]
    value = f"{day.value}{clock}" if day.value else f"{UNKNOWN_DAY}{clock}"
    return replace(
        day,
        start=time.start,
        end=day.end,
        type="TIME",
        rule="day-time",
        value=value,
        precision="time",
    )
