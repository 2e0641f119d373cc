"""The ``chronocheck_temporal`` component: span group, labels, parses, match/set_annotations."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from chronocheck.annotate import factories  # noqa: F401  (registers the component)
from chronocheck.annotate.components.temporal import TemporalTagger
from chronocheck.annotate.extensions import TIMEX_SPANS
from chronocheck.annotate.pipeline import annotate
from chronocheck.extract.timex_parse import TimexParse


def _doc(nlp: Language, text: str, dct: dt.date | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.cc_dct = dct
    return nlp(doc)


def test_spans_are_labelled_with_the_timex3_type(blank_nlp: Language) -> None:
    text = "For over 13 years, since April 1979, they met weekly, and met again yesterday."
    doc = _doc(blank_nlp, text, dt.date(2024, 10, 8))
    spans = doc.spans[TIMEX_SPANS]
    assert [(span.text, span.label_) for span in spans] == [
        ("over 13 years", "DURATION"),
        ("April 1979", "DATE"),
        ("weekly", "SET"),
        ("yesterday", "DATE"),
    ]
    parses = [span._.cc_timex for span in spans]
    assert all(isinstance(parse, TimexParse) for parse in parses)
    assert [parse.value for parse in parses] == ["P13Y", "1979-04", "P1W", "2024-10-07"]
    assert all(
        (parse.start, parse.end) == (span.start_char, span.end_char)
        for span, parse in zip(spans, parses, strict=True)
    )


def test_spans_are_snapped_to_whole_tokens(blank_nlp: Language) -> None:
    doc = _doc(blank_nlp, "in mid-1996.", None)
    (span,) = doc.spans[TIMEX_SPANS]
    assert span.text == "mid-1996"
    assert span._.cc_timex.mod == "MID"


def test_match_and_set_annotations_split(blank_nlp: Language) -> None:
    tagger = blank_nlp.get_pipe("chronocheck_temporal")
    assert isinstance(tagger, TemporalTagger)
    doc = blank_nlp.make_doc("It rained last year.")
    doc._.cc_dct = dt.date(1990, 5, 1)
    matches = tagger.match(doc)
    assert [(span.text, parse.resolved) for span, parse in matches] == [("last year", False)]
    tagger.set_annotations(doc, matches)
    assert doc.spans[TIMEX_SPANS][0]._.cc_timex.value == "1989"


def test_an_empty_doc_gets_an_empty_group(blank_nlp: Language) -> None:
    doc = _doc(blank_nlp, "", None)
    assert list(doc.spans[TIMEX_SPANS]) == []


@pytest.mark.slow
def test_ner_marks_counted_years(nlp: Language) -> None:
    doc = annotate(nlp, "The army sent 1500 troops in 1986.", dct=None)
    assert [span.text for span in doc.spans[TIMEX_SPANS]] == ["1986"]


@pytest.mark.slow
def test_a_weekday_in_a_future_sentence_is_the_next_one(nlp: Language) -> None:
    doc = annotate(nlp, "The council will vote on Friday.", dct=dt.date(2024, 10, 8))
    assert doc.spans[TIMEX_SPANS][0]._.cc_timex.value == "2024-10-11"
    doc = annotate(nlp, "The council voted on Friday.", dct=dt.date(2024, 10, 8))
    assert doc.spans[TIMEX_SPANS][0]._.cc_timex.value == "2024-10-04"
