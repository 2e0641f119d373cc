"""Tests for quantity extraction on real parses: what is a quantity and what is not.

These run the trained pipeline without chronocheck's components, then the
quantity tagger, so they do not depend on the temporal tagger.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from chronocheck.annotate.components.quantities import QuantityTagger
from chronocheck.extract.quantities import extract_quantities
from chronocheck.models import Quantity

pytestmark = pytest.mark.slow

Quantify = Callable[[str], tuple[Quantity, ...]]
#: (text, value, high, unit, qualifier, kind) of the one quantity expected.
Expected = tuple[str, float, float | None, str | None, str, str]


@pytest.fixture(scope="session")
def quantify(trained_nlp: Language) -> Quantify:
    """Parse a text, tag its quantities and extract them."""
    tagger = QuantityTagger(trained_nlp, "chronocheck_quantities")

    def _quantify(text: str) -> tuple[Quantity, ...]:
        return extract_quantities(tagger(trained_nlp(text)))

    return _quantify


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The toll: over 2 million casualties.",
            ("over 2 million casualties", 2e6, None, "casualties", "more-than", "count"),
        ),
        (
            "Damage amounting to an estimated $1 trillion.",
            ("an estimated $1 trillion", 1e12, None, "USD", "estimate", "money"),
        ),
        (
            "They collected 5,000 signatures from lawmakers.",
            ("5,000 signatures", 5000, None, "signatures", "exact", "count"),
        ),
        (
            "The army had executed over 100 operations within Iran.",
            ("over 100 operations", 100, None, "operations", "more-than", "count"),
        ),
        ("He fought for 13 years.", ("13 years", 13, None, "year", "exact", "duration")),
        (
            "Ties with militant groups over 13 years, he said.",
            ("over 13 years", 13, None, "year", "more-than", "duration"),
        ),
        (
            "Between 450,000 and 730,000 people died.",
            ("Between 450,000 and 730,000 people", 450000, 730000, "people", "range", "count"),
        ),
        (
            "Estimates range 450,000-730,000 in total.",
            ("450,000-730,000", 450000, 730000, None, "range", "count"),
        ),
        ("It killed 1-2 million.", ("1-2 million", 1e6, 2e6, None, "range", "count")),
        ("It cost 2.5bn dollars.", ("2.5bn dollars", 2.5e9, None, "USD", "exact", "money")),
        (
            "They welcomed half a million people.",
            ("half a million people", 5e5, None, "people", "exact", "count"),
        ),
        (
            "It displaced one and a half million refugees.",
            ("one and a half million refugees", 1.5e6, None, "refugees", "exact", "count"),
        ),
        (
            "It displaced tens of thousands of refugees.",
            ("tens of thousands of refugees", 1e4, None, "refugees", "at-least", "count"),
        ),
        ("He led three hundred men.", ("three hundred men", 300, None, "men", "exact", "count")),
        ("They bought a dozen rifles.", ("a dozen rifles", 12, None, "rifles", "exact", "count")),
        ("Turnout reached 40%.", ("40%", 40, None, "percent", "exact", "percent")),
        (
            "Turnout reached 40 percent.",
            ("40 percent", 40, None, "percent", "exact", "percent"),
        ),
        ("The loan was US$5 million.", ("US$5 million", 5e6, None, "USD", "exact", "money")),
        ("The loan was £3bn.", ("£3bn", 3e9, None, "GBP", "exact", "money")),
        ("The fine was €20.", ("€20", 20, None, "EUR", "exact", "money")),
        (
            "The fine was 5 million rials.",
            ("5 million rials", 5e6, None, "IRR", "exact", "money"),
        ),
        ("The front was 500 km long.", ("500 km", 500, None, "km", "exact", "measure")),
        (
            "They shipped 3,000 tonnes of wheat.",
            ("3,000 tonnes", 3000, None, "t", "exact", "measure"),
        ),
        (
            "It killed nearly 300 people.",
            ("nearly 300 people", 300, None, "people", "approximately", "count"),
        ),
        ("It took about 12 days.", ("about 12 days", 12, None, "day", "approximately", "duration")),
        (
            "It sent some 5,000 troops.",
            ("some 5,000 troops", 5000, None, "troops", "approximately", "count"),
        ),
        ("It held up to 30 people.", ("up to 30 people", 30, None, "people", "at-most", "count")),
        (
            "It killed at least 20 soldiers.",
            ("at least 20 soldiers", 20, None, "soldiers", "at-least", "count"),
        ),
        (
            "Fewer than 100 people came.",
            ("Fewer than 100 people", 100, None, "people", "less-than", "count"),
        ),
        (
            "They sent 5,000 or more people.",
            ("5,000 or more people", 5000, None, "people", "at-least", "count"),
        ),
        ("It was an eight-year war.", ("eight-year", 8, None, "year", "exact", "duration")),
        ("It lost 2 million of them.", ("2 million", 2e6, None, None, "exact", "count")),
        (
            "It shipped some 2m tonnes.",
            ("some 2m tonnes", 2e6, None, "t", "approximately", "measure"),
        ),
        (
            "It left more than one million dead.",
            ("more than one million dead", 1e6, None, "dead", "more-than", "count"),
        ),
        (
            "The fleet sailed some 8,000 miles.",
            ("some 8,000 miles", 8000, None, "miles", "approximately", "measure"),
        ),
        ("In 1982, 1500 troops came.", ("1500 troops", 1500, None, "troops", "exact", "count")),
        ("It cost $2000 in 1985.", ("$2000", 2000, None, "USD", "exact", "money")),
        (
            "They fought 2 million Iranians.",
            ("2 million Iranians", 2e6, None, "iranians", "exact", "count"),
        ),
    ],
)
def test_extract_quantities(quantify: Quantify, text: str, expected: Expected) -> None:
    quantities = quantify(text)
    assert len(quantities) == 1, quantities
    quantity = quantities[0]
    found = (
        quantity.text,
        quantity.value,
        quantity.high,
        quantity.unit,
        quantity.qualifier,
        quantity.kind,
    )
    assert found == expected
    assert text[quantity.start : quantity.end] == quantity.text


@pytest.mark.parametrize(
    "text",
    [
        "In 1979 he left for Paris.",
        "The 1980 invasion began in September.",
        "Between 1983 and 1986, the talks stalled.",
        "The wall stood 1961–1989.",
        "The war lasted from 1980 to 1988.",
        "Iraq invaded on September 22, 1980.",
        "They met on 18 June 1988 at 10:30.",
        "On 8/19/1987 the council voted.",
        "Call 555-123-4567 for details.",
        "He dismissed UN Security Council Resolution 598 as treachery.",
        "Article 5 of the treaty applies.",
        "See page 12 of the report.",
        "iran iraq war fighting (1)",
        "The claim is disputed.[3]",
        "He was one of the leaders.",
        "One illustrative case pertains to the MEK.",
        "The third division attacked.",
        "It was the 2nd attempt in the 1980s.",
        "He dismissed it just eight days after its issuance.",
        "His broadcast came six months before Iraq's invasion.",
        "Approximately seven months after the withdrawal, they met.",
        "Two years into the war, the tide turned.",
        "The vote was 5-3 in favour.",
        "An 18-year-old bricklayer was shot.",
    ],
)
def test_not_quantities(quantify: Quantify, text: str) -> None:
    assert quantify(text) == ()


def test_quantities_come_in_text_order(quantify: Quantify) -> None:
    quantities = quantify("It cost $5 million, killed 300 people and lasted 8 years.")
    assert [q.text for q in quantities] == ["$5 million", "300 people", "8 years"]
    assert [q.kind for q in quantities] == ["money", "count", "duration"]


def test_extraction_without_the_component_matches_it(trained_nlp: Language) -> None:
    text = "Over 2 million casualties and an estimated $1 trillion in damage."
    untagged = trained_nlp(text)
    tagged = QuantityTagger(trained_nlp, "q")(trained_nlp(text))
    assert extract_quantities(untagged) == extract_quantities(tagged)
    assert len(extract_quantities(untagged)) == 2


def test_seed_article(quantify: Quantify, seed_text: str) -> None:
    """The seed's quantities, and nothing from its dates, years, caption or resolution.

    Durations that offset a relative date ("six months before Iraq's invasion",
    "eight days after its issuance", "seven months after the withdrawal") are
    left to the timeline; "iran iraq war fighting (1)" is an image caption number.
    """
    found = [(q.text, q.value, q.unit, q.qualifier, q.kind) for q in quantify(seed_text)]
    assert found == [
        ("over 2 million casualties", 2e6, "casualties", "more-than", "count"),
        ("an estimated $1 trillion", 1e12, "USD", "estimate", "money"),
        ("over 13 years", 13, "year", "more-than", "duration"),
        ("5,000 signatures", 5000, "signatures", "exact", "count"),
        ("over 100 operations", 100, "operations", "more-than", "count"),
    ]


def test_seed_article_through_the_full_pipeline(nlp: Language, seed_text: str) -> None:
    """The same five quantities when the temporal tagger runs first."""
    doc: Doc = nlp(seed_text)
    assert [q.text for q in extract_quantities(doc)] == [
        "over 2 million casualties",
        "an estimated $1 trillion",
        "over 13 years",
        "5,000 signatures",
        "over 100 operations",
    ]


TEXT_ALPHABET = st.sampled_from(
    list("0123456789 ,.-–$£€%()[]:/\n")
    + "a an over about between and to of million thousand bn m k years people".split()
    + "June 1980 Resolution one half dozen tens thousands percent km rials".split()
)


@hypothesis_settings(deadline=None, max_examples=60)
@given(st.lists(TEXT_ALPHABET, max_size=40).map(" ".join) | st.text(max_size=80))
def test_extraction_never_crashes_and_spans_stay_inside(quantify: Quantify, text: str) -> None:
    quantities = quantify(text)
    end = 0
    for quantity in quantities:
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert quantity.start >= end, "quantities overlap or are out of order"
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.high is None or quantity.high > quantity.value
        end = quantity.end
