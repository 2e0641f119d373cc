"""Which technique a span uses, read from the span encoder's states (#6, classification).

The span encoder (:mod:`chronocheck.rhetoric.span_encoder`) already computes a
contextual state for every word piece of the sentences it reads. A span's
state is the mean and the maximum of its pieces' states, side by side; a
multinomial logistic regression over it gives each technique a probability,
and :func:`chronocheck.rhetoric.techniques.rank_techniques` mixes those with
the string-feature model's (``scripts/train_span_states.py`` fit both and
chose the mix on held-back training articles). numpy only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from chronocheck.errors import PipelineError
from chronocheck.minilm.bert import FloatArray, IntArray

#: The tensor names of the classifier in the span-encoder file.
STATE_TENSORS = ("states.weight", "states.bias", "states.mean", "states.scale")
#: How a span's state is built from its pieces; bump it when that changes (retrain).
STATE_FEATURES = "mean-and-max-1"


@dataclass(frozen=True, slots=True)
class PieceStates:
    """The word pieces of one sentence as the encoder read them.

    Attributes:
        offsets: (pieces, 2) start and end offsets into the article text.
        states: (pieces, hidden) the encoder's last hidden state of each piece.
    """

    offsets: IntArray
    states: FloatArray

    @classmethod
    def join(cls, parts: Sequence[PieceStates], hidden_size: int) -> PieceStates:
        """The pieces of several windows as one, in order (a piece read twice stays twice)."""
        if not parts:
            empty = np.zeros((0, hidden_size), np.float32)
            return cls(np.zeros((0, 2), np.int64), empty)
        offsets = np.concatenate([part.offsets for part in parts])
        states = np.concatenate([part.states for part in parts])
        return cls(offsets, states)


def span_state(pieces: PieceStates, start: int, end: int) -> FloatArray | None:
    """The span ``[start, end)``'s state: its pieces' mean and maximum, concatenated.

    Returns:
        A vector of twice the hidden size, or None when no piece overlaps the span.
    """
    inside = (pieces.offsets[:, 0] < end) & (pieces.offsets[:, 1] > start)
    if not inside.any():
        return None
    chosen = pieces.states[inside]
    return np.concatenate([chosen.mean(axis=0), chosen.max(axis=0)]).astype(np.float32)


@dataclass(frozen=True, slots=True)
class StateClassifier:
    """A multinomial logistic regression over standardised span states.

    Attributes:
        classes: The techniques, in the order of the weight rows.
        weight: (classes, features).
        bias: (classes,).
        mean: (features,) subtracted from a state before it is read.
        scale: (features,) the state is divided by it after.
        mix: A technique's probability is this share of the classifier's plus
            the rest of the string-feature model's.
    """

    classes: tuple[str, ...]
    weight: FloatArray
    bias: FloatArray
    mean: FloatArray
    scale: FloatArray
    mix: float

    def probabilities(self, state: FloatArray) -> FloatArray:
        """Each class's probability for one span state."""
        logits = self.weight @ ((state - self.mean) / self.scale) + self.bias
        logits -= logits.max()
        exp = np.exp(logits)
        result: FloatArray = exp / exp.sum()
        return result

    @classmethod
    def from_file(
        cls, tensors: Mapping[str, npt.NDArray[Any]], record: Mapping[str, Any]
    ) -> StateClassifier | None:
        """The classifier stored in a span-encoder file, or None if it holds none.

        Raises:
            PipelineError: Its tensors or record are incomplete or disagree in shape.
        """
        if not any(name in tensors for name in STATE_TENSORS):
            return None
        try:
            weight, bias, mean, scale = (
                np.asarray(tensors[name], np.float32) for name in STATE_TENSORS
            )
            settings = record["states"]
            classes = tuple(str(name) for name in settings["classes"])
            mix = float(settings["mix"])
            features = str(settings["features"])
        except (KeyError, TypeError, ValueError) as error:
            raise PipelineError(f"The span-state classifier is incomplete: {error!r}") from error
        if features != STATE_FEATURES:
            raise PipelineError(
                f"The span-state classifier reads {features!r} states, this version builds "
                f"{STATE_FEATURES!r}: retrain it with scripts/train_span_states.py."
            )
        if weight.shape != (len(classes), len(mean)) or bias.shape != (len(classes),):
            raise PipelineError(
                f"The span-state classifier has weight {weight.shape} and bias {bias.shape} "
                f"for {len(classes)} classes and {len(mean)} features."
            )
        return cls(classes, weight, bias, mean, scale, mix)

    def to_tensors(self) -> dict[str, FloatArray]:
        """The tensors to store in a span-encoder file (with ``record["states"]``).

        Each is made C-contiguous: safetensors writes an array's buffer as it
        lies in memory, so a Fortran-ordered weight (as scikit-learn may hold
        its coefficients) would read back transposed within the same shape.
        """
        arrays = (self.weight, self.bias, self.mean, self.scale)
        return {
            name: np.ascontiguousarray(array, np.float32)
            for name, array in zip(STATE_TENSORS, arrays, strict=True)
        }
