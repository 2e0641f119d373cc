"""The values the quantity matcher passes between its steps: numbers, candidates, matches."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from spacy.tokens import Token

from chronocheck.extract.quantity_grammar import NumberParse
from chronocheck.models import Quantity

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """The number part of a candidate: its tokens ``[start, end)`` and values.

    Attributes:
        start: First token of the number.
        end: Token after its last one.
        value: The number, or the lower end of a range.
        high: The upper end of a range.
        parse: How the (first) number was read.
        falling: Whether a "from ... to ..." range runs downwards ("from $36,040
            to $34,935"): ``value`` is then where it ended.
    """

    start: int
    end: int
    value: float
    high: float | None
    parse: NumberParse
    falling: bool = False


@dataclass(frozen=True, slots=True)
class Candidate:
    """A quantity before filtering, with the token positions the filters need.

    Attributes:
        start: First token, qualifier and currency included.
        end: Token after the last one, unit included.
        number: The number's tokens and value.
        quantity: The parse, with character offsets.
        unit_token: The unit or counted-noun token, if any.
        explicit_qualifier: Whether a qualifier word was written.
    """

    start: int
    end: int
    number: NumberSpan
    quantity: Quantity
    unit_token: Token | None
    explicit_qualifier: bool


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """A quantity found in a Doc: its tokens ``[start, end)`` and its parse."""

    start: int
    end: int
    quantity: Quantity
