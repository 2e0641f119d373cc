"""Grammar rules for years said in words, as broadcast transcripts write them.

"nineteen ninety-six" is 1996, "January nineteen ninety-seven" 1997-01, "the
winter of nineteen ninety-four" 1994-WI, "the year two thousand" 2000 and "the
nineties" the decade 199. Only the "nineteen <tens>" form stands alone: "two
thousand" alone is as often a count ("two thousand troops"), so it needs "the
year" before it.
"""

from __future__ import annotations

import logging
import re

from chronocheck.extract.timex_lexicon import SEASON_NAME, SEASONS, alternation
from chronocheck.extract.timex_parse import TimexParse
from chronocheck.extract.timex_rule import MONTH, PART, Rule, blank, make_rule, month_number
from chronocheck.numerals import TEEN_WORDS, TENS_WORDS, UNIT_WORDS

LOGGER = logging.getLogger(__name__)

#: Centuries a year may be said in ("nineteen ..." is 19xx), by their word.
CENTURY_WORDS = {"eighteen": 18, "nineteen": 19}
#: Decades said as a plural ("the nineties"), and their TIMEX3 value in the 1900s.
DECADE_WORDS = {word[:-1] + "ies": value // 10 for word, value in TENS_WORDS.items() if value >= 20}
#: The 1900s, whose decades "the nineties" names when no century is said.
DEFAULT_CENTURY = 19
_ONES = alternation(word for word, value in UNIT_WORDS.items() if value)
_TENS = alternation(TENS_WORDS)
_TEENS = alternation(TEEN_WORDS)
#: "nineteen ninety-six", "nineteen twelve", "nineteen oh five".
_SPOKEN_YEAR = (
    rf"(?P<century>{alternation(CENTURY_WORDS)})\s+"
    rf"(?:(?P<tens>{_TENS})(?:[\s-](?P<ones>{_ONES}))?|(?P<teen>{_TEENS})|oh\s+(?P<oh>{_ONES}))\b"
)
#: "the year two thousand", "the year two thousand and one".
_MILLENNIUM_YEAR = rf"two\s+thousand(?:\s+and\s+(?P<ones2>{_ONES}))?\b"


def _year_of(match: re.Match[str]) -> int | None:
    """The year the words say, from whichever form matched."""
    words = match.groupdict()
    if words.get("century"):
        century = CENTURY_WORDS[words["century"].lower()] * 100
        if words.get("tens"):
            ones = UNIT_WORDS[words["ones"].lower()] if words.get("ones") else 0
            return century + TENS_WORDS[words["tens"].lower()] + ones
        if words.get("teen"):
            return century + TEEN_WORDS[words["teen"].lower()]
        return century + UNIT_WORDS[words["oh"].lower()]
    if "ones2" in words:
        return 2000 + (UNIT_WORDS[words["ones2"].lower()] if words["ones2"] else 0)
    return None


def _spoken_year(match: re.Match[str]) -> TimexParse | None:
    year = _year_of(match)
    return None if year is None else blank(value=f"{year:04d}", precision="year")


def _month_spoken_year(match: re.Match[str]) -> TimexParse | None:
    month, year = month_number(match.group("month")), _year_of(match)
    if month is None or year is None:
        return None
    return blank(value=f"{year:04d}-{month:02d}", precision="month", mod=None)


def _season_spoken_year(match: re.Match[str]) -> TimexParse | None:
    year = _year_of(match)
    if year is None:
        return None
    season = SEASONS[match.group("season").lower()]
    return blank(value=f"{year:04d}-{season}", precision="season")


def _spoken_decade(match: re.Match[str]) -> TimexParse | None:
    decade = DEFAULT_CENTURY * 10 + DECADE_WORDS[match.group("decade").lower()]
    return blank(value=str(decade), precision="decade")


SPOKEN_RULES: tuple[Rule, ...] = (
    make_rule("spoken-year", rf"\b{_SPOKEN_YEAR}", _spoken_year, keywords=("teen ",)),
    make_rule(
        "spoken-millennium-year",
        rf"\bthe\s+year\s+{_MILLENNIUM_YEAR}",
        _spoken_year,
        keywords=("thousand",),
    ),
    make_rule(
        "month-spoken-year",
        rf"{MONTH}\s+(?:of\s+)?{_SPOKEN_YEAR}",
        _month_spoken_year,
        keywords=("teen ",),
    ),
    make_rule(
        "season-spoken-year",
        rf"{PART}(?:the\s+|)(?P<season>{SEASON_NAME})\s+(?:of\s+)?{_SPOKEN_YEAR}",
        _season_spoken_year,
        keywords=("teen ",),
    ),
    # "the nineties", not "in his nineties": an age has a possessive, not "the".
    make_rule(
        "spoken-decade",
        rf"\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?P<decade>{alternation(DECADE_WORDS)})\b",
        _spoken_decade,
        keywords=("ties",),
    ),
)
