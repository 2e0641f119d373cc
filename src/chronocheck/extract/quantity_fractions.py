"""Read fractions of a whole: "a third of", "two-thirds of", "half of", "1/16 of", "fell by half".

Pure Python, no spaCy, like :mod:`chronocheck.extract.quantity_grammar`, whose
number words and :class:`~chronocheck.extract.quantity_grammar.NumberParse` it uses.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from chronocheck.extract.quantity_grammar import (
    ARTICLES,
    HYPHENS,
    SCALE_WORDS,
    NumberParse,
    parse_small_word,
)
from chronocheck.extract.quantity_numerals import parse_slash_fraction

LOGGER = logging.getLogger(__name__)

#: Denominators of fractions of a whole, "a third of", "two-thirds of", "three quarters of".
DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "eighth": 8,
    "eighths": 8,
    "tenth": 10,
    "tenths": 10,
}
#: The word that must follow a fraction of a whole: "a third of", never "a third".
FRACTION_OF = "of"
#: Words that may follow a fraction standing without "of" ("fell by half in a year").
BARE_FRACTION_FOLLOWERS = frozenset(
    "to from in on since over and but while as after during last this year".split()
)
#: Longest fraction phrase, in words: "two - thirds of a million".
FRACTION_WORDS_READ = 6


def parse_fraction(words: Sequence[str], *, bare: bool = False) -> NumberParse | None:
    """Read a fraction of a whole: "a third of", "two-thirds of", "half of", "1/16 of".

    The fraction must be followed by "of", which it does not take; "a quarter
    of a million" is read whole, as 250,000.

    Args:
        words: Tokens as written.
        bare: Whether the fraction may stand without "of", as the size of a
            movement does ("fell by half", "cut by a third").

    Returns:
        The fraction (its value below 1 unless scaled), or ``None``.
    """
    if not words:
        return None
    words = [word.lower() for word in words[:FRACTION_WORDS_READ]]
    slash = parse_slash_fraction(words[0])
    if slash is not None:
        return _scaled_fraction(words, slash, 1, numeral=True, bare=bare)
    if words[0] == "half":
        return _scaled_fraction(words, 0.5, 1, numeral=False, bare=bare)
    numerator = 1 if words[0] in ARTICLES else parse_small_word(words[0])
    if numerator is None or numerator == 0 or len(words) < 2:
        return None
    position = 2 if words[1] in HYPHENS and len(words) > 2 else 1
    denominator = DENOMINATORS.get(words[position])
    if denominator is None or numerator >= denominator:
        return None
    return _scaled_fraction(words, numerator / denominator, position + 1, numeral=False, bare=bare)


def _scaled_fraction(
    words: Sequence[str], value: float, length: int, *, numeral: bool, bare: bool = False
) -> NumberParse | None:
    """Finish a fraction at ``length``: it needs "of", and takes "of a million" whole."""
    if length >= len(words) or words[length] != FRACTION_OF:
        following = words[length] if length < len(words) else ""
        # "fell by half.", "by a third to $3bn"; not the ordinal in "by a third car".
        ends = not following.isalpha() or following in BARE_FRACTION_FOLLOWERS
        return NumberParse(value, length, numeral=numeral) if bare and ends else None
    scale_at = length + 2
    if scale_at < len(words) and words[length + 1] in ARTICLES and words[scale_at] in SCALE_WORDS:
        scale = SCALE_WORDS[words[scale_at]]
        return NumberParse(value * scale, scale_at + 1, scale=scale, numeral=numeral)
    return NumberParse(value, length, numeral=numeral)
