"""Render a date in the surface forms English news uses, with the TIMEX3 value each means.

Test code for the round-trip properties of the temporal tagger (issue #5, part 4).
Each form is a function ``date -> DatePhrase | None``; ``None`` means the form
cannot say this date without ambiguity (a slash date whose day could be a month,
a decade that reads as a century). Values follow TIMEX3: ``1980-09-22``,
``1980-09``, ``1980``, ``1980-FA`` (season), ``1980-Q3`` (quarter), ``198``
(decade), ``19`` (century, the twentieth), with ``mod`` START, MID or END for
"early", "mid-" and "late".

Relative forms come in two kinds: deictic ones measured from the document
creation time ("two days ago", :data:`DEICTIC_FORMS`) and anaphoric ones
measured from the date of the sentence before ("Three weeks later",
:func:`render_anaphoric`). :func:`place` puts a phrase into a carrier sentence.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from chronocheck.models import Precision

LOGGER = logging.getLogger(__name__)

MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
#: AP style: five-letter-or-shorter months are never abbreviated, September is "Sept.".
AP_MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
#: Seasons by month (northern hemisphere), with their TIMEX3 codes.
SEASON_OF_MONTH = (
    "winter winter spring spring spring summer summer summer autumn autumn autumn winter".split()
)
SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
QUARTER_WORDS = ("first", "second", "third", "fourth")
#: Spelled ordinals of the centuries a year in 1800..2099 falls in ("the nineteenth century").
CENTURY_WORDS = {19: "nineteenth", 20: "twentieth", 21: "twenty-first"}
NUMBER_WORDS = "one two three four five six seven eight nine ten".split()
MONTHS_IN_YEAR = 12


@dataclass(frozen=True, slots=True)
class DatePhrase:
    """A time expression in words with the TIMEX3 reading a tagger should give it.

    Attributes:
        text: The words of the expression, exactly as the span should cover them.
        value: The TIMEX3 value.
        precision: The granularity of the value.
        mod: The TIMEX3 modifier (START, MID, END), if any.
    """

    text: str
    value: str
    precision: Precision
    mod: str | None = None

    @property
    def preposition(self) -> str:
        """The preposition that introduces the expression in a sentence."""
        return "on" if self.precision == "day" else "in"


RenderDate = Callable[[dt.date], "DatePhrase | None"]


def ordinal(number: int) -> str:
    """``1`` -> ``"1st"``, ``22`` -> ``"22nd"``, ``13`` -> ``"13th"``."""
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def count_word(number: int) -> str:
    """A count of 1..10 in words, digits above ("three", "12")."""
    return NUMBER_WORDS[number - 1] if 1 <= number <= len(NUMBER_WORDS) else str(number)


def _day(date: dt.date, text: str) -> DatePhrase:
    return DatePhrase(text, date.isoformat(), "day")


def _month(date: dt.date, text: str, mod: str | None = None) -> DatePhrase:
    return DatePhrase(text, f"{date.year:04d}-{date.month:02d}", "month", mod)


def _year(date: dt.date, text: str, mod: str | None = None) -> DatePhrase:
    return DatePhrase(text, f"{date.year:04d}", "year", mod)


def _name(date: dt.date) -> str:
    return MONTHS[date.month - 1]


def _slash(date: dt.date, *, day_first: bool) -> DatePhrase | None:
    # Papers write slash dates day-first or month-first: only a day above 12 is unambiguous.
    if date.day <= MONTHS_IN_YEAR:
        return None
    first, second = (date.day, date.month) if day_first else (date.month, date.day)
    return _day(date, f"{first:02d}/{second:02d}/{date.year}")


def _season(date: dt.date, *, with_of: bool) -> DatePhrase:
    season = SEASON_OF_MONTH[date.month - 1]
    # British "the autumn of 1980", American "fall 1980".
    season = "fall" if season == "autumn" and not with_of else season
    text = f"the {season} of {date.year}" if with_of else f"{season} {date.year}"
    return DatePhrase(text, f"{date.year:04d}-{SEASON_CODES[season]}", "season")


def _quarter(date: dt.date, *, as_code: bool) -> DatePhrase:
    number = (date.month - 1) // 3 + 1
    words = f"the {QUARTER_WORDS[number - 1]} quarter of"
    text = f"Q{number} {date.year}" if as_code else f"{words} {date.year}"
    return DatePhrase(text, f"{date.year:04d}-Q{number}", "quarter")


def _decade(date: dt.date) -> DatePhrase | None:
    # "the 1800s" and "the 1900s" are read as centuries as often as decades.
    if date.year % 100 < 10:
        return None
    return DatePhrase(f"the {date.year // 10}0s", f"{date.year // 10:03d}", "decade")


def _century(date: dt.date, *, spelled: bool) -> DatePhrase:
    number = date.year // 100 + 1
    words = CENTURY_WORDS[number] if spelled else ordinal(number)
    return DatePhrase(f"the {words} century", f"{date.year // 100:02d}", "century")


#: Every surface form by name. Dotted dates ("22.09.1980") are not English news.
SURFACE_FORMS: dict[str, RenderDate] = {
    "day-month-year": lambda d: _day(d, f"{d.day} {_name(d)} {d.year}"),
    "month-day-year": lambda d: _day(d, f"{_name(d)} {d.day}, {d.year}"),
    "ap-month-day-year": lambda d: _day(d, f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}"),
    "short-month-day-year": lambda d: _day(d, f"{_name(d)[:3]} {d.day} {d.year}"),
    "ordinal-of-month-year": lambda d: _day(d, f"{ordinal(d.day)} of {_name(d)} {d.year}"),
    "the-ordinal-of-month-comma-year": lambda d: _day(
        d, f"the {ordinal(d.day)} of {_name(d)}, {d.year}"
    ),
    "ordinal-month-year": lambda d: _day(d, f"{ordinal(d.day)} {_name(d)} {d.year}"),
    "month-ordinal-year": lambda d: _day(d, f"{_name(d)} {ordinal(d.day)}, {d.year}"),
    "weekday-month-day-year": lambda d: _day(
        d, f"{WEEKDAYS[d.weekday()]}, {_name(d)} {d.day}, {d.year}"
    ),
    "weekday-day-month-year": lambda d: _day(
        d, f"{WEEKDAYS[d.weekday()]} {d.day} {_name(d)} {d.year}"
    ),
    "iso-date": lambda d: _day(d, d.isoformat()),
    "day-first-slash": lambda d: _slash(d, day_first=True),
    "month-first-slash": lambda d: _slash(d, day_first=False),
    "month-year": lambda d: _month(d, f"{_name(d)} {d.year}"),
    "ap-month-year": lambda d: _month(d, f"{AP_MONTHS[d.month - 1]} {d.year}"),
    "early-month-year": lambda d: _month(d, f"early {_name(d)} {d.year}", "START"),
    "mid-month-year": lambda d: _month(d, f"mid-{_name(d)} {d.year}", "MID"),
    "late-month-year": lambda d: _month(d, f"late {_name(d)} {d.year}", "END"),
    "year": lambda d: _year(d, str(d.year)),
    "early-year": lambda d: _year(d, f"early {d.year}", "START"),
    "mid-year": lambda d: _year(d, f"mid-{d.year}", "MID"),
    "late-year": lambda d: _year(d, f"late {d.year}", "END"),
    "the-season-of-year": lambda d: _season(d, with_of=True),
    "season-year": lambda d: _season(d, with_of=False),
    "the-quarter-of-year": lambda d: _quarter(d, as_code=False),
    "quarter-code-year": lambda d: _quarter(d, as_code=True),
    "decade": _decade,
    "century": lambda d: _century(d, spelled=False),
    "spelled-century": lambda d: _century(d, spelled=True),
}


def render(form: str, date: dt.date) -> DatePhrase | None:
    """Render ``date`` in the named surface form (``None`` where it would be ambiguous)."""
    return SURFACE_FORMS[form](date)


def _shift_months(date: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after ``date``'s (before, if negative)."""
    year, month_index = divmod(date.year * MONTHS_IN_YEAR + date.month - 1 + months, MONTHS_IN_YEAR)
    return dt.date(year, month_index + 1, 1)


def _week(date: dt.date, text: str) -> DatePhrase:
    iso = date.isocalendar()
    return DatePhrase(text, f"{iso.year:04d}-W{iso.week:02d}", "week")


def _days(date: dt.date, days: int) -> dt.date:
    return date + dt.timedelta(days=days)


def _plural(count: int, unit: str) -> str:
    return f"{'a' if count == 1 else count_word(count)} {unit}{'' if count == 1 else 's'}"


#: Forms measured from the document creation time, as ``(dct, count) -> phrase``.
DEICTIC_FORMS: dict[str, Callable[[dt.date, int], DatePhrase]] = {
    "yesterday": lambda dct, _: _day(_days(dct, -1), "yesterday"),
    "today": lambda dct, _: _day(dct, "today"),
    "tomorrow": lambda dct, _: _day(_days(dct, 1), "tomorrow"),
    "days-ago": lambda dct, n: _day(_days(dct, -n), f"{_plural(n, 'day')} ago"),
    "weeks-ago": lambda dct, n: _week(_days(dct, -7 * n), f"{_plural(n, 'week')} ago"),
    "months-ago": lambda dct, n: _month(_shift_months(dct, -n), f"{_plural(n, 'month')} ago"),
    "years-ago": lambda dct, n: _year(
        dct.replace(day=1, year=dct.year - n), f"{_plural(n, 'year')} ago"
    ),
    "last-week": lambda dct, _: _week(_days(dct, -7), "last week"),
    "last-month": lambda dct, _: _month(_shift_months(dct, -1), "last month"),
    "this-month": lambda dct, _: _month(dct, "this month"),
    "next-month": lambda dct, _: _month(_shift_months(dct, 1), "next month"),
    "last-year": lambda dct, _: _year(dct.replace(day=1, year=dct.year - 1), "last year"),
    "this-year": lambda dct, _: _year(dct, "this year"),
    "next-year": lambda dct, _: _year(dct.replace(day=1, year=dct.year + 1), "next year"),
}


@dataclass(frozen=True, slots=True)
class AnaphoricForm:
    """An expression measured from the date of the sentence before ("Three weeks later").

    Attributes:
        words: The words for a count (``"{n} weeks later"``, with ``{n}`` "a", "three"...).
        unit: The calendar unit it moves by: ``"day"``, ``"month"`` or ``"year"``.
        days_per_unit: Days in one counted unit when ``unit`` is ``"day"`` (7 for weeks).
        sign: 1 for later, -1 for earlier.
        counted: Whether the words hold a count; "the next day" moves by one.
    """

    words: str
    unit: Precision
    days_per_unit: int = 1
    sign: int = 1
    counted: bool = True


#: TempEval's narrative convention: an offset takes the granularity of its unit
#: (weeks count days), and the day, month or year it lands on is written at it.
ANAPHORIC_FORMS = {
    "days-later": AnaphoricForm("{n} later", "day"),
    "days-earlier": AnaphoricForm("{n} earlier", "day", sign=-1),
    "weeks-later": AnaphoricForm("{n} later", "day", days_per_unit=7),
    "months-later": AnaphoricForm("{n} later", "month"),
    "years-later": AnaphoricForm("{n} later", "year"),
    "the-next-day": AnaphoricForm("the next day", "day", counted=False),
    "the-following-day": AnaphoricForm("the following day", "day", counted=False),
    "the-following-month": AnaphoricForm("the following month", "month", counted=False),
    "the-following-year": AnaphoricForm("the following year", "year", counted=False),
    "the-previous-year": AnaphoricForm("the previous year", "year", sign=-1, counted=False),
}
#: What precisions of the anchor each unit can be counted from without coarsening.
#: A year from a season or quarter is that season or quarter in the other year
#: (TimeBank: "a year earlier" than 1989-Q3 is 1988-Q3).
ANCHOR_PRECISIONS: dict[str, tuple[Precision, ...]] = {
    "day": ("day",),
    "month": ("day", "month"),
    "year": ("day", "month", "year", "season", "quarter"),
}
#: The words each unit is counted in, by ``AnaphoricForm.words`` and days per unit.
UNIT_NOUNS = {("day", 1): "day", ("day", 7): "week", ("month", 1): "month", ("year", 1): "year"}


def render_anaphoric(form: str, anchor: DatePhrase, count: int) -> DatePhrase | None:
    """Render an anaphoric form and its value, counted from the date ``anchor`` told.

    Args:
        form: A name from :data:`ANAPHORIC_FORMS`.
        anchor: The date of the sentence before, as rendered by :func:`render`.
        count: How many units (ignored by the forms without a count).

    Returns:
        The phrase, or None when the anchor is too coarse for the unit ("three
        days later" than "1980").
    """
    spec = ANAPHORIC_FORMS[form]
    if anchor.precision not in ANCHOR_PRECISIONS[spec.unit]:
        return None
    amount = spec.sign * (count if spec.counted else 1)
    noun = UNIT_NOUNS[(spec.unit, spec.days_per_unit)]
    text = spec.words.format(n=_plural(count, noun))
    if spec.unit == "day":
        day = dt.date.fromisoformat(anchor.value) + dt.timedelta(days=amount * spec.days_per_unit)
        return _day(day, text)
    if spec.unit == "month":
        return _month(_shift_months(dt.date.fromisoformat(anchor.value[:7] + "-01"), amount), text)
    year = int(anchor.value[:4]) + amount
    # A season or quarter keeps its code in the other year ("1980-FA" -> "1982-FA").
    period = anchor.value[4:] if anchor.precision in ("season", "quarter") else ""
    return DatePhrase(text, f"{year:04d}{period}", anchor.precision if period else "year")


@dataclass(frozen=True, slots=True)
class PlacedPhrase:
    """A sentence and where in it the time expression lies (``[start, end)``)."""

    text: str
    start: int
    end: int


#: Sentences to carry a date: ``{prep}``/``{Prep}`` is "on" or "in", ``{date}`` the
#: date words and ``{Date}`` the same with a capital, for a date opening the sentence.
#: None of them holds any other time expression.
CARRIERS = (
    "The talks began {prep} {date}.",
    "{Prep} {date}, the two sides met in Geneva.",
    "{Date} was when the ceasefire took effect.",
    "{Date} saw the talks collapse.",
    "Officials said the border had been closed {prep} {date}, the ministry reported.",
    "It was {prep} {date} that the war broke out.",
    "(Reuters) - Troops crossed the border {prep} {date} after heavy shelling.",
    'Reports from {date} describe "heavy fighting" near Basra.',
)


def capitalize_first(text: str) -> str:
    """``"the 22nd"`` -> ``"The 22nd"``; the rest of the text is unchanged."""
    return text[:1].upper() + text[1:]


def place(phrase: DatePhrase, carrier: str) -> PlacedPhrase:
    """Put the phrase's words into a carrier sentence from :data:`CARRIERS`."""
    words = capitalize_first(phrase.text) if "{Date}" in carrier else phrase.text
    before, _, after = carrier.replace("{Date}", "{date}").partition("{date}")
    fill = {"prep": phrase.preposition, "Prep": capitalize_first(phrase.preposition)}
    prefix = before.format(**fill)
    return PlacedPhrase(
        prefix + words + after.format(**fill), len(prefix), len(prefix) + len(words)
    )
