"""The words around a number: qualifiers and currency signs.

Pure Python, no spaCy. Words are looked up lower-cased, except currency codes
("USD"), which count only in capitals so that "try" is never Turkish lira.
Units after the number are in :mod:`chronocheck.extract.quantity_units`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from chronocheck.extract.quantity_units import CURRENCY_CODES, LOWERCASE_CODES
from chronocheck.models import Qualifier

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
    ("lower", "than"): "less-than",
    ("higher", "than"): "more-than",
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
    ("or", "above"): "at-least",
    ("or", "over"): "at-least",
    ("or", "higher"): "at-least",
    ("or", "older"): "at-least",
    ("or", "below"): "at-most",
    ("or", "under"): "at-most",
    ("or", "lower"): "at-most",
}
#: Qualifiers that only make a range ("between 5 and 10"), never a bound on their own.
RANGE_OPENERS = frozenset({("between",), ("from",)})
LONGEST_QUALIFIER = max(len(words) for words in QUALIFIERS_BEFORE)

#: Currency signs and codes written before the amount, lower-cased.
CURRENCY_SIGNS = {
    "$": "USD",
    "us$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "r$": "BRL",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    # Wire style: "dlrs 14 billion".
    "dlrs": "USD",
    "dlr": "USD",
    # Reuters writes the yen sign as "Y=" ("Y=28,030").
    "y=": "JPY",
}
#: Countries written apart before a dollar sign: "HK $3.7 billion", "US $473 million".
#: Not the one-letter "A $5" or "C $5": "A $5 million grant" is an article.
DOLLAR_COUNTRIES = {"us": "USD", "hk": "HKD", "au": "AUD", "nz": "NZD", "ca": "CAD", "sg": "SGD"}
#: Prefixes glued to the digits that make the number a bound: "sub-300".
GLUED_QUALIFIERS: dict[str, Qualifier] = {"sub-": "less-than", "over-": "more-than"}


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
    if text in LOWERCASE_CODES:
        return text.upper()
    return CURRENCY_SIGNS.get(text.lower()) or (text if text in CURRENCY_CODES else None)


def match_currency_before(texts: Sequence[str]) -> tuple[str, int] | None:
    """Find the currency sign that ends the words just before an amount.

    Args:
        texts: The words before the number, as written.

    Returns:
        The currency code and how many words it takes ("HK", "$" is HKD in
        two), or ``None``.
    """
    if not texts:
        return None
    code = match_currency_sign(texts[-1])
    if code is None:
        return None
    country = DOLLAR_COUNTRIES.get(texts[-2].lower()) if len(texts) >= 2 else None
    if texts[-1] == "$" and country is not None and texts[-2].isupper():
        return country, 2
    return code, 1
