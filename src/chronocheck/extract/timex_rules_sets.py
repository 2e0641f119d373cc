"""Grammar rules for sets: times that recur ("daily", "every other week", "each July").

A SET's value is the period of the recurrence ("P1D", "P2W") or the recurring
point with unknown year ("XXXX-WXX-2" for every Tuesday, "XXXX-07" for each July).
"""

from __future__ import annotations

import logging
import re

from chronocheck.dates import MONTHS, format_duration
from chronocheck.extract.timex_lexicon import (
    DAY_PARTS,
    MONTH_NAME,
    SET_ADVERBS,
    UNIT_WORD,
    WEEKDAY_NAME,
    WEEKDAYS,
    alternation,
)
from chronocheck.extract.timex_parse import TimexParse
from chronocheck.extract.timex_rule import Rule, blank, make_rule, unit_code

LOGGER = logging.getLogger(__name__)

#: Words before "a year", "a day" that make the phrase a frequency ("twice a year").
FREQUENCY_WORDS = r"once|twice|thrice|\d+\s+times|(?:two|three|four|five|six|ten)\s+times"


def _set_adverb(match: re.Match[str]) -> TimexParse | None:
    return blank("SET", value=SET_ADVERBS[match.group(0).lower()], resolved=True)


def _every_unit(match: re.Match[str]) -> TimexParse | None:
    every = 2 if match.groupdict().get("other") else 1
    return blank("SET", value=format_duration(every, unit_code(match)), resolved=True)


def _every_weekday(match: re.Match[str]) -> TimexParse | None:
    day = WEEKDAYS[match.group("weekday").lower()] + 1
    return blank("SET", value=f"XXXX-WXX-{day}", resolved=True)


def _plural_weekday(match: re.Match[str]) -> TimexParse | None:
    name = match.group("weekday")
    if not name[:1].isupper():
        return None
    day = WEEKDAYS[name.lower()] + 1
    part = match.group("part")
    code = f"T{DAY_PARTS[part.lower()]}" if part else ""
    return blank("SET", value=f"XXXX-WXX-{day}{code}", resolved=True)


def _every_month(match: re.Match[str]) -> TimexParse | None:
    name = match.group("month")
    if not name[:1].isupper():
        return None
    return blank("SET", value=f"XXXX-{MONTHS[name.lower()]:02d}", resolved=True)


SET_RULES: tuple[Rule, ...] = (
    make_rule("set-adverb", rf"\b(?:{alternation(SET_ADVERBS)})\b", _set_adverb, keywords=("ly",)),
    make_rule(
        "every-unit",
        rf"\b(?:every|each|per)\s+(?P<other>other\s+)?(?P<unit>{UNIT_WORD})\b",
        _every_unit,
        keywords=("every", "each", "per"),
    ),
    make_rule(
        "frequency",
        rf"\b(?:{FREQUENCY_WORDS})\s+(?:a|an|per|each)\s+(?P<unit>{UNIT_WORD})\b",
        _every_unit,
        keywords=("once", "twice", "thrice", "times"),
    ),
    make_rule(
        "every-weekday",
        rf"\b(?:every|each)\s+(?P<weekday>{WEEKDAY_NAME})s?\b",
        _every_weekday,
        keywords=("every", "each"),
    ),
    # "on Mondays", "Tuesday nights": that day (or its part) of every week.
    make_rule(
        "plural-weekday",
        rf"\b(?P<weekday>{WEEKDAY_NAME})(?:s|\s+(?P<part>morning|afternoon|evening|night)s)\b",
        _plural_weekday,
        keywords=("days", "mornings", "afternoons", "evenings", "nights"),
    ),
    # "each July": that month of every year.
    make_rule(
        "every-month",
        rf"\b(?:every|each)\s+(?P<month>{MONTH_NAME})\b",
        _every_month,
        keywords=("every", "each"),
    ),
)
