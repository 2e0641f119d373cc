"""Turn the quantity spans of an annotated Doc into ``Quantity`` values."""

from __future__ import annotations

import logging

from spacy.tokens import Doc

from chronocheck.annotate.extensions import QUANTITY_SPANS
from chronocheck.extract.quantity_matcher import find_quantities
from chronocheck.models import Quantity

LOGGER = logging.getLogger(__name__)


def extract_quantities(doc: Doc) -> tuple[Quantity, ...]:
    """Return the quantities of ``doc`` in text order.

    Reads the spans the ``chronocheck_quantities`` component wrote; a Doc that
    did not go through the component is matched here, without changing it.

    Args:
        doc: An annotated article (tagged and parsed).

    Returns:
        The quantities, ordered by start offset, with offsets into ``doc.text``.
    """
    if QUANTITY_SPANS not in doc.spans:
        LOGGER.debug("no %s span group: matching quantities now", QUANTITY_SPANS)
        return tuple(match.quantity for match in find_quantities(doc))
    spans = sorted(doc.spans[QUANTITY_SPANS], key=lambda span: (span.start_char, span.end_char))
    return tuple(span._.cc_quantity for span in spans if span._.cc_quantity is not None)
