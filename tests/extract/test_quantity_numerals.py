"""Tests for numeral tokens: digits with a sign, scale, currency, bound or unit glued on."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from chronocheck.extract.quantity_numerals import (
    format_with_commas,
    parse_numeral,
    parse_range_token,
    parse_slash_fraction,
    read_numeral,
)

#: (value, currency, qualifier, glued unit) of a numeral token.
Parts = tuple[float, str | None, str | None, str | None]


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
        ("3TN", False, 3e12),
        ("25k", False, 25e3),
        ("4.3M", False, 4.3e6),
        ("5m", True, 5e6),
        ("10k", True, 1e4),
        ("-1.3", False, -1.3),
        ("\u22125", False, -5.0),
        ("minus-260", False, -260.0),
        ("1.99E-29", False, 1.99e-29),
        ("5m", False, None),
        ("3rd", False, None),
        ("10:30", False, None),
        ("1980s", False, None),
        ("COVID-19", False, None),
        ("5G", False, None),
        ("95C", False, None),
        ("4.1bn", False, 4.1e9),
        ("EUR50m", False, None),
        ("five", False, None),
        ("", False, None),
    ],
)
def test_parse_numeral(text: str, money: bool, expected: float | None) -> None:
    assert parse_numeral(text, money=money) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EUR50m", (5e7, "EUR", None, None)),
        ("US$5", (5.0, "USD", None, None)),
        ("Y=28,030", (28030.0, "JPY", None, None)),
        ("Rs50", (50.0, "INR", None, None)),
        ("sub-300", (300.0, None, "less-than", None)),
        ("250ml", (250.0, None, None, "ml")),
        ("5kW", (5.0, None, None, "kW")),
        ("10W", (10.0, None, None, "W")),
        ("2.4L", (2.4, None, None, "l")),
        ("24pc", (24.0, None, None, "percent")),
        ("164p", (164.0, None, None, "pence")),
        ("100m", (100.0, None, None, "m")),
        ("30°C", (30.0, None, None, "°C")),
        # A bare capital C or F is a temperature only within weather-like values.
        ("35C", (35.0, None, None, "°C")),
        ("-4F", (-4.0, None, None, "°F")),
    ],
)
def test_read_numeral_takes_glued_parts_apart(text: str, expected: Parts) -> None:
    numeral = read_numeral(text)
    assert numeral is not None
    found = (
        numeral.value,
        numeral.currency,
        numeral.qualifier,
        numeral.unit.unit if numeral.unit else None,
    )
    assert found == expected


@pytest.mark.parametrize(
    "text", ["F-16", "B-52", "G20", "No.1", "#5", "Karbala-5", "1E999", "9" * 400, "3D", "4-3s"]
)
def test_read_numeral_rejects_names_and_overflows(text: str) -> None:
    assert read_numeral(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1–2", (1.0, 2.0)),
        ("20-30", (20.0, 30.0)),
        ("450,000-730,000", (450000.0, 730000.0)),
        ("10-$12", (10.0, 12.0)),
        ("1.5bn-$2bn", (1.5e9, 2e9)),
        ("1-2bn", (1e9, 2e9)),
        ("1980s-1990s", None),
        ("3-1", None),
        ("5-5", None),
        ("COVID-19", None),
        ("20", None),
    ],
)
def test_parse_range_token(text: str, expected: tuple[float, float] | None) -> None:
    assert parse_range_token(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1/16", 0.0625), ("3/4", 0.75), ("1\u204432", 1 / 32), ("24/7", None), ("0/5", None)],
)
def test_parse_slash_fraction(text: str, expected: float | None) -> None:
    assert parse_slash_fraction(text) == expected


@hypothesis_settings(deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_numerals_with_commas_round_trip(number: int) -> None:
    assert parse_numeral(format_with_commas(number)) == number


@hypothesis_settings(deadline=None)
@given(
    st.decimals(min_value=0, max_value=999, places=2, allow_nan=False),
    st.sampled_from([("bn", 1e9), ("m", 1e6), ("k", 1e3), ("tn", 1e12)]),
)
def test_money_numerals_with_glued_scales_round_trip(
    number: Decimal, scale: tuple[str, float]
) -> None:
    suffix, multiplier = scale
    parsed = parse_numeral(f"{number}{suffix}", money=True)
    assert parsed == pytest.approx(float(str(number)) * multiplier)


@hypothesis_settings(deadline=None)
@given(st.text(max_size=30), st.booleans())
def test_read_numeral_never_crashes_and_is_finite(text: str, money: bool) -> None:
    numeral = read_numeral(text, money=money)
    assert numeral is None or math.isfinite(numeral.value)
