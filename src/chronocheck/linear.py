"""Linear models over string features, shared by the learned parts of the pipeline.

A model is trained offline by a script under ``scripts/`` (with scikit-learn, a
development tool) and shipped as JSON inside the package; at run time scoring is
a sum of the weights of the features present, so nothing beyond the standard
library is needed and a prediction costs microseconds.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chronocheck.errors import PipelineError

LOGGER = logging.getLogger(__name__)


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


def read_model_file(path: Path, *, what: str, without: str) -> dict[str, Any] | None:
    """The content of a shipped model file, or None (with one warning) when it is missing.

    Args:
        path: The JSON file a trainer under ``scripts/`` wrote.
        what: What the model is, for messages ("timex filter").
        without: What happens without it, for the warning ("the rules alone decide").

    Raises:
        PipelineError: If the file is not valid JSON.
    """
    if not path.is_file():
        LOGGER.warning("No %s model at '%s': %s.", what, path, without)
        return None
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise PipelineError(f"The {what} model '{path}' is not valid JSON: {e}") from e
    return data


def check_model_header(
    data: Mapping[str, Any],
    expected: Mapping[str, object],
    *,
    what: str,
    trainer: str,
) -> None:
    """Refuse a model file written in another layout or for other features.

    Args:
        data: The file's content.
        expected: The values its header keys must have (format, version, feature set...).
        what: What the model is, for the message.
        trainer: The script that writes it, named in the message.

    Raises:
        PipelineError: If any header value differs.
    """
    found = {key: data.get(key) for key in expected}
    if found != dict(expected):
        raise PipelineError(
            f"The {what} model is {found}, not {dict(expected)}: retrain it with {trainer}."
        )
