"""Custom attributes chronocheck adds to spaCy objects, all prefixed ``cc_``.

Registration is explicit and idempotent: :func:`register_extensions` is called
by the factories module and by tests, never from a component's ``__call__``.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Span

LOGGER = logging.getLogger(__name__)

#: Span group the temporal tagger writes, one span per time expression.
TIMEX_SPANS = "chronocheck_timex"
#: Span group the quantity tagger writes, one span per quantity.
QUANTITY_SPANS = "chronocheck_quantity"


def register_extensions() -> None:
    """Register chronocheck's Doc and Span attributes (safe to call twice)."""
    # Document creation time (a datetime.date): the anchor of relative dates.
    if not Doc.has_extension("cc_dct"):
        Doc.set_extension("cc_dct", default=None)
    # The temporal grammar's parse of a time expression span.
    if not Span.has_extension("cc_timex"):
        Span.set_extension("cc_timex", default=None)
    # The quantity grammar's parse of a quantity span.
    if not Span.has_extension("cc_quantity"):
        Span.set_extension("cc_quantity", default=None)
