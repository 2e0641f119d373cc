"""Named entities of the article: people, organizations, places, events, laws."""

from __future__ import annotations

import logging

from spacy.tokens import Doc

from chronocheck.models import EntityMention

LOGGER = logging.getLogger(__name__)

#: spaCy entity labels that name something a claim can involve. Dates, times and
#: numbers are left to the temporal and quantity taggers.
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
)


def extract_entities(doc: Doc) -> tuple[EntityMention, ...]:
    """The named entities of ``doc`` in text order, as plain mentions."""
    return tuple(
        EntityMention(text=ent.text, start=ent.start_char, end=ent.end_char, label=ent.label_)
        for ent in doc.ents
        if ent.label_ in ENTITY_LABELS and "\n" not in ent.text
    )
