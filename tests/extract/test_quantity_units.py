"""Tests for the units after a number: percentages, measures, durations, currency names."""

from __future__ import annotations

import pytest

from chronocheck.extract.quantity_units import (
    SYMBOL_UNITS,
    UNIT_NAMES,
    WORD_UNITS,
    UnitMatch,
    match_symbol,
    match_unit,
)


@pytest.mark.parametrize(
    ("texts", "lemmas", "expected"),
    [
        ("% of", "% of", UnitMatch("percent", "percent", 1)),
        ("per cent", "per cent", UnitMatch("percent", "percent", 2)),
        ("pc discount", "pc discount", UnitMatch("percent", "percent", 1)),
        ("percentage points", "percentage point", UnitMatch("percent", "percentage point", 2)),
        ("basis points on", "basis point on", UnitMatch("percent", "basis point", 2)),
        ("km long", "km long", UnitMatch("measure", "km", 1)),
        ("square kilometres", "square kilometre", UnitMatch("measure", "km2", 2)),
        ("sq m office", "sq m office", UnitMatch("measure", "m2", 2)),
        ("cubic feet", "cubic foot", UnitMatch("measure", "cu ft", 2)),
        ("miles away", "mile away", UnitMatch("measure", "miles", 1)),
        ("miles per hour", "mile per hour", UnitMatch("measure", "mph", 3)),
        ("barrels per day", "barrel per day", UnitMatch("measure", "barrel/d", 3)),
        ("degrees Fahrenheit", "degree fahrenheit", UnitMatch("measure", "°F", 2)),
        ("degrees in", "degree in", UnitMatch("measure", "degree", 1)),
        ("tonnes of", "tonne of", UnitMatch("measure", "t", 1)),
        ("kW system", "kw system", UnitMatch("measure", "kW", 1)),
        ("MW plant", "mw plant", UnitMatch("measure", "MW", 1)),
        ("Hz .", "hz .", UnitMatch("measure", "Hz", 1)),
        ("inches tall", "inch tall", UnitMatch("measure", "in", 1)),
        ("years ,", "year ,", UnitMatch("duration", "year", 1)),
        ("months before", "month before", UnitMatch("duration", "month", 1)),
        ("rials .", "rial .", UnitMatch("money", "IRR", 1)),
        ("USD in", "usd in", UnitMatch("money", "USD", 1)),
        ("dollars", "dollar", UnitMatch("money", "USD", 1)),
        ("Australian dollars per", "australian dollar per", UnitMatch("money", "AUD", 2)),
        ("New Zealand dollars", "new zealand dollar", UnitMatch("money", "NZD", 3)),
        ("yuan and", "yuan and", UnitMatch("money", "CNY", 1)),
        ("€ to", "€ to", UnitMatch("money", "EUR", 1)),
        ("cents per", "cent per", UnitMatch("money", "cent", 1)),
        ("p at", "p at", UnitMatch("money", "pence", 1)),
        ("pounds of", "pound of", UnitMatch("measure", "lb", 1)),
        ("signatures from", "signature from", None),
        ("M sales", "m sale", None),
        ("", "", None),
    ],
)
def test_match_unit(texts: str, lemmas: str, expected: UnitMatch | None) -> None:
    assert match_unit(texts.split(), lemmas.split()) == expected


def test_pounds_with_a_scale_word_are_money() -> None:
    assert match_unit(["pounds"], ["pound"], scale=1e6) == UnitMatch("money", "GBP", 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kW", "kW"),
        ("KW", "kW"),
        ("ml", "ml"),
        ("mL", "ml"),
        ("μm", "µm"),
        ("m", "m"),
        ("M", None),
        ("G", None),
        ("s", None),
        ("rd", None),
    ],
)
def test_match_symbol_keeps_case_where_it_matters(text: str, expected: str | None) -> None:
    found = match_symbol(text)
    assert (found.unit if found else None) == expected


def test_every_measure_symbol_is_spelled_out() -> None:
    symbols = set(SYMBOL_UNITS.values()) | set(WORD_UNITS.values())
    assert symbols <= UNIT_NAMES.keys()
