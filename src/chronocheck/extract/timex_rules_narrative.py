"""Grammar rules for anaphoric expressions: dates told from the last date mentioned.

In a narrative, "the following year", "that day" and "by the end of the year"
are measured from the date the text last spoke of, not from the day it was
written (the TempEval-3 convention). These rules mark such expressions
``anaphoric``; the component links each to the last date before it and the
resolver shifts that date. Deictic words ("last year", "next month") stay with
:mod:`~chronocheck.extract.timex_rules_relative`, measured from the document date.
"""

from __future__ import annotations

import logging
import re

from chronocheck.dates import UNIT_PRECISION, format_duration
from chronocheck.extract.timex_lexicon import alternation
from chronocheck.extract.timex_parse import TimexParse
from chronocheck.extract.timex_rule import PART, Rule, blank, make_rule, part_mod
from chronocheck.models import Direction

LOGGER = logging.getLogger(__name__)

#: Words that place a period next to (or at) the one last mentioned, in periods.
ANAPHORIC_WORDS: dict[str, int] = {
    "previous": -1,
    "preceding": -1,
    "following": 1,
    "same": 0,
}
#: Units an anaphoric word can pick, and their TIMEX3 letters.
ANAPHORIC_UNITS: dict[str, str] = {
    "day": "D",
    "week": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
}
#: Words that pick the edge of a period ("the end of the year"), and their ``mod``.
PERIOD_EDGES: dict[str, str] = {
    "beginning": "START",
    "start": "START",
    "middle": "MID",
    "end": "END",
}
#: Rules of periods named only to compare with the current one: the story does not
#: move to them ("the year-ago quarter").
COMPARISON_RULES = frozenset({"year-earlier-period"})
#: "year-earlier", "year ago" before a period compared with the current one.
_YEAR_AGO = r"year[\s-](?:earlier|ago)\b"
#: The period compared: "quarter", "third quarter", "period".
_COMPARED_PERIOD = r"(?:(?:first|second|third|fourth)[\s-]+)?(?:quarter|period)\b"
#: A unit word that is not the start of a compound ("the same day-to-day routine").
_UNIT = rf"(?P<unit>{alternation(ANAPHORIC_UNITS)})\b(?!-)"


def is_year_comparison(parse: TimexParse) -> bool:
    """Whether the expression names the period a year before, to compare with.

    "the year-ago quarter", "a year earlier", "a year ago": business news compares
    each figure with the one a year before. The story does not move there, so a
    later "year-earlier period" still counts from the period reported, not from
    the comparison (which would put it two years back).
    """
    if parse.rule in COMPARISON_RULES:
        return True
    if parse.rule == "ago":
        return parse.unit == "Y" and parse.shift == -1
    return parse.reference == "anchor" and parse.offset == "P1Y" and parse.direction == "before"


def anaphoric_parse(unit: str, periods: int, mod: str | None) -> TimexParse:
    """An expression ``periods`` units of ``unit`` from the last date mentioned.

    Args:
        unit: TIMEX3 unit letter (``"Y"``, ``"M"``, ``"D"``...).
        periods: Signed number of units (0 for "that year").
        mod: TIMEX3 ``mod`` ("END" for "the end of the year"), if any.

    Returns:
        An unresolved, unlinked parse whose precision is the unit's.
    """
    direction: Direction = "same"
    if periods:
        direction = "before" if periods < 0 else "after"
    return blank(
        reference="anchor",
        anaphoric=True,
        offset=format_duration(abs(periods), unit) if periods else None,
        direction=direction,
        shift=periods,
        unit=unit,
        precision=UNIT_PRECISION[unit],
        mod=mod,
    )


def _neighbour_period(match: re.Match[str]) -> TimexParse | None:
    periods = ANAPHORIC_WORDS[match.group("rel").lower()]
    unit = ANAPHORIC_UNITS[match.group("unit").lower()]
    return anaphoric_parse(unit, periods, part_mod(match))


def _same_period(match: re.Match[str]) -> TimexParse | None:
    return anaphoric_parse(ANAPHORIC_UNITS[match.group("unit").lower()], 0, part_mod(match))


def _next_day(match: re.Match[str]) -> TimexParse | None:
    return anaphoric_parse("D", 1, None)


def _period_edge(match: re.Match[str]) -> TimexParse | None:
    unit = ANAPHORIC_UNITS[match.group("unit").lower()]
    return anaphoric_parse(unit, 0, PERIOD_EDGES[match.group("edge").lower()])


def _year_earlier(match: re.Match[str]) -> TimexParse | None:
    return anaphoric_parse("Y", -1, None)


def _the_year(match: re.Match[str]) -> TimexParse | None:
    return anaphoric_parse("Y", 0, None)


def _accounting_year(match: re.Match[str]) -> TimexParse | None:
    return blank("DURATION", value="P1Y", resolved=True)


NARRATIVE_RULES: tuple[Rule, ...] = (
    make_rule(
        "neighbour-period",
        rf"\b(?:the\s+|){PART}(?P<rel>previous|preceding|following|same)\s+{_UNIT}",
        _neighbour_period,
        keywords=("previous", "preceding", "following", "same"),
    ),
    make_rule(
        "that-period",
        rf"\b{PART}(?:that|this\s+same)\s+(?:same\s+)?{_UNIT}",
        _same_period,
        keywords=("that", "same"),
    ),
    make_rule("next-day", r"\bthe\s+next\s+day\b", _next_day, keywords=("next",)),
    # Business news compares a period with the same one a year before: "net rose from
    # $3 million in the year-earlier quarter", "year-ago results".
    make_rule(
        "year-earlier-period",
        rf"\b(?:the\s+(?:(?:comparable|corresponding)\s+)?{_YEAR_AGO}\s+{_COMPARED_PERIOD}"
        rf"|{_YEAR_AGO}(?:\s+{_COMPARED_PERIOD})?)",
        _year_earlier,
        keywords=("earlier", "ago"),
    ),
    # "for the year ended March 31": a year of accounts, told by the date after it.
    make_rule(
        "accounting-year",
        r"\bthe\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending)\b)",
        _accounting_year,
        keywords=("ended", "ending"),
    ),
    # "a high for the year", "earlier in the year": the year the story is in.
    make_rule(
        "the-year",
        r"\b(?:for|of|in|during|through|throughout)\s+(?P<t>the\s+(?:fiscal\s+)?year)\b"
        r"(?![-\u2019'])(?!\s+(?:before|after|of|when|that|which|in\s+which|ended|ending|\d|one|two|nineteen))",
        _the_year,
        keywords=("year",),
    ),
    make_rule(
        "period-edge",
        rf"\b(?:the\s+|)(?P<edge>{alternation(PERIOD_EDGES)})\s+of\s+(?:the|that)\s+{_UNIT}",
        _period_edge,
        keywords=("beginning", "start", "middle", "end"),
    ),
)
