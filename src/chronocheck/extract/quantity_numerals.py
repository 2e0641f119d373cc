"""Read one token written with digits: "5,000", "-1.3", "2.5bn", "EUR50m", "250ml", "1/16".

Pure Python, no spaCy. The tokenizer leaves many amounts in one token, with a
currency, a sign, a scale or a unit glued to the digits; this module takes such
a token apart. A token whose letters are neither a scale nor a unit ("3rd",
"1980s", "COVID-19", "5G") is not a numeral.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass

from chronocheck.extract.quantity_lexicon import GLUED_QUALIFIERS, match_currency_sign
from chronocheck.extract.quantity_units import UnitMatch, match_symbol
from chronocheck.models import Qualifier

LOGGER = logging.getLogger(__name__)

#: Digits with thousands commas, decimals and an exponent, between a prefix and a suffix.
NUMERAL_PATTERN = re.compile(
    r"(?P<prefix>\D*?)(?P<sign>[-\u2212]|minus-?)?"
    r"(?P<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"
    r"(?:[eE](?P<exponent>[-+\u2212]?\d+))?(?P<suffix>\D*)",
    re.IGNORECASE,
)
#: Two numerals joined by a hyphen or dash inside one token ("1–2", "20-30").
#: The unit or sign of the first end may be repeated: "10-$12", "10%-15", "30,000-£40,000".
#: Each end may carry a scale: "1.5bn-$2bn", "1-2bn".
RANGE_TOKEN_PATTERN = re.compile(
    r"(?P<low>[\d.,]+[a-zA-Z]{0,2})%?[-\u2010-\u2015](?P<sign>[$£€¥₹]|[A-Z]{1,2}\$)?"
    r"(?P<high>[\d.,]+[a-zA-Z]{0,2})"
)
#: A fraction written with a slash or the fraction slash ("1/16", "1⁄32").
SLASH_FRACTION_PATTERN = re.compile(r"(?P<numerator>\d{1,3})[/\u2044](?P<denominator>\d{1,4})")
#: Scale suffixes glued to digits, in any case ("2.5bn", "$3TN", "25k").
SCALE_SUFFIXES = {"bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12, "mn": 1e6, "mln": 1e6, "k": 1e3}
#: "M" is a million ("4.3M sales"); "m" is one only in money ("$5m", not "100m sprint").
CAPITAL_MILLION = "M"
MONEY_SCALE_SUFFIXES = {"m": 1e6}
SENTENCE_END = "."
#: Temperatures written with a bare capital glued to the digits ("35C", "95F"), with the
#: values a weather report may give: "12F" outside them is a seat, not a temperature.
GLUED_TEMPERATURES: dict[str, tuple[str, float, float]] = {
    "C": ("°C", -90.0, 60.0),
    "F": ("°F", -130.0, 140.0),
}


@dataclass(frozen=True, slots=True)
class Numeral:
    """One numeral token taken apart.

    Attributes:
        value: The number, sign and scale applied.
        scale: The multiplier of a glued scale ("bn" is ``1e9``), 1 if none.
        currency: The code of a glued currency sign or code ("EUR50m").
        qualifier: The meaning of a glued bound ("sub-300").
        unit: A glued unit ("250ml"), with length 0: it takes no word of its own.
    """

    value: float
    scale: float = 1.0
    currency: str | None = None
    qualifier: Qualifier | None = None
    unit: UnitMatch | None = None

    @property
    def plain(self) -> bool:
        """Whether nothing but a sign and a scale is glued to the digits."""
        return self.currency is None and self.qualifier is None and self.unit is None


def read_numeral(text: str, *, money: bool = False) -> Numeral | None:
    """Take apart one token written with digits.

    Args:
        text: The token's text, e.g. ``"EUR50m"``, ``"-1.3"``, ``"5kW"``, ``"1.99E-29"``.
        money: Whether the token is part of an amount of money, where ``"5m"``
            means five million rather than five metres.

    Returns:
        The numeral, or ``None`` if the token is not one.
    """
    found = NUMERAL_PATTERN.fullmatch(text)
    if found is None:
        return None
    exponent = found["exponent"].replace("\u2212", "-") if found["exponent"] else "0"
    # float() of the whole numeral gives inf, never an OverflowError, for "9" * 400 or "1E999".
    value = float(f"{found['digits'].replace(',', '')}e{exponent}")
    if not math.isfinite(value):
        return None
    prefix, sign, suffix = found["prefix"], found["sign"], found["suffix"]
    if len(suffix) > 1 and suffix.endswith(SENTENCE_END):
        # The tokenizer leaves a full stop on a unit at the end of a sentence: "5kW.".
        suffix = suffix[:-1]
    if prefix and sign:
        # "sub-300": the hyphen belongs to the prefix, it is no minus sign.
        prefix, sign = prefix + sign, None
    if sign:
        value = -value
    currency = match_currency_sign(prefix) if prefix else None
    qualifier = GLUED_QUALIFIERS.get(prefix.lower()) if prefix else None
    if prefix and currency is None and qualifier is None:
        return None
    money = money or currency is not None
    scale = _read_scale(suffix, money=money)
    if scale is not None:
        # 4.1 * 1e9 is 4099999999.9999995 in binary: keep the digits that were written.
        return Numeral(float(f"{value * scale:.15g}"), scale, currency, qualifier)
    unit = _read_glued_unit(suffix) or _read_glued_temperature(suffix, value)
    if unit is None:
        return None
    return Numeral(value, 1.0, currency, qualifier, unit)


def _read_scale(suffix: str, *, money: bool) -> float | None:
    """The multiplier of a glued scale suffix, 1 for none, ``None`` if it is not a scale."""
    if not suffix:
        return 1.0
    if suffix == CAPITAL_MILLION:
        return 1e6
    lowered = suffix.lower()
    if lowered in SCALE_SUFFIXES:
        return SCALE_SUFFIXES[lowered]
    return MONEY_SCALE_SUFFIXES.get(lowered) if money else None


def _read_glued_unit(suffix: str) -> UnitMatch | None:
    unit = match_symbol(suffix)
    return None if unit is None else UnitMatch(unit.kind, unit.unit, 0)


def _read_glued_temperature(suffix: str, value: float) -> UnitMatch | None:
    """ "35C", "-4F": a capital C or F glued to a weather-like number is a temperature."""
    bounds = GLUED_TEMPERATURES.get(suffix)
    if bounds is None or not bounds[1] <= value <= bounds[2]:
        return None
    return UnitMatch("measure", bounds[0], 0)


def parse_numeral(text: str, *, money: bool = False) -> float | None:
    """Read one token written with digits and at most a scale, such as ``"5,000"`` or ``"2.5bn"``.

    Args:
        text: The token's text.
        money: Whether the token is part of an amount of money, where ``"5m"``
            means five million rather than five metres.

    Returns:
        The value, or ``None`` if the token is not a plain numeral.
    """
    numeral = read_numeral(text, money=money)
    return numeral.value if numeral is not None and numeral.plain else None


def parse_range_token(text: str, *, money: bool = False) -> tuple[float, float] | None:
    """Read a range written as one token, ``"1–2"`` or ``"20-30"``, as ``(low, high)``.

    Args:
        text: The token.
        money: Whether a currency sign precedes it, where "m" is a million; a sign
            repeated inside the token ("10-$12") says so too.
    """
    found = RANGE_TOKEN_PATTERN.fullmatch(text)
    if found is None:
        return None
    money = money or found["sign"] is not None
    low = read_numeral(found["low"], money=money)
    high = read_numeral(found["high"], money=money)
    if low is None or high is None or not (low.plain and high.plain):
        return None
    low_value = low.value
    if low.scale == 1.0 and high.scale > 1.0:
        # "1-2bn": the scale written once applies to both ends.
        low_value *= high.scale
    if low_value >= high.value:
        return None
    return low_value, high.value


def parse_slash_fraction(text: str) -> float | None:
    """Read ``"1/16"`` or ``"3⁄4"`` as a proper fraction; ``"24/7"`` and ``"9/11"`` are not."""
    found = SLASH_FRACTION_PATTERN.fullmatch(text)
    if found is None:
        return None
    numerator, denominator = int(found["numerator"]), int(found["denominator"])
    return numerator / denominator if 0 < numerator < denominator else None


def format_with_commas(value: int) -> str:
    """Write an integer with thousands commas, the inverse of :func:`parse_numeral`."""
    return f"{value:,}"
