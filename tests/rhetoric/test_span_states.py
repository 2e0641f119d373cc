"""Technique probabilities from the span encoder's states: span states, the classifier, its file."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from chronocheck.errors import PipelineError
from chronocheck.models import TECHNIQUES
from chronocheck.rhetoric.model_file import MODEL_PATH, load_technique_model
from chronocheck.rhetoric.span_encoder import active_span_encoder
from chronocheck.rhetoric.span_states import (
    STATE_FEATURES,
    PieceStates,
    StateClassifier,
    span_state,
)
from chronocheck.rhetoric.tc_features import ArticleIndex
from chronocheck.rhetoric.techniques import rank_given_spans, rank_techniques

PIECES = PieceStates(
    np.array([[0, 4], [5, 9], [10, 14]], np.int64),
    np.array([[1.0, 0.0], [3.0, 2.0], [5.0, -2.0]], np.float32),
)


def _classifier(mix: float = 0.5) -> StateClassifier:
    return StateClassifier(
        classes=("a", "b"),
        weight=np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]], np.float32),
        bias=np.zeros(2, np.float32),
        mean=np.zeros(4, np.float32),
        scale=np.ones(4, np.float32),
        mix=mix,
    )


def _record(classifier: StateClassifier, **changes: Any) -> dict[str, Any]:
    states = {"classes": list(classifier.classes), "mix": classifier.mix}
    return {"states": {**states, "features": STATE_FEATURES, **changes}}


def test_a_span_state_is_the_mean_and_the_maximum_of_its_pieces() -> None:
    state = span_state(PIECES, 5, 14)
    assert state is not None
    assert state.tolist() == [4.0, 0.0, 5.0, 2.0]
    # A piece counts when it overlaps the span at all.
    partly = span_state(PIECES, 3, 6)
    assert partly is not None and partly.tolist() == [2.0, 1.0, 3.0, 2.0]


def test_a_span_between_pieces_has_no_state() -> None:
    assert span_state(PIECES, 14, 20) is None
    assert span_state(PieceStates.join([], 2), 0, 5) is None


def test_joined_pieces_keep_their_order() -> None:
    joined = PieceStates.join([PIECES, PIECES], 2)
    assert joined.offsets.shape == (6, 2) and joined.states.shape == (6, 2)
    assert joined.offsets[3].tolist() == [0, 4]


def test_classifier_probabilities_sum_to_one_and_follow_the_weights() -> None:
    probabilities = _classifier().probabilities(np.array([2.0, 0.0, 0.0, 0.0], np.float32))
    assert probabilities.sum() == pytest.approx(1.0)
    assert probabilities[0] > probabilities[1]


def test_the_classifier_round_trips_through_its_tensors() -> None:
    classifier = _classifier()
    loaded = StateClassifier.from_file(classifier.to_tensors(), _record(classifier))
    assert loaded is not None
    assert loaded.classes == classifier.classes and loaded.mix == classifier.mix
    assert np.array_equal(loaded.weight, classifier.weight)


def test_a_file_without_state_tensors_has_no_classifier() -> None:
    assert StateClassifier.from_file({}, {}) is None


def test_a_classifier_of_other_states_or_shapes_is_a_pipeline_error() -> None:
    classifier = _classifier()
    tensors = classifier.to_tensors()
    with pytest.raises(PipelineError, match="retrain"):
        StateClassifier.from_file(tensors, _record(classifier, features="old"))
    with pytest.raises(PipelineError, match="incomplete"):
        StateClassifier.from_file(tensors, {})
    with pytest.raises(PipelineError, match="3 classes"):
        StateClassifier.from_file(tensors, _record(classifier, classes=["a", "b", "c"]))


def test_the_shipped_encoder_classifies_all_fourteen_techniques() -> None:
    encoder = active_span_encoder()
    assert encoder is not None and encoder.classifier is not None
    assert set(encoder.classifier.classes) == set(TECHNIQUES)
    assert 0 < encoder.classifier.mix < 1


def test_rank_techniques_mixes_the_classifier_s_probabilities_in() -> None:
    model = load_technique_model(MODEL_PATH)
    encoder = active_span_encoder()
    assert model is not None and encoder is not None and encoder.classifier is not None
    text = "These radical thugs want to destroy everything our patriots fought for!"
    index = ArticleIndex.of(text)
    (state,) = encoder.span_states(text, [(0, len(text))], [(7, 19)])
    assert state is not None
    alone = dict(rank_techniques(model, index, 7, 19))
    by_state = dict(
        zip(encoder.classifier.classes, encoder.classifier.probabilities(state), strict=True)
    )
    mix = encoder.classifier.mix
    mixed = dict(rank_techniques(model, index, 7, 19, state=state, classifier=encoder.classifier))
    for name, probability in mixed.items():
        assert probability == pytest.approx(mix * by_state[name] + (1 - mix) * alone[name])
    assert rank_given_spans(model, text, [(0, len(text))], [(7, 19)]) == [
        rank_techniques(model, index, 7, 19, state=state, classifier=encoder.classifier)
    ]


def test_a_fortran_ordered_weight_is_stored_in_row_order(tmp_path: Path) -> None:
    from safetensors.numpy import load_file, save_file

    classifier = _classifier()
    fortran = dataclasses.replace(
        classifier, weight=np.asfortranarray(np.arange(8, dtype=np.float32).reshape(2, 4))
    )
    path = tmp_path / "states.safetensors"
    save_file(fortran.to_tensors(), str(path))
    loaded = StateClassifier.from_file(load_file(str(path)), _record(classifier))
    assert loaded is not None
    assert loaded.weight.tolist() == [[0, 1, 2, 3], [4, 5, 6, 7]]
