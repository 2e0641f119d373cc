"""Tests for the number grammar: numerals, number words, scales, vague amounts, ranges."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from chronocheck.extract.quantity_grammar import (
    format_with_commas,
    parse_number_phrase,
    parse_numeral,
    parse_range_token,
    parse_vague_amount,
)

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
    ("text", "money", "expected"),
    [
        ("5,000", False, 5000.0),
        ("1,000,000", False, 1e6),
        ("2.5", False, 2.5),
        (".5", False, 0.5),
        ("730000", False, 730000.0),
        ("2.5bn", False, 2.5e9),
        ("3tn", False, 3e12),
        ("5m", True, 5e6),
        ("10k", True, 1e4),
        ("5m", False, None),
        ("3rd", False, None),
        ("10:30", False, None),
        ("1980s", False, None),
        ("five", False, None),
        ("", False, None),
    ],
)
def test_parse_numeral(text: str, money: bool, expected: float | None) -> None:
    assert parse_numeral(text, money=money) == expected


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


def test_money_suffix_is_a_scale_only_for_money() -> None:
    assert parse_number_phrase(["5", "m"]) == parse_number_phrase(["5"])
    money = parse_number_phrase(["5", "m"], money=True)
    assert money is not None
    assert (money.value, money.length, money.scale) == (5e6, 2, 1e6)


@pytest.mark.parametrize(
    ("text", "expected_value", "expected_length"),
    [
        ("tens of thousands of refugees", 1e4, 3),
        ("hundreds of thousands", 1e5, 3),
        ("tens of millions", 1e7, 3),
        ("thousands of people", 1e3, 1),
        ("millions", 1e6, 1),
        ("dozens of times", 12.0, 1),
    ],
)
def test_parse_vague_amount_is_a_lower_bound(
    text: str, expected_value: float, expected_length: int
) -> None:
    parsed = parse_vague_amount(text.split())
    assert parsed is not None
    assert parsed.vague
    assert (parsed.value, parsed.length) == (expected_value, expected_length)


@pytest.mark.parametrize("text", ["tens of people", "tens", "thousand", "people", ""])
def test_parse_vague_amount_rejects(text: str) -> None:
    assert parse_vague_amount(text.split()) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1–2", (1.0, 2.0)),
        ("20-30", (20.0, 30.0)),
        ("450,000-730,000", (450000.0, 730000.0)),
        ("3-1", None),
        ("5-5", None),
        ("COVID-19", None),
        ("20", None),
    ],
)
def test_parse_range_token(text: str, expected: tuple[float, float] | None) -> None:
    assert parse_range_token(text) == expected


@hypothesis_settings(deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_numerals_with_commas_round_trip(number: int) -> None:
    assert parse_numeral(format_with_commas(number)) == number


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
    for parsed in (parse_number_phrase(words, money=money), parse_vague_amount(words)):
        assert parsed is None or 1 <= parsed.length <= len(words)
