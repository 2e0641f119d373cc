"""Extract everything checkable from an annotated article, in one call.

This is the last step that sees spaCy objects: what it returns is made of
``chronocheck.models`` values only.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from spacy.tokens import Doc

from chronocheck.extract.anchors import resolve_event_anchors
from chronocheck.extract.claims import extract_claims
from chronocheck.extract.entities import extract_entities
from chronocheck.extract.quantities import extract_quantities
from chronocheck.extract.times import extract_timexes
from chronocheck.models import Claim, EntityMention, Quantity, Timex

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article.

    Attributes:
        timexes: Time expressions in text order.
        quantities: Quantities in text order.
        entities: Named entities in text order.
        claims: Checkable claims in text order.
        sentences: Each sentence's half-open ``(start, end)`` character range,
            for the stages after this one, which see no spaCy objects.
    """

    timexes: tuple[Timex, ...]
    quantities: tuple[Quantity, ...]
    entities: tuple[EntityMention, ...]
    claims: tuple[Claim, ...]
    sentences: tuple[tuple[int, int], ...] = ()


def extract_article(doc: Doc) -> Extraction:
    """Extract the checkable content of an annotated article.

    Event-anchored dates ("six months before Iraq's invasion") are resolved
    against the events the article dates elsewhere.
    """
    timexes = extract_timexes(doc)
    quantities = extract_quantities(doc)
    entities = extract_entities(doc)
    claims = resolve_event_anchors(doc, extract_claims(doc, timexes, quantities, entities))
    resolved = {t.id: t for claim in claims for t in claim.times}
    return Extraction(
        timexes=tuple(resolved.get(t.id, t) for t in timexes),
        quantities=quantities,
        entities=entities,
        claims=claims,
        sentences=_sentence_ranges(doc),
    )


def _sentence_ranges(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The character range of each sentence that holds more than white space."""
    if not doc.has_annotation("SENT_START"):
        return ((0, len(doc.text)),) if doc.text.strip() else ()
    return tuple((sent.start_char, sent.end_char) for sent in doc.sents if sent.text.strip())
