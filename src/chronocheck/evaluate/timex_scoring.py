"""Token-level matching of system and gold TIMEX3s, as the TempEval-3 scorer does it."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from chronocheck.evaluate.timeml import TimemlDocument, TimemlTimex

LOGGER = logging.getLogger(__name__)

ErrorKind = Literal["missed", "spurious", "span", "type", "value"]

#: Words and single punctuation marks; abbreviations like "p.m" and "U.S" stay whole.
_TOKEN_RE = re.compile(r"\w+(?:[.'\u2019]\w+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class TimexError:
    """One disagreement with the gold annotation."""

    file: str
    kind: ErrorKind
    text: str
    gold: str | None
    predicted: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {
            "file": self.file,
            "kind": self.kind,
            "text": self.text,
            "gold": self.gold,
            "predicted": self.predicted,
        }


@dataclass(frozen=True, slots=True)
class TimexCounts:
    """Match counts of one or more documents; add them up with ``+``."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    same_type: int = 0
    same_value: int = 0
    errors: tuple[TimexError, ...] = field(default=())

    def __add__(self, other: TimexCounts) -> TimexCounts:
        return TimexCounts(
            self.gold + other.gold,
            self.system + other.system,
            self.strict + other.strict,
            self.relaxed + other.relaxed,
            self.same_type + other.same_type,
            self.same_value + other.same_value,
            self.errors + other.errors,
        )


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token character spans, punctuation split off words as TE3's tokenizer does."""
    return [match.span() for match in _TOKEN_RE.finditer(text)]


def token_range(tokens: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """Indices of the first and last token overlapping ``[start, end)``; (-1, -1) if none."""
    inside = [index for index, (left, right) in enumerate(tokens) if left < end and right > start]
    return (inside[0], inside[-1]) if inside else (-1, -1)


def score_document(document: TimemlDocument, predicted: Sequence[TimemlTimex]) -> TimexCounts:
    """Match a document's predicted timexes against its gold ones.

    Each gold timex is paired with the first unpaired prediction whose tokens
    overlap it (relaxed match); the pair matches strictly if the tokens are the same.

    Returns:
        The counts and the list of errors.
    """
    tokens = tokenize(document.text)
    gold = [(token_range(tokens, t.start, t.end), t) for t in document.timexes]
    system = [(token_range(tokens, t.start, t.end), t) for t in predicted]
    paired: set[int] = set()
    strict = same_type = same_value = 0
    errors: list[TimexError] = []
    for (gold_first, gold_last), gold_timex in gold:
        match = next(
            (
                index
                for index, ((first, last), _) in enumerate(system)
                if index not in paired and first <= gold_last and last >= gold_first and first >= 0
            ),
            None,
        )
        text = document.text[gold_timex.start : gold_timex.end]
        if match is None:
            errors.append(TimexError(document.name, "missed", text, gold_timex.value, None))
            continue
        paired.add(match)
        (first, last), system_timex = system[match]
        strict += (first, last) == (gold_first, gold_last)
        same_type += system_timex.type == gold_timex.type
        same_value += system_timex.value == gold_timex.value
        predicted_text = document.text[system_timex.start : system_timex.end]
        if (first, last) != (gold_first, gold_last):
            errors.append(TimexError(document.name, "span", text, text, predicted_text))
        if system_timex.type != gold_timex.type:
            errors.append(
                TimexError(document.name, "type", text, gold_timex.type, system_timex.type)
            )
        if system_timex.value != gold_timex.value:
            errors.append(
                TimexError(document.name, "value", text, gold_timex.value, system_timex.value)
            )
    for index, (_, system_timex) in enumerate(system):
        if index not in paired:
            text = document.text[system_timex.start : system_timex.end]
            errors.append(TimexError(document.name, "spurious", text, None, system_timex.value))
    return TimexCounts(
        gold=len(gold),
        system=len(system),
        strict=strict,
        relaxed=len(paired),
        same_type=same_type,
        same_value=same_value,
        errors=tuple(errors),
    )
