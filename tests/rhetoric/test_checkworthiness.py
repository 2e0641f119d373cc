"""The check-worthiness score: its features, its range, its fallback and its speed."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from chronocheck.errors import PipelineError
from chronocheck.rhetoric import checkworthiness
from chronocheck.rhetoric.checkworthiness import (
    HEURISTIC,
    read_model,
    score_checkworthiness,
    sentence_features,
    tokenize,
    transcript_features,
)

CLAIM = "Unemployment rose by 5% in 2015, costing $14 billion and 3 million more jobs."
GREETING = "Good evening and thank you for joining us."


def test_tokenize_keeps_numbers_money_percentages_and_apostrophes() -> None:
    assert tokenize("He didn\u2019t pay $1,200.50 or 3.5% in 2016, 2017?") == [
        "He",
        "didn't",
        "pay",
        "$1,200.50",
        "or",
        "3.5%",
        "in",
        "2016",
        "2017",
        "?",
    ]


def test_numbers_are_reduced_to_their_kind() -> None:
    features = sentence_features(CLAIM)
    assert {"num", "pct", "money", "year", "cmp", "claim"} <= set(features)
    assert {"w:<pct>", "w:<year>", "w:<money>", "w:<num>", "b:in <year>"} <= set(features)
    assert not any("2015" in feature for feature in features)


def test_percent_and_dollar_words_make_percentages_and_money() -> None:
    assert "pct" in sentence_features("Taxes went up 35 percent.")
    assert "money" in sentence_features("It cost 200 dollars.")


def test_words_and_pairs_are_lowercased_and_bounded() -> None:
    features = sentence_features("Ford is leaving")
    assert {"w:ford", "b:<s> ford", "b:ford is", "b:leaving </s>"} <= set(features)
    assert len(features) == len(set(features))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It was the worst trade deal ever.", "sup"),
        ("I think we will do great things.", "opinion"),
        ("We're going to win.", "opinion"),
        ("What would you do?", "q"),
        ("Thank you.", "courtesy"),
        ("Senator Sanders met Secretary Clinton in Iowa.", "cap:3"),
        ("Yes.", "len:0"),
    ],
)
def test_cues(text: str, cue: str) -> None:
    assert cue in sentence_features(text)


def test_the_capitalized_first_word_and_i_are_not_names() -> None:
    assert not any(f.startswith("cap:") for f in sentence_features("Then I left."))


def test_context_adds_the_neighbours_cues() -> None:
    plain, with_context = (
        transcript_features(["Hello.", CLAIM, "What?"], context=flag) for flag in (False, True)
    )
    assert plain[1] == sentence_features(CLAIM)
    assert {"prev:len:0", "next:q"} <= set(with_context[1])
    assert "prev:num" in with_context[2] and "next:num" in with_context[0]
    assert not any(f.startswith("prev:") for f in with_context[0])


def test_scores_are_probabilities_in_order() -> None:
    texts = [CLAIM, GREETING, "", "?" * 50, "word " * 500]
    scores = score_checkworthiness(texts)
    assert len(scores) == len(texts)
    assert all(0.0 <= score <= 1.0 for score in scores)
    assert score_checkworthiness([]) == []


def test_a_numeric_claim_outranks_a_greeting() -> None:
    claim, greeting = score_checkworthiness([CLAIM, GREETING])
    assert claim > greeting


def test_the_shipped_model_is_small_and_of_this_feature_set() -> None:
    assert checkworthiness.MODEL_PATH.stat().st_size < 1_000_000
    assert checkworthiness.active_model() is not HEURISTIC


def test_a_model_of_another_feature_set_is_refused() -> None:
    with pytest.raises(PipelineError, match="retrain"):
        read_model({"format": checkworthiness.MODEL_FORMAT, "version": 1, "feature_set": "old"})


def test_without_the_model_file_the_heuristic_ranks_with_one_warning(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(checkworthiness, "MODEL_PATH", tmp_path / "missing.json")
    checkworthiness._shipped_model.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger=checkworthiness.__name__):
            first = score_checkworthiness([CLAIM, GREETING, "Do you agree?"])
            second = score_checkworthiness([CLAIM])
        assert checkworthiness.active_model() is HEURISTIC
        assert first[0] == second[0] == HEURISTIC.linear.probability(sentence_features(CLAIM))
        assert first[0] > first[1] and first[0] > first[2]
        assert all(0.0 <= score <= 1.0 for score in first)
        assert [r.levelno for r in caplog.records] == [logging.WARNING]
        assert "hand-set" in caplog.records[0].getMessage()
    finally:
        checkworthiness._shipped_model.cache_clear()
