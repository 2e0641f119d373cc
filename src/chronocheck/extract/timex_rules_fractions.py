"""Grammar rules for durations with a fraction: "5 1/2 hours", "a minute and a half".

TIMEX3 writes the fraction in the next smaller unit, as TempEval-3 does:
"5 1/2 hours" is ``PT5H30M``, "2 1/2 years" ``P2Y6M``, "half an hour" ``PT30M``.
"""

from __future__ import annotations

import logging
import re

from chronocheck.dates import format_duration
from chronocheck.extract.timex_lexicon import NUMBER_WORD, parse_number
from chronocheck.extract.timex_parse import TimexParse
from chronocheck.extract.timex_rule import (
    HEDGE,
    QUANTITY_MOD,
    UNIT,
    Rule,
    blank,
    hedge_mod,
    make_rule,
    quantity_mod,
    unit_code,
)

LOGGER = logging.getLogger(__name__)

#: Fractions said in words, as parts of one unit.
FRACTION_WORDS = {"half": 0.5, "quarter": 0.25}
#: Each unit's next smaller one and how many of it make the unit, to write the
#: fraction in (ISO 8601 allows a decimal only in the smallest part).
SMALLER_UNITS: dict[str, tuple[str, int]] = {
    "Y": ("M", 12),
    "W": ("D", 7),
    "D": ("TH", 24),
    "TH": ("TM", 60),
    "TM": ("TS", 60),
}
#: Decades, centuries and millennia are written in years.
YEARS_IN: dict[str, int] = {"DE": 10, "CE": 100, "ML": 1000}
#: A whole number of units before the fraction: digits, words, or "a".
_WHOLE = rf"(?P<whole>\d+|(?:{NUMBER_WORD})(?:[\s-](?:{NUMBER_WORD}))?|an?)"
#: "1/2" after the whole number, or "and a half" before or after the unit.
_DIGIT_FRACTION = r"(?P<num>[1-9])/(?P<den>[2-9])"
_WORD_FRACTION = r"and\s+an?\s+(?P<frac>half|quarter)"


def iso_duration(amount: float, unit: str) -> str:
    """Write ``amount`` units as an ISO 8601 duration, a fraction in the smaller unit.

    Args:
        amount: A positive number of units, whole or not.
        unit: The TIMEX3 unit letter (``"Y"``, ``"TH"``...).

    Returns:
        The duration ("PT5H30M" for 5.5 hours); one decimal unit when the
        fraction has no whole smaller unit.
    """
    if unit in YEARS_IN:
        amount, unit = amount * YEARS_IN[unit], "Y"
    whole = int(amount)
    smaller = SMALLER_UNITS.get(unit)
    if amount == whole or smaller is None:
        return format_duration(amount, unit)
    small_unit, per_unit = smaller
    rest = (amount - whole) * per_unit
    if not rest.is_integer():
        return format_duration(amount, unit)
    parts = [(whole, unit), (int(rest), small_unit)] if whole else [(int(rest), small_unit)]
    dates = "".join(f"{count}{code}" for count, code in parts if not code.startswith("T"))
    times = "".join(f"{count}{code[1:]}" for count, code in parts if code.startswith("T"))
    return f"P{dates}T{times}" if times else f"P{dates}"


def _whole(match: re.Match[str]) -> float | None:
    word = match.group("whole")
    return 1.0 if word.lower() in ("a", "an") else parse_number(word)


def _fraction(match: re.Match[str]) -> float:
    words = match.groupdict()
    if words.get("frac"):
        return FRACTION_WORDS[words["frac"].lower()]
    return int(words["num"]) / int(words["den"])


def _mixed_duration(match: re.Match[str]) -> TimexParse | None:
    whole = _whole(match)
    fraction = _fraction(match)
    if whole is None or fraction >= 1:
        return None
    value = iso_duration(whole + fraction, unit_code(match))
    mod = quantity_mod(match) or hedge_mod(match)
    return blank("DURATION", value=value, mod=mod, resolved=True)


def _half_unit(match: re.Match[str]) -> TimexParse | None:
    return blank("DURATION", value=iso_duration(0.5, unit_code(match)), resolved=True)


FRACTION_RULES: tuple[Rule, ...] = (
    make_rule(
        "mixed-duration",
        rf"\b{HEDGE}(?P<t>{QUANTITY_MOD}{_WHOLE}\s+(?:{_DIGIT_FRACTION}|{_WORD_FRACTION})"
        rf"[\s-]+{UNIT})\b",
        _mixed_duration,
        keywords=("/", "half", "quarter"),
    ),
    make_rule(
        "duration-and-a-half",
        rf"\b{HEDGE}(?P<t>{QUANTITY_MOD}{_WHOLE}[\s-]+{UNIT}\s+{_WORD_FRACTION})\b",
        _mixed_duration,
        keywords=("half", "quarter"),
    ),
    make_rule(
        "half-unit",
        rf"\b(?P<t>half\s+an?\s+{UNIT})\b",
        _half_unit,
        keywords=("half",),
    ),
)
