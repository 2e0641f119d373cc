"""Finding the quantity group a claim's number measures."""

from __future__ import annotations

import pytest

from chronocheck.models import Claim, Quantity
from chronocheck.verify.index import ReferenceIndex
from chronocheck.verify.quantity_groups import claim_measures, find_group
from tests.verify.small_pack import small_pack


def _claim(text: str, quantity: Quantity) -> Claim:
    return Claim(
        id="c1", text=text, start=0, end=len(text), kinds=("quantity",), quantities=(quantity,)
    )


def _count(value: float, unit: str | None, kind: str = "count") -> Quantity:
    return Quantity(text=str(value), start=0, end=1, value=value, unit=unit, kind=kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("The war cost 900 lives", "lives", {"killed"}),
        ("over 2 million casualties", "casualties", {"casualties"}),
        ("5,000 signatures were collected", "signatures", set()),
        # No counted noun: the claim's words say what is measured.
        ("damage amounting to an estimated $1 trillion", None, {"damage"}),
    ],
)
def test_claim_measures(text: str, unit: str | None, expected: set[str]) -> None:
    quantity = _count(1, unit)
    assert claim_measures(_claim(text, quantity), quantity) == expected


@pytest.fixture(scope="module")
def index() -> ReferenceIndex:
    return ReferenceIndex([small_pack()])


def test_group_needs_the_claims_entities(index: ReferenceIndex) -> None:
    quantity = _count(323, "sailors")
    text = "The sinking of the Belgrano killed 323 sailors"
    claim = _claim(text, quantity)
    found = find_group(claim, quantity, index, set(index.link_entities(text)))
    assert found is not None and found.key == "falklands-test:belgrano-dead"


def test_war_dead_group_for_both_belligerents(index: ReferenceIndex) -> None:
    quantity = _count(907, "dead")
    text = "Argentina and Britain lost 907 dead"
    claim = _claim(text, quantity)
    found = find_group(claim, quantity, index, set(index.link_entities(text)))
    assert found is not None and found.key == "falklands-test:war-dead"
    assert {p.row.id for p in found.rows} == {"Q2", "Q3"}


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("The war lasted 74 days for Argentina", _count(74, "day", "duration")),
        ("Britain spent $2 billion killing", _count(2e9, "USD", "money")),  # no USD group
        ("The Belgrano carried 1,000 signatures", _count(1000, "signatures")),
    ],
)
def test_no_group(index: ReferenceIndex, text: str, quantity: Quantity) -> None:
    claim = _claim(text, quantity)
    assert find_group(claim, quantity, index, set(index.link_entities(text))) is None
