"""Train the persuasion-technique tagger on PTC train and write its model file (#6).

The data is the train split of the Propaganda Techniques Corpus v2 (SemEval-2020
Task 11), read from ``../shared/benchmarks/ptc``; the dev split is never read
here (it is scored once, afterwards, by ``chronocheck evaluate rhetoric``).

* Span identification: every token of every line is an example, positive when
  it overlaps a gold SI span; a logistic regression over
  :func:`chronocheck.rhetoric.si_features.sentence_token_features`.
* Technique classification: every gold TC row is an example; a multinomial
  logistic regression over :func:`chronocheck.rhetoric.tc_features.span_features`.

Model selection (regularisation, decoding threshold, gap, minimum length) is
done on a held-back fifth of the training articles (every fifth article by id),
with the official metrics; the final models are then trained on all 371
articles with the chosen settings, their small weights pruned.

Development tool: needs scikit-learn (``pip install scikit-learn==1.9.1``),
which the product never imports. Run from the repository root::

    .venv/bin/python scripts/train_techniques.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import sklearn  # type: ignore[import-untyped]
from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

from chronocheck.evaluate.ptc import (
    PtcArticle,
    load_articles,
    predict_si,
    predict_tc,
    read_si_labels,
    read_tc_labels,
)
from chronocheck.evaluate.ptc_scoring import LabelledSpan, Span, score_si, score_tc
from chronocheck.linear import LinearModel, MulticlassModel
from chronocheck.rhetoric.model_file import MODEL_PATH, TechniqueModel
from chronocheck.rhetoric.si_features import sentence_token_features
from chronocheck.rhetoric.tc_features import ArticleIndex, span_features
from chronocheck.rhetoric.techniques import decode_spans
from chronocheck.rhetoric.tokens import Token, tokenize

#: Every HELD_BACK_STRIDE-th training article (by sorted id) is held back for selection.
HELD_BACK_STRIDE = 5
#: Grids searched on the held-back articles.
SI_C = (0.015, 0.03)
TC_C = (0.5, 2.0)
THRESHOLDS = tuple(round(float(t), 2) for t in np.arange(0.1, 0.51, 0.05))
GAPS = (0, 2, 4, 6, 8, 12, 20, 40)
MIN_TOKENS = (1, 2, 3)
#: Weights smaller than this are dropped from the shipped file (keeps it under 2 MB).
SI_PRUNE = 0.05
TC_PRUNE = 0.1
#: Decimal places kept in the file.
DIGITS = 4


def si_examples(
    articles: Sequence[PtcArticle], gold: Sequence[Span]
) -> tuple[list[dict[str, int]], list[int], list[tuple[str, list[Token]]]]:
    """Token feature dicts, labels, and each sentence's tokens (for decoding)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for article, start, end in gold:
        spans.setdefault(article, []).append((start, end))
    rows: list[dict[str, int]] = []
    labels: list[int] = []
    sentences: list[tuple[str, list[Token]]] = []
    for article in articles:
        gold_spans = spans.get(article.id, [])
        for number, (start, end) in enumerate(article.sentences):
            tokens = tokenize(article.text, start, end)
            if not tokens:
                continue
            title = number == 0 and article.text[end : end + 1] == "\n"
            sentences.append((article.id, tokens))
            for token, features in zip(
                tokens, sentence_token_features(tokens, title=title), strict=True
            ):
                row: dict[str, int] = {}
                for feature in features:
                    row[feature] = row.get(feature, 0) + 1
                rows.append(row)
                labels.append(int(any(token.start < e and s < token.end for s, e in gold_spans)))
    return rows, labels, sentences


def decode_all(
    sentences: Sequence[tuple[str, list[Token]]],
    probabilities: Sequence[float],
    threshold: float,
    gap: int,
    min_tokens: int,
) -> list[Span]:
    """Spans of every sentence from the flat list of token probabilities."""
    spans: list[Span] = []
    offset = 0
    for article, tokens in sentences:
        chunk = probabilities[offset : offset + len(tokens)]
        offset += len(tokens)
        for start, end, _ in decode_spans(
            tokens, chunk, threshold=threshold, max_gap=gap, min_tokens=min_tokens
        ):
            spans.append((article, start, end))
    return spans


def tc_examples(
    articles: Sequence[PtcArticle], gold: Sequence[LabelledSpan]
) -> tuple[list[dict[str, int]], list[str]]:
    """Span feature dicts and their techniques, one per gold row."""
    indexes = {article.id: ArticleIndex.of(article.text) for article in articles}
    rows, labels = [], []
    for article, technique, start, end in gold:
        if article not in indexes:
            continue
        rows.append(span_feature_counts(indexes[article], start, end))
        labels.append(technique)
    return rows, labels


def span_feature_counts(index: ArticleIndex, start: int, end: int) -> dict[str, int]:
    """How often each TC feature occurs for the span, as the vectorizer reads it."""
    counts: dict[str, int] = {}
    for feature in span_features(index, start, end):
        counts[feature] = counts.get(feature, 0) + 1
    return counts


def tc_predict_template(
    probabilities: np.ndarray[Any, Any], classes: Sequence[str], gold: Sequence[LabelledSpan]
) -> list[LabelledSpan]:
    """As :func:`chronocheck.evaluate.ptc.predict_tc`: k rows of one span get the top k."""
    seen: dict[Span, int] = {}
    predictions = []
    for row, (article, _, start, end) in zip(probabilities, gold, strict=True):
        key = (article, start, end)
        rank = seen.get(key, 0)
        seen[key] = rank + 1
        predictions.append((article, classes[int(np.argsort(-row)[rank])], start, end))
    return predictions


def as_int32(matrix: Any) -> Any:
    """The sparse matrix with 32-bit indices, which liblinear requires."""
    matrix = matrix.tocsr()
    matrix.indices = matrix.indices.astype(np.int32)
    matrix.indptr = matrix.indptr.astype(np.int32)
    return matrix


def fit_si(rows: list[dict[str, int]], labels: list[int], c: float) -> tuple[Any, Any]:
    vectorizer = DictVectorizer()
    matrix = as_int32(vectorizer.fit_transform(rows))
    model = LogisticRegression(C=c, solver="liblinear", max_iter=200)
    model.fit(matrix, labels)
    return vectorizer, model


def fit_tc(rows: list[dict[str, int]], labels: list[str], c: float) -> tuple[Any, Any]:
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=c, max_iter=500)
    model.fit(matrix, labels)
    return vectorizer, model


def to_linear(vectorizer: Any, model: Any, threshold: float) -> LinearModel:
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): round(float(w), DIGITS)
        for name, w in zip(names, model.coef_[0], strict=True)
        if abs(w) >= SI_PRUNE
    }
    return LinearModel(round(float(model.intercept_[0]), DIGITS), weights, threshold)


def to_multiclass(vectorizer: Any, model: Any) -> MulticlassModel:
    names = vectorizer.get_feature_names_out()
    weights: dict[str, dict[int, float]] = {}
    for j, name in enumerate(names):
        row = {
            i: round(float(model.coef_[i, j]), DIGITS)
            for i in range(len(model.classes_))
            if abs(model.coef_[i, j]) >= TC_PRUNE
        }
        if row:
            weights[str(name)] = row
    return MulticlassModel(
        classes=tuple(str(c) for c in model.classes_),
        biases=tuple(round(float(b), DIGITS) for b in model.intercept_),
        weights=weights,
    )


def figures(score: Any) -> dict[str, float]:
    return {k: round(getattr(score, k), 4) for k in ("precision", "recall", "f1")}


def held_back_ids(articles: Sequence[PtcArticle]) -> set[str]:
    """The ids of the held-back articles: every :data:`HELD_BACK_STRIDE`-th by sorted id."""
    return {a.id for i, a in enumerate(articles) if i % HELD_BACK_STRIDE == 0}


def score_shipped_on_held_back(data: Path) -> None:
    """Score the shipped model (pruned weights, run-time code) on the held-back articles.

    The shipped model saw these articles in its final training; this checks that
    the run-time path reproduces the selection figures, not how well it generalises.
    """
    articles = load_articles(data, "train")
    held_ids = held_back_ids(articles)
    held = [a for a in articles if a.id in held_ids]
    gold_si = [
        r for r in read_si_labels(data / "data" / "train-task-si.labels") if r[0] in held_ids
    ]
    gold_tc = [
        r for r in read_tc_labels(data / "data" / "train-task-flc-tc.labels") if r[0] in held_ids
    ]
    si = score_si([(a, s, e) for a, _, s, e in predict_si(held)], gold_si)
    tc = score_tc(predict_tc(held, gold_tc), gold_tc)
    print(json.dumps({"si": figures(si), "tc_micro_f1": round(tc.f1, 4)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/benchmarks/ptc"))
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument(
        "--score-shipped",
        action="store_true",
        help="Only score the shipped model on the held-back articles (a run-time path check).",
    )
    args = parser.parse_args()
    if args.score_shipped:
        score_shipped_on_held_back(args.data)
        return
    started = time.perf_counter()
    articles = load_articles(args.data, "train")
    gold_si = read_si_labels(args.data / "data" / "train-task-si.labels")
    gold_tc = read_tc_labels(args.data / "data" / "train-task-flc-tc.labels")
    held_ids = held_back_ids(articles)
    fit_part = [a for a in articles if a.id not in held_ids]
    held_part = [a for a in articles if a.id in held_ids]
    held_si = [row for row in gold_si if row[0] in held_ids]
    held_tc = [row for row in gold_tc if row[0] in held_ids]
    fit_tc_rows = [row for row in gold_tc if row[0] not in held_ids]

    # Span identification: choose C, threshold, gap and minimum length on the held-back part.
    rows, labels, _ = si_examples(fit_part, gold_si)
    held_rows, _, held_sentences = si_examples(held_part, gold_si)
    print(f"SI: {len(rows)} fit tokens ({sum(labels)} positive), {len(held_rows)} held back")
    best: tuple[float, dict[str, Any]] = (-1.0, {})
    for c in SI_C:
        vectorizer, model = fit_si(rows, labels, c)
        probabilities = model.predict_proba(as_int32(vectorizer.transform(held_rows)))[
            :, 1
        ].tolist()
        for threshold in THRESHOLDS:
            for gap in GAPS:
                for min_tokens in MIN_TOKENS:
                    spans = decode_all(held_sentences, probabilities, threshold, gap, min_tokens)
                    score = score_si(spans, held_si)
                    if score.f1 > best[0]:
                        choice = {
                            "C": c,
                            "threshold": threshold,
                            "gap": gap,
                            "min_tokens": min_tokens,
                        }
                        best = (score.f1, {"choice": choice, "held_back": figures(score)})
        print(f"  C={c}: best so far {best} ({time.perf_counter() - started:.0f} s)")
    si_choice = best[1]

    # Technique classification: choose C on the held-back part.
    tc_rows, tc_labels = tc_examples(fit_part, fit_tc_rows)
    held_tc_rows, _ = tc_examples(held_part, held_tc)
    tc_best: tuple[float, float] = (-1.0, 0.0)
    for c in TC_C:
        vectorizer, model = fit_tc(tc_rows, tc_labels, c)
        probabilities = model.predict_proba(vectorizer.transform(held_tc_rows))
        score = score_tc(tc_predict_template(probabilities, model.classes_, held_tc), held_tc)
        print(f"TC: C={c}: held-back micro-F1 {score.f1:.4f}")
        tc_best = max(tc_best, (score.f1, c))
    majority = score_tc([(a, "Loaded_Language", s, e) for a, _, s, e in held_tc], held_tc)

    # Final models on every training article.
    all_rows, all_labels, _ = si_examples(articles, gold_si)
    choice = si_choice["choice"]
    si_vectorizer, si_model = fit_si(all_rows, all_labels, choice["C"])
    all_tc_rows, all_tc_labels = tc_examples(articles, gold_tc)
    tc_vectorizer, tc_model = fit_tc(all_tc_rows, all_tc_labels, tc_best[1])
    metadata = {
        "trained_on": "PTC v2 train split (SemEval-2020 Task 11): 371 news articles, "
        "research use only, third-party news content",
        "not_used": "PTC dev and test splits",
        "selection": f"held-back part: every {HELD_BACK_STRIDE}th train article by id "
        f"({len(held_part)} articles); SI on the official SI F1, TC on micro-F1",
        "si_choice": choice,
        "tc_choice": {"C": tc_best[1]},
        "held_back": {
            "si": si_choice["held_back"],
            "tc_micro_f1": round(tc_best[0], 4),
            "tc_majority_f1": round(majority.f1, 4),
        },
        "pruned_below": {"si": SI_PRUNE, "tc": TC_PRUNE},
        "trainer": f"scripts/train_techniques.py, scikit-learn {sklearn.__version__}",
        "created": dt.date.today().isoformat(),
    }
    final = TechniqueModel(
        si=to_linear(si_vectorizer, si_model, choice["threshold"]),
        tc=to_multiclass(tc_vectorizer, tc_model),
        max_gap=choice["gap"],
        min_tokens=choice["min_tokens"],
        metadata=metadata,
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(final.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(json.dumps(metadata, indent=2))
    print(
        f"wrote {args.out} ({args.out.stat().st_size} bytes; {len(final.si.weights)} SI and "
        f"{len(final.tc.weights)} TC features) in {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
