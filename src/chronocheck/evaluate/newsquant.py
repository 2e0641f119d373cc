"""NewsQuant evaluation of the quantity extractor (``chronocheck evaluate quantities``).

NewsQuant (Almasian et al., "CQE: A Comprehensive Quantity Extractor", EMNLP
2023) is 590 English news sentences with 904 gold quantities: value, unit,
change and referred concepts. Each sentence is run through the pipeline with no
creation date, our quantities are mapped onto the gold vocabulary
(:mod:`chronocheck.evaluate.newsquant_units`) and scored with the official
metric (:mod:`chronocheck.evaluate.newsquant_scoring`) on three match types:
value, value+unit and value+change, the types CogComp's quantifier was scored
on. Referred concepts are not scored: chronocheck does not extract them.

**Parts.** NewsQuant has no training split: the whole file is a test set. So
that the extractor is not tuned on what measures it, most of it is held out:

* ``"dev"``: the records whose 0-based index in the file is divisible by 5
  (118 sentences). Developers may read errors only here;
* ``"held-out"``: all the others (472 sentences), scored but never studied;
* ``"all"``: the whole file, the figure to compare with the published table.

The split is by position, fixed, and spreads over the file's sources.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

from spacy.language import Language

from chronocheck.annotate.pipeline import annotate_many
from chronocheck.evaluate.newsquant_baselines import NEWSQUANT_BASELINES, read_gpt3_predictions
from chronocheck.evaluate.newsquant_scoring import (
    NewsquantError,
    NewsquantQuantity,
    NewsquantRecord,
    QuantityCounts,
    TypeScore,
    score_records,
)
from chronocheck.evaluate.newsquant_units import to_newsquant
from chronocheck.extract.quantities import extract_quantities

__all__ = [
    "NEWSQUANT_BASELINES",
    "NewsquantRecord",
    "NewsquantScores",
    "PARTS",
    "Part",
    "evaluate_quantities",
    "load_newsquant",
    "score_gpt3_file",
    "score_prediction_file",
    "select_part",
    "write_quantity_predictions",
]

LOGGER = logging.getLogger(__name__)

Part = Literal["all", "dev", "held-out"]
PARTS: tuple[Part, ...] = get_args(Part)
#: Every DEV_STRIDE-th record (index 0, 5, 10, ...) is in the dev part.
DEV_STRIDE = 5
#: The benchmark's files, relative to its folder.
GOLD_FILE = Path("data/formatted_test_set/NewsQuant.json")
GPT3_FILE = Path("data/gpt_3_output/predictions_NewsQuant.json")
#: Our predictions file, named like the GPT-3 one.
PREDICTIONS_NAME = "predictions_NewsQuant"
#: Sentences per ``nlp.pipe`` batch.
BATCH_SIZE = 64


@dataclass(frozen=True, slots=True)
class NewsquantScores:
    """Scores on a part of NewsQuant (P, R, F1 in percent, one decimal).

    Attributes:
        part: ``"all"``, ``"dev"`` or ``"held-out"``.
        sentences: Sentences scored.
        gold: Gold quantities.
        predicted: Predicted quantities.
        value: Matches by value.
        value_unit: Matches by value and normalized unit.
        value_change: Matches by value and change label.
        errors: Every missed, spurious, wrong-unit and wrong-change quantity.
    """

    part: str
    sentences: int
    gold: int
    predicted: int
    value: TypeScore
    value_unit: TypeScore
    value_change: TypeScore
    errors: tuple[NewsquantError, ...] = field(default=())

    @classmethod
    def from_counts(cls, part: str, counts: QuantityCounts) -> NewsquantScores:
        """Compute the scores from summed counts."""

        def score(true_positives: int) -> TypeScore:
            return TypeScore.from_counts(true_positives, counts.predicted, counts.gold)

        return cls(
            part=part,
            sentences=counts.sentences,
            gold=counts.gold,
            predicted=counts.predicted,
            value=score(counts.value),
            value_unit=score(counts.value_unit),
            value_change=score(counts.value_change),
            errors=counts.errors,
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields, with the published baselines."""
        return {
            "part": self.part,
            "sentences": self.sentences,
            "gold": self.gold,
            "predicted": self.predicted,
            "value": self.value.to_dict(),
            "value_unit": self.value_unit.to_dict(),
            "value_change": self.value_change.to_dict(),
            "errors": [error.to_dict() for error in self.errors],
            "baselines": [baseline.to_dict() for baseline in NEWSQUANT_BASELINES],
        }


def load_newsquant(data_dir: Path) -> list[NewsquantRecord]:
    """Read the gold file of the NewsQuant folder.

    Args:
        data_dir: The benchmark's folder (holding ``data/``).

    Raises:
        FileNotFoundError: If the gold file is missing.
    """
    path = data_dir / GOLD_FILE
    if not path.is_file():
        raise FileNotFoundError(f"No NewsQuant gold file at '{path}'.")
    return read_records(path)


def read_records(path: Path) -> list[NewsquantRecord]:
    """Read a file in the gold layout: a JSON array of ``{"text", "quantities"}``."""
    return [NewsquantRecord.from_dict(item) for item in json.loads(path.read_text("utf-8"))]


def select_part(
    records: Sequence[NewsquantRecord], part: Part
) -> list[tuple[int, NewsquantRecord]]:
    """The records of a part, each with its 0-based index in the file."""
    return [
        (index, record)
        for index, record in enumerate(records)
        if part == "all" or (index % DEV_STRIDE == 0) == (part == "dev")
    ]


def evaluate_quantities(data_dir: Path, *, nlp: Language, part: Part = "all") -> NewsquantScores:
    """Score the quantity extractor on a part of NewsQuant.

    Args:
        data_dir: The benchmark's folder (holding ``data/``).
        nlp: The pipeline (``load_pipeline()``).
        part: ``"all"``, ``"dev"`` (study errors here only) or ``"held-out"``.

    Returns:
        The scores, with every error listed.
    """
    gold = select_part(load_newsquant(data_dir), part)
    predicted = list(predict(nlp, [record.text for _, record in gold]))
    scores = NewsquantScores.from_counts(part, score_records(gold, predicted))
    LOGGER.info(
        "NewsQuant %s: value F1 %.1f, value+unit %.1f, value+change %.1f",
        part,
        scores.value.f1,
        scores.value_unit.f1,
        scores.value_change.f1,
    )
    return scores


def write_quantity_predictions(
    data_dir: Path, out_dir: Path, *, nlp: Language, part: Part = "all"
) -> Path:
    """Run the extractor on a part and write its output in the gold file's layout.

    Returns:
        The file written: ``predictions_NewsQuant.json`` for ``"all"``, else
        ``predictions_NewsQuant.<part>.json``.
    """
    gold = select_part(load_newsquant(data_dir), part)
    texts = [record.text for _, record in gold]
    records = [
        NewsquantRecord(text, quantities)
        for text, quantities in zip(texts, predict(nlp, texts), strict=True)
    ]
    suffix = "" if part == "all" else f".{part}"
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{PREDICTIONS_NAME}{suffix}.json"
    document = [record.to_dict() for record in records]
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def score_prediction_file(data_dir: Path, path: Path, *, part: Part = "all") -> NewsquantScores:
    """Score a predictions file in the gold layout (ours, or any system's).

    Predictions are found by sentence text, the first occurrence winning.

    Raises:
        ValueError: If a sentence of the part has no predictions in the file.
    """
    by_text: dict[str, tuple[NewsquantQuantity, ...]] = {}
    for record in read_records(path):
        by_text.setdefault(record.text, record.quantities)
    return _score_by_text(data_dir, part, by_text, path)


def score_gpt3_file(data_dir: Path) -> NewsquantScores:
    """Score the GPT-3 output shipped with the benchmark on the whole file.

    The published GPT-3 row is 70.6 / 59.1 / 51.9 (value, value+unit,
    value+change F1); getting it digit for digit checks our metric.
    """
    predictions = read_gpt3_predictions(data_dir / GPT3_FILE)
    return _score_by_text(data_dir, "all", predictions, data_dir / GPT3_FILE)


def predict(nlp: Language, texts: Sequence[str]) -> Iterator[tuple[NewsquantQuantity, ...]]:
    """Our quantities of each sentence, in NewsQuant's vocabulary, in order."""
    items = ((text, None, text) for text in texts)
    for doc, text in annotate_many(nlp, items, batch_size=BATCH_SIZE):
        yield tuple(to_newsquant(quantity, text) for quantity in extract_quantities(doc))


def _score_by_text(
    data_dir: Path,
    part: Part,
    predictions: dict[str, tuple[NewsquantQuantity, ...]],
    source: Path,
) -> NewsquantScores:
    gold = select_part(load_newsquant(data_dir), part)
    missing = [record.text for _, record in gold if record.text not in predictions]
    if missing:
        raise ValueError(
            f"{len(missing)} sentences have no predictions in '{source}', e.g. {missing[0]!r}."
        )
    predicted = [predictions[record.text] for _, record in gold]
    return NewsquantScores.from_counts(part, score_records(gold, predicted))
