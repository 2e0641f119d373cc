"""Train the technique classifier over the span encoder's states (#6) and store it in its file.

A span's state is the mean and maximum of the shipped span encoder's states of
its word pieces (:func:`chronocheck.rhetoric.span_states.span_state`); a
multinomial logistic regression over it gives each of the 14 techniques a
probability, mixed with the string-feature TC model's.

Chosen on the held-back fifth of PTC train (as in ``train_techniques.py``),
with the official TC metric: the regularisation C and the mix. The span
encoder never saw the held-back articles (it was fit on the other 296), and
both classifiers are fit on those 296 for the choice. The shipped classifier
is then refit on all 371 articles with the chosen settings. Development tool;
needs scikit-learn::

    .venv/bin/python -m pip install scikit-learn==1.9.1
    .venv/bin/python scripts/train_span_states.py
    .venv/bin/python scripts/select_span_settings.py --held-back span_encoder_held_back.json
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from safetensors.numpy import load_file, save_file
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

from chronocheck.evaluate.ptc import PtcArticle, load_articles, read_tc_labels
from chronocheck.evaluate.ptc_scoring import LabelledSpan, score_tc
from chronocheck.minilm.bert import FloatArray
from chronocheck.minilm.files import model_directory
from chronocheck.rhetoric.span_encoder import (
    METADATA_KEY,
    SPAN_ENCODER_PATH,
    SpanEncoder,
    load_span_encoder,
    read_metadata,
)
from chronocheck.rhetoric.span_states import STATE_FEATURES, PieceStates, StateClassifier
from chronocheck.rhetoric.tokens import tokenize

sys.path.insert(0, str(Path(__file__).parent))
from train_techniques import fit_tc, held_back_ids, tc_examples, tc_predict_template

STATE_C = (0.003, 0.01, 0.03)
MIXES = (0.3, 0.4, 0.5, 0.6, 0.7)
#: The string-feature TC model's regularisation, as chosen by train_techniques.py.
TC_C = 0.5


def gold_states(
    encoder: SpanEncoder, articles: Sequence[PtcArticle], gold: Sequence[LabelledSpan]
) -> dict[LabelledSpan, FloatArray | None]:
    """Each gold TC row's span state, read from the sentences it overlaps."""
    rows: dict[str, list[LabelledSpan]] = {}
    for row in gold:
        rows.setdefault(row[0], []).append(row)
    found: dict[LabelledSpan, FloatArray | None] = {}
    for article in articles:
        article_rows = rows.get(article.id, [])
        spans = [(start, end) for _, _, start, end in article_rows]
        states = encoder.span_states(article.text, article.sentences, spans)
        found.update(zip(article_rows, states, strict=True))
        print(f"read {article.id}", end="\r", flush=True)
    return found


def fit_states(states: FloatArray, labels: Sequence[str], c: float, mix: float) -> StateClassifier:
    """A state classifier fit on standardised states."""
    mean = states.mean(axis=0)
    scale = states.std(axis=0) + np.float32(1e-6)
    model = LogisticRegression(C=c, max_iter=3000).fit((states - mean) / scale, list(labels))
    return StateClassifier(
        tuple(str(name) for name in model.classes_),
        model.coef_.astype(np.float32),
        model.intercept_.astype(np.float32),
        mean.astype(np.float32),
        scale.astype(np.float32),
        mix,
    )


def linear_probabilities(
    articles: Sequence[PtcArticle], fit_rows: Sequence[LabelledSpan], rows: Sequence[LabelledSpan]
) -> tuple[list[str], list[Any]]:
    """The string-feature TC model fit on ``fit_rows``: classes, probabilities of ``rows``."""
    by_id = {article.id: article for article in articles}
    fit_articles = [by_id[a] for a in sorted({row[0] for row in fit_rows})]
    tc_rows, tc_labels = tc_examples(fit_articles, list(fit_rows))
    vectorizer, model = fit_tc(tc_rows, tc_labels, TC_C)
    row_articles = [by_id[a] for a in sorted({row[0] for row in rows})]
    features, _ = tc_examples(row_articles, list(rows))
    probabilities = list(model.predict_proba(vectorizer.transform(features)))
    return [str(name) for name in model.classes_], probabilities


def mixed_probabilities(
    classes: Sequence[str], linear: Any, state: FloatArray | None, classifier: StateClassifier
) -> list[float]:
    """As ``rank_techniques``: the classifier's share plus the linear model's, by class."""
    if state is None:
        return [float(p) for p in linear]
    by_state = dict(zip(classifier.classes, classifier.probabilities(state), strict=True))
    return [
        classifier.mix * float(by_state[name]) + (1 - classifier.mix) * float(p)
        for name, p in zip(classes, linear, strict=True)
    ]


def tc_f1(
    rows: Sequence[LabelledSpan], classes: Sequence[str], probabilities: Sequence[Sequence[float]]
) -> float:
    """Official TC micro-F1 when a span's k gold rows get its k most probable techniques."""
    predicted = tc_predict_template(np.array(probabilities), classes, rows)
    return score_tc(predicted, list(rows)).f1


def held_back_state_classifier(
    encoder: SpanEncoder,
    record: dict[str, Any],
    fit_part: Sequence[PtcArticle],
    fit_rows: Sequence[LabelledSpan],
) -> StateClassifier | None:
    """The shipped state classifier's settings, fit on ``fit_rows`` only; None if none ships."""
    settings = record.get("states")
    if settings is None:
        return None
    states = gold_states(encoder, fit_part, fit_rows)
    usable = [row for row in fit_rows if states[row] is not None]
    return fit_states(
        np.stack([states[row] for row in usable]),
        [row[1] for row in usable],
        float(settings["c"]),
        float(settings["mix"]),
    )


def read_lines(
    encoder: SpanEncoder, texts: dict[str, str], lines: Sequence[tuple[str, int, int]]
) -> dict[tuple[str, int, int], PieceStates]:
    """The encoder's pieces of each ``(article, start, end)`` line."""
    by_article: dict[str, list[tuple[int, int]]] = {}
    for article, start, end in lines:
        by_article.setdefault(article, []).append((start, end))
    found = {}
    for article, ranges in by_article.items():
        text = texts[article]
        readings = encoder.read(text, ranges, [tokenize(text, s, e) for s, e in ranges])
        for (start, end), reading in zip(ranges, readings, strict=True):
            found[(article, start, end)] = reading.pieces
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/benchmarks/ptc"))
    parser.add_argument("--encoder", type=Path, default=SPAN_ENCODER_PATH)
    args = parser.parse_args()
    encoder = load_span_encoder(args.encoder, model_directory())
    articles = load_articles(args.data, "train")
    held = held_back_ids(articles)
    gold = read_tc_labels(args.data / "data" / "train-task-flc-tc.labels")
    states = gold_states(encoder, articles, gold)
    fit_rows = [row for row in gold if row[0] not in held]
    held_rows = [row for row in gold if row[0] in held]
    classes, linear = linear_probabilities(articles, fit_rows, held_rows)
    with_state = [row for row in fit_rows if states[row] is not None]
    fit_states_array = np.stack([states[row] for row in with_state])
    alone = tc_f1(held_rows, classes, linear)
    print(f"\nheld-back TC micro-F1, string features alone: {alone:.4f}")
    best: tuple[float, float, float] = (alone, 0.0, 0.0)
    for c in STATE_C:
        classifier = fit_states(fit_states_array, [row[1] for row in with_state], c, 1.0)
        for mix in (1.0, *MIXES):
            chosen = dataclasses.replace(classifier, mix=mix)
            f1 = tc_f1(
                held_rows,
                classes,
                [
                    mixed_probabilities(classes, p, states[row], chosen)
                    for row, p in zip(held_rows, linear, strict=True)
                ],
            )
            print(f"C {c} mix {mix}: {f1:.4f}", flush=True)
            if f1 > best[0]:
                best = (f1, c, mix)
    f1, c, mix = best
    if mix == 0.0:
        sys.exit("The states did not beat the string features on the held-back articles.")
    every = [row for row in gold if states[row] is not None]
    final = fit_states(np.stack([states[row] for row in every]), [row[1] for row in every], c, mix)
    record = read_metadata(args.encoder)
    record["states"] = {
        "classes": list(final.classes),
        "mix": mix,
        "features": STATE_FEATURES,
        "c": c,
        "criterion": "best official TC micro-F1 on the held-back articles, fit on the other 296",
        "held_back": {"tc_micro_f1": round(f1, 4), "string_features_alone": round(alone, 4)},
        "trained_on": f"all {len(every)} PTC v2 train TC rows with a state",
    }
    tensors = load_file(str(args.encoder))
    tensors.update(final.to_tensors())
    save_file(tensors, str(args.encoder), metadata={METADATA_KEY: json.dumps(record)})
    print(json.dumps(record["states"], indent=2))


if __name__ == "__main__":
    main()
