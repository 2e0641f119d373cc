"""Grammar rule for named holidays ("Thanksgiving Day", "Christmas Eve", "Good Friday").

A holiday names a day whose date depends on the year; like "September 22", it
takes the year of the narrative, and :mod:`chronocheck.holidays` then finds the day.
"""

from __future__ import annotations

import logging
import re

from chronocheck.dates import format_date
from chronocheck.extract.timex_lexicon import RELATIVE_WORDS, alternation
from chronocheck.extract.timex_parse import TimexParse
from chronocheck.extract.timex_rule import YEAR, Rule, blank, make_rule
from chronocheck.holidays import HOLIDAYS, holiday_date, normalize_holiday
from chronocheck.models import Precision

LOGGER = logging.getLogger(__name__)

#: Any year, to place a holiday's month for choosing the narrative year (2000 is a leap year).
SAMPLE_YEAR = 2000
#: Holiday names as a pattern, longest first, with either apostrophe.
HOLIDAY_NAME = alternation(HOLIDAYS).replace("'", "['\u2019]")


def _holiday(match: re.Match[str]) -> TimexParse | None:
    name = match.group("holiday")
    if not name[:1].isupper():
        return None  # "easter" in lower case is rarely the holiday
    key = normalize_holiday(name)
    # "Easter week" is the week the holiday falls in.
    precision: Precision = "week" if match.group("week") else "day"
    year, rel = match.group("year"), match.group("rel")
    if year is not None:
        day = holiday_date(key, int(year))
        return (
            None if day is None else blank(value=format_date(day, precision), precision=precision)
        )
    if rel is not None:
        shift = RELATIVE_WORDS[rel.lower()]
        return blank(reference="document", shift=shift, precision=precision, holiday=key)
    sample = holiday_date(key, SAMPLE_YEAR)
    if sample is None:
        return None
    value = f"XXXX-{sample:%m-%d}"
    return blank(value=value, precision=precision, reference="narrative", holiday=key)


HOLIDAY_RULES: tuple[Rule, ...] = (
    make_rule(
        "holiday",
        rf"\b(?:(?P<rel>last|this|next|coming|past)\s+)?(?P<holiday>{HOLIDAY_NAME})\b"
        rf"(?P<week>\s+week\b)?(?:,?\s+{YEAR})?",
        _holiday,
    ),
)
