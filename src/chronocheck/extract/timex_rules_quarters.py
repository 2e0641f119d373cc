"""Grammar rules for quarters of a year: "the third quarter", "Q3 1989", "the 1988 quarter".

Business news names quarters in many ways. With a year ("the 1988 second
quarter", "this year's third quarter") the quarter is fixed or told from the
document date; without one it keeps ``XXXX`` and takes the narrative's year.
"The 1988 period" or "last year's quarter" names no quarter: the resolver gives
it the quarter the report is about (see ``timex_resolve``).
"""

from __future__ import annotations

import logging
import re

from chronocheck.extract.timex_lexicon import ORDINAL_WORD, ORDINALS, RELATIVE_WORDS
from chronocheck.extract.timex_parse import TimexParse
from chronocheck.extract.timex_rule import YEAR, Rule, blank, make_rule

LOGGER = logging.getLogger(__name__)

#: The rule of a year's period that names no quarter ("the 1988 period").
YEAR_PERIOD_RULE = "year-period"
#: Rules whose year-precision parse is a quarter of that year left unnamed ("the 1988
#: period", "last year's quarter"): the resolver names the one reported on.
UNNAMED_QUARTER_RULES = frozenset({YEAR_PERIOD_RULE, "relative-year-quarter"})
#: "fiscal" before the ordinal: the company's own year, still a quarter of it.
_FISCAL = r"(?:fiscal[\s-]+)?"
#: "the third-quarter loss": the article belongs to the noun, not to the adjective.
_DETERMINER = rf"(?:the\s+(?!{_FISCAL}\w+-quarter))?"
#: "this year's", "last year's": a year told from the document date.
_RELATIVE_YEAR = r"(?P<rel>this|last|next|current)\s+year['\u2019]s"


def _quarter(match: re.Match[str]) -> TimexParse | None:
    quarter = ORDINALS[match.group("ord").lower()]
    if quarter > 4:
        return None
    year = match.group("year")
    if match.groupdict().get("plural"):
        # "fourth quarters": that quarter of every year.
        return None if year else blank("SET", value=f"XXXX-Q{quarter}", resolved=True)
    if year:
        return blank(value=f"{year}-Q{quarter}", precision="quarter")
    return blank(value=f"XXXX-Q{quarter}", precision="quarter", reference="narrative")


def _quarter_code(match: re.Match[str]) -> TimexParse | None:
    period, year = match.group("period").upper(), match.group("year")
    if year:
        return blank(value=f"{year}-{period}", precision="quarter" if period[0] == "Q" else None)
    if period[0] != "Q":
        return None  # "H1" alone is as often a heading or a chemical as a half-year
    return blank(value=f"XXXX-{period}", precision="quarter", reference="narrative")


def _year_period(match: re.Match[str]) -> TimexParse | None:
    return blank(value=match.group("year"), precision="year")


def _relative_year_quarter(match: re.Match[str]) -> TimexParse | None:
    shift = RELATIVE_WORDS[match.group("rel").lower()]
    ordinal = match.group("ord")
    if ordinal is None:
        return blank(reference="document", shift=shift, unit="Y", precision="year")
    quarter = ORDINALS[ordinal.lower()]
    if quarter > 4:
        return None
    value = f"XXXX-Q{quarter}"
    return blank(value=value, reference="document", shift=shift, unit="Y", precision="quarter")


QUARTER_RULES: tuple[Rule, ...] = (
    make_rule(
        "quarter-code",
        rf"\b(?P<period>Q[1-4]|H[12])\b(?:\s+{YEAR})?",
        _quarter_code,
    ),
    make_rule(
        "quarter",
        # "a first quarterly dividend" names no quarter: "quarter" must end the word.
        rf"{_DETERMINER}{_FISCAL}(?P<ord>{ORDINAL_WORD})[\s-]+quarter(?P<plural>s)?\b"
        rf"(?:(?:\s+of|,)?\s+{YEAR})?",
        _quarter,
        keywords=("quarter",),
    ),
    # "the 1988 second quarter", "the 1988 fiscal first quarter"
    make_rule(
        "year-quarter",
        rf"\bthe\s+{YEAR}\s+{_FISCAL}(?P<ord>{ORDINAL_WORD})[\s-]+quarter\b",
        _quarter,
        keywords=("quarter",),
    ),
    # "the 1988 quarter", "the 1989 period": the quarter reported on, in that year.
    make_rule(
        YEAR_PERIOD_RULE,
        rf"\bthe\s+{YEAR}\s+(?:quarter|period)\b",
        _year_period,
        keywords=("quarter", "period"),
    ),
    # "this year's third quarter", "last year's quarter"
    make_rule(
        "relative-year-quarter",
        rf"\b{_RELATIVE_YEAR}\s+(?:(?P<ord>{ORDINAL_WORD})[\s-]+)?quarter\b",
        _relative_year_quarter,
        keywords=("quarter",),
    ),
)
