"""A BERT encoder forward pass in numpy, for small sentence-embedding models.

chronocheck embeds sentences with MiniLM (a 6-layer BERT). Running it through
torch would cost seconds of start-up and hundreds of megabytes (issue #4,
"Speed"), so this module runs the same arithmetic with numpy in float32:
embeddings, then self-attention layers with an attention mask, GELU and
LayerNorm, exactly as Hugging Face's ``BertModel`` does at inference time
(dropout is off). Shapes come from the model's ``config.json``.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from chronocheck.errors import PipelineError

LOGGER = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]

#: The activation this module implements: BERT's exact GELU (the erf form).
SUPPORTED_ACTIVATION = "gelu"
#: Added to the scores of padding positions so that softmax gives them no weight;
#: the most negative float32, as Hugging Face uses.
MASKED_SCORE = float(np.finfo(np.float32).min)
#: Elements per block of the GELU computation: its five temporaries of this size
#: fit in a typical 1-2 MB L2 cache.
GELU_BLOCK_ELEMENTS = 1 << 16

# Abramowitz and Stegun 7.1.26: erf(x) = 1 - t(a1 + t(a2 + ...)) exp(-x^2), with
# t = 1 / (1 + p x), for x >= 0; the absolute error is below 1.5e-7.
_ERF_P = 0.3275911
_ERF_COEFFICIENTS = (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)
_SQRT_HALF = float(np.sqrt(0.5))


@dataclass(frozen=True, slots=True)
class BertConfig:
    """The shape of a BERT model, from its ``config.json``."""

    vocab_size: int
    hidden_size: int
    num_hidden_layers: int
    num_attention_heads: int
    intermediate_size: int
    max_position_embeddings: int
    layer_norm_eps: float
    hidden_act: str

    @classmethod
    def from_file(cls, path: Path) -> BertConfig:
        """Read a Hugging Face ``config.json``.

        Args:
            path: The ``config.json`` file.

        Returns:
            The configuration.

        Raises:
            PipelineError: The file is missing, unreadable or lacks a key.
        """
        try:
            raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            config = cls(
                vocab_size=int(raw["vocab_size"]),
                hidden_size=int(raw["hidden_size"]),
                num_hidden_layers=int(raw["num_hidden_layers"]),
                num_attention_heads=int(raw["num_attention_heads"]),
                intermediate_size=int(raw["intermediate_size"]),
                max_position_embeddings=int(raw["max_position_embeddings"]),
                layer_norm_eps=float(raw["layer_norm_eps"]),
                hidden_act=str(raw["hidden_act"]),
            )
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise PipelineError(f"Cannot read the BERT config {path}: {error!r}") from error
        if config.hidden_act != SUPPORTED_ACTIVATION:
            raise PipelineError(
                f"The BERT config {path} uses activation {config.hidden_act!r}; "
                f"only {SUPPORTED_ACTIVATION!r} is supported."
            )
        if config.hidden_size % config.num_attention_heads:
            raise PipelineError(
                f"The BERT config {path} has hidden_size {config.hidden_size}, "
                f"not a multiple of num_attention_heads {config.num_attention_heads}."
            )
        return config


@dataclass(frozen=True, slots=True)
class _Dense:
    """A linear layer with its checkpoint weight (out, in): ``x @ weight.T + bias``.

    BLAS reads the transposed weight in place, which is faster than a
    transposed copy and costs no memory.
    """

    weight: FloatArray
    bias: FloatArray

    def __call__(self, inputs: FloatArray) -> FloatArray:
        outputs: FloatArray = inputs @ self.weight.T
        outputs += self.bias
        return outputs


@dataclass(frozen=True, slots=True)
class _LayerNorm:
    weight: FloatArray
    bias: FloatArray
    eps: float

    def __call__(self, inputs: FloatArray) -> FloatArray:
        mean = inputs.mean(axis=-1, keepdims=True)
        centred = inputs - mean
        variance = np.square(centred).mean(axis=-1, keepdims=True)
        normalised: FloatArray = centred / np.sqrt(variance + np.float32(self.eps))
        return normalised * self.weight + self.bias


@dataclass(frozen=True, slots=True)
class _TokenIndex:
    """Where the packed tokens of a batch sit in its padded (batch, sequence) layout."""

    rows: IntArray
    positions: IntArray
    batch: int
    length: int
    score_mask: FloatArray


@dataclass(frozen=True, slots=True)
class _Layer:
    """One transformer layer; query, key and value are fused into one matmul."""

    query_key_value: _Dense
    attention_output: _Dense
    attention_norm: _LayerNorm
    intermediate: _Dense
    output: _Dense
    output_norm: _LayerNorm


def erf(values: FloatArray) -> FloatArray:
    """The error function, elementwise, to within 1.5e-7 (numpy has none).

    Args:
        values: A float32 array.

    Returns:
        erf of each value, same shape, float32.
    """
    magnitude = np.abs(values)
    # In-place updates: GELU runs on the largest activations of the model.
    t = magnitude * _ERF_P
    t += 1.0
    np.reciprocal(t, out=t)
    polynomial: FloatArray = np.full_like(t, _ERF_COEFFICIENTS[-1])
    for coefficient in reversed(_ERF_COEFFICIENTS[:-1]):
        polynomial *= t
        polynomial += coefficient
    polynomial *= t
    np.square(magnitude, out=magnitude)
    np.negative(magnitude, out=magnitude)
    np.exp(magnitude, out=magnitude)
    polynomial *= magnitude
    np.subtract(1.0, polynomial, out=polynomial)
    np.copysign(polynomial, values, out=polynomial)
    return polynomial


def gelu(values: FloatArray) -> FloatArray:
    """BERT's exact GELU, ``x * (1 + erf(x / sqrt(2))) / 2``, over the last axis.

    Computed in blocks of rows so that erf's temporaries stay in the CPU cache
    (2.5x faster than whole-matrix passes on the seed's 1,500 tokens).
    """
    rows = values.reshape(-1, values.shape[-1])
    result = np.empty_like(rows)
    block = max(1, GELU_BLOCK_ELEMENTS // rows.shape[1])
    for start in range(0, len(rows), block):
        chunk = rows[start : start + block]
        activated = erf(chunk * np.float32(_SQRT_HALF))
        activated += 1.0
        activated *= chunk
        activated *= 0.5
        result[start : start + block] = activated
    return result.reshape(values.shape)


def _softmax(scores: FloatArray) -> FloatArray:
    scores -= scores.max(axis=-1, keepdims=True)
    np.exp(scores, out=scores)
    scores /= scores.sum(axis=-1, keepdims=True)
    return scores


class BertModel:
    """BERT's encoder with loaded weights; call :meth:`forward` on token ids.

    Not a dataclass: ``__init__`` checks and arranges the raw tensors once
    (float32, contiguous, query, key and value fused into one matrix), so that
    each forward pass is a few large matmuls.
    """

    def __init__(self, config: BertConfig, tensors: dict[str, npt.NDArray[Any]]) -> None:
        """Arrange the weights of a ``BertModel`` checkpoint.

        Args:
            config: The model's shape.
            tensors: Tensor name -> array, as in a Hugging Face ``model.safetensors``
                (names with or without a ``bert.`` prefix).

        Raises:
            PipelineError: A tensor is missing or has the wrong shape.
        """
        self.config = config
        self._tensors = {name.removeprefix("bert."): array for name, array in tensors.items()}
        self.word_embeddings = self._tensor("embeddings.word_embeddings.weight")
        self.position_embeddings = self._tensor("embeddings.position_embeddings.weight")
        self.token_type_embeddings = self._tensor("embeddings.token_type_embeddings.weight")
        self.embedding_norm = self._norm("embeddings.LayerNorm")
        self.layers = tuple(
            self._layer(f"encoder.layer.{index}") for index in range(config.num_hidden_layers)
        )
        expected = (config.vocab_size, config.hidden_size)
        if self.word_embeddings.shape != expected:
            raise PipelineError(
                f"BERT word embeddings have shape {self.word_embeddings.shape}, "
                f"the config says {expected}."
            )
        del self._tensors

    def _tensor(self, name: str) -> FloatArray:
        try:
            array = self._tensors[name]
        except KeyError as error:
            raise PipelineError(f"The BERT checkpoint has no tensor {name!r}.") from error
        return np.ascontiguousarray(array, dtype=np.float32)

    def _dense(self, *prefixes: str) -> _Dense:
        if len(prefixes) == 1:
            return _Dense(
                self._tensor(f"{prefixes[0]}.weight"), self._tensor(f"{prefixes[0]}.bias")
            )
        # Several linear layers side by side become one: (out1 + out2 + ..., in).
        weight = np.concatenate([self._tensor(f"{prefix}.weight") for prefix in prefixes])
        bias = np.concatenate([self._tensor(f"{prefix}.bias") for prefix in prefixes])
        return _Dense(weight, bias)

    def _norm(self, prefix: str) -> _LayerNorm:
        return _LayerNorm(
            self._tensor(f"{prefix}.weight"),
            self._tensor(f"{prefix}.bias"),
            self.config.layer_norm_eps,
        )

    def _layer(self, prefix: str) -> _Layer:
        attention = f"{prefix}.attention"
        return _Layer(
            query_key_value=self._dense(
                f"{attention}.self.query", f"{attention}.self.key", f"{attention}.self.value"
            ),
            attention_output=self._dense(f"{attention}.output.dense"),
            attention_norm=self._norm(f"{attention}.output.LayerNorm"),
            intermediate=self._dense(f"{prefix}.intermediate.dense"),
            output=self._dense(f"{prefix}.output.dense"),
            output_norm=self._norm(f"{prefix}.output.LayerNorm"),
        )

    def forward(self, input_ids: IntArray, attention_mask: IntArray) -> FloatArray:
        """The last hidden states of a padded batch.

        Only attention needs the (batch, sequence) layout; every other step runs
        on the real tokens alone, packed into one (tokens, hidden) matrix, so
        that padding costs no work there.

        Args:
            input_ids: Token ids, shape (batch, sequence).
            attention_mask: 1 for real tokens, 0 for padding, same shape.

        Returns:
            Hidden states, float32, shape (batch, sequence, hidden_size); zero
            at padding positions.

        Raises:
            PipelineError: The sequence is longer than the model's positions.
        """
        batch, length = input_ids.shape
        if length > self.config.max_position_embeddings:
            raise PipelineError(
                f"A sequence of {length} tokens exceeds the model's "
                f"{self.config.max_position_embeddings} positions."
            )
        rows, positions = np.nonzero(attention_mask)
        # Token type 0 everywhere: sentences are encoded one per sequence.
        hidden = self.word_embeddings[input_ids[rows, positions]]
        hidden += self.position_embeddings[positions]
        hidden += self.token_type_embeddings[0]
        hidden = self.embedding_norm(hidden)
        # (batch, 1, 1, sequence): padded keys get no attention from any query.
        score_mask = np.where(attention_mask[:, None, None, :] > 0, 0.0, MASKED_SCORE)
        token_index = _TokenIndex(rows, positions, batch, length, score_mask.astype(np.float32))
        for layer in self.layers:
            hidden = self._apply_layer(layer, hidden, token_index)
        padded = np.zeros((batch, length, self.config.hidden_size), dtype=np.float32)
        padded[rows, positions] = hidden
        return padded

    def _apply_layer(self, layer: _Layer, hidden: FloatArray, index: _TokenIndex) -> FloatArray:
        heads = self.config.num_attention_heads
        head_size = self.config.hidden_size // heads
        fused = np.zeros((index.batch, index.length, 3 * self.config.hidden_size), np.float32)
        fused[index.rows, index.positions] = layer.query_key_value(hidden)
        # (batch, sequence, 3 * hidden) -> 3 x (batch, heads, sequence, head_size), made
        # contiguous: numpy's stacked matmul falls back to a slow loop (17x) on strided views.
        by_head = fused.reshape(index.batch, index.length, 3, heads, head_size)
        query, key, value = np.ascontiguousarray(by_head.transpose(2, 0, 3, 1, 4))
        scores = query @ key.transpose(0, 1, 3, 2)
        scores *= np.float32(1.0 / np.sqrt(head_size))
        scores += index.score_mask
        context = _softmax(scores) @ value
        # Back to packed tokens: (batch, sequence, heads, head_size) at the real positions.
        packed = context.transpose(0, 2, 1, 3)[index.rows, index.positions]
        attended = layer.attention_output(packed.reshape(len(hidden), -1))
        attended += hidden
        hidden = layer.attention_norm(attended)
        output = layer.output(gelu(layer.intermediate(hidden)))
        output += hidden
        return layer.output_norm(output)
