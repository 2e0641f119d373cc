"""Tests for the number grammar: number words, scales, fractions, negatives, vague amounts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from chronocheck.extract.quantity_fractions import parse_fraction
from chronocheck.extract.quantity_grammar import (
    may_start_number,
    parse_fold,
    parse_number_phrase,
    parse_vague_amount,
)
from chronocheck.extract.quantity_numerals import format_with_commas

ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _spell_below_thousand(number: int) -> list[str]:
    """Write 1..999 in words, the way a journalist would ("three hundred and five")."""
    words: list[str] = []
    hundreds, rest = divmod(number, 100)
    if hundreds:
        words += [ONES[hundreds], "hundred"] + (["and"] if rest else [])
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(f"{TENS[tens]}-{ONES[ones]}" if ones else TENS[tens])
    elif rest >= 10:
        words.append(TEENS[rest - 10])
    elif rest:
        words.append(ONES[rest])
    return words


def _spell(number: int) -> list[str]:
    """Write 1..999,999,999 in words with "million" and "thousand"."""
    words: list[str] = []
    for scale, name in ((1_000_000, "million"), (1_000, "thousand")):
        count, number = divmod(number, scale)
        if count:
            words += [*_spell_below_thousand(count), name]
    return words + _spell_below_thousand(number)


@pytest.mark.parametrize(
    ("text", "expected_value", "expected_length"),
    [
        ("2 million casualties", 2e6, 2),
        ("1.5 million", 1.5e6, 2),
        ("three hundred men", 300.0, 2),
        ("three hundred and twenty", 320.0, 4),
        ("a dozen eggs", 12.0, 2),
        ("two dozen", 24.0, 2),
        ("half a million", 5e5, 3),
        ("one and a half million", 1.5e6, 5),
        ("two and a half years", 2.5, 4),
        ("a million", 1e6, 2),
        ("a thousand and one nights", 1001.0, 4),
        ("twenty-five", 25.0, 1),
        ("twenty - five", 25.0, 3),
        ("twenty five", 25.0, 2),
        ("two million five hundred thousand", 2.5e6, 5),
        ("5,000 signatures", 5000.0, 1),
        ("five five", 5.0, 1),
        ("twenty twelve", 20.0, 1),
        ("eight days", 8.0, 1),
        ("Two hundred", 200.0, 2),
        ("minus 5 degrees", -5.0, 2),
        ("negative two", -2.0, 2),
        ("minus-260 degrees", -260.0, 1),
        ("-1.3 %", -1.3, 1),
        ("1.99E-29", 1.99e-29, 1),
        ("4.3 M sales", 4.3e6, 2),
        ("500 crore", 5e9, 2),
        ("3 lakh", 3e5, 2),
        ("EUR50m", 5e7, 1),
    ],
)
def test_parse_number_phrase(text: str, expected_value: float, expected_length: int) -> None:
    parsed = parse_number_phrase(text.split())
    assert parsed is not None
    assert (parsed.value, parsed.length) == (expected_value, expected_length)


@pytest.mark.parametrize(
    "text",
    ["half", "a half", "a quarter", "and", "a", "third", "million", "people", "the one", ""],
)
def test_parse_number_phrase_rejects(text: str) -> None:
    assert parse_number_phrase(text.split()) is None


@pytest.mark.parametrize(
    ("text", "expected_currency", "expected_qualifier", "expected_unit"),
    [
        ("EUR50 m.", "EUR", None, None),
        ("Y=28,030", "JPY", None, None),
        ("sub-300 sq m", None, "less-than", None),
        ("250ml bottles", None, None, "ml"),
        ("5kW system", None, None, "kW"),
        ("164p", None, None, "pence"),
    ],
)
def test_parse_number_phrase_keeps_what_is_glued_to_the_digits(
    text: str,
    expected_currency: str | None,
    expected_qualifier: str | None,
    expected_unit: str | None,
) -> None:
    parsed = parse_number_phrase(text.split())
    assert parsed is not None
    assert parsed.currency == expected_currency
    assert parsed.qualifier == expected_qualifier
    assert (parsed.unit.unit if parsed.unit else None) == expected_unit


def test_a_glued_unit_ends_the_phrase() -> None:
    parsed = parse_number_phrase(["250ml", "million"])
    assert parsed is not None
    assert (parsed.value, parsed.length) == (250.0, 1)


def test_money_suffix_is_a_scale_only_for_money() -> None:
    assert parse_number_phrase(["5", "m"]) == parse_number_phrase(["5"])
    money = parse_number_phrase(["5", "m"], money=True)
    assert money is not None
    assert (money.value, money.length, money.scale) == (5e6, 2, 1e6)


@pytest.mark.parametrize(
    ("text", "expected_low", "expected_high", "expected_length"),
    [
        ("tens of thousands of refugees", 1e4, 1e5, 3),
        ("hundreds of thousands", 1e5, 1e6, 3),
        ("tens of millions", 1e7, 1e8, 3),
        ("Tens of millions", 1e7, 1e8, 3),
        ("thousands of people", 1e3, 1e4, 1),
        ("millions", 1e6, 1e7, 1),
        ("dozens of times", 12.0, 120.0, 1),
    ],
)
def test_parse_vague_amount_is_a_range(
    text: str, expected_low: float, expected_high: float, expected_length: int
) -> None:
    parsed = parse_vague_amount(text.split())
    assert parsed is not None
    assert parsed.vague
    assert (parsed.value, parsed.high, parsed.length) == (
        expected_low,
        expected_high,
        expected_length,
    )


@pytest.mark.parametrize(
    ("text", "expected_value", "expected_length"),
    [
        ("a third of voters", 1 / 3, 2),
        ("A third of voters", 1 / 3, 2),
        ("two - thirds of the sales", 2 / 3, 3),
        ("two thirds of them", 2 / 3, 2),
        ("three quarters of voters", 0.75, 2),
        ("one fifth of the budget", 0.2, 2),
        ("half of the people", 0.5, 1),
        ("a quarter of a million people", 250000.0, 5),
        ("1/16 of a pint", 0.0625, 1),
        ("1\u204432 of a quart", 1 / 32, 1),
    ],
)
def test_parse_fraction(text: str, expected_value: float, expected_length: int) -> None:
    parsed = parse_fraction(text.split())
    assert parsed is not None
    assert parsed.value == pytest.approx(expected_value)
    assert parsed.length == expected_length


@pytest.mark.parametrize(
    "text",
    [
        "a third",
        "the third of May",
        "third of the",
        "three thirds of",
        "five quarters of",
        "one of the",
        "24/7 of",
        "9/11",
        "a quarter",
        "",
    ],
)
def test_parse_fraction_rejects(text: str) -> None:
    assert parse_fraction(text.split()) is None


@pytest.mark.parametrize(
    ("word", "expected"), [("sixfold", 6.0), ("10-fold", 10.0), ("Tenfold", 10.0), ("fold", None)]
)
def test_parse_fold(word: str, expected: float | None) -> None:
    parsed = parse_fold(word)
    assert (parsed.value if parsed else None) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("5,000", True),
        ("eur50m", True),
        ("twenty-five", True),
        ("minus", True),
        ("thousands", True),
        ("half", True),
        ("sixfold", True),
        ("people", False),
        ("the", False),
    ],
)
def test_may_start_number(word: str, expected: bool) -> None:
    assert may_start_number(word) is expected


@pytest.mark.parametrize("text", ["tens of people", "tens", "thousand", "people", ""])
def test_parse_vague_amount_rejects(text: str) -> None:
    assert parse_vague_amount(text.split()) is None


@hypothesis_settings(deadline=None)
@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from([("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)]),
)
def test_numerals_with_scale_words_round_trip(count: int, scale: tuple[str, float]) -> None:
    word, multiplier = scale
    parsed = parse_number_phrase([format_with_commas(count), word, "people"])
    assert parsed is not None
    assert (parsed.value, parsed.length, parsed.scale) == (count * multiplier, 2, multiplier)


@hypothesis_settings(deadline=None)
@given(st.integers(min_value=1, max_value=999_999_999))
def test_numbers_in_words_round_trip(number: int) -> None:
    words = _spell(number)
    parsed = parse_number_phrase([*words, "people"])
    assert parsed is not None
    assert (parsed.value, parsed.length) == (number, len(words))


@hypothesis_settings(deadline=None)
@given(st.lists(st.text(max_size=12), max_size=8), st.booleans())
def test_grammar_never_crashes_and_stays_inside_the_words(words: list[str], money: bool) -> None:
    readers = (
        parse_number_phrase(words, money=money),
        parse_vague_amount(words),
        parse_fraction(words),
    )
    for parsed in readers:
        assert parsed is None or 1 <= parsed.length <= len(words)
        assert parsed is None or parsed.high is None or parsed.high > parsed.value


@pytest.mark.parametrize(
    ("words", "value", "length"),
    [
        (["half", "."], 0.5, 1),
        (["a", "fifth", "to", "$3.4bn"], 0.2, 2),
        (["two", "-", "thirds", "in", "a", "year"], 2 / 3, 3),
        (["half", "of", "the", "vote"], 0.5, 1),
    ],
)
def test_bare_fractions_after_by(words: list[str], value: float, length: int) -> None:
    parse = parse_fraction(words, bare=True)
    assert parse is not None
    assert parse.value == pytest.approx(value)
    assert parse.length == length


@pytest.mark.parametrize("words", [["a", "third", "car"], ["half", "time"]])
def test_bare_fraction_is_no_ordinal(words: list[str]) -> None:
    assert parse_fraction(words, bare=True) is None
    assert parse_fraction(words) is None


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["one", "point", "six", "billion"], 1.6e9),
        (["two", "point", "five", "per", "cent"], 2.5),
        (["three", "point", "one", "four"], 3.14),
        (["4.1", "billion"], 4.1e9),
        (["3.4", "bln"], 3.4e9),
    ],
)
def test_decimals_and_wire_scales(words: list[str], value: float) -> None:
    parse = parse_number_phrase(words)
    assert parse is not None
    assert parse.value == pytest.approx(value, rel=1e-12)
