"""Read the number in a quantity: numerals, number words, scale words and ranges.

Pure Python, no spaCy: every function takes words (lower-cased tokens) or a
token's text, so the grammar can be tested and fuzzed without a pipeline.

Examples of what it reads: ``"5,000"``, ``"2.5bn"``, ``"three hundred"``,
``"a dozen"``, ``"half a million"``, ``"one and a half million"``,
``"2 million"``, ``"tens of thousands"`` (a vague lower bound) and the
one-token ranges ``"1–2"`` and ``"20-30"``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from chronocheck.numerals import TEEN_WORDS, TENS_WORDS, UNIT_WORDS

LOGGER = logging.getLogger(__name__)

#: Digits with optional thousands commas and decimals, then an optional scale suffix.
NUMERAL_PATTERN = re.compile(
    r"(?P<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?P<suffix>[a-z]*)", re.IGNORECASE
)
#: Two numerals joined by a hyphen or dash inside one token ("1–2", "20-30").
RANGE_TOKEN_PATTERN = re.compile(r"(?P<low>[\d.,]+)[-\u2010-\u2015](?P<high>[\d.,]+)")
#: Scale suffixes glued to digits that never mean anything else ("2.5bn", "$3tn").
SCALE_SUFFIXES = {"bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12, "mn": 1e6, "mln": 1e6}
#: Suffixes that are scales only in an amount of money: "$5m" but "100m sprint".
MONEY_SCALE_SUFFIXES = {"m": 1e6, "k": 1e3}
#: Scale words, standalone tokens.
SCALE_WORDS = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "tn": 1e12,
    "mn": 1e6,
}
HUNDRED = "hundred"
DOZEN = "dozen"
#: Fractions that combine with "a" and a scale ("half a million", "one and a half").
FRACTION_WORDS = {"half": 0.5, "quarter": 0.25}
#: Plural scale words read as vague lower bounds: "thousands" is at least 1,000.
VAGUE_PLURALS = {
    "dozens": 12.0,
    "scores": 20.0,
    "hundreds": 1e2,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
}
#: First words of "tens of thousands", "hundreds of millions"...: a multiplier.
VAGUE_MULTIPLIERS = {"tens": 10.0, "hundreds": 100.0}
#: The words that may follow a tens word: "twenty-five", not "twenty-zero".
DIGIT_WORDS = frozenset(word for word, value in UNIT_WORDS.items() if value)
ARTICLES = frozenset({"a", "an"})
HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014"})


@dataclass(frozen=True, slots=True)
class NumberParse:
    """A number read from the start of a word sequence.

    Attributes:
        value: The number.
        length: How many words it took.
        scale: The last scale word's multiplier (``1e6`` for "2 million"), 1 if none.
        vague: True for vague plurals ("thousands"): ``value`` is a lower bound.
        numeral: True if it was written with digits.
    """

    value: float
    length: int
    scale: float = 1.0
    vague: bool = False
    numeral: bool = False


def parse_numeral(text: str, *, money: bool = False) -> float | None:
    """Read one token written with digits, such as ``"5,000"`` or ``"2.5bn"``.

    Args:
        text: The token's text.
        money: Whether the token is part of an amount of money, where ``"5m"``
            means five million rather than five metres.

    Returns:
        The value, or ``None`` if the token is not a plain numeral.
    """
    parsed = _read_numeral(text, money=money)
    return None if parsed is None else parsed[0]


def _read_numeral(text: str, *, money: bool) -> tuple[float, float] | None:
    """Read a numeral token as ``(value, scale)``; the scale comes from a suffix."""
    found = NUMERAL_PATTERN.fullmatch(text)
    if found is None:
        return None
    value = float(found["digits"].replace(",", ""))
    suffix = found["suffix"].lower()
    if not suffix:
        return value, 1.0
    scale = SCALE_SUFFIXES.get(suffix) or (MONEY_SCALE_SUFFIXES.get(suffix) if money else None)
    return None if scale is None else (value * scale, scale)


def parse_range_token(text: str) -> tuple[float, float] | None:
    """Read a range written as one token, ``"1–2"`` or ``"20-30"``, as ``(low, high)``."""
    found = RANGE_TOKEN_PATTERN.fullmatch(text)
    if found is None:
        return None
    low, high = parse_numeral(found["low"]), parse_numeral(found["high"])
    if low is None or high is None or low >= high:
        return None
    return low, high


def _parse_small_word(word: str) -> int | None:
    """Read "seven", "nineteen", "forty" or "twenty-five" (one token) as 0..99."""
    for table in (UNIT_WORDS, TEEN_WORDS, TENS_WORDS):
        if word in table:
            return table[word]
    tens, _, unit = word.partition("-")
    if tens in TENS_WORDS and unit in UNIT_WORDS and unit != "zero":
        return TENS_WORDS[tens] + UNIT_WORDS[unit]
    return None


class _PhraseReader:
    """The state of reading one number phrase word by word.

    Not a dataclass: it is a mutable cursor, used only inside :func:`parse_number_phrase`.
    """

    def __init__(self, words: Sequence[str], money: bool) -> None:
        self.words = words
        self.money = money
        self.total = 0.0
        self.current: float | None = None
        self.scale = 1.0
        # The last "thousand" or larger: scales only shrink ("two million five thousand").
        self.big_scale = float("inf")
        self.numeral = False
        # A phrase needs a number or a scale word: "a half" alone is not a number.
        self.anchored = False
        # The kind of the last word read, to refuse "five five" or "twenty twelve".
        self.last = ""
        self.length = 0

    def read(self) -> NumberParse | None:
        while self.length < len(self.words) and self._step(self.words[self.length]):
            self.length += 1
        if not self.anchored:
            return None
        value = self.total + (self.current or 0.0)
        return NumberParse(value, self.length, scale=self.scale, numeral=self.numeral)

    def _peek(self, offset: int = 1) -> str:
        position = self.length + offset
        return self.words[position] if position < len(self.words) else ""

    def _step(self, word: str) -> bool:
        """Read ``word`` if it continues the phrase; return whether it did."""
        numeral = _read_numeral(word, money=self.money) if self.length == 0 else None
        small = _parse_small_word(word)
        multiplier = self._scale_of(word)
        if numeral is not None:
            self.current, self.scale = numeral
            self.numeral, self.anchored, self.last = True, True, "numeral"
            if self.scale > 1.0:
                self.big_scale = self.scale
        elif small is not None and self._small_fits(small):
            self._add_small(small)
        elif word in HYPHENS and self.last == "tens" and self._peek() in DIGIT_WORDS:
            self.last = "hyphen"
        elif word in ARTICLES and self.last in ("", "fraction", "and") and self._article_counts():
            self.last = "article"
        elif word in FRACTION_WORDS and self.last in ("", "article"):
            self._read_fraction(word)
        elif word == "and" and self._and_continues():
            self.last = "and"
        elif word in (HUNDRED, DOZEN) and self.last in ("", "numeral", "small", "tens", "article"):
            self.current = (self.current or 1.0) * (100.0 if word == HUNDRED else 12.0)
            self.anchored, self.last = True, "hundred"
            self.scale = 100.0 if word == HUNDRED else 12.0
        elif multiplier is not None and self.length and multiplier < self.big_scale:
            self.total += (self.current if self.current is not None else 1.0) * multiplier
            self.current, self.scale, self.big_scale = None, multiplier, multiplier
            self.anchored, self.last = True, "scale"
        else:
            return False
        return True

    def _article_counts(self) -> bool:
        """Whether "a" here means one: "a million", "a dozen", "half a million", "and a half"."""
        following = self._peek()
        return (
            following in (HUNDRED, DOZEN)
            or following in FRACTION_WORDS
            or self._scale_of(following) is not None
        )

    def _scale_of(self, word: str) -> float | None:
        if word in SCALE_WORDS:
            return SCALE_WORDS[word]
        return MONEY_SCALE_SUFFIXES.get(word) if self.money else None

    def _small_fits(self, small: int) -> bool:
        if self.last in ("", "hundred", "scale", "and"):
            return True
        # "twenty five" and "twenty-five" but not "twenty twelve".
        return self.last in ("tens", "hyphen") and 0 < small < 10

    def _add_small(self, small: int) -> None:
        self.current = (self.current or 0.0) + small
        self.anchored = True
        self.last = "tens" if small >= 20 and small % 10 == 0 else "small"

    def _read_fraction(self, word: str) -> None:
        fraction = FRACTION_WORDS[word]
        if self.last == "article" and self.length >= 2 and self.words[self.length - 2] == "and":
            # "one and a half": the fraction adds to what came before.
            self.current = (self.current or 0.0) + fraction
        else:
            self.current = fraction
        self.last = "fraction"

    def _and_continues(self) -> bool:
        if self.last in ("numeral", "small", "tens") and self._peek() in ARTICLES:
            # "one and a half", "2 and a half"
            return self._peek(2) in FRACTION_WORDS
        # "three hundred and twenty", "a thousand and one"
        return self.last in ("hundred", "scale") and _parse_small_word(self._peek()) is not None


def parse_number_phrase(words: Sequence[str], *, money: bool = False) -> NumberParse | None:
    """Read the longest number phrase at the start of ``words``.

    Args:
        words: Lower-cased tokens, e.g. ``["one", "and", "a", "half", "million", "people"]``.
        money: Whether the phrase follows a currency sign, where ``"m"`` means million.

    Returns:
        The number and how many words it took, or ``None`` if ``words`` does not
        start with a number. Vague plurals come from :func:`parse_vague_amount`.
    """
    if not words:
        return None
    return _PhraseReader(words, money).read()


def parse_vague_amount(words: Sequence[str]) -> NumberParse | None:
    """Read a vague plural amount as its lower bound.

    ``"thousands"`` is 1,000, ``"tens of thousands"`` 10,000, ``"hundreds of
    millions"`` 100,000,000 and ``"dozens"`` 12.

    Args:
        words: Lower-cased tokens.

    Returns:
        The lower bound with ``vague=True``, or ``None``.
    """
    if not words:
        return None
    first = words[0]
    if first in VAGUE_MULTIPLIERS and len(words) >= 3 and words[1] == "of":
        base = VAGUE_PLURALS.get(words[2])
        if base is not None and base >= 1e3:
            return NumberParse(VAGUE_MULTIPLIERS[first] * base, 3, scale=base, vague=True)
    if first in VAGUE_PLURALS:
        return NumberParse(VAGUE_PLURALS[first], 1, scale=VAGUE_PLURALS[first], vague=True)
    return None


#: Words other than numerals and number words that may open a number phrase.
OPENING_WORDS = ARTICLES | FRACTION_WORDS.keys() | VAGUE_PLURALS.keys() | VAGUE_MULTIPLIERS.keys()


def may_start_number(word: str) -> bool:
    """Whether a number phrase may start with this lower-cased token.

    A cheap test run on every token, so that the full phrase reader runs only
    where a number can start.
    """
    first = word[:1]
    if first.isdigit() or (first == "." and word[1:2].isdigit()):
        return True
    return word in OPENING_WORDS or _parse_small_word(word) is not None


def format_with_commas(value: int) -> str:
    """Write an integer with thousands commas, the inverse of :func:`parse_numeral`."""
    return f"{value:,}"
