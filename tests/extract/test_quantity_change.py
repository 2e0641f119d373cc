"""Tests for rises and falls: which quantities are changes, and which way they go."""

from __future__ import annotations

import pytest

from tests.extract.test_quantities import Quantify, quantify  # noqa: F401  (the fixture)

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose by 3% last year.", [("3%", "up")]),
        ("The FTSE fell 0.4 per cent.", [("0.4 per cent", "down")]),
        ("They reported a 5% increase in sales.", [("5%", "up")]),
        ("They reported an increase of 5% in sales.", [("5%", "up")]),
        ("The firm will cut 500 jobs.", [("500 jobs", "down")]),
        ("The index gained 20 points.", [("20 points", "up")]),
        (
            "Exports to China dropped 7% to $2.3 billion.",
            [("7%", "down"), ("$2.3 billion", None)],
        ),
        ("Shares were up nearly 57% this year.", [("nearly 57%", "up")]),
        ("The Nasdaq was down 2.1%.", [("2.1%", "down")]),
        ("It pulled the sector 0.68 percent lower.", [("0.68 percent", "down")]),
        ("Shares closed 2% higher.", [("2%", "up")]),
        ("Output fell a further 2% in May.", [("2%", "down")]),
        ("Prices fell from $36,040 to $34,935.", [("from $36,040 to $34,935", "down")]),
        ("Rates rose from 5% to 7%.", [("from 5% to 7%", "up")]),
        ("Vecturas shares rose 6.5% to 164p.", [("6.5%", "up"), ("164p", None)]),
        (
            "Sales rose to 3.9 million headsets, up from 2.4 million.",
            [("3.9 million headsets", None), ("2.4 million", None)],
        ),
        ("The charity raised $5 million.", [("$5 million", None)]),
        ("The company lost $2 million.", [("$2 million", None)]),
        ("Iraq shot down two Iranian jets.", [("two Iranian jets", None)]),
        ("The attack killed 290 people.", [("290 people", None)]),
        ("The stake rose to 5%.", [("5%", None)]),
        ("The index fell 20 points.", [("20 points", "down")]),
        ("Temperatures dropped 10 degrees.", [("10 degrees", "down")]),
        ("The plane dropped 20 bombs.", [("20 bombs", None)]),
        ("Troops advanced 20 km.", [("20 km", None)]),
        ("The budget was cut by $5 billion.", [("$5 billion", "down")]),
        # "by" through the parse, and the level reached after it.
        ("The retailer slashed prices by 30 per cent.", [("30 per cent", "down")]),
        ("Wages increased by an average of 2.3 per cent.", [("2.3 per cent", "up")]),
        ("Membership grew by 15,000 to 120,000.", [("15,000", "up"), ("120,000", None)]),
        # After a verb of movement, "X to Y" is a change and a level, not a range.
        ("Gold rose $12 to $1,950 an ounce.", [("$12", "up"), ("$1,950 an ounce", None)]),
        ("Sales are expected to rise 3 to 5 per cent.", [("3 to 5 per cent", "up")]),
        # The same change restated, and a level crossed.
        (
            "The index fell 120 points, or 1.5%, to 7,890.",
            [("120 points", "down"), ("1.5%", "down"), ("7,890", None)],
        ),
        ("Mortgage rates climbed above 7 per cent.", [("above 7 per cent", None)]),
        ("The rate of inflation fell by half.", [("half", "down")]),
    ],
)
def test_changes(quantify: Quantify, text: str, expected: list[tuple[str, str | None]]) -> None:  # noqa: F811
    assert [(q.text, q.change) for q in quantify(text)] == expected
