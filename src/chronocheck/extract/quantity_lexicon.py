"""The words around a number: qualifiers, currencies and units.

Pure Python, no spaCy. Words are looked up lower-cased, except currency codes
("USD"), which count only in capitals so that "try" is never Turkish lira.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from chronocheck.models import Qualifier, QuantityKind

LOGGER = logging.getLogger(__name__)

#: Words before a number that say how it bounds the truth, longest first where it matters.
QUALIFIERS_BEFORE: dict[tuple[str, ...], Qualifier] = {
    ("more", "than"): "more-than",
    ("over",): "more-than",
    ("just", "over"): "more-than",
    ("well", "over"): "more-than",
    ("in", "excess", "of"): "more-than",
    ("upwards", "of"): "more-than",
    ("greater", "than"): "more-than",
    ("above",): "more-than",
    ("exceeding",): "more-than",
    ("at", "least"): "at-least",
    ("no", "fewer", "than"): "at-least",
    ("no", "less", "than"): "at-least",
    ("not", "less", "than"): "at-least",
    ("a", "minimum", "of"): "at-least",
    ("fewer", "than"): "less-than",
    ("less", "than"): "less-than",
    ("under",): "less-than",
    ("just", "under"): "less-than",
    ("below",): "less-than",
    ("up", "to"): "at-most",
    ("at", "most"): "at-most",
    ("no", "more", "than"): "at-most",
    ("not", "more", "than"): "at-most",
    ("a", "maximum", "of"): "at-most",
    ("as", "many", "as"): "at-most",
    ("as", "much", "as"): "at-most",
    # "nearly" and "almost" bound from below, but a checker treats them as "close to".
    ("nearly",): "approximately",
    ("almost",): "approximately",
    ("about",): "approximately",
    ("around",): "approximately",
    ("roughly",): "approximately",
    ("approximately",): "approximately",
    ("approx.",): "approximately",
    ("some",): "approximately",
    ("circa",): "approximately",
    ("c.",): "approximately",
    ("close", "to"): "approximately",
    ("~",): "approximately",
    ("estimated",): "estimate",
    ("an", "estimated"): "estimate",
    ("est.",): "estimate",
    ("between",): "range",
    ("from",): "range",
}
#: Words after a number that qualify it ("5,000 or more").
QUALIFIERS_AFTER: dict[tuple[str, ...], Qualifier] = {
    ("or", "more"): "at-least",
    ("-", "plus"): "at-least",
    ("plus",): "at-least",
    ("or", "so"): "approximately",
    ("or", "fewer"): "at-most",
    ("or", "less"): "at-most",
}
#: Qualifiers that only make a range ("between 5 and 10"), never a bound on their own.
RANGE_OPENERS = frozenset({("between",), ("from",)})
LONGEST_QUALIFIER = max(len(words) for words in QUALIFIERS_BEFORE)

#: Currency signs and codes written before the amount, lower-cased.
CURRENCY_SIGNS = {
    "$": "USD",
    "us$": "USD",
    "a$": "AUD",
    "c$": "CAD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
}
#: ISO 4217 codes, matched only in capitals, before or after the amount.
CURRENCY_CODES = frozenset(
    {"USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "IRR", "IQD", "CHF", "AUD", "CAD", "SAR"}
)
#: Currency names after the amount, by lemma.
CURRENCY_NAMES = {
    "dollar": "USD",
    "euro": "EUR",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "ruble": "RUB",
    "rouble": "RUB",
    "rupee": "INR",
    "rial": "IRR",
    # The toman (10 rials) has no ISO code; IRT is the customary one.
    "toman": "IRT",
    "riyal": "SAR",
    "dirham": "AED",
}
PERCENT_WORDS: dict[tuple[str, ...], str] = {
    ("%",): "percent",
    ("percent",): "percent",
    ("per", "cent"): "percent",
    ("pct",): "percent",
    ("percentage", "points"): "percentage point",
    ("percentage", "point"): "percentage point",
}
#: Time units by lemma: a number of them is a duration.
TIME_UNITS = {
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "fortnight": "fortnight",
    "month": "month",
    "year": "year",
    "decade": "decade",
    "century": "century",
    "millennium": "millennium",
}
#: Units of measure, one or two words, to their symbol.
MEASURE_UNITS: dict[tuple[str, ...], str] = {
    ("km",): "km",
    ("kilometre",): "km",
    ("kilometer",): "km",
    ("square", "kilometre"): "km2",
    ("square", "kilometer"): "km2",
    ("sq", "km"): "km2",
    ("km2",): "km2",
    ("km²",): "km2",
    # Written out, as news copy does: "8,000 miles".
    ("mile",): "miles",
    ("square", "mile"): "square miles",
    ("m",): "m",
    ("metre",): "m",
    ("meter",): "m",
    ("cm",): "cm",
    ("mm",): "mm",
    ("ft",): "ft",
    ("foot",): "ft",
    ("feet",): "ft",
    ("inch",): "in",
    ("kg",): "kg",
    ("kilogram",): "kg",
    ("gram",): "g",
    ("tonne",): "t",
    ("ton",): "t",
    ("metric", "ton"): "t",
    ("lb",): "lb",
    ("pound",): "lb",
    ("barrel",): "barrel",
    ("bpd",): "barrel/d",
    ("litre",): "l",
    ("liter",): "l",
    ("gallon",): "gal",
    ("hectare",): "ha",
    ("ha",): "ha",
    ("acre",): "acre",
    ("mw",): "MW",
    ("megawatt",): "MW",
    ("gw",): "GW",
    ("gigawatt",): "GW",
    ("kwh",): "kWh",
    ("knot",): "kn",
    ("mph",): "mph",
    ("km/h",): "km/h",
}
LONGEST_UNIT = 2


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit read after a number: its kind, normalized name and length in words."""

    kind: QuantityKind
    unit: str
    length: int


def match_qualifier_before(words: Sequence[str]) -> tuple[Qualifier, int] | None:
    """Find a qualifier that ends the lower-cased ``words`` just before a number.

    Returns:
        The qualifier and how many words it takes, longest match first, or ``None``.
    """
    for length in range(min(LONGEST_QUALIFIER, len(words)), 0, -1):
        qualifier = QUALIFIERS_BEFORE.get(tuple(words[-length:]))
        if qualifier is not None:
            return qualifier, length
    return None


def match_qualifier_after(words: Sequence[str]) -> tuple[Qualifier, int] | None:
    """Find a qualifier that starts the lower-cased ``words`` just after a quantity."""
    for length in (2, 1):
        qualifier = QUALIFIERS_AFTER.get(tuple(words[:length]))
        if qualifier is not None:
            return qualifier, length
    return None


def match_currency_sign(text: str) -> str | None:
    """Return the currency code of a sign or code written before an amount ("US$")."""
    return CURRENCY_SIGNS.get(text.lower()) or (text if text in CURRENCY_CODES else None)


def match_unit(texts: Sequence[str], lemmas: Sequence[str]) -> UnitMatch | None:
    """Read the unit that starts a run of words after a number.

    Args:
        texts: The words as written (codes such as ``"USD"`` need their case).
        lemmas: Their lower-cased lemmas (``"tonne"`` for ``"tonnes"``).

    Returns:
        The unit's kind, normalized name and length, or ``None`` for a counted noun.
    """
    if texts and texts[0] in CURRENCY_CODES:
        return UnitMatch("money", texts[0], 1)
    lowered = [text.lower() for text in texts]
    for length in range(min(LONGEST_UNIT, len(texts)), 0, -1):
        percent = PERCENT_WORDS.get(tuple(lowered[:length]))
        if percent is not None:
            return UnitMatch("percent", percent, length)
        for words in (tuple(lowered[:length]), tuple(lemmas[:length])):
            measure = MEASURE_UNITS.get(words)
            if measure is not None:
                return UnitMatch("measure", measure, length)
    if not lemmas:
        return None
    if lemmas[0] in TIME_UNITS:
        return UnitMatch("duration", TIME_UNITS[lemmas[0]], 1)
    if lemmas[0] in CURRENCY_NAMES:
        return UnitMatch("money", CURRENCY_NAMES[lemmas[0]], 1)
    return None
