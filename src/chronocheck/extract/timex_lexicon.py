"""Word tables and regular-expression fragments of the temporal grammar.

Everything the grammar knows about English time words lives here: month and
weekday names, number words, calendar units, seasons, modifiers. The fragments
are plain strings meant to be embedded in larger patterns compiled with
``re.IGNORECASE``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from chronocheck.dates import MONTHS
from chronocheck.numerals import TEEN_WORDS, TENS_WORDS, UNIT_WORDS

LOGGER = logging.getLogger(__name__)

#: Abbreviations; "may" and "march" are only months when the context says so.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    **{word: value for word, value in UNIT_WORDS.items() if value},
    **TEEN_WORDS,
    **TENS_WORDS,
    "hundred": 100,
    "a hundred": 100,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "a dozen": 12,
    "dozen": 12,
}
ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
#: Ordinal words that number centuries ("the twentieth century").
CENTURY_ORDINALS: dict[str, int] = {
    word: number
    for number, word in enumerate(
        (
            "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
            "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
            "twentieth twenty-first"
        ).split(),
        start=1,
    )
}
#: Calendar unit words and their TIMEX3 duration letters.
UNITS: dict[str, str] = {
    "second": "TS",
    "minute": "TM",
    "hour": "TH",
    "day": "D",
    "night": "D",
    "week": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "centurie": "CE",
    "millennium": "ML",
    "millennia": "ML",
}
SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}
#: Words that bound an amount of time, and their TIMEX3 ``mod``.
QUANTITY_MODS: dict[str, str] = {
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "longer than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "almost": "LESS_THAN",
    "nearly": "APPROX",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS",
}
#: Hedges before an amount of time; TempEval leaves them out of the expression.
HEDGES: dict[str, str] = {
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
}
#: Words that pick part of a period, and their TIMEX3 ``mod``.
PART_MODS: dict[str, str] = {
    "early": "START",
    "earlier": "START",
    "beginning of": "START",
    "start of": "START",
    "mid": "MID",
    "middle of": "MID",
    "late": "END",
    "end of": "END",
    "later": "END",
}
#: Fuzzy references to the past, present and future.
FUZZY_REFS: dict[str, str] = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
}
#: Deictic day words and their distance in days from the document date.
DAY_DEICTICS: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
#: Parts of the day and their TIMEX3 codes ("Friday morning" is ``TMO`` of that day).
DAY_PARTS: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
}
#: "last", "this", "next" before a unit or a name, as a signed count of periods
#: from the document date ("the previous year" counts from the narrative instead).
RELATIVE_WORDS: dict[str, int] = {
    "last": -1,
    "past": -1,
    "this": 0,
    "current": 0,
    "coming": 1,
    "next": 1,
}
#: Adverbs that put an expression before or after its anchor.
DIRECTION_WORDS: dict[str, str] = {
    "ago": "before",
    "before": "before",
    "earlier": "before",
    "prior to": "before",
    "previously": "before",
    "after": "after",
    "later": "after",
    "afterwards": "after",
    "from now": "after",
    "hence": "after",
}
#: Direction words that are adverbs: "a year later" has no anchor phrase after it.
ADVERB_DIRECTIONS = frozenset({"ago", "earlier", "later", "afterwards", "hence", "previously"})
#: Words that make a SET out of a unit ("annually" = every year).
SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "quarterly": "P1Q",
    "annually": "P1Y",
    "yearly": "P1Y",
}
#: Adjectives that turn an amount of time into one unit-sized period ("two-year").
UNIT_ADJECTIVES: dict[str, str] = {
    "annual": "P1Y",
    "yearlong": "P1Y",
    "year-long": "P1Y",
    "monthlong": "P1M",
    "month-long": "P1M",
}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace.

    The words are factored into a trie ("ju(?:ne|ly)" rather than "june|july"):
    the regex engine then compares each character once instead of once per word,
    which makes the grammar several times faster. Where one word is a prefix of
    another, the longer one comes first, exactly as in a longest-first list.
    """
    return _trie_pattern(sorted(set(words)))


def _trie_pattern(suffixes: list[str]) -> str:
    """The alternation of sorted, distinct ``suffixes`` as a trie (longest match first)."""
    by_first: dict[str, list[str]] = {}
    for suffix in suffixes:
        if suffix:
            by_first.setdefault(suffix[0], []).append(suffix[1:])
    branches = [
        (r"\s+" if first == " " else re.escape(first)) + _trie_pattern(rest)
        for first, rest in by_first.items()
    ]
    if "" in suffixes and branches:
        branches.append("")  # the word may end here, after every longer word failed
    if len(branches) <= 1:
        return branches[0] if branches else ""
    return "(?:" + "|".join(branches) + ")"


def parse_number(text: str) -> float | None:
    """Read an amount written in digits or English words ("13", "seven", "twenty-five").

    Returns:
        The number, or None when ``text`` is not one.
    """
    cleaned = re.sub(r"\s+", " ", text.strip().lower()).replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        return float(cleaned)
    if cleaned in NUMBER_WORDS:
        return float(NUMBER_WORDS[cleaned])
    parts = re.split(r"[-\s]+", cleaned)
    if parts and all(part in NUMBER_WORDS for part in parts):
        values = [NUMBER_WORDS[part] for part in parts]
        if len(values) == 2 and values[1] == 100:
            return float(values[0] * 100)
        if len(values) == 2 and values[0] >= 20 and values[1] < 10:
            return float(values[0] + values[1])
    return None


MONTH_NAME = alternation(MONTHS)
#: Month abbreviations need their period or a following number to count.
MONTH_ABBREVIATION = alternation(MONTH_ABBREVIATIONS)
WEEKDAY_NAME = alternation(WEEKDAYS)
NUMBER_WORD = alternation(
    [word for word in NUMBER_WORDS if word not in {"a", "an", "hundred", "dozen"}]
)
SEASON_NAME = alternation(SEASONS)
UNIT_WORD = alternation(UNITS)
ORDINAL_WORD = alternation(ORDINALS)
CENTURY_ORDINAL = alternation(CENTURY_ORDINALS)
