"""The ``chronocheck_temporal`` component: mark and normalize time expressions.

It runs after ``ner`` (whose DATE/TIME and number labels it uses as hints) and
writes one span per time expression to ``doc.spans["chronocheck_timex"]``. The
span's label is the TIMEX3 type and ``span._.cc_timex`` the grammar's parse,
resolved against ``doc._.cc_dct``.
"""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc, Span

from chronocheck.annotate.extensions import TIMEX_SPANS
from chronocheck.extract.timex_context import apply_context
from chronocheck.extract.timex_grammar import find_timexes
from chronocheck.extract.timex_parse import TimexParse
from chronocheck.extract.timex_resolve import resolve

LOGGER = logging.getLogger(__name__)


class TemporalTagger:
    """Find time expressions with the temporal grammar and resolve them.

    Not a dataclass: spaCy builds it through its factory with ``(nlp, name)``.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        """Create the component.

        Args:
            nlp: The pipeline it belongs to.
            name: Its name in the pipeline.
        """
        self.nlp = nlp
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Mark the time expressions of ``doc``."""
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[tuple[Span, TimexParse]]:
        """Find the time expressions, snapped to tokens, with their context filled in."""
        return apply_context(doc, find_timexes(doc.text))

    def set_annotations(self, doc: Doc, matches: list[tuple[Span, TimexParse]]) -> Doc:
        """Resolve the matches against the document date and write the span group."""
        parses = resolve([parse for _, parse in matches], doc._.cc_dct)
        spans = []
        for (span, _), parse in zip(matches, parses, strict=True):
            timex_span = Span(doc, span.start, span.end, label=parse.type)
            timex_span._.cc_timex = parse
            spans.append(timex_span)
        doc.spans[TIMEX_SPANS] = spans
        LOGGER.debug("%d time expressions", len(spans))
        return doc
