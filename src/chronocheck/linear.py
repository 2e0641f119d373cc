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


@dataclass(frozen=True, slots=True)
class MulticlassModel:
    """A multinomial logistic regression over string features.

    Attributes:
        classes: The class names, in the order of ``biases``.
        biases: The intercept of each class.
        weights: For each feature, its non-zero weights by class index.
    """

    classes: tuple[str, ...]
    biases: tuple[float, ...]
    weights: Mapping[str, Mapping[int, float]]

    def probabilities(self, features: Iterable[str]) -> list[float]:
        """The probability of each class (in the order of ``classes``) given the features."""
        scores = list(self.biases)
        weights = self.weights
        for feature in features:
            row = weights.get(feature)
            if row is not None:
                for index, weight in row.items():
                    scores[index] += weight
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return [value / total for value in exps]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MulticlassModel:
        """Read the ``{"classes", "biases", "weights"}`` object of a model file.

        ``weights`` maps each feature to ``{class index (as a string): weight}``.
        """
        return cls(
            classes=tuple(str(name) for name in data["classes"]),
            biases=tuple(float(bias) for bias in data["biases"]),
            weights={
                str(name): {int(index): float(weight) for index, weight in row.items()}
                for name, row in data["weights"].items()
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields, features sorted by name."""
        return {
            "classes": list(self.classes),
            "biases": list(self.biases),
            "weights": {
                name: {str(index): weight for index, weight in sorted(row.items())}
                for name, row in sorted(self.weights.items())
            },
        }
