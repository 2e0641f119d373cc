"""Tests for the words around a number: qualifiers and currency signs."""

from __future__ import annotations

import pytest

from chronocheck.extract.quantity_lexicon import (
    match_currency_before,
    match_currency_sign,
    match_qualifier_after,
    match_qualifier_before,
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
        ("strength lower than", ("less-than", 2)),
        ("upwards of", ("more-than", 2)),
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
        ("or above", ("at-least", 2)),
        ("or below", ("at-most", 2)),
        ("people or more", None),
    ],
)
def test_match_qualifier_after(words: str, expected: tuple[str, int] | None) -> None:
    assert match_qualifier_after(words.split()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$", "USD"),
        ("US$", "USD"),
        ("HK$", "HKD"),
        ("£", "GBP"),
        ("€", "EUR"),
        ("¥", "JPY"),
        ("Y=", "JPY"),
        ("Rs", "INR"),
        ("USD", "USD"),
        # Codes that are no English word count in lower-cased text too.
        ("usd", "USD"),
        ("cad", None),
        ("try", None),
    ],
)
def test_match_currency_sign(text: str, expected: str | None) -> None:
    assert match_currency_sign(text) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        ("paid $", ("USD", 1)),
        ("HK $", ("HKD", 2)),
        ("( US $", ("USD", 2)),
        ("NZ $", ("NZD", 2)),
        ("A $", ("USD", 1)),
        ("to USD", ("USD", 1)),
        ("HK dollars", None),
        ("", None),
    ],
)
def test_match_currency_before(texts: str, expected: tuple[str, int] | None) -> None:
    assert match_currency_before(texts.split()) == expected
