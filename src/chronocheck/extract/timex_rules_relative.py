"""Grammar rules for relative expressions, durations, sets, times of day and vague periods.

Relative expressions ("last year", "Friday", "two weeks ago") are measured from
the document creation time; offsets ("eight days after ...") from an anchor
phrase that the component links once the sentence is parsed.
"""

from __future__ import annotations

import logging
import re

from chronocheck.dates import MONTHS, UNIT_PRECISION, format_duration
from chronocheck.extract.timex_lexicon import (
    ADVERB_DIRECTIONS,
    DAY_DEICTICS,
    DAY_PARTS,
    DIRECTION_WORDS,
    FUZZY_REFS,
    MONTH_NAME,
    RELATIVE_WORDS,
    SEASON_NAME,
    SEASONS,
    UNIT_WORD,
    WEEKDAY_NAME,
    WEEKDAYS,
    alternation,
)
from chronocheck.extract.timex_parse import TimexAnchor, TimexParse
from chronocheck.extract.timex_rule import (
    AMOUNT,
    DAY_PART,
    HEDGE,
    MONTH,
    PART,
    QUANTITY_MOD,
    UNIT,
    Rule,
    amount,
    blank,
    hedge_mod,
    make_rule,
    month_number,
    part_mod,
    quantity_mod,
    unit_code,
)

LOGGER = logging.getLogger(__name__)

#: Units that "last"/"this"/"next" can pick one of ("next month").
RELATIVE_UNITS = ("week", "weekend", "month", "year", "quarter", "decade", "century")
#: Parts of a period that pick its start or its end ("the early months of the war").
PERIOD_PARTS = {
    "early": "START",
    "first": "START",
    "opening": "START",
    "initial": "START",
    "late": "END",
    "last": "END",
    "final": "END",
    "closing": "END",
}
#: Words that make the noun phrase after "of" an event's name rather than a date.
EVENT_DETERMINERS = r"the|this|that|its|his|her|their|our"
#: The value of a day not yet known, before its time part ("XXXX-XX-XXTMO").
UNKNOWN_DAY = "XXXX-XX-XX"
#: "of" and a determiner after "quarters": a fraction of something, not a period.
FRACTION_OF = re.compile(
    r"\s+of\s+(?:the|a|an|its|his|her|their|our|all|those|these|this|that)\b", re.IGNORECASE
)
#: Direction words that count from the document date ("two years ago").
DEICTIC_DIRECTIONS = frozenset({"ago", "hence", "from now"})


def _day_deictic(match: re.Match[str]) -> TimexParse | None:
    days = DAY_DEICTICS[re.sub(r"\s+", " ", match.group("deictic").lower())]
    day_part = _day_part(match.group(0))
    mod = part_mod(match)
    if day_part is None:
        return blank(
            value=None, precision="day", reference="document", shift=days, unit="D", mod=mod
        )
    return blank(
        "TIME",
        value=day_part,
        precision="time",
        reference="document",
        shift=days,
        unit="D",
        mod=mod,
    )


def _day_part(words: str) -> str | None:
    """The value template of a part of a day ("this morning", "Friday night"), if named.

    TIMEX3 writes a part of a day as a time of that day: ``XXXX-XX-XXTMO``.
    """
    last = words.split()[-1].lower()
    code = DAY_PARTS.get(last)
    return None if code is None else f"{UNKNOWN_DAY}T{code}"


def _relative_unit(match: re.Match[str]) -> TimexParse | None:
    word = "quarter" if match.groupdict().get("period") else match.group("unit").lower()
    rel = match.groupdict().get("rel")
    shift = RELATIVE_WORDS[rel.lower()] if rel else 0
    if word == "weekend":
        return blank(reference="document", shift=shift, unit="WE", precision="week")
    if rel is None:
        # "the latest quarter": the last one reported, the one before the document's.
        if word != "quarter":
            return None
        return blank(reference="document", shift=-1, unit="Q", precision="quarter")
    code = {"week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "DE"}.get(word, "CE")
    return blank(
        reference="document",
        shift=shift,
        unit=code,
        precision=UNIT_PRECISION[code],
        mod=part_mod(match),
    )


def _relative_name(match: re.Match[str]) -> TimexParse | None:
    name = match.group("name")
    if not name[:1].isupper() and name.lower() not in SEASONS:
        return None
    shift = RELATIVE_WORDS[match.group("rel").lower()]
    key, mod = name.lower(), part_mod(match)
    if key in WEEKDAYS:
        unit, position, precision = "WD", WEEKDAYS[key], "day"
    elif key in MONTHS:
        unit, position, precision = "MN", MONTHS[key], "month"
    else:
        # A season keeps its code and takes the year of the document, shifted.
        value = f"XXXX-{SEASONS[key]}"
        return blank(value=value, reference="document", shift=shift, unit="Y", precision="season")
    return blank(
        reference="document",
        shift=shift,
        unit=unit,
        position=position,
        precision=precision,
        mod=mod,
    )


def _month_of_relative_year(match: re.Match[str]) -> TimexParse | None:
    month = month_number(match.group("month"))
    if month is None:
        return None
    shift = RELATIVE_WORDS[match.group("rel").lower()]
    value = f"XXXX-{month:02d}"
    return blank(value=value, reference="document", shift=shift, unit="Y", precision="month")


def _full_year(match: re.Match[str]) -> TimexParse | None:
    return blank(reference="document", unit="Y", precision="year")


def _weekday(match: re.Match[str]) -> TimexParse | None:
    name = match.group("weekday")
    if not name[:1].isupper():
        return None
    position = WEEKDAYS[name.lower()]
    day_part = _day_part(match.group(0))
    # "Friday night" is a part of a named day: TimeBank and AQUAINT annotate it as
    # a DATE (19 times in 25), keeping the part in the value ("1998-08-07TNI").
    return blank(
        "DATE",
        value=day_part,
        reference="document",
        unit="WD",
        position=position,
        precision="day" if day_part is None else "time",
        mod=part_mod(match),
    )


def _shifted(match: re.Match[str]) -> TimexParse | None:
    unit, number = unit_code(match), amount(match)
    direction = DIRECTION_WORDS[re.sub(r"\s+", " ", match.group("dir").lower())]
    if unit.startswith("T"):
        return None
    if number is None or not number.is_integer():
        return blank(value="PAST_REF" if direction == "before" else "FUTURE_REF")
    sign = -1 if direction == "before" else 1
    # "Forty-three years ago today" is a day: the anniversary of the document date.
    precision = "day" if match.groupdict().get("today") else UNIT_PRECISION[unit]
    return blank(
        reference="document",
        shift=sign * int(number),
        unit=unit,
        precision=precision,
        mod=quantity_mod(match) or hedge_mod(match),
    )


def _offset(match: re.Match[str]) -> TimexParse | None:
    if match.group("dir").lower() in DEICTIC_DIRECTIONS:
        return _shifted(match)  # "about two years ago" counts from the document date
    duration = format_duration(amount(match), unit_code(match))
    direction = DIRECTION_WORDS[re.sub(r"\s+", " ", match.group("dir").lower())]
    # "Two months later" has no phrase after it: it counts from the last date told.
    anaphoric = match.group("dir").lower() in ADVERB_DIRECTIONS
    # TempEval annotates the duration of "eight days after <phrase>", not the whole.
    parts: tuple[TimexParse, ...] = ()
    if not anaphoric:
        part = TimexParse(
            match.start("dur"),
            match.end("dur"),
            "DURATION",
            "duration",
            value=duration,
            mod=quantity_mod(match),
            resolved=True,
        )
        parts = (part,)
    return blank(
        reference="anchor",
        offset=duration,
        direction="before" if direction == "before" else "after",
        mod=hedge_mod(match) or quantity_mod(match),
        # "thirty-five years to the day after ..." names a day, not a year.
        precision="day" if match.group("to_the_day") else None,
        anaphoric=anaphoric,
        parts=parts,
    )


def _duration(match: re.Match[str]) -> TimexParse | None:
    before = match.string[max(0, match.start() - 12) : match.start()]
    if match.group("num").lower() in ("a", "an") and re.search(
        r"(?:\d|times|per|twice|once)\s*$", before
    ):
        return None
    unit = unit_code(match)
    if unit == "Q" and _is_fraction(match):
        return None
    value = format_duration(amount(match), unit)
    mod = quantity_mod(match) or hedge_mod(match)
    return blank("DURATION", value=value, mod=mod, resolved=True)


def _is_fraction(match: re.Match[str]) -> bool:
    """Whether "quarters" counts parts of a whole ("three-quarters of the vote")."""
    after = match.string[match.end() : match.end() + 12]
    return "-" in match.group(0) or FRACTION_OF.match(after) is not None


def _vague_duration(match: re.Match[str]) -> TimexParse | None:
    return blank("DURATION", value=format_duration(None, unit_code(match)), resolved=True)


def _fuzzy(match: re.Match[str]) -> TimexParse | None:
    key = re.sub(r"\s+", " ", match.group("t").lower())
    return blank(value=FUZZY_REFS.get(key, "PAST_REF"), resolved=True)


def _vague_period(match: re.Match[str]) -> TimexParse | None:
    anchor = TimexAnchor(
        kind="event",
        text=match.group("anchor"),
        start=match.start("anchor"),
        end=match.end("anchor"),
    )
    mod = PERIOD_PARTS[match.group("part").lower()]
    return blank(value=None, mod=mod, vague=True, reference="anchor", anchor=anchor)


_DIRECTION = alternation(DIRECTION_WORDS)

RELATIVE_RULES: tuple[Rule, ...] = (
    make_rule(
        "day-deictic",
        # "late yesterday", "earlier today": TempEval takes the word in (4 times in 5).
        rf"\b(?:(?P<part>early|earlier|late|later)\s+(?=(?:today|tonight|yesterday|tomorrow)\b))?"
        rf"(?P<deictic>{alternation(DAY_DEICTICS)})\b"
        rf"(?:\s+(?:{alternation(DAY_PARTS)})\b)?",
        _day_deictic,
        keywords=("today", "tonight", "yesterday", "tomorrow", "this", "last"),
    ),
    make_rule(
        "relative-unit",
        rf"(?:the\s+|){PART}(?P<rel>{alternation(RELATIVE_WORDS)})\s+"
        rf"(?P<unit>{alternation(RELATIVE_UNITS)})(?:'s)?\b",
        _relative_unit,
    ),
    make_rule(
        "reported-period",
        # "the latest period" of a results report is its quarter.
        r"\bthe\s+(?:(?:latest|most\s+recent|fiscal)\s+)?(?P<unit>quarter|weekend)\b"
        r"|\bthe\s+(?:latest|most\s+recent)\s+(?P<period>period)\b",
        _relative_unit,
        keywords=("quarter", "weekend", "period"),
    ),
    make_rule(
        "month-relative-year",
        rf"{MONTH}\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b",
        _month_of_relative_year,
        keywords=("year",),
    ),
    # "results for the full year": in a report, the year it is written in.
    make_rule("full-year", r"\bthe\s+full\s+year\b(?!-)", _full_year, keywords=("full",)),
    make_rule(
        "relative-name",
        rf"{PART}(?P<rel>last|this|next|coming|past)\s+"
        rf"(?P<name>{WEEKDAY_NAME}|{MONTH_NAME}|{SEASON_NAME})\b",
        _relative_name,
    ),
    make_rule(
        "weekday",
        rf"\b{DAY_PART}(?P<weekday>{WEEKDAY_NAME})(?:\s+(?:morning|afternoon|evening|night))?\b",
        _weekday,
        keywords=("day",),
    ),
    make_rule(
        "ago",
        rf"{HEDGE}(?P<t>{QUANTITY_MOD}{AMOUNT}[\s-]+{UNIT}\s+(?P<dir>ago|from\s+now|hence)"
        r"(?P<today>\s+today)?)\b",
        _shifted,
        keywords=("ago", "now", "hence"),
    ),
    make_rule(
        "offset",
        rf"\b{HEDGE}(?P<dur>{QUANTITY_MOD}{AMOUNT}[\s-]+{UNIT})"
        rf"(?P<to_the_day>\s+to\s+the\s+day)?\s+(?P<dir>{_DIRECTION})\b",
        _offset,
        keywords=(
            "ago",
            "before",
            "earlier",
            "prior",
            "previously",
            "after",
            "later",
            "now",
            "hence",
        ),
    ),
    make_rule(
        "duration",
        rf"\b{HEDGE}(?P<t>{QUANTITY_MOD}"
        # "the 23-year career": the article belongs to the noun, not to the adjective.
        rf"(?:the\s+(?:(?:past|last|next|first|previous|coming|final)\s+|(?![\w.]+-)))?"
        rf"{AMOUNT}[\s-]+(?:(?:more|additional|further|extra)\s+)?{UNIT})\b(?![\s-]old)",
        _duration,
    ),
    make_rule(
        "vague-duration",
        rf"\bfor\s+(?P<t>(?:many\s+|several\s+)?(?P<unit>{UNIT_WORD})s)\b",
        _vague_duration,
        keywords=("for",),
    ),
    make_rule(
        "fuzzy",
        rf"\b(?P<t>{alternation(FUZZY_REFS)})\b",
        _fuzzy,
    ),
    # "in recent weeks": some weeks up to now, a duration of unknown length.
    make_rule(
        "recent-period",
        rf"\b(?P<t>recent\s+(?P<unit>{UNIT_WORD})s)\b",
        _vague_duration,
        keywords=("recent",),
    ),
    make_rule(
        "vague-period",
        rf"\bthe\s+(?P<part>{alternation(PERIOD_PARTS)})\s+(?:few\s+)?"
        rf"(?:days|weeks|months|years|decades)\s+of\s+"
        rf"(?P<anchor>(?:{EVENT_DETERMINERS})\s+[A-Za-z][\w'\u2019-]*)",
        _vague_period,
        keywords=("days", "weeks", "months", "years", "decades"),
    ),
)
