"""The fine-tuned span encoder: windows, token maxima, the shipped file and its errors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from safetensors.numpy import save_file

from chronocheck.errors import PipelineError
from chronocheck.minilm.files import TOKENIZER_FILE, model_directory
from chronocheck.rhetoric import span_encoder
from chronocheck.rhetoric.span_encoder import (
    MAX_PIECES,
    OVERLAP,
    SPAN_ENCODER_PATH,
    SpanEncoder,
    active_span_encoder,
    load_span_encoder,
    piece_tokenizer,
    sentence_windows,
    token_maxima,
)
from chronocheck.rhetoric.tokens import Token, tokenize


@pytest.fixture(scope="module")
def encoder() -> SpanEncoder:
    loaded = active_span_encoder()
    assert loaded is not None, f"the package ships {SPAN_ENCODER_PATH}"
    return loaded


def test_short_sentence_is_one_window_with_offsets_into_the_article() -> None:
    tokenizer = piece_tokenizer(model_directory() / TOKENIZER_FILE)
    text = "Title\nThe so-called reforms failed."
    windows = sentence_windows(tokenizer, text, 6, len(text))
    assert len(windows) == 1
    pieces = [text[start:end] for start, end in windows[0].offsets]
    assert pieces[:3] == ["The", "so", "-"]
    assert len(windows[0].ids) == len(windows[0].offsets)


def test_long_sentence_windows_overlap_and_cover_every_piece() -> None:
    tokenizer = piece_tokenizer(model_directory() / TOKENIZER_FILE)
    text = " ".join(f"word{n}" for n in range(400))
    windows = sentence_windows(tokenizer, text, 0, len(text))
    assert len(windows) > 2
    assert all(len(w.ids) <= MAX_PIECES - 2 for w in windows)
    for first, second in zip(windows, windows[1:], strict=False):
        assert first.offsets[-OVERLAP:] == second.offsets[:OVERLAP]
    covered = {offset for window in windows for offset in window.offsets}
    every = tokenizer.encode(text, add_special_tokens=False).offsets
    assert covered == set(every)


def test_empty_sentence_has_no_window() -> None:
    tokenizer = piece_tokenizer(model_directory() / TOKENIZER_FILE)
    assert sentence_windows(tokenizer, "a   b", 1, 4) == []


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 6), st.floats(0, 1)), max_size=30),
    st.text(alphabet="ab .,", max_size=60),
)
def test_token_maxima_is_the_highest_overlapping_piece(
    raw: list[tuple[int, int, float]], text: str
) -> None:
    pieces = sorted((start, start + length, p) for start, length, p in raw)
    tokens = tokenize(text)
    expected = [
        max((p for s, e, p in pieces if s < t.end and t.start < e), default=0.0) for t in tokens
    ]
    assert token_maxima(tokens, pieces) == expected


def test_a_reading_has_one_probability_per_token_and_a_state_per_piece(
    encoder: SpanEncoder,
) -> None:
    text = "A calm report.\nThe evil, murderous regime must be destroyed, say patriots."
    sentences = [(0, 14), (15, len(text))]
    tokens = [tokenize(text, s, e) for s, e in sentences]
    readings = encoder.read(text, sentences, tokens)
    scores = [reading.probabilities for reading in readings]
    assert [len(s) for s in scores] == [len(t) for t in tokens]
    assert all(0.0 <= p <= 1.0 for sentence in scores for p in sentence)
    # The loaded sentence scores higher than the neutral one: the model read the words.
    assert max(scores[1]) > max(scores[0])
    for (start, end), reading in zip(sentences, readings, strict=True):
        pieces = reading.pieces
        assert pieces.states.shape == (len(pieces.offsets), encoder.hidden_size)
        assert pieces.offsets.min() >= start and pieces.offsets.max() <= end


def test_the_shipped_file_is_small_and_records_its_training() -> None:
    assert SPAN_ENCODER_PATH.stat().st_size < 12_000_000
    record = span_encoder.read_metadata(SPAN_ENCODER_PATH)
    assert "PTC v2 train" in record["trained_on"]
    assert record["not_used"] == "PTC dev and test splits"
    assert set(record["decoding"]) == {"threshold", "max_gap", "min_tokens"}
    assert 0 <= record["display"]["technique_weight"] <= 1
    assert 0 < record["display"]["floor"] < 1


def test_the_shipped_encoder_reads_its_display_settings(encoder: SpanEncoder) -> None:
    display = span_encoder.read_metadata(SPAN_ENCODER_PATH)["display"]
    assert encoder.technique_weight == display["technique_weight"]
    assert encoder.display_floor == display["floor"]


def _write(path: Path, tensors: dict[str, np.ndarray], record: object | None) -> None:
    metadata = None if record is None else {span_encoder.METADATA_KEY: json.dumps(record)}
    save_file(tensors, str(path), metadata=metadata)


def test_a_file_without_its_record_is_a_pipeline_error(tmp_path: Path) -> None:
    path = tmp_path / "encoder.safetensors"
    _write(path, {"head.weight": np.zeros((1, 384), np.float32)}, None)
    with pytest.raises(PipelineError, match="no 'chronocheck' metadata"):
        load_span_encoder(path, model_directory())


def test_a_file_without_a_head_is_a_pipeline_error(tmp_path: Path) -> None:
    path = tmp_path / "encoder.safetensors"
    decoding = {"threshold": 0.3, "max_gap": 2, "min_tokens": 2}
    _write(path, {"unused": np.zeros(2, np.float32)}, {"decoding": decoding})
    with pytest.raises(PipelineError, match="incomplete"):
        load_span_encoder(path, model_directory())


def test_a_tensor_the_base_model_lacks_is_a_pipeline_error(tmp_path: Path) -> None:
    path = tmp_path / "encoder.safetensors"
    tensors: dict[str, np.ndarray] = {
        "head.weight": np.zeros((1, 384), np.float32),
        "head.bias": np.zeros(1, np.float32),
        "encoder.layer.9.output.dense.bias": np.zeros(384, np.float16),
    }
    decoding = {"threshold": 0.3, "max_gap": 2, "min_tokens": 2}
    _write(path, tensors, {"decoding": decoding})
    with pytest.raises(PipelineError, match=r"encoder\.layer\.9"):
        load_span_encoder(path, model_directory())


def _truncated_encoder_file(directory: Path, layers: int) -> Path:
    """A file of a head alone over the base model's bottom ``layers`` layers."""
    path = directory / "encoder.safetensors"
    tensors = {"head.weight": np.ones((1, 384), np.float32), "head.bias": np.zeros(1, np.float32)}
    decoding = {"threshold": 0.3, "max_gap": 2, "min_tokens": 2}
    _write(path, tensors, {"decoding": decoding, "layers": layers})
    return path


def test_a_file_of_a_truncated_encoder_keeps_only_its_layers(tmp_path: Path) -> None:
    truncated = load_span_encoder(_truncated_encoder_file(tmp_path, 1), model_directory())
    text = "The evil regime lied."
    tokens = [tokenize(text, 0, len(text))]
    (reading,) = truncated.read(text, [(0, len(text))], tokens)
    assert truncated.layers == 1
    assert len(reading.probabilities) == len(tokens[0])


@pytest.mark.parametrize("layers", [0, 7])
def test_a_layer_count_the_base_model_lacks_is_a_pipeline_error(
    tmp_path: Path, layers: int
) -> None:
    path = _truncated_encoder_file(tmp_path, layers)
    with pytest.raises(PipelineError, match=f"Cannot keep {layers} layers of the 6-layer"):
        load_span_encoder(path, model_directory())


def test_garbage_file_is_a_pipeline_error(tmp_path: Path) -> None:
    path = tmp_path / "encoder.safetensors"
    path.write_bytes(b"not a safetensors file")
    with pytest.raises(PipelineError, match="Cannot read the span-encoder file"):
        load_span_encoder(path, model_directory())


def test_tokens_between_pieces_score_zero() -> None:
    tokens = [Token("a", "a", 0, 1), Token("b", "b", 5, 6)]
    assert token_maxima(tokens, [(0, 1, 0.9)]) == [0.9, 0.0]
