"""Grammar rules for calendar dates: days, months, years, decades, centuries, seasons.

These expressions name their period outright. When the year is missing
("September 22", "the third quarter") the value keeps ``XXXX`` for it and the
parse asks for the ``narrative`` reference (the year of the last explicit date).
"""

from __future__ import annotations

import calendar
import logging
import re

from chronocheck.extract.timex_lexicon import (
    CENTURY_ORDINAL,
    CENTURY_ORDINALS,
    SEASON_NAME,
    SEASONS,
)
from chronocheck.extract.timex_parse import TimexParse
from chronocheck.extract.timex_rule import (
    DAY,
    MONTH,
    PART,
    WEEKDAY_PREFIX,
    YEAR,
    Rule,
    blank,
    make_rule,
    month_number,
    part_mod,
)

LOGGER = logging.getLogger(__name__)

#: Months in a year: a numeric month outside 1..12 makes no date.
MONTHS_PER_YEAR = 12
#: A leap year, to accept February 29 when the year is unknown.
LEAP_YEAR = 2000
#: Two-digit years up to this one are read as 20xx, later ones as 19xx ("10/25/89").
TWO_DIGIT_YEAR_PIVOT = 30
#: Words before a bare year or month that make it a date ("in 1986", "since May").
# "early", "late" and "mid" are no cues: they are part of the expression (PART),
# and as a cue they would be left out of it ("Early 1980" opening a sentence).
DATE_CUES = (
    r"in|on|since|by|until|till|from|during|through|to|of|before|after|between|and|"
    r"around|about|circa|last|next|this|each|every|fiscal"
)
#: Month names that are also common words: bare, they need a cue ("in May").
AMBIGUOUS_MONTHS = frozenset({"may", "march"})
# "(?:X|)" rather than "(?:X)?": see WEEKDAY_PREFIX.
_CUE = rf"(?:\b(?P<cue>{DATE_CUES})\s+|)"
_NOT_AFTER_NUMBER = r"(?<![\w$#.,/])"


def _day_value(year: int | None, month: int | None, day: int) -> str | None:
    # Digits that only look like a date ("1980-13-01") are no date at all.
    if month is None or not 1 <= month <= MONTHS_PER_YEAR:
        return None
    if not 1 <= day <= calendar.monthrange(year or LEAP_YEAR, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"


def _full_date(match: re.Match[str]) -> TimexParse | None:
    value = _day_value(
        int(match.group("year")), month_number(match.group("month")), int(match.group("day"))
    )
    return blank(value=value, precision="day") if value else None


def _month_day(match: re.Match[str]) -> TimexParse | None:
    value = _day_value(None, month_number(match.group("month")), int(match.group("day")))
    return blank(value=value, precision="day", reference="narrative") if value else None


def _month_year(match: re.Match[str]) -> TimexParse | None:
    month = month_number(match.group("month"))
    if month is None:
        return None
    value = f"{match.group('year')}-{month:02d}"
    return blank(value=value, precision="month", mod=part_mod(match))


def _bare_month(match: re.Match[str]) -> TimexParse | None:
    word = match.group("month")
    month = month_number(word)
    needs_cue = word.lower() in AMBIGUOUS_MONTHS or word.endswith(".") or len(word) <= 4
    if month is None or (needs_cue and not (match.group("cue") or match.group("part"))):
        return None
    value = f"XXXX-{month:02d}"
    return blank(value=value, precision="month", mod=part_mod(match), reference="narrative")


def _iso_date(match: re.Match[str]) -> TimexParse | None:
    value = _day_value(int(match.group("year")), int(match.group("mon")), int(match.group("d")))
    if value is None:
        return None
    if match.group("hh"):
        return blank("TIME", value=f"{value}T{match.group('hh')}:{match.group('mm')}")
    return blank(value=value, precision="day")


def _slash_date(match: re.Match[str]) -> TimexParse | None:
    first, second, year_text = (int(match.group(name)) for name in ("a", "b", "y"))
    # Month first (US) unless the first number cannot be a month ("22/09/1980").
    month, day = (second, first) if first > 12 else (first, second)
    if len(match.group("y")) == 2:
        year_text += 2000 if year_text <= TWO_DIGIT_YEAR_PIVOT else 1900
    if not 1 <= month <= 12:
        return None
    value = _day_value(year_text, month, day)
    return blank(value=value, precision="day") if value else None


def _year(match: re.Match[str]) -> TimexParse | None:
    bare = not (match.group("cue") or match.group("part") or match.group("fiscal"))
    return blank(value=match.group("year"), precision="year", mod=part_mod(match), bare_number=bare)


def _year_range(match: re.Match[str]) -> TimexParse | None:
    first, second_text = match.group("year"), match.group("year2")
    second = first[:2] + second_text if len(second_text) == 2 else second_text
    if int(second) <= int(first):
        return None
    start, dash = match.span("year"), match.start("year2")
    parts = (
        TimexParse(start[0], start[1], "DATE", "year", value=first, precision="year"),
        TimexParse(dash, match.end("year2"), "DATE", "year", value=second, precision="year"),
    )
    return blank(value=f"{first}/{second}", precision="year", parts=parts)


def _decade(match: re.Match[str]) -> TimexParse | None:
    digits = match.group("decade")
    value = digits if len(digits) == 3 else "19" + digits
    return blank(value=value, precision="decade", mod=part_mod(match))


def _century(match: re.Match[str]) -> TimexParse | None:
    word = match.group("ord").lower()
    number = CENTURY_ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    if not 1 <= number <= 21:
        return None
    return blank(value=f"{number - 1:02d}", precision="century", mod=part_mod(match))


def _season_year(match: re.Match[str]) -> TimexParse | None:
    value = f"{match.group('year')}-{SEASONS[match.group('season').lower()]}"
    return blank(value=value, precision="season", mod=part_mod(match))


def _bare_season(match: re.Match[str]) -> TimexParse | None:
    value = f"XXXX-{SEASONS[match.group('season').lower()]}"
    return blank(value=value, precision="season", mod=part_mod(match), reference="narrative")


DATE_RULES: tuple[Rule, ...] = (
    make_rule("month-day-year", rf"{WEEKDAY_PREFIX}{MONTH}\s+{DAY},?\s+{YEAR}", _full_date),
    make_rule(
        "day-month-year",
        rf"{WEEKDAY_PREFIX}(?:the\s+|){DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}",
        _full_date,
    ),
    make_rule("month-day", rf"{WEEKDAY_PREFIX}{MONTH}\s+{DAY}(?!\s*,?\s*\d)", _month_day),
    make_rule("day-month", rf"\b(?:the\s+|){DAY}\s+(?:of\s+)?{MONTH}", _month_day),
    make_rule("month-year", rf"{PART}{MONTH},?\s+(?:of\s+)?{YEAR}", _month_year),
    make_rule("month", rf"{_CUE}(?P<t>{PART}{MONTH})", _bare_month),
    make_rule(
        "iso-date",
        r"(?<![\d-])(?P<year>\d{4})-(?P<mon>\d{2})-(?P<d>\d{2})"
        r"(?:T(?P<hh>\d{2}):(?P<mm>\d{2}))?(?![\d-])",
        _iso_date,
        keywords=("-",),
    ),
    make_rule(
        "slash-date",
        r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])",
        _slash_date,
        keywords=("/",),
    ),
    make_rule(
        "year",
        rf"{_CUE}(?P<t>{PART}(?P<fiscal>fiscal\s+(?:year\s+)?)?{_NOT_AFTER_NUMBER}{YEAR})"
        r"(?![\w%/]|[.,]\d|-\d)",
        _year,
    ),
    make_rule(
        "year-range",
        rf"{_NOT_AFTER_NUMBER}{YEAR}\s*[-\u2013]\s*(?P<year2>\d{{4}}|\d{{2}})(?![\w%/-])",
        _year_range,
    ),
    make_rule(
        "decade",
        rf"(?:the\s+|){PART}(?P<decade>1\d{{2}}|20\d)0'?s\b",
        _decade,
        keywords=("0s", "0's"),
    ),
    make_rule(
        "short-decade", rf"(?:the\s+|){PART}['\u2019](?P<decade>\d)0s\b", _decade, keywords=("0s",)
    ),
    make_rule(
        "century",
        rf"(?:the\s+|){PART}(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{CENTURY_ORDINAL})[\s-]+century",
        _century,
        keywords=("centur",),
    ),
    make_rule(
        "season-year",
        rf"{PART}(?:the\s+|)(?P<season>{SEASON_NAME})\s+(?:of\s+)?{YEAR}",
        _season_year,
        keywords=("spring", "summer", "autumn", "fall", "winter"),
    ),
    make_rule(
        "season",
        rf"\b(?:in|during|since|by|until|through|over)\s+(?P<t>(?:the\s+|){PART}"
        rf"(?P<season>{SEASON_NAME}))\b",
        _bare_season,
        keywords=("spring", "summer", "autumn", "fall", "winter"),
    ),
)
