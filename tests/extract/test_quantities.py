"""Tests for quantity extraction on real parses: what is a quantity and what is not.

These run the trained pipeline without chronocheck's components, then the
quantity tagger, so they do not depend on the temporal tagger.
"""

from __future__ import annotations

import math
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
        ("Amir, 27, is in jail.", ("27", 27, None, "year", "exact", "duration")),
        ("It was 35C in London.", ("35C", 35, None, "°C", "exact", "measure")),
        ("It was 30 °C in Madrid.", ("30 °C", 30, None, "°C", "exact", "measure")),
        ("They spent 2 trillion won.", ("2 trillion won", 2e12, None, "KRW", "exact", "money")),
        (
            "Trade fell to dlrs 14 billion.",
            ("dlrs 14 billion", 14e9, None, "USD", "exact", "money"),
        ),
        ("Police found 600 kgs of it.", ("600 kgs", 600, None, "kg", "exact", "measure")),
        ("It shook at magnitude 6.4.", ("6.4", 6.4, None, "magnitude", "exact", "measure")),
        (
            "It carries 1.2 million barrels of oil a day.",
            (
                "1.2 million barrels of oil a day",
                1.2e6,
                None,
                "barrel per day",
                "exact",
                "measure",
            ),
        ),
        (
            "The fire destroyed 40 homes or more.",
            ("40 homes or more", 40, None, "homes", "at-least", "count"),
        ),
        (
            "It took 20 minutes or so.",
            ("20 minutes or so", 20, None, "minute", "approximately", "duration"),
        ),
        (
            "They rose a point, by three-quarters of a percentage point.",
            (
                "three-quarters of a percentage point",
                0.75,
                None,
                "percentage point",
                "exact",
                "percent",
            ),
        ),
        (
            "The firm shed 3,000 jobs last year.",
            ("3,000 jobs", 3000, None, "jobs", "exact", "count"),
        ),
        (
            "A 65-year-old was arrested.",
            ("65-year-old", 65, None, "year", "exact", "duration"),
        ),
        ("The suspect, aged 45, was freed.", ("45", 45, None, "year", "exact", "duration")),
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
            ("tens of thousands of refugees", 1e4, 1e5, "refugees", "range", "count"),
        ),
        (
            "It affects tens of millions of people.",
            ("tens of millions of people", 1e7, 1e8, "people", "range", "count"),
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
        ("It cost $2.3 billion.", ("$2.3 billion", 2.3e9, None, "USD", "exact", "money")),
        (
            "There were 4 hundred people.",
            ("4 hundred people", 400, None, "people", "exact", "count"),
        ),
        (
            "He scored twenty-five points.",
            ("twenty-five points", 25, None, "points", "exact", "count"),
        ),
        (
            "It was minus 5 degrees.",
            ("minus 5 degrees", -5, None, "degree", "exact", "measure"),
        ),
        ("Turnout was -1.3% off.", ("-1.3%", -1.3, None, "percent", "exact", "percent")),
        ("The odds were 1.99E-29.", ("1.99E-29", 1.99e-29, None, None, "exact", "count")),
        (
            "Three quarters of voters agreed.",
            ("Three quarters of voters", 0.75, None, "voters", "exact", "count"),
        ),
        (
            "A third of the population lives there.",
            ("A third of the population", 1 / 3, None, "population", "exact", "count"),
        ),
        (
            "They housed a quarter of a million people.",
            ("a quarter of a million people", 250000, None, "people", "exact", "count"),
        ),
        (
            "It grew more than sixfold.",
            ("more than sixfold", 6, None, "fold", "more-than", "count"),
        ),
        ("About 10-12 people came.", ("About 10-12 people", 10, 12, "people", "range", "count")),
        (
            "There are four thousand to five thousand people.",
            ("four thousand to five thousand people", 4000, 5000, "people", "range", "count"),
        ),
        (
            "Fees range from 1 per cent to 1.5 per cent.",
            ("from 1 per cent to 1.5 per cent", 1, 1.5, "percent", "range", "percent"),
        ),
        (
            "They face a fine of $3 billion to $5 billion.",
            ("$3 billion to $5 billion", 3e9, 5e9, "USD", "range", "money"),
        ),
        (
            "Prices went from $36,040 to $34,935.",
            ("from $36,040 to $34,935", 34935, 36040, "USD", "range", "money"),
        ),
        (
            "It reached as many as 300 people.",
            ("as many as 300 people", 300, None, "people", "at-most", "count"),
        ),
        (
            "Revenue was HK $3.7 billion.",
            ("HK $3.7 billion", 3.7e9, None, "HKD", "exact", "money"),
        ),
        ("It cost USD 5 million.", ("USD 5 million", 5e6, None, "USD", "exact", "money")),
        ("It cost Rs 500 crore.", ("Rs 500 crore", 5e9, None, "INR", "exact", "money")),
        ("It cost ¥300.", ("¥300", 300, None, "JPY", "exact", "money")),
        ("It cost 20 yuan.", ("20 yuan", 20, None, "CNY", "exact", "money")),
        ("He bought it for 1,200€.", ("1,200€", 1200, None, "EUR", "exact", "money")),
        ("The shares closed at 164p.", ("164p", 164, None, "pence", "exact", "money")),
        (
            "It costs 8.99 Australian dollars per month.",
            ("8.99 Australian dollars per month", 8.99, None, "AUD per month", "exact", "money"),
        ),
        (
            "Crude peaked at more than $52 a barrel.",
            ("more than $52 a barrel", 52, None, "USD per barrel", "more-than", "money"),
        ),
        (
            "Output reached 325,000 barrels per day.",
            ("325,000 barrels per day", 325000, None, "barrel/d", "exact", "measure"),
        ),
        (
            "The jet flew at about 800 miles per hour.",
            ("about 800 miles per hour", 800, None, "mph", "approximately", "measure"),
        ),
        (
            "They work 40 to 50 hours a week.",
            ("40 to 50 hours a week", 40, 50, "hour per week", "range", "duration"),
        ),
        ("It weighs 15 pounds.", ("15 pounds", 15, None, "lb", "exact", "measure")),
        ("He stood 6 feet tall.", ("6 feet", 6, None, "ft", "exact", "measure")),
        ("The screen is 12.3 inches wide.", ("12.3 inches", 12.3, None, "in", "exact", "measure")),
        ("The system gives 5kW.", ("5kW", 5, None, "kW", "exact", "measure")),
        (
            "Demand for sub-300 sq m offices grew.",
            ("sub-300 sq m", 300, None, "m2", "less-than", "measure"),
        ),
        ("It had a 24pc discount.", ("24pc", 24, None, "percent", "exact", "percent")),
        (
            "Rates rose 2 percentage points.",
            ("2 percentage points", 2, None, "percentage point", "exact", "percent"),
        ),
        (
            "It has a four-cylinder engine.",
            ("four-cylinder", 4, None, "cylinder", "exact", "count"),
        ),
        ("You have one solution.", ("one solution", 1, None, "solution", "exact", "count")),
        (
            "He pleaded guilty to one count of fraud.",
            ("one count", 1, None, "count", "exact", "count"),
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
        "He lives at 221 Baker Street.",
        "Call 020 7946 0958 for details.",
        "The blast came at 0735 GMT.",
        "The ftse 100 index rose.",
        "The 2012-13 season was long.",
        "They won 4-3 on Sunday.",
        "They lost 3-4 on Sunday.",
        "The plan makes 5G available.",
        "In the S&P 500 utilities held up.",
        "He scored in the second half of the game.",
        "One thing is clear.",
        "He is one of the best players.",
        "The 1980s were hard.",
        "There were 4-3s and a 4-4 back then.",
    ],
)
def test_not_quantities(quantify: Quantify, text: str) -> None:
    assert quantify(text) == ()


def test_quantities_come_in_text_order(quantify: Quantify) -> None:
    quantities = quantify("It cost $5 million, killed 300 people and lasted 8 years.")
    assert [q.text for q in quantities] == ["$5 million", "300 people", "8 years"]
    assert [q.kind for q in quantities] == ["money", "count", "duration"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They made eight million 250ml bottles.",
            [("eight million", 8e6, "bottles"), ("250ml", 250, "ml")],
        ),
        (
            "Sales rose to 3.9 million headsets, up from 2.4 million.",
            [("3.9 million headsets", 3.9e6, "headsets"), ("2.4 million", 2.4e6, "headsets")],
        ),
        ("It costs about 8 or $9.", [("about 8", 8, "USD"), ("$9", 9, "USD")]),
        (
            "They were jobless for one to two years and 95800 were not.",
            [("one to two years", 1, "year"), ("95800", 95800, None)],
        ),
        ("Revenue amounted to EUR50m.", [("EUR50m", 5e7, "EUR")]),
    ],
)
def test_units_are_read_for_each_number(
    quantify: Quantify, text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert [(q.text, q.value, q.unit) for q in quantify(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Its strength is lower than 8.90 ksi (61.4 MPa).",
            [("lower than 8.90 ksi", "less-than"), ("61.4 MPa", "less-than")],
        ),
        ("It cost $5 (4 euros).", [("$5", "exact"), ("4 euros", "exact")]),
        ("It cost over $5 (4 kg).", [("over $5", "more-than"), ("4 kg", "exact")]),
    ],
)
def test_a_conversion_in_brackets_shares_the_bound(
    quantify: Quantify, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.qualifier) for q in quantify(text)] == expected


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
    list("0123456789 ,.-–$£€¥%()[]:/\n")
    + "a an over about between and to of million thousand bn m k years people".split()
    + "June 1980 Resolution one half dozen tens thousands percent km rials".split()
    + "from minus third quarters rose fell up down by increase per barrel day".split()
    + "HK US EUR50m 5kW 250ml 1/16 1.99E-29 -1.3 sub-300 24pc 164p 4.3M 5G".split()
)


@hypothesis_settings(deadline=None, max_examples=150)
@given(st.lists(TEXT_ALPHABET, max_size=40).map(" ".join) | st.text(max_size=80))
def test_extraction_never_crashes_and_spans_stay_inside(quantify: Quantify, text: str) -> None:
    quantities = quantify(text)
    end = 0
    for quantity in quantities:
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert quantity.start >= end, "quantities overlap or are out of order"
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.high is None or quantity.high > quantity.value
        assert math.isfinite(quantity.value)
        end = quantity.end
