"""The rhetoric stage's own word tokenization: a regular expression, no spaCy.

The technique tagger reads plain text and character ranges only, so that it can
be trained and scored on the PTC corpus exactly as it runs in the product. A
token is a word (letters and digits, with inner hyphens and apostrophes: "so-called",
"don't") or one character of punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

#: A word with inner hyphens or apostrophes, or a single non-space character.
TOKEN_PATTERN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
#: Quote characters: a word between two of them is inside a quotation.
QUOTES = frozenset("\"“”‘’'«»")


class Token(NamedTuple):
    """One token of a sentence (a named tuple: tokens are made by the thousand).

    Attributes:
        text: The token as written.
        lower: Its lower-cased form (what most features read).
        start: Start offset in the article text.
        end: End offset (exclusive).
    """

    text: str
    lower: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        """Whether the token is a word rather than punctuation."""
        return self.text[0].isalnum() or self.text[0] == "_"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``."""
    stop = len(text) if end is None else end
    return [
        Token(word, word.lower(), m.start(), m.end())
        for m in TOKEN_PATTERN.finditer(text, start, stop)
        for word in (m.group(),)
    ]


def tokenize_sentences(text: str, sentences: Sequence[tuple[int, int]]) -> list[list[Token]]:
    """The tokens of each sentence (half-open character ranges), empty sentences dropped."""
    tokenized = (tokenize(text, start, end) for start, end in sentences)
    return [tokens for tokens in tokenized if tokens]


def quoted_flags(tokens: Sequence[Token]) -> list[bool]:
    """For each token, whether it lies between an opening and a closing quote of its sentence.

    A quote character opens a quotation when it is not glued to the word before it
    (so the apostrophe of "Trump's" opens nothing); the next quote closes it.
    """
    flags: list[bool] = []
    inside = False
    previous_end = -1
    for token in tokens:
        if token.text in QUOTES:
            if inside:
                inside = False
            elif token.start != previous_end:
                inside = True
            flags.append(False)
        else:
            flags.append(inside)
        previous_end = token.end
    return flags
