"""The dates of named holidays in a given year ("Thanksgiving 1999" is 25 November).

Pure calendar arithmetic, shared by the temporal grammar; it knows nothing of
spaCy. Holidays are those of English-language news: fixed days ("Christmas"),
the n-th weekday of a month ("Labor Day", the first Monday of September), and
days reckoned from Easter ("Good Friday").
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
from dataclasses import dataclass

LOGGER = logging.getLogger(__name__)

#: Days in a week, for weekday arithmetic.
WEEK_DAYS = 7
#: ``Holiday.nth`` of the last such weekday of the month ("the last Monday of May").
LAST = -1


@dataclass(frozen=True, slots=True)
class Holiday:
    """How to find a holiday in a year.

    Exactly one way is set: ``day`` (a fixed day of ``month``), ``weekday`` and
    ``nth`` (the ``nth`` such weekday of ``month``, Monday = 0, ``LAST`` for the
    last), or ``easter_offset`` (days after Easter Sunday). ``days_after`` then
    moves the result ("Black Friday" is the day after Thanksgiving).
    """

    month: int = 0
    day: int = 0
    weekday: int | None = None
    nth: int = 0
    easter_offset: int | None = None
    days_after: int = 0


_THANKSGIVING = Holiday(month=11, weekday=3, nth=4)

#: Holiday names (lower case, apostrophes straight) and how to date them.
HOLIDAYS: dict[str, Holiday] = {
    "new year's day": Holiday(month=1, day=1),
    "new year's eve": Holiday(month=12, day=31),
    "epiphany": Holiday(month=1, day=6),
    "groundhog day": Holiday(month=2, day=2),
    "valentine's day": Holiday(month=2, day=14),
    "st. patrick's day": Holiday(month=3, day=17),
    "st patrick's day": Holiday(month=3, day=17),
    "may day": Holiday(month=5, day=1),
    "flag day": Holiday(month=6, day=14),
    "juneteenth": Holiday(month=6, day=19),
    "canada day": Holiday(month=7, day=1),
    "independence day": Holiday(month=7, day=4),
    "fourth of july": Holiday(month=7, day=4),
    "july fourth": Holiday(month=7, day=4),
    "bastille day": Holiday(month=7, day=14),
    "halloween": Holiday(month=10, day=31),
    "all saints' day": Holiday(month=11, day=1),
    "guy fawkes night": Holiday(month=11, day=5),
    "veterans day": Holiday(month=11, day=11),
    "veterans' day": Holiday(month=11, day=11),
    "armistice day": Holiday(month=11, day=11),
    "remembrance day": Holiday(month=11, day=11),
    "christmas eve": Holiday(month=12, day=24),
    "christmas day": Holiday(month=12, day=25),
    "christmas": Holiday(month=12, day=25),
    "boxing day": Holiday(month=12, day=26),
    "martin luther king day": Holiday(month=1, weekday=0, nth=3),
    "martin luther king jr. day": Holiday(month=1, weekday=0, nth=3),
    "presidents day": Holiday(month=2, weekday=0, nth=3),
    "presidents' day": Holiday(month=2, weekday=0, nth=3),
    "mother's day": Holiday(month=5, weekday=6, nth=2),
    "memorial day": Holiday(month=5, weekday=0, nth=LAST),
    "father's day": Holiday(month=6, weekday=6, nth=3),
    "labor day": Holiday(month=9, weekday=0, nth=1),
    "columbus day": Holiday(month=10, weekday=0, nth=2),
    "thanksgiving": _THANKSGIVING,
    "thanksgiving day": _THANKSGIVING,
    "black friday": Holiday(month=11, weekday=3, nth=4, days_after=1),
    "ash wednesday": Holiday(easter_offset=-46),
    "palm sunday": Holiday(easter_offset=-7),
    "maundy thursday": Holiday(easter_offset=-3),
    "good friday": Holiday(easter_offset=-2),
    "easter": Holiday(easter_offset=0),
    "easter sunday": Holiday(easter_offset=0),
    "easter monday": Holiday(easter_offset=1),
    "pentecost": Holiday(easter_offset=49),
}


def easter_sunday(year: int) -> dt.date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    golden = year % 19
    century, year_of_century = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    moon_lag = (century + 8) // 25
    correction = (century - moon_lag + 1) // 3
    epact = (19 * golden + century - leap_centuries - correction + 15) % 30
    leap_years, year_rest = divmod(year_of_century, 4)
    weekday_shift = (32 + 2 * century_rest + 2 * leap_years - epact - year_rest) % 7
    march_days = (golden + 11 * epact + 22 * weekday_shift) // 451
    month, day = divmod(epact + weekday_shift - 7 * march_days + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ``weekday`` (Monday = 0) of a month; ``LAST`` for the last one."""
    if nth == LAST:
        last_day = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last_day - dt.timedelta(days=(last_day.weekday() - weekday) % WEEK_DAYS)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(
        days=(weekday - first.weekday()) % WEEK_DAYS + WEEK_DAYS * (nth - 1)
    )


def holiday_date(name: str, year: int) -> dt.date | None:
    """The day a holiday falls on in ``year``, or None for a name it does not know.

    Args:
        name: The holiday's name as written ("Thanksgiving Day", "Presidents’ Day").
        year: The year.
    """
    holiday = HOLIDAYS.get(normalize_holiday(name))
    if holiday is None or not dt.MINYEAR < year < dt.MAXYEAR:
        return None
    if holiday.easter_offset is not None:
        day = easter_sunday(year) + dt.timedelta(days=holiday.easter_offset)
    elif holiday.weekday is not None:
        day = nth_weekday(year, holiday.month, holiday.weekday, holiday.nth)
    else:
        day = dt.date(year, holiday.month, holiday.day)
    return day + dt.timedelta(days=holiday.days_after)


def normalize_holiday(name: str) -> str:
    """The key of a holiday name in :data:`HOLIDAYS`: lower case, one space, straight quotes."""
    return " ".join(name.replace("\u2019", "'").lower().split())
