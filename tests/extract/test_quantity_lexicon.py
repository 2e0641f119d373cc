"""Tests for the words around a number: qualifiers, currencies and units."""

from __future__ import annotations

import pytest

from chronocheck.extract.quantity_lexicon import (
    UnitMatch,
    match_currency_sign,
    match_qualifier_after,
    match_qualifier_before,
    match_unit,
)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("casualties : over", ("more-than", 1)),
        ("killed more than", ("more-than", 2)),
        ("to an estimated", ("estimate", 2)),
        ("estimated", ("estimate", 1)),
        ("at least", ("at-least", 2)),
        ("no fewer than", ("at-least", 3)),
        ("fewer than", ("less-than", 2)),
        ("up to", ("at-most", 2)),
        ("as many as", ("at-most", 3)),
        ("nearly", ("approximately", 1)),
        ("almost", ("approximately", 1)),
        ("roughly", ("approximately", 1)),
        ("some", ("approximately", 1)),
        ("between", ("range", 1)),
        ("collecting", None),
        ("", None),
    ],
)
def test_match_qualifier_before(words: str, expected: tuple[str, int] | None) -> None:
    assert match_qualifier_before(words.split()) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("or more people", ("at-least", 2)),
        ("or so", ("approximately", 2)),
        ("- plus", ("at-least", 2)),
        ("or fewer", ("at-most", 2)),
        ("people or more", None),
    ],
)
def test_match_qualifier_after(words: str, expected: tuple[str, int] | None) -> None:
    assert match_qualifier_after(words.split()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("$", "USD"), ("US$", "USD"), ("£", "GBP"), ("€", "EUR"), ("USD", "USD"), ("usd", None)],
)
def test_match_currency_sign(text: str, expected: str | None) -> None:
    assert match_currency_sign(text) == expected


@pytest.mark.parametrize(
    ("texts", "lemmas", "expected"),
    [
        ("% of", "% of", UnitMatch("percent", "percent", 1)),
        ("per cent", "per cent", UnitMatch("percent", "percent", 2)),
        ("percentage points", "percentage point", UnitMatch("percent", "percentage point", 2)),
        ("km long", "km long", UnitMatch("measure", "km", 1)),
        ("square kilometres", "square kilometre", UnitMatch("measure", "km2", 2)),
        ("miles away", "mile away", UnitMatch("measure", "miles", 1)),
        ("tonnes of", "tonne of", UnitMatch("measure", "t", 1)),
        ("years ,", "year ,", UnitMatch("duration", "year", 1)),
        ("months before", "month before", UnitMatch("duration", "month", 1)),
        ("rials .", "rial .", UnitMatch("money", "IRR", 1)),
        ("USD in", "usd in", UnitMatch("money", "USD", 1)),
        ("dollars", "dollar", UnitMatch("money", "USD", 1)),
        ("signatures from", "signature from", None),
    ],
)
def test_match_unit(texts: str, lemmas: str, expected: UnitMatch | None) -> None:
    assert match_unit(texts.split(), lemmas.split()) == expected
