"""Other systems on NewsQuant: the published figures, and the GPT-3 output re-read.

The figures are the authors' results files (``data/evaluation_output/NewsQuant.csv``
in vivkaz/CQE@b5d713c, and its later version in satya77/CQE_Evaluation@190c0ce
where CQE and quantulum3 differ). The GPT-3 predictions ship with the benchmark;
scoring them with our metric must give the published GPT-3 row exactly, which
checks the metric (see :func:`chronocheck.evaluate.newsquant.score_gpt3_file`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chronocheck.evaluate.newsquant_scoring import NewsquantQuantity

LOGGER = logging.getLogger(__name__)

FIRST_CSV = "vivkaz/CQE@b5d713c data/evaluation_output/NewsQuant.csv"
LATER_CSV = "satya77/CQE_Evaluation@190c0ce data/evaluation_output/NewsQuant.csv"
#: The match types we score, in table order (concepts are not: we do not extract them).
MATCH_TYPES = ("value", "value+unit", "value+change")

#: The entries of the authors' unit dictionary for GPT-3 (``GPT3Tagger`` in their
#: ``tagger.py``) that occur in the shipped prediction file, applied after a final
#: "s" is dropped; the others cannot change its score.
GPT3_UNIT_NAMES: dict[str, str] = {
    "amperes per cm2": "ampere per square centimetre",
    "assists per game": "assist per game",
    "barrel-a-day": "barrel per day",
    "barrels / day": "barrel per day",
    "celsiu": "celsius",
    "cents per share": "cent per share",
    "commercial fishermen": "commercial fisherman",
    "degree celsiu": "celsius",
    "degrees celsiu": "celsius",
    "degrees fahrenheit": "fahrenheit",
    "deputie": "deputy",
    "feet": "foot",
    "gigatonne": "gigaton",
    "gigawatt-hour": "gigawatt hour",
    "kilometer": "kilometre",
    "kilometers / hour": "kilometre per hour",
    "kilopounds per square inch": "kilopound per square inch",
    "kilovolts per centimeter": "kilovolt per centimetre",
    "kilowatt-hour": "kilowatt hour",
    "ksi": "kilopound per square inch",
    "kuna": "croatian kuna",
    "liter": "litre",
    "megabits per second": "megabit per second",
    "meter": "metre",
    "micrometer": "micrometre",
    "miles per gallon": "mile per gallon",
    "miles per hour": "mile per hour",
    "milliampere hour": "milliampere-hour",
    "milliliter": "millilitre",
    "millimeter": "millimetre",
    "nanometer": "nanometre",
    "newton meter": "newton metre",
    "parts per billion": "parts-per-billion",
    "parts per million": "part per million",
    "percent": "percentage",
    "points per game": "point per game",
    "pound-feet": "pound-foot",
    "rand": "south african rand",
    "rebounds per game": "rebound per game",
    "ringgit": "malaysian ringgit",
    "square meter": "square metre",
    "time": "count",
    "touchdown": "touch down",
    "us dollar": "dollar",
    "us fluid ounce": "ounce",
    "us gallon": "gallon",
    "us pint": "pint",
    "us quart": "quart",
    "us$": "dollar",
    "wins above replacement": "win above replacement",
    "yen": "japanese yen",
    "yuan": "chinese yuan",
    "€": "euro",
}
#: GPT-3 writes a rise as "+"; the gold file says "up".
GPT3_CHANGE_NAMES = {"+": "up"}


@dataclass(frozen=True, slots=True)
class PublishedScore:
    """Published precision, recall and F1 of one match type (percent)."""

    precision: float
    recall: float
    f1: float

    def to_dict(self) -> dict[str, float]:
        """JSON-ready fields."""
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True, slots=True)
class NewsquantBaseline:
    """Another system's published NewsQuant row; ``None`` where it was not scored."""

    name: str
    source: str
    value: PublishedScore
    value_unit: PublishedScore
    value_change: PublishedScore | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {
            "name": self.name,
            "source": self.source,
            "value": self.value.to_dict(),
            "value_unit": self.value_unit.to_dict(),
            "value_change": None if self.value_change is None else self.value_change.to_dict(),
        }


NEWSQUANT_BASELINES: tuple[NewsquantBaseline, ...] = (
    NewsquantBaseline(
        "CQE",
        FIRST_CSV,
        PublishedScore(92.0, 91.8, 91.9),
        PublishedScore(85.6, 85.4, 85.5),
        PublishedScore(88.1, 87.9, 88.0),
    ),
    NewsquantBaseline(
        "CQE (latest model)",
        LATER_CSV,
        PublishedScore(92.0, 91.9, 92.0),
        PublishedScore(85.6, 85.5, 85.6),
        PublishedScore(88.2, 88.1, 88.1),
    ),
    NewsquantBaseline(
        "quantulum3", FIRST_CSV, PublishedScore(65.1, 83.3, 73.1), PublishedScore(41.9, 53.7, 47.1)
    ),
    NewsquantBaseline(
        "quantulum3 (later run)",
        LATER_CSV,
        PublishedScore(65.0, 83.3, 73.0),
        PublishedScore(42.1, 53.9, 47.2),
    ),
    NewsquantBaseline(
        "Recognizers-Text",
        FIRST_CSV,
        PublishedScore(59.7, 82.2, 69.1),
        PublishedScore(29.6, 40.7, 34.2),
    ),
    NewsquantBaseline(
        "CogComp quantifier (ccg_nlp)",
        FIRST_CSV,
        PublishedScore(50.6, 66.0, 57.3),
        PublishedScore(32.8, 42.8, 37.1),
        PublishedScore(44.2, 57.6, 50.0),
    ),
    NewsquantBaseline(
        "GPT-3 (text-davinci-003)",
        FIRST_CSV,
        PublishedScore(72.1, 69.1, 70.6),
        PublishedScore(60.3, 57.9, 59.1),
        PublishedScore(53.1, 50.9, 51.9),
    ),
)


def decode_gpt3_quantity(fields: Sequence[str]) -> NewsquantQuantity:
    """Read one GPT-3 answer ``[change, value, unit, normalized unit, concepts]``.

    As the authors' ``GPT3Tagger.decode_output`` does: strip the fields, lower-case
    the normalized unit, drop one final "s", then look it up in
    :data:`GPT3_UNIT_NAMES`; "+" means "up".
    """
    change, value, unit, normalized_unit, concepts = (field.strip() for field in fields[:5])
    name = normalized_unit.lower()
    if name.endswith("s"):
        name = name[:-1]
    return NewsquantQuantity(
        change=GPT3_CHANGE_NAMES.get(change, change),
        value=value,
        unit=unit,
        normalized_unit=GPT3_UNIT_NAMES.get(name, name),
        referred_concepts=concepts,
    )


def read_gpt3_predictions(path: Path) -> dict[str, tuple[NewsquantQuantity, ...]]:
    """Read the GPT-3 prediction file, keyed by sentence.

    An empty answer (``[]``) stands for "nothing found". A sentence that occurs
    twice keeps its first answer, as the authors' scorer does.

    Raises:
        FileNotFoundError: If the file is missing.
    """
    records = json.loads(path.read_text(encoding="utf-8"))
    predictions: dict[str, tuple[NewsquantQuantity, ...]] = {}
    for record in records:
        quantities = tuple(
            decode_gpt3_quantity(answer) for answer in record["quantities"] if answer
        )
        predictions.setdefault(record["text"], quantities)
    LOGGER.debug("read GPT-3 answers for %d sentences from %s", len(predictions), path)
    return predictions
