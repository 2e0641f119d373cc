"""Every chronocheck pipeline component is registered here, in one place.

The same factories are exposed through the ``spacy_factories`` entry point, so
``nlp.add_pipe("chronocheck_temporal")`` works wherever chronocheck is installed.
"""

# No "from __future__ import annotations": spaCy validates factory signatures with
# pydantic, which needs real types, not strings.

from spacy.language import Language

from chronocheck.annotate.components.line_breaks import LineBreakSentencizer
from chronocheck.annotate.components.quantities import QuantityTagger
from chronocheck.annotate.components.temporal import TemporalTagger
from chronocheck.annotate.extensions import register_extensions

register_extensions()


@Language.factory("chronocheck_line_breaks", assigns=["token.is_sent_start"])
def make_line_break_sentencizer(nlp: Language, name: str) -> LineBreakSentencizer:
    """Build the component that starts a sentence after each line break."""
    return LineBreakSentencizer(nlp, name)


@Language.factory(
    "chronocheck_temporal",
    assigns=["doc.spans", "span._.cc_timex"],
    requires=["doc.ents"],
)
def make_temporal_tagger(nlp: Language, name: str) -> TemporalTagger:
    """Build the component that marks time expressions."""
    return TemporalTagger(nlp, name)


@Language.factory(
    "chronocheck_quantities",
    assigns=["doc.spans", "span._.cc_quantity"],
    requires=["doc.spans", "token.pos"],
)
def make_quantity_tagger(nlp: Language, name: str) -> QuantityTagger:
    """Build the component that marks quantities."""
    return QuantityTagger(nlp, name)
