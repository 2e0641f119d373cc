"""CLEF-2019 CheckThat! Task 1: rank the sentences of debates by check-worthiness (#6).

The data (``../shared/benchmarks/checkthat2019``) holds debate and speech
transcripts as TSV files, ``line_number<TAB>speaker<TAB>sentence<TAB>label``.
The official metric ranks each transcript's lines by score, highest first (ties
in file order, as the official scorer's stable sort leaves them), and computes:

* average precision: the mean, over the positive lines, of the precision at
  the rank of each, averaged over the transcripts (MAP, the task's ranking metric);
* R-precision: the precision among the first R lines, R being the number of positives;
* P@k: the share of positives among the first k lines.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chronocheck.errors import ConfigError
from chronocheck.rhetoric.checkworthiness import score_checkworthiness, tokenize

#: The cut-offs of the P@k figures shown.
CUTOFFS = (5, 10, 20)
#: Folders of the two splits under the data folder.
SPLITS = {"test": "data/test_annotated", "train": "data/training"}
#: Shuffles averaged for the random baseline: enough for its MAP to be stable to 0.001.
RANDOM_RUNS = 200
#: The random baseline's seed, for repeatable figures.
RANDOM_SEED = 2019

#: Scores a transcript's sentences, in order.
Scorer = Callable[[Sequence[str]], list[float]]


@dataclass(frozen=True, slots=True)
class Line:
    """One sentence of a transcript."""

    number: int
    speaker: str
    text: str
    label: bool


@dataclass(frozen=True, slots=True)
class Transcript:
    """One debate or speech: its file name (without ``.tsv``) and lines."""

    name: str
    lines: tuple[Line, ...]

    @property
    def texts(self) -> list[str]:
        """The sentences, in order."""
        return [line.text for line in self.lines]


@dataclass(frozen=True, slots=True)
class RankingScores:
    """The official figures of one ranking, or their means over transcripts.

    Attributes:
        average_precision: AP (MAP for a mean).
        r_precision: Precision among the first R lines, R = number of positives.
        precision_at: P@k for each k of :data:`CUTOFFS`.
    """

    average_precision: float
    r_precision: float
    precision_at: tuple[float, ...]

    def to_dict(self) -> dict[str, float]:
        """JSON-ready figures: ``map``, ``r_precision``, ``p@5``..."""
        figures = {"map": self.average_precision, "r_precision": self.r_precision}
        figures |= {f"p@{k}": p for k, p in zip(CUTOFFS, self.precision_at, strict=True)}
        return {name: round(value, 4) for name, value in figures.items()}


@dataclass(frozen=True, slots=True)
class Published:
    """A system's published figures on the CheckThat! 2019 Task 1 test set."""

    name: str
    scores: RankingScores


#: The best primary run of the lab (Copenhagen), from the task repository's leaderboard.
PUBLISHED_BEST = Published(
    "best 2019 (Copenhagen)", RankingScores(0.1660, 0.1387, (0.2571, 0.2286, 0.1571))
)


def read_transcript(path: Path) -> Transcript:
    """Read one TSV transcript; the label column may be absent (read as 0)."""
    lines = []
    for row in path.read_text(encoding="utf-8").splitlines():
        if not row.strip():
            continue
        fields = row.split("\t")
        label = fields[3].strip() == "1" if len(fields) > 3 else False
        lines.append(Line(int(fields[0]), fields[1], fields[2], label))
    return Transcript(path.stem, tuple(lines))


def load_split(data: Path, split: str) -> list[Transcript]:
    """The transcripts of ``split`` (``test`` or ``train``), in name order.

    Raises:
        ConfigError: If the split's folder holds no transcript.
    """
    paths = sorted((data / SPLITS[split]).glob("*.tsv"))
    if not paths:
        raise ConfigError(f"No CheckThat! transcripts in '{data / SPLITS[split]}'.")
    return [read_transcript(path) for path in paths]


def ranked_labels(labels: Sequence[bool], scores: Sequence[float]) -> list[bool]:
    """The labels in the order of the ranking: highest score first, ties in input order."""
    order = sorted(range(len(scores)), key=lambda index: -scores[index])
    return [labels[index] for index in order]


def average_precision(ranked: Sequence[bool]) -> float:
    """Mean precision at the rank of each positive (0 without positives)."""
    hits = 0
    total = 0.0
    for rank, positive in enumerate(ranked, start=1):
        if positive:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def r_precision(ranked: Sequence[bool]) -> float:
    """Share of positives among the first R lines, R the number of positives (0 without)."""
    count = sum(ranked)
    return sum(ranked[:count]) / count if count else 0.0


def precision_at(ranked: Sequence[bool], k: int) -> float:
    """Share of positives among the first ``k`` lines (missing lines count as negatives)."""
    return sum(ranked[:k]) / k


def score_ranking(labels: Sequence[bool], scores: Sequence[float]) -> RankingScores:
    """The official figures of one transcript's scores."""
    ranked = ranked_labels(labels, scores)
    return RankingScores(
        average_precision(ranked),
        r_precision(ranked),
        tuple(precision_at(ranked, k) for k in CUTOFFS),
    )


def mean_scores(scores: Sequence[RankingScores]) -> RankingScores:
    """The figures averaged over transcripts (the official aggregate)."""
    return RankingScores(
        statistics.fmean(s.average_precision for s in scores),
        statistics.fmean(s.r_precision for s in scores),
        tuple(
            statistics.fmean(column)
            for column in zip(*(s.precision_at for s in scores), strict=True)
        ),
    )


def score_transcripts(transcripts: Sequence[Transcript], scorer: Scorer) -> list[RankingScores]:
    """Each transcript's figures under ``scorer``."""
    return [score_ranking([line.label for line in t.lines], scorer(t.texts)) for t in transcripts]


def length_scorer(texts: Sequence[str]) -> list[float]:
    """The sentence-length baseline: longer sentences first."""
    return [float(len(tokenize(text))) for text in texts]


def random_baseline(transcripts: Sequence[Transcript]) -> RankingScores:
    """The figures of random rankings, averaged over :data:`RANDOM_RUNS` seeded shuffles."""
    generator = random.Random(RANDOM_SEED)
    runs = []
    for _ in range(RANDOM_RUNS):
        runs.append(
            mean_scores(
                score_transcripts(transcripts, lambda texts: [generator.random() for _ in texts])
            )
        )
    return mean_scores(runs)


@dataclass(frozen=True, slots=True)
class CheckthatEvaluation:
    """Our figures on a split, per transcript and averaged, and the baselines'."""

    split: str
    transcripts: tuple[Transcript, ...]
    per_transcript: tuple[RankingScores, ...]
    mean: RankingScores
    baselines: tuple[Published, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures."""
        return {
            "split": self.split,
            "transcripts": len(self.transcripts),
            "sentences": sum(len(t.lines) for t in self.transcripts),
            "positives": sum(line.label for t in self.transcripts for line in t.lines),
            **self.mean.to_dict(),
            "per_transcript": {
                t.name: s.to_dict()
                for t, s in zip(self.transcripts, self.per_transcript, strict=True)
            },
            "baselines": [{"name": b.name, **b.scores.to_dict()} for b in self.baselines],
        }


def evaluate_checkworthiness(data: Path, split: str = "test") -> CheckthatEvaluation:
    """Score the shipped model on a CheckThat! split, beside the baselines.

    Args:
        data: The ``checkthat2019`` folder.
        split: ``test`` (the gold test transcripts) or ``train``.

    Returns:
        Our figures and the baselines': the published best (test only), random
        order and sentence length.
    """
    transcripts = load_split(data, split)
    ours = score_transcripts(transcripts, score_checkworthiness)
    baselines = [
        Published("random order", random_baseline(transcripts)),
        Published("sentence length", mean_scores(score_transcripts(transcripts, length_scorer))),
    ]
    if split == "test":
        baselines.insert(0, PUBLISHED_BEST)
    return CheckthatEvaluation(
        split, tuple(transcripts), tuple(ours), mean_scores(ours), tuple(baselines)
    )


def write_predictions(transcripts: Sequence[Transcript], folder: Path) -> list[Path]:
    """Write the model's scores, one ``<name>.tsv`` of ``line_number<TAB>score`` per transcript."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for transcript in transcripts:
        path = folder / f"{transcript.name}.tsv"
        scores = score_checkworthiness(transcript.texts)
        rows = (
            f"{line.number}\t{score:.6f}\n"
            for line, score in zip(transcript.lines, scores, strict=True)
        )
        path.write_text("".join(rows), encoding="utf-8")
        written.append(path)
    return written
