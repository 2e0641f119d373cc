"""The official metrics of SemEval-2020 Task 11 (PTC), over plain spans.

**SI** (span identification) is the character-overlap measure of Da San
Martino et al. (EMNLP 2019), run with the scorer's ``-m`` option: within each
article, overlapping spans are first merged (gold with gold, predicted with
predicted; spans that merely touch are not merged), then for every pair of a
predicted span *s* and a gold span *t* of the same article::

    P = sum |s ∩ t| / |s|  over all pairs, divided by the number of predicted spans
    R = sum |s ∩ t| / |t|  over all pairs, divided by the number of gold spans

and F1 is their harmonic mean (0 when both are 0; P is 0 with no prediction).

**TC** (technique classification) is micro-averaged F1 over the gold spans: the
predictions label the template's rows (the gold spans, one row per gold label),
and for a span with several gold labels the best matching counts, i.e. the
multiset intersection of its gold and predicted labels. With one prediction per
gold row, P = R = F1 = accuracy.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

#: One span of an article: ``(article id, start, end)``, end exclusive.
Span = tuple[str, int, int]
#: One labelled span: ``(article id, technique, start, end)``.
LabelledSpan = tuple[str, str, int, int]


@dataclass(frozen=True, slots=True)
class SiScore:
    """Span identification figures (fractions 0..1).

    Attributes:
        precision: Mean share of each predicted span that overlaps gold.
        recall: Mean share of each gold span that is predicted.
        f1: Harmonic mean of the two.
        predicted: Predicted spans after merging.
        gold: Gold spans after merging.
    """

    precision: float
    recall: float
    f1: float
    predicted: int
    gold: int


@dataclass(frozen=True, slots=True)
class TcScore:
    """Technique classification figures.

    Attributes:
        f1: Micro-averaged F1 (= precision = recall = accuracy with one row per gold row).
        correct: Gold rows matched by a predicted label.
        gold: Gold rows.
        predicted: Predicted rows.
        per_technique: F1 of each technique (gold or predicted).
    """

    f1: float
    correct: int
    gold: int
    predicted: int
    per_technique: Mapping[str, float]


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge spans that share at least one character; spans that only touch stay apart."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _by_article(spans: Iterable[Span]) -> dict[str, list[tuple[int, int]]]:
    grouped: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for article, start, end in spans:
        grouped[article].append((start, end))
    return {article: merge_spans(group) for article, group in grouped.items()}


def _harmonic(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_si(predicted: Iterable[Span], gold: Iterable[Span]) -> SiScore:
    """The SI metric over whole corpora of predicted and gold spans.

    Args:
        predicted: Our spans, any order; overlaps are merged first.
        gold: The gold spans; overlaps are merged first.
    """
    ours = _by_article(predicted)
    theirs = _by_article(gold)
    precision_sum = recall_sum = 0.0
    for article, spans in ours.items():
        for s_start, s_end in spans:
            for t_start, t_end in theirs.get(article, ()):
                overlap = min(s_end, t_end) - max(s_start, t_start)
                if overlap > 0:
                    precision_sum += overlap / (s_end - s_start)
                    recall_sum += overlap / (t_end - t_start)
    n_predicted = sum(len(spans) for spans in ours.values())
    n_gold = sum(len(spans) for spans in theirs.values())
    precision = precision_sum / n_predicted if n_predicted else 0.0
    recall = recall_sum / n_gold if n_gold else 0.0
    return SiScore(precision, recall, _harmonic(precision, recall), n_predicted, n_gold)


def score_tc(predicted: Sequence[LabelledSpan], gold: Sequence[LabelledSpan]) -> TcScore:
    """The TC metric: predicted labels against the gold labels of the same spans.

    Args:
        predicted: One row per template row: ``(article, technique, start, end)``.
        gold: The gold rows; a span with several techniques has several rows.
    """
    gold_labels: dict[Span, Counter[str]] = defaultdict(Counter)
    ours_labels: dict[Span, Counter[str]] = defaultdict(Counter)
    for article, technique, start, end in gold:
        gold_labels[(article, start, end)][technique] += 1
    for article, technique, start, end in predicted:
        ours_labels[(article, start, end)][technique] += 1
    hits: Counter[str] = Counter()
    for span, labels in ours_labels.items():
        hits.update(labels & gold_labels.get(span, Counter()))
    gold_counts = Counter(row[1] for row in gold)
    ours_counts = Counter(row[1] for row in predicted)
    correct = sum(hits.values())
    precision = correct / len(predicted) if predicted else 0.0
    recall = correct / len(gold) if gold else 0.0
    per_technique = {
        name: _harmonic(
            hits[name] / ours_counts[name] if ours_counts[name] else 0.0,
            hits[name] / gold_counts[name] if gold_counts[name] else 0.0,
        )
        for name in sorted(gold_counts | ours_counts)
    }
    return TcScore(_harmonic(precision, recall), correct, len(gold), len(predicted), per_technique)
