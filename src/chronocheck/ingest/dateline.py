"""Find the publication date in a dateline: a first line that is only a date.

Plain-text articles saved from the web often start with their date, e.g.
``Tuesday, October 8, 2024``. Only the whole first non-empty line counts, so a
date inside the prose is never taken for the publication date. A small regular
grammar is used rather than a general date parser (``dateutil`` would accept
"May" or "10" alone as dates).
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from chronocheck.dates import MONTHS

LOGGER = logging.getLogger(__name__)

MONTH_ABBREVIATIONS: dict[str, int] = {name[:3]: number for name, number in MONTHS.items()} | {
    "sept": 9
}
WEEKDAYS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}

# Longest names first so that "sept" is not read as "sep" followed by garbage.
_MONTH = "|".join(sorted(MONTHS.keys() | MONTH_ABBREVIATIONS.keys(), key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_WEEKDAY_PREFIX = rf"(?:(?P<weekday>{_WEEKDAY})\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_MONTH_NAME = rf"(?P<month>{_MONTH})\.?"
_YEAR = r"(?P<year>\d{4})"

#: The dateline forms: "October 8, 2024", "8 October 2024", "2024-10-08", each with an
#: optional leading weekday.
DATELINE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(rf"{_WEEKDAY_PREFIX}{body}", re.IGNORECASE)
    for body in (
        rf"{_MONTH_NAME}\s+{_DAY},?\s+{_YEAR}",
        rf"{_DAY}\s+(?:of\s+)?{_MONTH_NAME},?\s+{_YEAR}",
        r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})",
    )
)


def find_dateline(text: str) -> dt.date | None:
    """Return the date of the text's first non-empty line if that line is only a date.

    Args:
        text: The article text.

    Returns:
        The date, or None if the first non-empty line is not a date (or an impossible
        one, like February 30).
    """
    first_line = next((line.strip() for line in text.split("\n") if line.strip()), "")
    for pattern in DATELINE_PATTERNS:
        match = pattern.fullmatch(first_line)
        if match is not None:
            return _date_from_match(match)
    return None


def _date_from_match(match: re.Match[str]) -> dt.date | None:
    month_text = match["month"].lower()
    month = int(month_text) if month_text.isdigit() else _month_number(month_text)
    try:
        date = dt.date(int(match["year"]), month, int(match["day"]))
    except ValueError:
        LOGGER.debug("dateline %r is not a real date", match[0])
        return None
    weekday = match["weekday"]
    if weekday is not None and WEEKDAYS[weekday.lower()] != date.weekday():
        # Keep the date: the day of the month is likelier right than the weekday.
        LOGGER.warning("dateline %r names the wrong weekday for %s", match[0], date)
    return date


def _month_number(name: str) -> int:
    return MONTHS.get(name) or MONTH_ABBREVIATIONS[name]
