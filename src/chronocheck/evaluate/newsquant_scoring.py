"""The official NewsQuant metric (Almasian et al., EMNLP 2023), over plain records.

A re-implementation of ``calculate_metrics`` in the authors' ``evaluate_models.py``
(vivkaz/CQE@b5d713c), kept exact because the published table depends on its
quirks. Within a sentence, gold and predicted quantities are each sorted by
normalized unit; every gold quantity in turn scans the predictions still
unused, and on each *value* match (``numpy.isclose`` with rtol 1e-5, atol 1e-8;
a range matches only a range):

* ``value`` counts one, at most as many times per sentence as it has gold quantities;
* ``value+change`` counts one when the change labels are equal (no cap, unit not needed);
* ``value+unit`` counts one when the lower-cased normalized units are equal, and
  only then is the prediction used up and the scan stopped.

So a prediction with the right value and the wrong unit can give value hits to
several gold quantities. Precision and recall divide by all predicted and all
gold quantities of the file; figures are percentages rounded to one decimal.
Referred concepts are not scored here: chronocheck does not extract them.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

LOGGER = logging.getLogger(__name__)

#: numpy.isclose's defaults, which the official scorer uses.
RELATIVE_TOLERANCE = 1e-05
ABSOLUTE_TOLERANCE = 1e-08
#: What a gold file writes when a quantity has no unit or no concept.
NO_UNIT = "-"

#: A number, or the (low, high) ends of a range.
Value = float | tuple[float, float]
ErrorKind = Literal["missed", "spurious", "unit", "change"]


@dataclass(frozen=True, slots=True)
class NewsquantQuantity:
    """One quantity as the gold file writes it: five strings.

    Attributes:
        change: ``"="``, ``"~"``, ``"up"``, ``"down"``, ``">"`` or ``"<"``.
        value: The number (``"2300000000"``) or a range (``"12-120"``).
        unit: The unit as written in the text (not scored).
        normalized_unit: The unit's name in the gold vocabulary, ``"-"`` for none.
        referred_concepts: What the quantity is about, ``"-"`` for none (not scored).
    """

    change: str
    value: str
    unit: str
    normalized_unit: str
    referred_concepts: str = NO_UNIT

    def to_dict(self) -> dict[str, str]:
        """The gold file's layout."""
        return {
            "change": self.change,
            "value": self.value,
            "unit": self.unit,
            "normalized_unit": self.normalized_unit,
            "referred_concepts": self.referred_concepts,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NewsquantQuantity:
        """Read one quantity of the gold file's layout."""
        return cls(
            change=str(data["change"]),
            value=str(data["value"]),
            unit=str(data.get("unit", NO_UNIT)),
            normalized_unit=str(data["normalized_unit"]),
            referred_concepts=str(data.get("referred_concepts", NO_UNIT)),
        )

    def describe(self) -> str:
        """A short form for error listings: ``"7 percentage (down)"``."""
        return f"{self.value} {self.normalized_unit} ({self.change})"


@dataclass(frozen=True, slots=True)
class NewsquantRecord:
    """One sentence with its quantities."""

    text: str
    quantities: tuple[NewsquantQuantity, ...]

    def to_dict(self) -> dict[str, Any]:
        """The gold file's layout."""
        return {"text": self.text, "quantities": [q.to_dict() for q in self.quantities]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NewsquantRecord:
        """Read one element of the gold file's array."""
        quantities = tuple(NewsquantQuantity.from_dict(q) for q in data["quantities"])
        return cls(text=str(data["text"]), quantities=quantities)


@dataclass(frozen=True, slots=True)
class NewsquantError:
    """One disagreement in a sentence, for studying errors.

    Attributes:
        index: The sentence's 0-based position in the gold file.
        kind: ``missed`` (no prediction has the gold value), ``spurious`` (the
            prediction's value is in no gold quantity), ``unit`` or ``change``
            (the value matched but no matching prediction had that unit or change).
        text: The sentence.
        gold: The gold quantity, described.
        predicted: The prediction, described.
    """

    index: int
    kind: ErrorKind
    text: str
    gold: str | None
    predicted: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {
            "index": self.index,
            "kind": self.kind,
            "text": self.text,
            "gold": self.gold,
            "predicted": self.predicted,
        }


@dataclass(frozen=True, slots=True)
class QuantityCounts:
    """Match counts of one or more sentences; add them up with ``+``."""

    sentences: int = 0
    gold: int = 0
    predicted: int = 0
    value: int = 0
    value_unit: int = 0
    value_change: int = 0
    errors: tuple[NewsquantError, ...] = field(default=())

    def __add__(self, other: QuantityCounts) -> QuantityCounts:
        return QuantityCounts(
            self.sentences + other.sentences,
            self.gold + other.gold,
            self.predicted + other.predicted,
            self.value + other.value,
            self.value_unit + other.value_unit,
            self.value_change + other.value_change,
            self.errors + other.errors,
        )


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Precision, recall and F1 of one match type, in percent rounded to one decimal."""

    true_positives: int
    predicted: int
    gold: int
    precision: float
    recall: float
    f1: float

    @classmethod
    def from_counts(cls, true_positives: int, predicted: int, gold: int) -> TypeScore:
        """Score as ``get_fscores`` does: F1 from unrounded P and R, then round.

        An empty denominator gives 0 where the official script would divide by zero.
        """
        precision = true_positives / predicted if predicted else 0.0
        recall = true_positives / gold if gold else 0.0
        if precision + recall == 0:
            return cls(true_positives, predicted, gold, 0.0, 0.0, 0.0)
        f1 = 2.0 * precision * recall / (precision + recall)
        return cls(
            true_positives,
            predicted,
            gold,
            round(precision * 100, 1),
            round(recall * 100, 1),
            round(f1 * 100, 1),
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {
            "true_positives": self.true_positives,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def parse_value(text: str) -> Value:
    """Read a value string as the official ``decode_dictionary`` does.

    A string with a ``-`` that does not start with one and has no ``E`` is a
    range (its first two parts); anything else is one float.

    Raises:
        ValueError: If a part is not a number.
    """
    if "E" not in text and not text.startswith("-") and "-" in text:
        low, high = text.split("-")[:2]
        return float(low), float(high)
    return float(text)


def values_match(gold: Value, predicted: Value) -> bool:
    """Whether two values are equal within ``numpy.isclose`` tolerance.

    The tolerance is relative to the *predicted* value, as in ``numpy.isclose(gold,
    predicted)``; a range matches only a range, end by end.
    """
    if isinstance(gold, tuple) and isinstance(predicted, tuple):
        return _isclose(gold[0], predicted[0]) and _isclose(gold[1], predicted[1])
    if isinstance(gold, tuple) or isinstance(predicted, tuple):
        return False
    return _isclose(gold, predicted)


def _isclose(gold: float, predicted: float) -> bool:
    # numpy.isclose: infinities match only themselves, NaN matches nothing.
    if math.isinf(gold) or math.isinf(predicted):
        return gold == predicted
    return abs(gold - predicted) <= ABSOLUTE_TOLERANCE + RELATIVE_TOLERANCE * abs(predicted)


def score_sentence(
    index: int, gold: NewsquantRecord, predicted: Sequence[NewsquantQuantity]
) -> QuantityCounts:
    """Match one sentence's predictions against its gold quantities.

    Args:
        index: The sentence's position in the gold file (carried into errors).
        gold: The gold record.
        predicted: The system's quantities for that sentence.

    Returns:
        The counts, with the sentence's errors.

    Raises:
        ValueError: If a gold value is not a number or a range.
    """
    gold_sorted = sorted(gold.quantities, key=lambda quantity: quantity.normalized_unit)
    # Entries are (position in `predicted`, quantity, parsed value); used ones are removed.
    unused = sorted(
        (
            (position, quantity, _parse_predicted(quantity.value))
            for position, quantity in enumerate(predicted)
        ),
        key=lambda entry: entry[1].normalized_unit,
    )
    value_budget = len(gold.quantities)
    value = value_unit = value_change = 0
    value_matched: set[int] = set()
    errors: list[NewsquantError] = []
    for gold_quantity in gold_sorted:
        gold_value = parse_value(gold_quantity.value)
        gold_unit = gold_quantity.normalized_unit.lower()
        first_match: NewsquantQuantity | None = None
        same_change = same_unit = False
        for slot, (position, quantity, predicted_value) in enumerate(unused):
            if predicted_value is None or not values_match(gold_value, predicted_value):
                continue
            value_matched.add(position)
            if first_match is None:
                first_match = quantity
            if value_budget > 0:
                value += 1
                value_budget -= 1
            if quantity.change == gold_quantity.change:
                value_change += 1
                same_change = True
            if quantity.normalized_unit.lower() == gold_unit:
                value_unit += 1
                same_unit = True
                del unused[slot]
                break
        errors.extend(
            _gold_errors(index, gold.text, gold_quantity, first_match, same_unit, same_change)
        )
    errors.extend(
        NewsquantError(index, "spurious", gold.text, None, quantity.describe())
        for position, quantity in enumerate(predicted)
        if position not in value_matched
    )
    return QuantityCounts(
        sentences=1,
        gold=len(gold.quantities),
        predicted=len(predicted),
        value=value,
        value_unit=value_unit,
        value_change=value_change,
        errors=tuple(errors),
    )


def _parse_predicted(text: str) -> Value | None:
    # The official script parses a prediction only when a gold quantity is compared
    # with it, and crashes on a bad one ("1:36.6" in GPT-3's output, in a sentence
    # without gold quantities); here a value that is not a number matches nothing.
    try:
        return parse_value(text)
    except ValueError:
        LOGGER.debug("predicted value %r is not a number", text)
        return None


def _gold_errors(
    index: int,
    text: str,
    gold: NewsquantQuantity,
    first_match: NewsquantQuantity | None,
    same_unit: bool,
    same_change: bool,
) -> list[NewsquantError]:
    if first_match is None:
        return [NewsquantError(index, "missed", text, gold.describe(), None)]
    wrong: list[tuple[ErrorKind, bool]] = [("unit", same_unit), ("change", same_change)]
    return [
        NewsquantError(index, kind, text, gold.describe(), first_match.describe())
        for kind, right in wrong
        if not right
    ]


def score_records(
    gold: Sequence[tuple[int, NewsquantRecord]],
    predicted: Sequence[Sequence[NewsquantQuantity]],
) -> QuantityCounts:
    """Sum :func:`score_sentence` over sentences.

    Args:
        gold: ``(index in the gold file, record)`` pairs.
        predicted: The predictions for each of them, in the same order.

    Raises:
        ValueError: If the two sequences differ in length.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted ones.")
    total = QuantityCounts()
    for (index, record), quantities in zip(gold, predicted, strict=True):
        total = total + score_sentence(index, record, quantities)
    return total
