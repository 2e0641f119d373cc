"""Train the temporal tagger's candidate filter on TBAQ-cleaned and write its model file (#5).

The data is the TempEval-3 training set (TimeBank 1.2 and AQUAINT, cleaned),
read from ``../shared/benchmarks/tempeval3``; the TempEval-3 platinum test set
is never read. Every candidate of the grammar (after its own count and
frequency-adjective checks) is an example: it is positive when one of the
TIMEX3s it is exported as overlaps a gold TIMEX3. The leading words of the
candidates that overlap one are the trim model's examples: positive when the
gold TIMEX3 starts after the word.

Hyperparameters (regularisation and thresholds) are chosen by 4-fold
cross-validation by document, on the official TE3 metric of the whole tagger
run with each candidate model (the mean of strict, relaxed, type and value F1).
The figures are nested: each held-out fold is scored with the hyperparameters
chosen inside its own training folds, for 5 folds by document and for
TimeBank -> AQUAINT and AQUAINT -> TimeBank. The final model is trained on all
of TBAQ with the hyperparameters chosen there.

Development tool: needs scikit-learn (``pip install scikit-learn==1.9.1``),
which the product never imports. Run from the repository root::

    .venv/bin/python scripts/train_timex_filter.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import statistics
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from unittest import mock

import sklearn  # type: ignore[import-untyped]
from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
from spacy.language import Language
from spacy.tokens import Doc

from chronocheck.annotate import load_pipeline
from chronocheck.annotate.extensions import TIMEX_SPANS
from chronocheck.annotate.pipeline import COMPONENTS, annotate_many
from chronocheck.evaluate.timeml import TimemlDocument, read_timeml
from chronocheck.evaluate.timex import TimexScores, te3_timexes
from chronocheck.evaluate.timex_scoring import TimexCounts, score_document
from chronocheck.extract import timex_context, timex_filter
from chronocheck.extract.timex_context import apply_context
from chronocheck.extract.timex_filter import (
    Candidate,
    TimexFilter,
    candidate_features,
    leading_word_features,
)
from chronocheck.extract.timex_grammar import find_timexes
from chronocheck.extract.timex_parse import TimexParse
from chronocheck.linear import LinearModel

LOGGER = logging.getLogger(__name__)

DEFAULT_DATA = Path("../shared/benchmarks/tempeval3")
#: The two halves of TBAQ-cleaned, under the TempEval-3 folder.
CORPORA = {
    "TimeBank": "Training/TBAQ-cleaned/TimeBank",
    "AQUAINT": "Training/TBAQ-cleaned/AQUAINT",
}
#: Inverse regularisation strengths tried.
C_GRID = (0.1, 0.3, 1.0)
#: Keep thresholds tried besides 0 (never drop): a candidate is dropped below it.
KEEP_THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5)
#: Trim thresholds tried besides never trimming: a leading word is trimmed at or above it.
TRIM_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
#: A feature seen in fewer training examples gets no weight.
MIN_FEATURE_COUNT = 2
#: Weights are rounded to this many decimals in the model file; smaller ones are dropped.
WEIGHT_DECIMALS = 3
OUTER_FOLDS = 5
INNER_FOLDS = 4
BATCH_SIZE = 16
#: Timing runs; the fastest counts.
TIMING_REPEATS = 3
#: A keep threshold above 0, so that timing scores every candidate, yet drops none.
TIMING_KEEP_THRESHOLD = 1e-9


#: One example: its features and its label.
Example = tuple[list[str], bool]


@dataclass(frozen=True, slots=True)
class Item:
    """One TBAQ document, annotated, with the grammar's parses and the examples they give."""

    document: TimemlDocument
    corpus: str
    doc: Doc
    parses: tuple[TimexParse, ...]
    keep: tuple[Example, ...]
    trim: tuple[Example, ...]


@dataclass(frozen=True, slots=True)
class Choice:
    """Hyperparameters of a filter: None for a model not used."""

    keep_c: float
    keep_threshold: float
    trim_c: float
    trim_threshold: float | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {
            "keep_c": self.keep_c,
            "keep_threshold": self.keep_threshold,
            "trim_c": self.trim_c,
            "trim_threshold": self.trim_threshold,
        }


def load_items(nlp: Language, data: Path) -> list[Item]:
    """Read and annotate TBAQ (without chronocheck's own components); collect the examples."""
    documents = [
        (read_timeml(path), corpus)
        for corpus, sub in CORPORA.items()
        for path in sorted((data / sub).glob("*.tml"))
    ]
    with nlp.select_pipes(disable=list(COMPONENTS)):
        texts = ((document.text, document.dct, None) for document, _ in documents)
        docs = [doc for doc, _ in annotate_many(nlp, texts, batch_size=BATCH_SIZE)]
    return [
        make_item(document, corpus, doc)
        for (document, corpus), doc in zip(documents, docs, strict=True)
    ]


def make_item(document: TimemlDocument, corpus: str, doc: Doc) -> Item:
    """Parse an annotated document with the grammar and label its candidates."""
    parses = tuple(find_timexes(doc.text))
    candidates = candidates_of(doc, parses)
    return Item(
        document,
        corpus,
        doc,
        parses,
        tuple(keep_examples(document, candidates)),
        tuple(trim_examples(document, candidates)),
    )


def candidates_of(doc: Doc, parses: Sequence[TimexParse]) -> list[Candidate]:
    """The candidates the filter sees in ``doc``, recorded as the tagger passes them."""
    recorded: list[Candidate] = []

    def record(_: Doc, candidates: Sequence[Candidate]) -> list[Candidate]:
        recorded.extend(candidates)
        return list(candidates)

    with mock.patch.object(timex_context, "filter_timex_candidates", record):
        apply_context(doc, parses)
    return recorded


def keep_examples(document: TimemlDocument, candidates: Sequence[Candidate]) -> Iterator[Example]:
    """Each candidate's features, and whether it overlaps a gold TIMEX3."""
    gold = document.timexes
    for span, parse in candidates:
        pieces = te3_timexes(parse)
        overlaps = any(p.start < g.end and p.end > g.start for p in pieces for g in gold)
        yield candidate_features(span, parse), overlaps


def trim_examples(document: TimemlDocument, candidates: Sequence[Candidate]) -> Iterator[Example]:
    """Leading words of candidates that overlap a gold TIMEX3, and whether it starts after them.

    Like the filter, only expressions without parts are trimmed, and never to nothing.
    """
    gold = document.timexes
    for span, parse in candidates:
        overlapping = [g for g in gold if g.start < parse.end and g.end > parse.start]
        if parse.parts or not overlapping:
            continue
        first = max(overlapping, key=lambda g: min(g.end, parse.end) - max(g.start, parse.start))
        for index in range(min(timex_filter.MAX_TRIMMED_WORDS, len(span) - 1)):
            token = span[index]
            outside = first.start >= token.idx + len(token.text)
            yield leading_word_features(span, parse, index), outside
            if not outside:
                break


def fit(examples: Sequence[Example], c: float, threshold: float) -> LinearModel:
    """An L2 logistic regression over the features seen at least ``MIN_FEATURE_COUNT`` times."""
    counts = Counter(feature for features, _ in examples for feature in set(features))
    vocabulary = {feature for feature, count in counts.items() if count >= MIN_FEATURE_COUNT}
    rows = [Counter(f for f in features if f in vocabulary) for features, _ in examples]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    labels = [label for _, label in examples]
    regression = LogisticRegression(C=c, max_iter=5000)
    regression.fit(matrix, labels)
    weights = {
        str(name): round(float(weight), WEIGHT_DECIMALS)
        for name, weight in zip(vectorizer.feature_names_, regression.coef_[0], strict=True)
        if round(float(weight), WEIGHT_DECIMALS)
    }
    return LinearModel(float(regression.intercept_[0]), weights, threshold)


def score(items: Sequence[Item], model: TimexFilter | None) -> TimexCounts:
    """Tag ``items`` with the filter ``model`` (None: the rules alone) and score them."""
    total = TimexCounts()
    tagger = _tagger()
    with mock.patch.object(timex_filter, "active_timex_filter", return_value=model):
        for item in items:
            doc = tagger.set_annotations(item.doc, apply_context(item.doc, item.parses))
            predicted = [span._.cc_timex for span in doc.spans[TIMEX_SPANS]]
            timexes = tuple(t for parse in predicted for t in te3_timexes(parse))
            total = total + score_document(item.document, timexes)
    return total


def _tagger() -> Any:
    return load_pipeline().get_pipe("chronocheck_temporal")


def combined(counts: TimexCounts) -> float:
    """TempEval-3's combined score: the mean of strict, relaxed, type and value F1."""
    scores = TimexScores.from_counts("cv", 0, counts)
    return statistics.fmean((scores.strict_f1, scores.relaxed_f1, scores.type_f1, scores.value_f1))


def folds(items: Sequence[Item], count: int) -> list[tuple[list[Item], list[Item]]]:
    """``count`` (train, held-out) splits by document, documents dealt in name order."""
    return [
        (
            [item for index, item in enumerate(items) if index % count != fold],
            [item for index, item in enumerate(items) if index % count == fold],
        )
        for fold in range(count)
    ]


def train(items: Sequence[Item], choice: Choice) -> TimexFilter:
    """The filter trained on ``items`` with the hyperparameters ``choice``."""
    keep = fit([e for item in items for e in item.keep], choice.keep_c, 0.0)
    trim = None
    if choice.trim_threshold is not None:
        trim = fit([e for item in items for e in item.trim], choice.trim_c, 0.0)
    return with_thresholds(keep, trim, choice)


def with_thresholds(keep: LinearModel, trim: LinearModel | None, choice: Choice) -> TimexFilter:
    """A filter of the two fitted models with the thresholds of ``choice``."""
    if choice.trim_threshold is not None and trim is not None:
        trim = replace(trim, threshold=choice.trim_threshold)
    else:
        trim = None
    return TimexFilter(keep=replace(keep, threshold=choice.keep_threshold), trim=trim)


def select(items: Sequence[Item]) -> Choice:
    """The hyperparameters with the best inner cross-validated TE3 score on ``items``.

    The keep model is chosen first (without trimming), then the trim model behind it.
    Not filtering and not trimming are among the choices, and win ties.
    """
    splits = folds(items, INNER_FOLDS)
    keep_fits = {
        (fold, c): fit([e for item in training for e in item.keep], c, 0.0)
        for fold, (training, _) in enumerate(splits)
        for c in C_GRID
    }
    trim_fits = {
        (fold, c): fit([e for item in training for e in item.trim], c, 0.0)
        for fold, (training, _) in enumerate(splits)
        for c in C_GRID
    }

    def inner_score(choice: Choice) -> float:
        total = TimexCounts()
        for fold, (_, held_out) in enumerate(splits):
            model = with_thresholds(
                keep_fits[fold, choice.keep_c], trim_fits[fold, choice.trim_c], choice
            )
            total = total + score(held_out, model)
        LOGGER.debug("%s: %.2f", choice, combined(total))
        return combined(total)

    plain = C_GRID[0]
    keep_grid = [Choice(plain, 0.0, plain, None)]
    keep_grid += [Choice(c, t, plain, None) for c in C_GRID for t in KEEP_THRESHOLDS]
    best = max(keep_grid, key=inner_score)
    trim_grid = [best]
    trim_grid += [
        replace(best, trim_c=c, trim_threshold=t) for c in C_GRID for t in TRIM_THRESHOLDS
    ]
    return max(trim_grid, key=inner_score)


def cross_validate(name: str, splits: Sequence[tuple[list[Item], list[Item]]]) -> dict[str, Any]:
    """Nested cross-validated TE3 figures, with and without the filter."""
    without, with_filter = TimexCounts(), TimexCounts()
    choices = []
    for training, held_out in splits:
        choice = select(training)
        choices.append(choice.to_dict())
        without = without + score(held_out, None)
        with_filter = with_filter + score(held_out, train(training, choice))
        LOGGER.info("%s fold: %s", name, choice)
    return {
        "scheme": name,
        "rules_alone": _figures(without),
        "with_filter": _figures(with_filter),
        "improves": combined(with_filter) > combined(without),
        "choices": choices,
    }


def _figures(counts: TimexCounts) -> dict[str, float]:
    scores = TimexScores.from_counts("cv", 0, counts)
    return {
        "strict_f1": scores.strict_f1,
        "relaxed_f1": scores.relaxed_f1,
        "type_f1": scores.type_f1,
        "value_f1": scores.value_f1,
        "combined": round(combined(counts), 3),
    }


def time_overhead(items: Sequence[Item], model: TimexFilter) -> dict[str, float]:
    """Seconds the temporal component takes over ``items`` and seconds the filter adds.

    The filter is timed alone on the recorded candidates (its cost is smaller than
    the run-to-run noise of the whole component), with the keep model scoring every
    candidate whatever its threshold: the worst case.
    """
    tagger = _tagger()
    model = replace(model, keep=replace(model.keep, threshold=TIMING_KEEP_THRESHOLD))
    candidates = [(item.doc, candidates_of(item.doc, item.parses)) for item in items]

    def tag() -> float:
        start = time.perf_counter()
        with mock.patch.object(timex_filter, "active_timex_filter", return_value=None):
            for item in items:
                tagger(item.doc)
        return time.perf_counter() - start

    def apply() -> float:
        start = time.perf_counter()
        for doc, found in candidates:
            model.apply(doc, found)
        return time.perf_counter() - start

    tagging = min(tag() for _ in range(TIMING_REPEATS))
    filtering = min(apply() for _ in range(TIMING_REPEATS))
    return {
        "tagging_s": round(tagging, 3),
        "filter_s": round(filtering, 4),
        "overhead_percent": round(100 * filtering / tagging, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=timex_filter.MODEL_PATH)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    items = load_items(load_pipeline(), args.data)
    by_corpus = {name: [item for item in items if item.corpus == name] for name in CORPORA}
    crossed = [
        (by_corpus["TimeBank"], by_corpus["AQUAINT"]),
        (by_corpus["AQUAINT"], by_corpus["TimeBank"]),
    ]
    evaluations = [
        cross_validate(f"{OUTER_FOLDS}-fold by document", folds(items, OUTER_FOLDS)),
        cross_validate("TimeBank -> AQUAINT and AQUAINT -> TimeBank", crossed),
    ]
    choice = select(items)
    final = train(items, choice)
    # The product applies the filter only where it helped on held-out documents
    # under both schemes (#5: wire it in only if the cross-validated figures improve).
    enabled = all(evaluation["improves"] for evaluation in evaluations)
    metadata = {
        "trained_on": "TempEval-3 TBAQ-cleaned: TimeBank 1.2 and AQUAINT (research use)",
        "documents": {name: len(group) for name, group in by_corpus.items()},
        "examples": {
            "keep": sum(len(item.keep) for item in items),
            "keep_positive": sum(label for item in items for _, label in item.keep),
            "trim": sum(len(item.trim) for item in items),
            "trim_positive": sum(label for item in items for _, label in item.trim),
        },
        "not_used": "TempEval-3 platinum test set (Evaluation/te3-platinum)",
        "selection": f"{INNER_FOLDS}-fold CV by document inside the training part, "
        "on the TE3 combined score (mean of strict, relaxed, type and value F1)",
        "choice": choice.to_dict(),
        "cross_validation": evaluations,
        "train_figures": _figures(score(items, final)),
        "train_figures_rules_alone": _figures(score(items, None)),
        "timing": time_overhead(items, final),
        "trainer": f"scripts/train_timex_filter.py, scikit-learn {sklearn.__version__}",
        "created": dt.date.today().isoformat(),
    }
    final = replace(final, enabled=enabled, metadata=metadata)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(final.to_dict(), indent=1) + "\n", encoding="utf-8")
    print(json.dumps(metadata, indent=2))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes), enabled={enabled}")


if __name__ == "__main__":
    main()
