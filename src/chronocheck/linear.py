"""Linear models over string features, shared by the learned parts of the pipeline.

A model is trained offline by a script under ``scripts/`` (with scikit-learn, a
development tool) and shipped as JSON inside the package; at run time scoring is
a sum of the weights of the features present, so nothing beyond the standard
library is needed and a prediction costs microseconds.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A logistic regression over string features, and the threshold it acts on.

    Attributes:
        bias: The intercept.
        weights: Weight of each feature; a feature not listed weighs nothing.
        threshold: The probability the model's decision turns on (see :class:`TimexFilter`).
    """

    bias: float
    weights: Mapping[str, float]
    threshold: float

    def probability(self, features: Iterable[str]) -> float:
        """The probability of the positive class given the features present."""
        weights = self.weights
        score = self.bias + sum(weights.get(feature, 0.0) for feature in features)
        return 1.0 / (1.0 + math.exp(-score))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinearModel:
        """Read the ``{"bias", "threshold", "weights"}`` object of the model file."""
        return cls(
            bias=float(data["bias"]),
            weights={str(name): float(weight) for name, weight in data["weights"].items()},
            threshold=float(data["threshold"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields, weights sorted by name."""
        return {
            "bias": self.bias,
            "threshold": self.threshold,
            "weights": dict(sorted(self.weights.items())),
        }
