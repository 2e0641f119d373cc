"""The technique tagger's trained weights: reading and writing the model file.

``scripts/train_techniques.py`` writes ``data/technique_model.json`` (see
``docs/rhetoric-model.md``): a token model for span identification, a
multiclass model for technique classification and the decoding settings chosen
on held-back training articles. Without the file the lexicon fallback tags
(:mod:`chronocheck.rhetoric.technique_lexicon`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronocheck.linear import LinearModel, MulticlassModel, check_model_header, read_model_file
from chronocheck.rhetoric.si_features import SI_FEATURE_SET
from chronocheck.rhetoric.tc_features import TC_FEATURE_SET

LOGGER = logging.getLogger(__name__)

#: The trained weights shipped with the package.
MODEL_PATH = Path(__file__).parent / "data" / "technique_model.json"
#: What the model file says it is, and the layout version this module reads.
MODEL_FORMAT = "chronocheck-technique-model"
MODEL_VERSION = 1


@dataclass(frozen=True, slots=True)
class TechniqueModel:
    """The span and technique models and how token probabilities become spans.

    Attributes:
        si: Probability that a token is inside a technique span; tokens at or
            above its threshold are marked.
        tc: Probability of each technique for a span.
        max_gap: Marked runs at most this many tokens apart are joined into one span.
        min_tokens: Spans shorter than this many tokens are dropped.
        runner_up_ratio: A span also names its second most probable technique
            when that one is at least this share as probable as the first
            (chosen by ``scripts/select_span_settings.py``); None: never.
        metadata: What the model was trained on and how it scored (from the file).
    """

    si: LinearModel
    tc: MulticlassModel
    max_gap: int = 0
    min_tokens: int = 1
    runner_up_ratio: float | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TechniqueModel:
        """Read a model file's content.

        Raises:
            PipelineError: If the content is not a model this version reads.
        """
        check_model_header(
            data,
            {
                "format": MODEL_FORMAT,
                "version": MODEL_VERSION,
                "feature_sets": [SI_FEATURE_SET, TC_FEATURE_SET],
            },
            what="technique",
            trainer="scripts/train_techniques.py",
        )
        return cls(
            si=LinearModel.from_dict(data["si"]),
            tc=MulticlassModel.from_dict(data["tc"]),
            max_gap=int(data["max_gap"]),
            min_tokens=int(data["min_tokens"]),
            runner_up_ratio=(
                None if data.get("runner_up_ratio") is None else float(data["runner_up_ratio"])
            ),
            metadata=dict(data.get("metadata", {})),
        )

    def to_dict(self) -> dict[str, Any]:
        """The model file's content."""
        return {
            "format": MODEL_FORMAT,
            "version": MODEL_VERSION,
            "feature_sets": [SI_FEATURE_SET, TC_FEATURE_SET],
            "max_gap": self.max_gap,
            "min_tokens": self.min_tokens,
            "runner_up_ratio": self.runner_up_ratio,
            "metadata": dict(self.metadata),
            "si": self.si.to_dict(),
            "tc": self.tc.to_dict(),
        }


def active_technique_model() -> TechniqueModel | None:
    """The model shipped with the package, loaded once; None when its file is missing."""
    return load_technique_model(MODEL_PATH)


@lru_cache(maxsize=4)
def load_technique_model(path: Path) -> TechniqueModel | None:
    """Read a technique model file (cached: one read and one warning per path).

    Args:
        path: A JSON file written by ``scripts/train_techniques.py``.

    Returns:
        The model, or None when the file does not exist (the lexicon then tags).

    Raises:
        PipelineError: If the file is not valid JSON or not a model this module reads.
    """
    data = read_model_file(path, what="technique", without="the lexicon fallback tags")
    return None if data is None else TechniqueModel.from_dict(data)
