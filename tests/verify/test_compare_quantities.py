"""Comparing a claimed number with the ranges its sources give."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronocheck.models import Qualifier, Quantity
from chronocheck.packs.records import RefDispute, RefQuantity, Source
from chronocheck.verify.compare_quantities import (
    claim_bounds,
    compare_quantity,
    format_amount,
    rounding_tolerance,
)


def _quantity(
    value: float, qualifier: Qualifier = "exact", unit: str | None = None, high: float | None = None
) -> Quantity:
    return Quantity(
        text=str(value), start=0, end=1, value=value, unit=unit, qualifier=qualifier, high=high
    )


def _row(
    id: str, low: float, high: float | None, description: str, unit: str = "persons"
) -> RefQuantity:
    return RefQuantity(
        id=id,
        group="group",
        subject="subject",
        measure="killed",
        description=description,
        low=low,
        high=high,
        unit=unit,
        as_of="",
        entities=(),
        source=Source(f"Source of {id}"),
    )


def _dispute(value: str, field: str = "value") -> RefDispute:
    return RefDispute(
        id="D1",
        target="group",
        field=field,  # type: ignore[arg-type]
        value=value,
        source=Source("Rival count"),
    )


CASUALTIES = (
    _row("Q1", 760_000, 800_000, "Iranian official count"),
    _row("Q2", 1_050_000, 1_930_000, "Western estimate"),
    _row("Q3", 4_000_000, 4_000_000, "Iraqi wartime claim"),
)
COSTS = (
    _row("C1", 1.19e12, 1.19e12, "combined cost", "USD"),
    _row("C2", 644e9, 644e9, "economic cost", "USD"),
    _row("C3", 500e9, None, "cost for each side", "USD"),
    _row("C4", 100e9, 1.1e12, "damage claimed", "USD"),
)


@pytest.mark.parametrize(
    ("value", "qualifier", "high", "expected"),
    [
        (290, "exact", None, (290, 290)),
        (1263, "exact", None, (1263, 1263)),
        (25_900, "exact", None, (25_900, 25_900)),
        (2_000, "exact", None, (1_900, 2_100)),
        (150_000, "exact", None, (145_000, 155_000)),
        (1_200_000, "exact", None, (1_150_000, 1_250_000)),
        (2_000_000, "exact", None, (1_900_000, 2_100_000)),
        (1e12, "exact", None, (0.95e12, 1.05e12)),
        (500_000, "approximately", None, (400_000, 600_000)),
        (290, "estimate", None, (232, 348)),
        (2_000_000, "more-than", None, (2_000_000, None)),
        (3_500, "at-least", None, (3_500, None)),
        (300, "less-than", None, (0, 300)),
        (300, "at-most", None, (0, 300)),
        (1_000_000, "range", 2_000_000, (950_000, 2_100_000)),
        (3_500, "range", 8_000, (3_500, 8_400)),
        # A "range" without its high end is read as its one number.
        (3_500, "range", None, (3_500, 3_500)),
    ],
)
def test_claim_bounds(
    value: float, qualifier: Qualifier, high: float | None, expected: tuple[float, float | None]
) -> None:
    assert claim_bounds(_quantity(value, qualifier, high=high)) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0, 0), (290, 0), (7_500, 0), (2.5, 0), (3_000, 150), (15_000, 500), (45_000, 500)],
)
def test_rounding_tolerance(value: float, expected: float) -> None:
    assert rounding_tolerance(value) == expected


@pytest.mark.parametrize(
    ("quantity", "label", "agreeing"),
    [
        # Inside one source but not the others: contested.
        (_quantity(2e6, "more-than"), "contested", ("Q3",)),
        (_quantity(1.5e6), "contested", ("Q2",)),
        (_quantity(780_000), "contested", ("Q1",)),
        # Between the sources, overlapping none: contested.
        (_quantity(3e6), "contested", ()),
        (_quantity(900_000), "contested", ()),
        # Just outside them all (within 10% of the nearest bound): contested.
        (_quantity(4.3e6), "contested", ()),
        (_quantity(700_000), "contested", ()),
        # Far outside them all: contradicted.
        (_quantity(9e6), "contradicted", ()),
        (_quantity(500_000), "contradicted", ()),
        (_quantity(5e6, "more-than"), "contradicted", ()),
        (_quantity(300_000, "less-than"), "contradicted", ()),
        # Hedges and bounds reach sources a bare number would miss.
        (_quantity(650_000, "approximately"), "contested", ("Q1",)),
        (_quantity(1e6, "at-least"), "contested", ("Q2", "Q3")),
        (_quantity(5e6, "less-than"), "supported", ("Q1", "Q2", "Q3")),
        (_quantity(700_000, "range", high=4e6), "supported", ("Q1", "Q2", "Q3")),
    ],
)
def test_compare_quantity_with_several_sources(
    quantity: Quantity, label: str, agreeing: tuple[str, ...]
) -> None:
    comparison = compare_quantity(quantity, CASUALTIES)
    assert (comparison.label, comparison.agreeing) == (label, agreeing)
    assert set(comparison.agreeing) | set(comparison.disagreeing) == {"Q1", "Q2", "Q3"}
    assert (comparison.spread_low, comparison.spread_high) == (760_000, 4_000_000)


@pytest.mark.parametrize(
    ("quantity", "label"),
    [
        (_quantity(290), "supported"),
        (_quantity(300, "approximately"), "supported"),
        (_quantity(300, "less-than"), "supported"),
        (_quantity(290, "less-than"), "contested"),
        (_quantity(290, "at-most"), "supported"),
        (_quantity(290, "more-than"), "contested"),
        (_quantity(300), "contested"),
        (_quantity(280), "contested"),
        (_quantity(400), "contradicted"),
        (_quantity(200), "contradicted"),
    ],
)
def test_compare_quantity_with_one_source(quantity: Quantity, label: str) -> None:
    assert compare_quantity(quantity, [_row("A", 290, 290, "Flight 655 dead")]).label == label


def test_dollar_trillion_is_contested_by_cost_estimates() -> None:
    comparison = compare_quantity(_quantity(1e12, unit="USD"), COSTS)
    assert comparison.label == "contested"
    assert comparison.agreeing == ("C3", "C4")
    assert comparison.spread_high is None
    assert comparison.describe == (
        "the article says $1 trillion; sources range from $100 billion (damage claimed)"
        " to $1.19 trillion (combined cost), with no upper bound in cost for each side"
    )
    assert comparison.ranges_text == (
        "combined cost $1.19 trillion; economic cost $644 billion;"
        " cost for each side at least $500 billion; damage claimed $100 billion–$1.1 trillion"
    )


def test_describe_lists_the_spread_and_each_range() -> None:
    comparison = compare_quantity(_quantity(2e6, "more-than", unit="casualties"), CASUALTIES)
    assert comparison.claim_text == "over 2 million"
    assert comparison.describe == (
        "the article says over 2 million; sources range from 760,000 (Iranian official count)"
        " to 4 million (Iraqi wartime claim)"
    )
    assert comparison.ranges_text == (
        "Iranian official count 760,000–800,000; Western estimate 1.05–1.93 million;"
        " Iraqi wartime claim 4 million"
    )


def test_describe_one_source() -> None:
    comparison = compare_quantity(_quantity(400), [_row("A", 290, 290, "Flight 655 dead")])
    assert comparison.describe == "the article says 400; the source gives 290 (Flight 655 dead)"


def test_no_source_is_unverifiable() -> None:
    comparison = compare_quantity(_quantity(400), [])
    assert comparison.label == "unverifiable"
    assert (comparison.spread_low, comparison.spread_high) == (None, None)
    assert comparison.describe == "the article says 400; no source gives a figure"


@pytest.mark.parametrize(
    ("dispute", "label", "agreeing"),
    [
        # A rival count on the group is one more source.
        (_dispute("400"), "contested", ("D1",)),
        (_dispute("1,000"), "contested", ()),
        (_dispute("290"), "contradicted", ()),
        # Date disputes and values that are not numbers are not sources.
        (_dispute("1988-07-03", field="date"), "contradicted", ()),
        (_dispute("many"), "contradicted", ()),
    ],
)
def test_value_disputes_count_as_sources(
    dispute: RefDispute, label: str, agreeing: tuple[str, ...]
) -> None:
    rows = [_row("A", 290, 290, "Flight 655 dead")]
    comparison = compare_quantity(_quantity(400), rows, [dispute])
    assert (comparison.label, comparison.agreeing) == (label, agreeing)


def test_unreadable_dispute_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    compare_quantity(_quantity(400), [_row("A", 290, 290, "dead")], [_dispute("many")])
    assert "'many' is not a number" in caplog.text


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (2e6, "persons", "2 million"),
        (2e6, "casualties", "2 million"),
        (1e12, "USD", "$1 trillion"),
        (644e9, "USD", "$644 billion"),
        (1.19e12, "USD", "$1.19 trillion"),
        (290, "persons", "290"),
        (25_900, "km2", "25,900 km²"),
        (1_250_000, "persons", "1.25 million"),
        (1_234_567, "persons", "1,234,567"),
        (760_000, "persons", "760,000"),
        (40, "percent", "40%"),
        (530, "sorties", "530 sorties"),
        (97.2e9, "USD", "$97.2 billion"),
        (2.5, "", "2.5"),
        (-3_000, "EUR", "-€3,000"),
    ],
)
def test_format_amount(value: float, unit: str, expected: str) -> None:
    assert format_amount(value, unit) == expected


positive = st.floats(min_value=1, max_value=1e13, allow_nan=False, allow_infinity=False)


@st.composite
def ranges_around(draw: st.DrawFn, value: float, *, bounded: bool = False) -> list[RefQuantity]:
    """One to four source ranges that all contain ``value`` (``bounded``: none open)."""
    count = draw(st.integers(min_value=1, max_value=4))
    rows = []
    for number in range(count):
        low = value * draw(st.floats(min_value=0.1, max_value=1))
        highs = st.floats(min_value=1, max_value=10).map(lambda f: value * f)
        high = draw(highs if bounded else st.none() | highs)
        rows.append(_row(f"R{number}", low, high, f"source {number}"))
    return rows


@given(st.data(), positive)
def test_a_value_inside_every_range_is_supported(data: st.DataObject, value: float) -> None:
    rows = data.draw(ranges_around(value))
    qualifiers: list[Qualifier] = ["exact", "approximately", "estimate"]
    qualifier = data.draw(st.sampled_from(qualifiers))
    comparison = compare_quantity(_quantity(value, qualifier), rows)
    assert comparison.label == "supported"
    assert comparison.disagreeing == ()


@given(st.data(), positive, st.floats(min_value=1.5, max_value=100))
def test_a_value_far_outside_is_contradicted(
    data: st.DataObject, value: float, factor: float
) -> None:
    rows = data.draw(ranges_around(value, bounded=True))
    highest = max(row.high or 0 for row in rows)
    far_above = compare_quantity(_quantity(highest * factor), rows)
    assert far_above.label == "contradicted"
    lowest = min(row.low for row in rows)
    far_below = compare_quantity(_quantity(lowest / factor), rows)
    assert far_below.label == "contradicted"


@given(positive, st.sampled_from(["exact", "approximately", "estimate", "at-least", "at-most"]))
def test_claim_bounds_contain_the_number(value: float, qualifier: Qualifier) -> None:
    low, high = claim_bounds(_quantity(value, qualifier))
    assert low <= value
    assert high is None or value <= high


@given(positive, positive, positive)
def test_hedging_never_loses_support(value: float, first: float, second: float) -> None:
    """ "About N" agrees with every source that a bare "N" agrees with."""
    rows = [_row("A", min(first, second), max(first, second), "a source")]
    exact = compare_quantity(_quantity(value), rows)
    hedged = compare_quantity(_quantity(value, "approximately"), rows)
    assert set(exact.agreeing) <= set(hedged.agreeing)
