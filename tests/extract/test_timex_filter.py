"""The learned filter of the temporal grammar's candidates: features, model file, decisions."""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc, Span

from chronocheck.annotate.extensions import TIMEX_SPANS
from chronocheck.annotate.pipeline import annotate
from chronocheck.errors import PipelineError
from chronocheck.extract import timex_filter
from chronocheck.extract.timex_filter import (
    FEATURE_SET,
    MODEL_FORMAT,
    MODEL_PATH,
    MODEL_VERSION,
    TimexFilter,
    candidate_features,
    filter_timex_candidates,
    leading_word_features,
    load_timex_filter,
)
from chronocheck.extract.timex_parse import TimexParse
from chronocheck.linear import LinearModel

#: English lexeme attributes (lower case, shape) for the hand-made docs.
ENGLISH = English()

# "Talks are now in their third week." with tags, a parse and entities, by hand.
NOW_WORDS = ["Talks", "are", "now", "in", "their", "third", "week", "."]
NOW_ANNOTATIONS: dict[str, Any] = {
    "tags": ["NNS", "VBP", "RB", "IN", "PRP$", "JJ", "NN", "."],
    "pos": ["NOUN", "AUX", "ADV", "ADP", "PRON", "ADJ", "NOUN", "PUNCT"],
    "deps": ["nsubj", "ROOT", "advmod", "prep", "poss", "amod", "pobj", "punct"],
    "heads": [1, 1, 1, 1, 6, 6, 3, 1],
    "ents": ["O", "O", "O", "O", "O", "B-DATE", "I-DATE", "O"],
}
# "It ended the two-week crisis ." as spaCy parses it: "the" belongs to "crisis".
CRISIS_WORDS = ["It", "ended", "the", "two", "-", "week", "crisis", "."]
CRISIS_ANNOTATIONS: dict[str, Any] = {
    "tags": ["PRP", "VBD", "DT", "CD", "HYPH", "NN", "NN", "."],
    "pos": ["PRON", "VERB", "DET", "NUM", "PUNCT", "NOUN", "NOUN", "PUNCT"],
    "deps": ["nsubj", "ROOT", "det", "nummod", "punct", "compound", "dobj", "punct"],
    "heads": [1, 1, 6, 5, 5, 6, 1, 1],
    "ents": ["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O", "O"],
}
CRISIS_SPACES = [True, True, True, False, False, True, True, False]
#: A keep model that rejects "now" and nothing else.
REJECT_NOW = LinearModel(bias=3.0, weights={"phrase=now": -6.0}, threshold=0.5)
#: A keep model that keeps everything.
KEEP_ALL = LinearModel(bias=0.0, weights={}, threshold=0.0)


def _now_doc() -> Doc:
    return Doc(ENGLISH.vocab, words=NOW_WORDS, **NOW_ANNOTATIONS)


def _crisis_doc() -> Doc:
    return Doc(ENGLISH.vocab, words=CRISIS_WORDS, spaces=CRISIS_SPACES, **CRISIS_ANNOTATIONS)


def _candidate(
    span: Span, rule: str, type_: str = "DATE", **fields: object
) -> tuple[Span, TimexParse]:
    parse = TimexParse(span.start_char, span.end_char, type_, rule, **fields)  # type: ignore[arg-type]
    return span, parse


@pytest.mark.parametrize(
    "feature",
    [
        "rule=fuzzy",
        "type=DATE",
        "reference=none",
        "value_known=True",
        "mod=None",
        "length=1",
        "first=now",
        "first_tag=RB",
        "entity=O",
        "sentence_start=False",
        "title=False",
        "root_dep=advmod",
        "head_tag=VBP",
        "verb_tag=VBP",
        "attributive=False",
        "before=are",
        "before_tag=VBP",
        "before_dep=ROOT",
        "after=in",
        "after_tag=IN",
        "word=now",
        "phrase=now",
        "phrase|before=now|are",
        "phrase|after_tag=now|IN",
        "phrase|verb_tag=now|VBP",
    ],
)
def test_candidate_features_read_the_parse_and_the_neighbours(feature: str) -> None:
    doc = _now_doc()
    span, parse = _candidate(doc[2:3], "fuzzy", value="PRESENT_REF")
    assert feature in candidate_features(span, parse)


def test_candidate_features_of_a_span_at_the_edges_of_the_text() -> None:
    doc = Doc(ENGLISH.vocab, words=["Now"], tags=["RB"], pos=["ADV"], deps=["ROOT"], heads=[0])
    span, parse = _candidate(doc[0:1], "fuzzy")
    features = candidate_features(span, parse)
    assert {"before=<none>", "after=<none>", "head_tag=<none>", "sentence_start=True"} <= set(
        features
    )
    assert "verb_tag=<none>" in features


def test_long_spans_have_no_phrase_feature() -> None:
    doc = _now_doc()
    span, parse = _candidate(doc[3:7], "relative-unit")
    features = candidate_features(span, parse)
    assert not [feature for feature in features if feature.startswith("phrase")]
    assert "length=4" in features
    assert {"word=their", "word=third", "word=week"} <= set(features)


@pytest.mark.parametrize(
    ("index", "feature"),
    [
        (0, "word=the"),
        (0, "position=0"),
        (0, "word|head_outside=the|True"),
        (0, "word|next=the|two"),
        (0, "word|before=the|ended"),
        (0, "word|attributive=the|True"),
        (1, "word|head_outside=two|False"),
        (1, "word|before=two|the"),
    ],
)
def test_leading_word_features(index: int, feature: str) -> None:
    doc = _crisis_doc()
    span, parse = _candidate(doc[2:6], "duration", "DURATION", value="P2W")
    assert feature in leading_word_features(span, parse, index)


def test_the_keep_model_drops_only_what_it_is_confident_about() -> None:
    doc = _now_doc()
    candidates = [_candidate(doc[2:3], "fuzzy"), _candidate(doc[4:7], "relative-unit")]
    kept = TimexFilter(keep=REJECT_NOW).apply(doc, candidates)
    assert [span.text for span, _ in kept] == ["their third week"]


def test_the_trim_model_cuts_a_leading_word_and_keeps_offsets_equal() -> None:
    doc = _crisis_doc()
    trim = LinearModel(bias=-4.0, weights={"word|head_outside=the|True": 8.0}, threshold=0.5)
    [(span, parse)] = TimexFilter(keep=KEEP_ALL, trim=trim).apply(
        doc, [_candidate(doc[2:6], "duration", "DURATION", value="P2W")]
    )
    assert span.text == "two-week"
    assert (parse.start, parse.end) == (span.start_char, span.end_char)
    assert parse.value == "P2W"


def test_the_trim_model_leaves_expressions_with_parts_alone() -> None:
    doc = _crisis_doc()
    part = TimexParse(doc[3].idx, doc[5].idx + 4, "DURATION", "duration", value="P2W")
    candidate = _candidate(doc[2:6], "offset", "DURATION", parts=(part,))
    trim_everything = LinearModel(bias=10.0, weights={}, threshold=0.5)
    [(span, _)] = TimexFilter(keep=KEEP_ALL, trim=trim_everything).apply(doc, [candidate])
    assert span.text == "the two-week"


@given(
    bias=st.floats(min_value=-5, max_value=5),
    weight=st.floats(min_value=-10, max_value=10),
    threshold=st.floats(min_value=0.01, max_value=0.99),
    start=st.integers(min_value=0, max_value=6),
)
def test_a_trim_leaves_a_nonempty_suffix_with_equal_offsets(
    bias: float, weight: float, threshold: float, start: int
) -> None:
    doc = _crisis_doc()
    original = doc[start:7]
    trim = LinearModel(bias=bias, weights={"position=0": weight}, threshold=threshold)
    [(span, parse)] = TimexFilter(keep=KEEP_ALL, trim=trim).apply(
        doc, [_candidate(original, "duration", "DURATION")]
    )
    assert 1 <= len(span) <= len(original)
    assert span.end == original.end
    assert span.start - original.start <= timex_filter.MAX_TRIMMED_WORDS
    assert (parse.start, parse.end) == (span.start_char, span.end_char)


def test_without_tags_and_parse_the_rules_alone_decide() -> None:
    doc = Doc(ENGLISH.vocab, words=NOW_WORDS)
    candidates = [_candidate(doc[2:3], "fuzzy")]
    assert TimexFilter(keep=REJECT_NOW).apply(doc, candidates) == candidates


def test_the_model_file_is_this_modules_and_says_what_it_learnt_from() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], data["feature_set"]) == (
        MODEL_FORMAT,
        MODEL_VERSION,
        FEATURE_SET,
    )
    model = load_timex_filter(MODEL_PATH)
    assert model is not None
    metadata = model.metadata
    assert "TBAQ-cleaned" in metadata["trained_on"]
    assert "te3-platinum" in metadata["not_used"]
    assert metadata["documents"] == {"TimeBank": 183, "AQUAINT": 73}
    evaluations = metadata["cross_validation"]
    assert len(evaluations) == 2
    # Applied only where it raised the cross-validated figures under both schemes.
    assert model.enabled == all(evaluation["improves"] for evaluation in evaluations)
    assert TimexFilter.from_dict(model.to_dict()) == model


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"format": MODEL_FORMAT, "version": 0}), "retrain it"),
        (json.dumps({"format": "something else"}), "retrain it"),
    ],
)
def test_a_bad_model_file_is_an_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PipelineError, match=message):
        load_timex_filter(path)


def test_without_a_model_file_the_rules_alone_decide_after_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(timex_filter, "MODEL_PATH", tmp_path / "missing.json")
    doc = _now_doc()
    candidates = [_candidate(doc[2:3], "fuzzy")]
    with caplog.at_level(logging.WARNING, logger=timex_filter.__name__):
        assert filter_timex_candidates(doc, candidates) == candidates
        assert filter_timex_candidates(doc, candidates) == candidates
    assert [record.levelname for record in caplog.records] == ["WARNING"]
    assert "missing.json" in caplog.records[0].getMessage()


def test_a_disabled_model_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    disabled = TimexFilter(keep=REJECT_NOW, enabled=False)
    monkeypatch.setattr(timex_filter, "active_timex_filter", lambda: disabled)
    doc = _now_doc()
    candidates = [_candidate(doc[2:3], "fuzzy")]
    assert filter_timex_candidates(doc, candidates) == candidates


@pytest.mark.slow
def test_the_shipped_model_keeps_an_explicit_date(nlp: Language) -> None:
    model = load_timex_filter(MODEL_PATH)
    assert model is not None
    doc = annotate(nlp, "Iraq invaded Iran on September 22, 1980.", dct=dt.date(2024, 10, 8))
    [span] = doc.spans[TIMEX_SPANS]
    parse = span._.cc_timex
    assert model.keep.probability(candidate_features(span, parse)) > 0.9
    # Even if it were applied with a strict threshold, the date stays whole.
    strict = replace(model, keep=replace(model.keep, threshold=0.5))
    assert strict.apply(doc, [(span, parse)]) == [(span, parse)]
