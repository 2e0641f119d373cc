"""TempEval-3 Task A evaluation of the temporal tagger (TIMEX3 extraction and normalization).

The metric follows the official TE3 scorer: texts are tokenized, a system timex
matches a gold one *strictly* when their token spans are identical and *relaxed*
when they overlap; precision, recall and F1 are micro-averaged over all files;
type and value accuracy are taken over relaxed matches, and attribute F1 is
accuracy times relaxed F1. The TIMEX3 in ``<DCT>`` is not scored; its value is
the document creation time given to the tagger.

TempEval-3 convention differs from ours in two places, and predictions are
exported in TE3 convention (see :func:`te3_timexes`): an offset anchored on a
date or an event ("eight days after its issuance") is annotated in TE3 as its
duration ("eight days", DURATION P8D), and an interval ("between 1983 and 1986")
as its two ends.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from spacy.language import Language

from chronocheck.annotate.extensions import TIMEX_SPANS
from chronocheck.annotate.pipeline import annotate_many
from chronocheck.evaluate.timeml import TimemlDocument, TimemlTimex, read_timeml, render_timeml
from chronocheck.evaluate.timex_scoring import TimexCounts, TimexError, score_document
from chronocheck.extract.timex_parse import TimexParse

LOGGER = logging.getLogger(__name__)

Split = Literal["test", "train"]

#: Where each split lives under the TempEval-3 data directory.
SPLIT_DIRS: dict[str, tuple[str, ...]] = {
    "test": ("Evaluation/te3-platinum",),
    "train": ("Training/TBAQ-cleaned/TimeBank", "Training/TBAQ-cleaned/AQUAINT"),
}
#: Documents per ``nlp.pipe`` batch.
BATCH_SIZE = 16


@dataclass(frozen=True, slots=True)
class Baseline:
    """Published or measured scores of another tagger, to print beside ours (F1 in %)."""

    name: str
    source: str
    value_f1: float
    strict_f1: float | None = None
    relaxed_f1: float | None = None
    type_f1: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {
            "name": self.name,
            "source": self.source,
            "strict_f1": self.strict_f1,
            "relaxed_f1": self.relaxed_f1,
            "type_f1": self.type_f1,
            "value_f1": self.value_f1,
        }


BASELINES: tuple[Baseline, ...] = (
    Baseline("HeidelTime", "TempEval-3 published results (platinum test)", value_f1=77.61),
    Baseline("SUTime", "TempEval-3 published results (platinum test)", value_f1=67.38),
    Baseline(
        "HeidelTime (measured here)",
        "run by a colleague on this machine, platinum test",
        value_f1=78.07,
        strict_f1=81.78,
        relaxed_f1=90.71,
        type_f1=83.27,
    ),
)


@dataclass(frozen=True, slots=True)
class TimexScores:
    """TE3 Task A scores over a split (all figures are percentages, 0..100)."""

    split: str
    files: int
    gold: int
    system: int
    strict_matches: int
    relaxed_matches: int
    strict_precision: float
    strict_recall: float
    strict_f1: float
    relaxed_precision: float
    relaxed_recall: float
    relaxed_f1: float
    type_accuracy: float
    type_f1: float
    value_accuracy: float
    value_f1: float
    errors: tuple[TimexError, ...] = field(default=())

    @classmethod
    def from_counts(cls, split: str, files: int, counts: TimexCounts) -> TimexScores:
        """Compute the scores from summed counts."""
        strict = _prf(counts.strict, counts.system, counts.gold)
        relaxed = _prf(counts.relaxed, counts.system, counts.gold)
        type_accuracy = _percent(counts.same_type, counts.relaxed)
        value_accuracy = _percent(counts.same_value, counts.relaxed)
        return cls(
            split=split,
            files=files,
            gold=counts.gold,
            system=counts.system,
            strict_matches=counts.strict,
            relaxed_matches=counts.relaxed,
            strict_precision=strict[0],
            strict_recall=strict[1],
            strict_f1=strict[2],
            relaxed_precision=relaxed[0],
            relaxed_recall=relaxed[1],
            relaxed_f1=relaxed[2],
            type_accuracy=type_accuracy,
            type_f1=round(type_accuracy * relaxed[2] / 100, 2),
            value_accuracy=value_accuracy,
            value_f1=round(value_accuracy * relaxed[2] / 100, 2),
            errors=counts.errors,
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields, with the baselines."""
        fields = {name: getattr(self, name) for name in self.__slots__ if name != "errors"}
        fields["errors"] = [error.to_dict() for error in self.errors]
        fields["baselines"] = [baseline.to_dict() for baseline in BASELINES]
        return fields


def evaluate_timex(data_dir: Path, *, split: Split = "test", nlp: Language) -> TimexScores:
    """Score the temporal tagger on a TempEval-3 split.

    Args:
        data_dir: The TempEval-3 directory (holding ``Evaluation/`` and ``Training/``).
        split: ``"test"`` (the 20 platinum documents) or ``"train"`` (TBAQ-cleaned).
        nlp: A pipeline with the ``chronocheck_temporal`` component.

    Returns:
        The scores, with every error listed.
    """
    documents = load_split(data_dir, split)
    total = TimexCounts()
    for document, predicted in zip(documents, predict(nlp, documents), strict=True):
        total = total + score_document(document, predicted)
    scores = TimexScores.from_counts(split, len(documents), total)
    LOGGER.info("TE3 %s: value F1 %.2f over %d files", split, scores.value_f1, len(documents))
    return scores


def write_predictions(
    data_dir: Path, out_dir: Path, *, nlp: Language, split: Split = "test"
) -> list[Path]:
    """Tag a split and write one TimeML file per document, named like the gold file.

    Returns:
        The paths written.
    """
    documents = load_split(data_dir, split)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for document, predicted in zip(documents, predict(nlp, documents), strict=True):
        path = out_dir / document.name
        path.write_text(render_timeml(document, predicted), encoding="utf-8")
        written.append(path)
    return written


def load_split(data_dir: Path, split: Split) -> list[TimemlDocument]:
    """Read every ``.tml`` file of a split, sorted by name.

    Raises:
        FileNotFoundError: If the split's directory is missing or empty.
    """
    paths = sorted(path for sub in SPLIT_DIRS[split] for path in (data_dir / sub).glob("*.tml"))
    if not paths:
        raise FileNotFoundError(f"No .tml files for split '{split}' under '{data_dir}'.")
    return [read_timeml(path) for path in paths]


def predict(
    nlp: Language, documents: Sequence[TimemlDocument]
) -> Iterator[tuple[TimemlTimex, ...]]:
    """Tag each document's text with its creation date; yield TE3-convention timexes."""
    items = ((document.text, document.dct, document.name) for document in documents)
    for doc, _ in annotate_many(nlp, items, batch_size=BATCH_SIZE):
        parses = [span._.cc_timex for span in doc.spans.get(TIMEX_SPANS, [])]
        yield tuple(timex for parse in parses if parse is not None for timex in te3_timexes(parse))


def te3_timexes(parse: TimexParse) -> list[TimemlTimex]:
    """A parse in TempEval-3 convention: its parts if it has any, else itself.

    An anchored offset is exported as its duration part and an interval as its
    two ends, which is how TE3 gold annotates them. Unknown values are written
    as empty strings.
    """
    if parse.parts:
        return [timex for part in parse.parts for timex in te3_timexes(part)]
    return [TimemlTimex(parse.start, parse.end, parse.type, parse.value or "")]


def _percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 2) if whole else 0.0


def _prf(matches: int, system: int, gold: int) -> tuple[float, float, float]:
    precision, recall = _percent(matches, system), _percent(matches, gold)
    f1 = round(2 * precision * recall / (precision + recall), 2) if precision + recall else 0.0
    return precision, recall, f1
