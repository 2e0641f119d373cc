"""The technique tagger: spans, techniques, the shipped model file and the fallback without it."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from chronocheck.errors import PipelineError
from chronocheck.linear import MulticlassModel
from chronocheck.models import TECHNIQUES
from chronocheck.rhetoric import classify_span, find_techniques, model_file, techniques
from chronocheck.rhetoric.model_file import MODEL_PATH, TechniqueModel, load_technique_model
from chronocheck.rhetoric.techniques import decode_spans, span_probabilities, token_probabilities
from chronocheck.rhetoric.tokens import tokenize

ARTICLE = (
    "Migrants flood our nation as the corrupt elites laugh\n"
    "\n"
    "The so-called experts have betrayed the American people once again.\n"
    "These radical thugs want to destroy everything our patriots fought for!\n"
    "The council met on Tuesday and approved the budget for next year.\n"
    "It is a disgusting, shameful and outrageous attack on our freedom.\n"
)


def _lines(text: str) -> list[tuple[int, int]]:
    ranges, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            ranges.append((start, start + len(line)))
        start += len(line) + 1
    return ranges


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """The package as if shipped without its model file."""
    monkeypatch.setattr(model_file, "MODEL_PATH", tmp_path / "absent.json")
    yield
    load_technique_model.cache_clear()


def test_the_model_file_is_shipped_and_small() -> None:
    assert MODEL_PATH.is_file()
    assert MODEL_PATH.stat().st_size < 2_000_000
    model = load_technique_model(MODEL_PATH)
    assert model is not None
    assert set(model.tc.classes) == set(TECHNIQUES)
    assert 0 < model.si.threshold < 1
    assert model.runner_up_ratio is not None and 0 < model.runner_up_ratio < 1


def test_spans_stay_in_their_sentences_and_match_the_text() -> None:
    spans = find_techniques(ARTICLE, _lines(ARTICLE))
    assert spans, "the loaded sentences should yield spans"
    assert [span.id for span in spans] == [f"t{i}" for i in range(1, len(spans) + 1)]
    lines = _lines(ARTICLE)
    for span in spans:
        assert span.text == ARTICLE[span.start : span.end]
        assert any(s <= span.start < span.end <= e for s, e in lines)
        assert span.technique in TECHNIQUES
        assert 0 <= span.score <= 1
        assert span.source == "model"
        assert span.explanation.count("\n") == 0 and ":" in span.explanation
    assert [span.start for span in spans] == sorted(span.start for span in spans)


def test_the_neutral_sentence_is_less_marked_than_the_loaded_ones() -> None:
    model = load_technique_model(MODEL_PATH)
    assert model is not None
    neutral = "The council met on Tuesday and approved the budget for next year."
    loaded = "It is a disgusting, shameful and outrageous attack on our freedom."
    neutral_p = max(token_probabilities(model, tokenize(neutral), False))
    loaded_p = max(token_probabilities(model, tokenize(loaded), False))
    assert loaded_p > neutral_p


def test_token_probabilities_equal_the_linear_model_on_the_full_features() -> None:
    from chronocheck.rhetoric.si_features import sentence_token_features

    model = load_technique_model(MODEL_PATH)
    assert model is not None
    tokens = tokenize("These radical thugs want to destroy everything!")
    expected = [model.si.probability(f) for f in sentence_token_features(tokens, title=False)]
    assert token_probabilities(model, tokens, False) == pytest.approx(expected)


def _with_runner_up_ratio(monkeypatch: pytest.MonkeyPatch, ratio: float | None) -> None:
    model = load_technique_model(MODEL_PATH)
    assert model is not None
    changed = dataclasses.replace(model, runner_up_ratio=ratio)
    monkeypatch.setattr(techniques, "active_technique_model", lambda: changed)


def test_a_runner_up_is_named_when_close_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_runner_up_ratio(monkeypatch, 0.0)  # every span's second technique is close enough
    spans = find_techniques(ARTICLE, _lines(ARTICLE))
    assert spans
    for span in spans:
        assert span.runner_up in TECHNIQUES and span.runner_up != span.technique
        assert span.technique_score is not None and span.runner_up_score is not None
        assert 0 < span.runner_up_score <= span.technique_score <= 1
    _with_runner_up_ratio(monkeypatch, None)
    assert all(span.runner_up is None for span in find_techniques(ARTICLE, _lines(ARTICLE)))
    _with_runner_up_ratio(monkeypatch, 0.5)
    for span in find_techniques(ARTICLE, _lines(ARTICLE)):
        assert span.technique_score is not None
        if span.runner_up is None:
            assert span.runner_up_score is None
        else:
            assert span.runner_up_score is not None
            # Both are rounded to 3 places.
            assert span.runner_up_score >= 0.5 * span.technique_score - 0.001


def test_a_feature_span_scores_its_strongest_token_times_its_technique() -> None:
    model = load_technique_model(MODEL_PATH)
    assert model is not None
    lines = _lines(ARTICLE)
    scored = span_probabilities(model, ARTICLE, lines, "features")
    strength = {
        (token.start, token.end): p
        for tokens, scores in zip(scored.tokens, scored.probabilities, strict=True)
        for token, p in zip(tokens, scores, strict=True)
    }
    spans = find_techniques(ARTICLE, lines, tagger="features")
    assert spans
    for span in spans:
        inside = [p for (s, e), p in strength.items() if span.start <= s and e <= span.end]
        assert span.technique_score is not None
        assert span.score == pytest.approx(max(inside) * span.technique_score, abs=0.002)


def test_classify_span_returns_a_technique_and_its_probability() -> None:
    start = ARTICLE.index("so-called")
    technique, probability = classify_span(ARTICLE, start, start + len("so-called experts"))
    assert technique in TECHNIQUES
    assert 1 / len(TECHNIQUES) < probability <= 1


def test_decode_joins_close_runs_trims_punctuation_and_drops_short_spans() -> None:
    text = "a b , c d e f ."
    tokens = tokenize(text)
    probabilities = [0.9, 0.8, 0.9, 0.1, 0.7, 0.1, 0.1, 0.9]
    spans = decode_spans(tokens, probabilities, threshold=0.5)
    assert [(s, e) for s, e, _ in spans] == [(0, 3), (8, 9)]
    # A span is as strong as its strongest token: "a b" scores 0.9, not its mean 0.85.
    assert [score for _, _, score in spans] == pytest.approx([0.9, 0.7])
    joined = decode_spans(tokens, probabilities, threshold=0.5, max_gap=1)
    assert [(s, e) for s, e, _ in joined] == [(0, 9)]
    longer = decode_spans(tokens, probabilities, threshold=0.5, min_tokens=2)
    assert [(s, e) for s, e, _ in longer] == [(0, 3)]


def test_fallback_without_the_model_file_tags_with_the_lexicon(no_model: None) -> None:
    spans = find_techniques(ARTICLE, _lines(ARTICLE))
    assert {span.source for span in spans} == {"lexicon"}
    found = {(span.technique, span.text) for span in spans}
    assert ("Doubt", "so-called") in found
    assert ("Flag-Waving", "the American people") in found
    assert ("Name_Calling,Labeling", "thugs") in found
    assert any(span.explanation.startswith('Loaded language: "disgusting"') for span in spans)


def test_fallback_classifies_by_pattern_else_loaded_language(no_model: None) -> None:
    start = ARTICLE.index("so-called")
    assert classify_span(ARTICLE, start, start + 17) == ("Doubt", 0.7)
    plain = ARTICLE.index("The council")
    assert classify_span(ARTICLE, plain, plain + 11) == ("Loaded_Language", 0.3)


def test_a_model_file_of_another_feature_set_is_refused(tmp_path: Path) -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    data["feature_sets"] = ["old", "old"]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PipelineError, match="retrain"):
        load_technique_model(path)


def test_the_model_round_trips_through_its_dict() -> None:
    model = load_technique_model(MODEL_PATH)
    assert model is not None
    assert TechniqueModel.from_dict(model.to_dict()) == model


def test_multiclass_probabilities_sum_to_one() -> None:
    model = MulticlassModel(("a", "b"), (0.0, 1.0), {"x": {0: 2.0}})
    assert sum(model.probabilities(["x", "y"])) == pytest.approx(1.0)
    assert model.probabilities(["x"])[0] > model.probabilities([])[0]
    assert MulticlassModel.from_dict(json.loads(json.dumps(model.to_dict()))) == model


def test_explanations_name_the_cue_the_recurrence_or_the_model() -> None:
    from chronocheck.rhetoric.explain import explain
    from chronocheck.rhetoric.tc_features import ArticleIndex

    text = "A brutal war. The war, the war, always the war. They met on Monday."
    index = ArticleIndex.of(text)
    brutal = text.index("brutal")
    assert (
        explain("Loaded_Language", index, brutal, brutal + 10)
        == 'Loaded language: "brutal" is an emotionally charged word'
    )
    war = text.index("The war")
    assert (
        explain("Repetition", index, war, war + 7)
        == 'Repetition: "war" occurs 4 times in the article'
    )
    met = text.index("They met")
    assert explain("Doubt", index, met, met + 8) == (
        'Doubt: the model reads "They met" as questioning the credibility of someone or something'
    )
