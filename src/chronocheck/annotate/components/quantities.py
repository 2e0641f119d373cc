"""The ``chronocheck_quantities`` component: mark quantities as labelled spans.

It runs after ``chronocheck_temporal`` so that numbers inside dates are not
read as amounts. Each quantity becomes one span of ``doc.spans[QUANTITY_SPANS]``
labelled with its kind (count, money, duration, percent, measure), whose
``span._.cc_quantity`` is the parsed :class:`~chronocheck.models.Quantity`.
"""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc, Span

from chronocheck.annotate.extensions import QUANTITY_SPANS
from chronocheck.extract.quantity_matcher import QuantityMatch, find_quantities

LOGGER = logging.getLogger(__name__)


class QuantityTagger:
    """Find quantities and write them to a span group, like spaCy's ``span_ruler``.

    Not a dataclass: spaCy builds components through a factory with ``(nlp, name)``.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        """Build the component.

        Args:
            nlp: The pipeline it belongs to (unused: the grammar needs no vocabulary).
            name: The component's name in the pipeline.
        """
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Mark the quantities of ``doc`` and return it."""
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[QuantityMatch]:
        """Find the quantities of ``doc`` without changing it."""
        return find_quantities(doc)

    def set_annotations(self, doc: Doc, matches: list[QuantityMatch]) -> None:
        """Write ``matches`` to ``doc.spans[QUANTITY_SPANS]``, replacing what was there."""
        spans = []
        for match in matches:
            span = Span(doc, match.start, match.end, label=match.quantity.kind)
            span._.cc_quantity = match.quantity
            spans.append(span)
        doc.spans[QUANTITY_SPANS] = spans
        LOGGER.debug("%s: %d quantities", self.name, len(spans))
