"""A component that starts a new sentence after every line break.

Articles put their dateline, title, captions and paragraphs on lines of their
own. The parser would otherwise run a dateline and a title into the first
sentence ("Monday, March 3, 2025 The war... Few wars lasted..."), and a claim
would swallow them. It runs before the parser, which keeps boundaries set
before it.
"""

from __future__ import annotations

import itertools
import logging

from spacy.language import Language
from spacy.tokens import Doc

LOGGER = logging.getLogger(__name__)


class LineBreakSentencizer:
    """Mark the first token after a line break as a sentence start."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # One pass keeping the token before: indexing the Doc builds a second Token.
        for previous, token in itertools.pairwise(doc):
            if not token.is_space and (
                "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text)
            ):
                token.is_sent_start = True
        return doc
