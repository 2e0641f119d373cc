"""Share what neighbouring quantities leave unsaid: a unit, a bound, a change.

"3.9 million headsets, up from 2.4 million" counts headsets twice, and "about 8
or $9" is in dollars twice: a number with no unit of its own borrows the unit
of a quantity next to it in the same sentence when a comparing word joins them.
A conversion in brackets is the same amount in other units, so it takes the
bound and the change of the quantity before it: "lower than 8.90 ksi (61.4 MPa)".
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Doc

from chronocheck.extract.quantity_candidates import QuantityMatch

LOGGER = logging.getLogger(__name__)

#: Words that join two quantities of the same unit: "up from 2.4 million", "8 or $9".
LINK_WORDS = frozenset({"from", "to", "and", "or", "than", "versus", "vs", "vs.", "against"})
#: Most tokens between the two quantities ("headsets up from 2.4 million" is 2).
MAX_LINK_GAP = 3
#: Kinds whose unit a bare number may borrow; not durations: in "for one to two
#: years and 95800 who", 95800 counts people, not years.
LENDING_KINDS = frozenset({"count", "money", "percent", "measure"})
#: The word before the level a change reached: "fell 1.5% to 7,890".
LEVEL_WORD = "to"
FROM = "from"
#: Words between a change and the same change in other units: "fell 120 points, or 1.5%".
RESTATING = ([",", "or"], ["or"])
#: A conversion follows in brackets: "1.8 billion miles (2.8bn km)".
OPENING_BRACKET = "("


def share_units(doc: Doc, matches: list[QuantityMatch]) -> list[QuantityMatch]:
    """Give each bare number the unit of a linked neighbour, the one before it first.

    Args:
        doc: The Doc the matches were read from (parsed, for sentences).
        matches: The quantities found, in text order.

    Returns:
        The same matches, bare numbers given a unit where a neighbour lends one,
        and conversions in brackets the bound and change of what they convert.
    """
    shared = _share_changes(doc, _share_bounds(doc, matches))
    for index, match in enumerate(list(shared)):
        if match.quantity.unit is not None or match.quantity.kind != "count":
            continue
        if _is_word_fraction(match):
            # "slumped by a fifth to $3.4bn": a share of something, in no unit.
            continue
        before = shared[index - 1] if index > 0 else None
        after = shared[index + 1] if index + 1 < len(shared) else None
        if before is not None and _linked(doc, before, match):
            lender = before
        elif after is not None and _linked(doc, match, after, adjacent=True):
            lender = after
        else:
            continue
        if _reached_level(doc, lender, match):
            continue
        if lender.quantity.unit is not None and lender.quantity.kind in LENDING_KINDS:
            borrowed = replace(match.quantity, unit=lender.quantity.unit, kind=lender.quantity.kind)
            shared[index] = replace(match, quantity=borrowed)
    return shared


def _is_word_fraction(match: QuantityMatch) -> bool:
    """A fraction written in words: "half", "a fifth", "two-thirds"."""
    quantity = match.quantity
    return 0 < quantity.value < 1 and not any(char.isdigit() for char in quantity.text)


def _reached_level(doc: Doc, lender: QuantityMatch, match: QuantityMatch) -> bool:
    """A level reached after a change in percent: "fell 1.5%, to 7,890" is no 7,890%.

    "from 5% to 4.75" is the same unit twice: a percent after "from" still lends.
    """
    if lender.end > match.start or lender.quantity.kind != "percent":
        return False
    opened_by_from = lender.start > 0 and doc[lender.start - 1].lower_ == FROM
    return doc[match.start - 1].lower_ == LEVEL_WORD and not opened_by_from


def _linked(
    doc: Doc, first: QuantityMatch, second: QuantityMatch, *, adjacent: bool = False
) -> bool:
    """Whether a link word joins ``first`` and ``second`` in one sentence."""
    between = doc[first.end : second.start]
    if len(between) > (1 if adjacent else MAX_LINK_GAP) or not len(between):
        return False
    # Without sentence boundaries (a tokenizer-only pipeline) a sentence start inside
    # the gap cannot be told: the gap is short and must end with a link word anyway.
    if any(token.is_sent_start for token in doc[first.start + 1 : second.start + 1]):
        return False
    return between[-1].lower_ in LINK_WORDS


def _share_changes(doc: Doc, matches: list[QuantityMatch]) -> list[QuantityMatch]:
    """The same change restated: "fell 120 points, or 1.5%" falls by both."""
    shared = list(matches)
    for index in range(1, len(matches)):
        first, second = shared[index - 1], matches[index]
        between = [token.lower_ for token in doc[first.end : second.start]]
        if between not in RESTATING or first.quantity.change is None or second.quantity.change:
            continue
        if first.quantity.qualifier == "range" or second.quantity.qualifier == "range":
            continue
        restated = replace(second.quantity, change=first.quantity.change)
        shared[index] = replace(second, quantity=restated)
    return shared


def _share_bounds(doc: Doc, matches: list[QuantityMatch]) -> list[QuantityMatch]:
    """Give a conversion in brackets ("8.90 ksi (61.4 MPa)") the bound and change before it."""
    shared = list(matches)
    for index in range(1, len(matches)):
        first, second = shared[index - 1], matches[index]
        bracketed = second.start == first.end + 1 and doc[first.end].text == OPENING_BRACKET
        if not bracketed or second.quantity.qualifier != "exact" or second.quantity.change:
            continue
        if second.quantity.kind != first.quantity.kind or first.quantity.qualifier == "range":
            continue
        converted = replace(
            second.quantity, qualifier=first.quantity.qualifier, change=first.quantity.change
        )
        shared[index] = replace(second, quantity=converted)
    return shared
