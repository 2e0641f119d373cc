"""Train the check-worthiness model on CLEF-2019 CheckThat! Task 1 and write its model file (#6).

The data is the task's 19 training transcripts, read from
``../shared/benchmarks/checkthat2019/data/training``; the test transcripts are
never read here (``chronocheck evaluate checkworthiness`` scores them). Every
sentence is an example, positive when the task labels it check-worthy.

Hyperparameters (regularisation, class weighting, the neighbours' cues) are
chosen by leave-one-transcript-out cross-validation on the official metric,
MAP over the held-out transcripts. The final model is trained on all 19
transcripts with the choice, its weights rounded and the smallest dropped.

Development tool: needs scikit-learn (``pip install scikit-learn==1.9.1``),
which the product never imports. Run from the repository root::

    .venv/bin/python scripts/train_checkworthiness.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
import sklearn  # type: ignore[import-untyped]
from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

from chronocheck.evaluate.checkthat import (
    RankingScores,
    Transcript,
    average_precision,
    load_split,
    mean_scores,
    ranked_labels,
    score_ranking,
)
from chronocheck.linear import LinearModel
from chronocheck.rhetoric import checkworthiness
from chronocheck.rhetoric.checkworthiness import transcript_features

LOGGER = logging.getLogger(__name__)

DEFAULT_DATA = Path("../shared/benchmarks/checkthat2019")
#: The cross-check: ClaimBuster's check-worthy (CFS) and other (NCS) sentences, 1 to 2.5.
CLAIMBUSTER = Path("../shared/benchmarks/claimbuster/datasets/2.5xNCS.json")
#: Inverse regularisation strengths tried.
C_GRID = (0.01, 0.03, 0.1, 0.3)
#: Class weightings tried: positives are 2.7% of the sentences.
CLASS_WEIGHTS = (None, "balanced")
#: With and without the neighbours' cues.
CONTEXTS = (False, True)
#: A feature seen in fewer training sentences gets no weight (fixed: it keeps the file small).
MIN_COUNT = 2
#: Weights are rounded to this many decimals in the model file; smaller ones are dropped.
WEIGHT_DECIMALS = 2
#: The timing text: 100 claims of typical length.
TIMING_CLAIMS = 100
TIMING_REPEATS = 5


@dataclass(frozen=True, slots=True)
class Choice:
    """Hyperparameters of one model."""

    c: float
    class_weight: str | None
    context: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {
            "c": self.c,
            "class_weight": self.class_weight,
            "context": self.context,
        }


@dataclass(frozen=True, slots=True)
class Corpus:
    """Every training sentence vectorized once: features, labels, and transcript of each row."""

    matrix: Any
    labels: Any
    groups: Any
    names: list[str]

    @classmethod
    def build(cls, transcripts: Sequence[Transcript], context: bool) -> Corpus:
        """Vectorize the transcripts' sentences (with or without the neighbours' cues)."""
        rows = [
            {feature: 1 for feature in features}
            for t in transcripts
            for features in transcript_features(t.texts, context=context)
        ]
        vectorizer = DictVectorizer()
        matrix = vectorizer.fit_transform(rows).tocsr()
        # liblinear takes 32-bit sparse indices only; DictVectorizer writes 64-bit ones.
        matrix.indices = matrix.indices.astype(numpy.int32)
        matrix.indptr = matrix.indptr.astype(numpy.int32)
        labels = numpy.array([line.label for t in transcripts for line in t.lines])
        groups = numpy.array([i for i, t in enumerate(transcripts) for _ in t.lines])
        return cls(matrix, labels, groups, [str(name) for name in vectorizer.feature_names_])


def fit(corpus: Corpus, rows: Any, choice: Choice) -> tuple[Any, LogisticRegression]:
    """A logistic regression on ``rows`` over the features seen in ``MIN_COUNT`` of them.

    Returns:
        The columns kept and the fitted regression.
    """
    training = corpus.matrix[rows]
    columns = numpy.flatnonzero(numpy.asarray(training.sum(axis=0)).ravel() >= MIN_COUNT)
    regression = LogisticRegression(
        C=choice.c, class_weight=choice.class_weight, solver="liblinear", max_iter=1000
    )
    regression.fit(training[:, columns], corpus.labels[rows])
    return columns, regression


def cross_validate(
    corpora: dict[bool, Corpus], choice: Choice
) -> tuple[RankingScores, list[tuple[float, bool]]]:
    """Leave-one-transcript-out figures of ``choice``, and the pooled held-out predictions."""
    corpus = corpora[choice.context]
    per_transcript = []
    pooled: list[tuple[float, bool]] = []
    for group in numpy.unique(corpus.groups):
        held_out = corpus.groups == group
        columns, regression = fit(corpus, ~held_out, choice)
        probabilities = regression.predict_proba(corpus.matrix[held_out][:, columns])[:, 1]
        scores = [float(p) for p in probabilities]
        labels = [bool(label) for label in corpus.labels[held_out]]
        per_transcript.append(score_ranking(labels, scores))
        pooled += zip(scores, labels, strict=True)
    return mean_scores(per_transcript), pooled


def best_f1_threshold(pooled: Sequence[tuple[float, bool]]) -> tuple[float, float]:
    """The best F1 of calling the held-out sentences check-worthy, and the probability it needs."""
    ordered = sorted(pooled, key=lambda pair: -pair[0])
    positives = sum(label for _, label in ordered)
    best = (0.0, 1.0)
    hits = 0
    for rank, (probability, label) in enumerate(ordered, start=1):
        hits += label
        f1 = 2 * hits / (rank + positives)
        if f1 > best[0]:
            best = (f1, probability)
    return best


def final_model(corpus: Corpus, choice: Choice, threshold: float) -> LinearModel:
    """The model on all training transcripts, weights rounded and the zeros dropped."""
    columns, regression = fit(corpus, numpy.ones(len(corpus.labels), dtype=bool), choice)
    weights = {
        corpus.names[column]: round(float(weight), WEIGHT_DECIMALS)
        for column, weight in zip(columns, regression.coef_[0], strict=True)
        if round(float(weight), WEIGHT_DECIMALS)
    }
    return LinearModel(round(float(regression.intercept_[0]), 4), weights, round(threshold, 4))


def shipped_scores(
    model: LinearModel, transcripts: Sequence[Transcript], context: bool
) -> RankingScores:
    """Figures of the rounded model on transcripts (its own training data: an upper bound)."""
    return mean_scores(
        [
            score_ranking(
                [line.label for line in t.lines],
                [model.probability(row) for row in transcript_features(t.texts, context=context)],
            )
            for t in transcripts
        ]
    )


def claimbuster_cross_check(
    model: LinearModel, transcripts: Sequence[Transcript], path: Path
) -> dict[str, Any] | None:
    """The final model's figures on ClaimBuster's CFS-vs-NCS sentences (None without the file).

    ClaimBuster's sentences come from U.S. presidential debates 1960-2016, some of
    them in our training transcripts: those (same words, case and spacing aside)
    are left out. The sentences are isolated, so a model that reads neighbours'
    cues scores each alone.
    """
    if not path.is_file():
        return None
    seen = {_normal(line.text) for t in transcripts for line in t.lines}
    items = json.loads(path.read_text(encoding="utf-8"))
    kept = [item for item in items if _normal(item["text"]) not in seen]
    labels = [item["label"] == 1 for item in kept]
    scores = [
        model.probability(row)
        for row in transcript_features([item["text"] for item in kept], context=False)
    ]
    ranked = ranked_labels(labels, scores)
    predicted = [score >= model.threshold for score in scores]
    hits = sum(p and label for p, label in zip(predicted, labels, strict=True))
    return {
        "file": f"claimbuster/datasets/{path.name}",
        "sentences": len(kept),
        "left_out_as_seen_in_training": len(items) - len(kept),
        "positive_rate": round(sum(labels) / len(labels), 4),
        "average_precision": round(average_precision(ranked), 4),
        "f1_at_threshold": round(2 * hits / (sum(predicted) + sum(labels)), 4),
    }


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def time_scoring(model: LinearModel, transcripts: Sequence[Transcript]) -> float:
    """Milliseconds to score :data:`TIMING_CLAIMS` sentences, features included (fastest run)."""
    texts = [line.text for t in transcripts for line in t.lines][:TIMING_CLAIMS]
    best = float("inf")
    for _ in range(TIMING_REPEATS):
        started = time.perf_counter()
        for row in transcript_features(texts, context=False):
            model.probability(row)
        best = min(best, time.perf_counter() - started)
    return round(best * 1000, 2)


def main() -> None:
    """Select by cross-validation, train on all training transcripts, write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--claimbuster", type=Path, default=CLAIMBUSTER)
    parser.add_argument("--out", type=Path, default=checkworthiness.MODEL_PATH)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    transcripts = load_split(args.data, "train")
    corpora = {c: Corpus.build(transcripts, c) for c in CONTEXTS}
    grid = [Choice(*values) for values in itertools.product(C_GRID, CLASS_WEIGHTS, CONTEXTS)]
    results = []
    for choice in grid:
        scores, pooled = cross_validate(corpora, choice)
        results.append((choice, scores, pooled))
        LOGGER.info("%s: MAP %.4f", choice, scores.average_precision)
    choice, scores, pooled = max(results, key=lambda result: result[1].average_precision)
    f1, threshold = best_f1_threshold(pooled)
    model = final_model(corpora[choice.context], choice, threshold)
    metadata = {
        "trained_on": "CLEF-2019 CheckThat! Task 1 English training transcripts "
        "(free for general research use)",
        "transcripts": len(transcripts),
        "sentences": sum(len(t.lines) for t in transcripts),
        "positives": sum(line.label for t in transcripts for line in t.lines),
        "not_used": "the 7 test transcripts (data/test_annotated)",
        "selection": "leave-one-transcript-out CV on the training transcripts, MAP",
        "choice": choice.to_dict(),
        "cross_validation": scores.to_dict(),
        "cross_validation_f1_at_threshold": round(f1, 4),
        "grid": [{**c.to_dict(), "map": round(s.average_precision, 4)} for c, s, _ in results],
        "train_figures": shipped_scores(model, transcripts, choice.context).to_dict(),
        "claimbuster_cross_check": claimbuster_cross_check(model, transcripts, args.claimbuster),
        "features": len(model.weights),
        "milliseconds_per_100": time_scoring(model, transcripts),
        "trainer": f"scripts/train_checkworthiness.py, scikit-learn {sklearn.__version__}",
        "created": dt.date.today().isoformat(),
    }
    content = {
        "format": checkworthiness.MODEL_FORMAT,
        "version": checkworthiness.MODEL_VERSION,
        "feature_set": checkworthiness.FEATURE_SET,
        "context": choice.context,
        "metadata": metadata,
        "model": model.to_dict(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(content, separators=(",", ":")) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in metadata.items() if k != "grid"}, indent=2))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
