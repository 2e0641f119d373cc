"""Read the number in a quantity: number words, scale words, fractions and vague amounts.

Pure Python, no spaCy: every function takes words (lower-cased tokens), so the
grammar can be tested and fuzzed without a pipeline. Tokens written with digits
are taken apart by :mod:`chronocheck.extract.quantity_numerals`.

Examples of what it reads: ``"5,000"``, ``"2.5bn"``, ``"three hundred"``,
``"a dozen"``, ``"half a million"``, ``"one and a half million"``,
``"minus 5"``, ``"two-thirds of"``, ``"a quarter of a million"``,
``"sixfold"`` and the vague ``"thousands"`` and ``"tens of millions"``,
read as ranges (1,000 to 10,000; 10 to 100 million).
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from chronocheck.extract.quantity_numerals import CAPITAL_MILLION, read_numeral
from chronocheck.extract.quantity_units import UnitMatch
from chronocheck.models import Qualifier
from chronocheck.numerals import TEEN_WORDS, TENS_WORDS, UNIT_WORDS

LOGGER = logging.getLogger(__name__)

#: Distinct words whose :func:`may_start_number` answer is kept: it is asked of
#: every token, and a news vocabulary of this size covers nearly all of them.
WORD_CACHE_SIZE = 65536

#: Scale words, standalone tokens.
SCALE_WORDS = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "tn": 1e12,
    "mn": 1e6,
    # Wire abbreviations: "3.4 bln euros", "500 mln".
    "bln": 1e9,
    "mln": 1e6,
    "trn": 1e12,
    # South Asian scales: "Rs 500 crore" is five billion rupees.
    "lakh": 1e5,
    "crore": 1e7,
}
#: Scale words after an amount of money only: "$5 m", "£3 k", "EUR50m." (split "EUR50", "m.").
MONEY_SCALE_WORDS = {"m": 1e6, "m.": 1e6, "k": 1e3}
HUNDRED = "hundred"
#: The decimal point read aloud: "one point six billion".
POINT = "point"
DOZEN = "dozen"
#: Fractions that combine with "a" and a scale ("half a million", "one and a half").
FRACTION_WORDS = {"half": 0.5, "quarter": 0.25}
#: Plural scale words read as vague amounts: "thousands" is 1,000 to 10,000.
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
#: How far a vague plural reaches: "thousands" runs up to ten thousand.
VAGUE_RANGE_FACTOR = 10.0
#: Words that make the number after them negative ("minus 5 degrees").
NEGATIVE_WORDS = frozenset({"minus", "negative"})
#: "sixfold", "10-fold" in one token.
FOLD_PATTERN = re.compile(r"(?P<times>[a-z]+|\d+)-?fold")
FOLD_UNIT = UnitMatch("count", "fold", 0)
#: The words that may follow a tens word: "twenty-five", not "twenty-zero".
DIGIT_WORDS = frozenset(word for word, value in UNIT_WORDS.items() if value)
ARTICLES = frozenset({"a", "an"})
#: Significant digits a scaled number keeps: a float's 15, without the binary noise of "4.1bn".
SIGNIFICANT_DIGITS = 15
HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014"})


@dataclass(frozen=True, slots=True)
class NumberParse:
    """A number read from the start of a word sequence.

    Attributes:
        value: The number (the lower end of a vague range).
        length: How many words it took.
        scale: The last scale word's multiplier (``1e6`` for "2 million"), 1 if none.
        vague: True for vague plurals ("thousands"), which are ranges.
        numeral: True if it was written with digits.
        high: The upper end of a vague range.
        currency: A currency code glued to the digits ("EUR50m").
        qualifier: A bound glued to the digits ("sub-300").
        unit: A unit glued to the digits ("250ml") or to the number word ("sixfold").
    """

    value: float
    length: int
    scale: float = 1.0
    vague: bool = False
    numeral: bool = False
    high: float | None = None
    currency: str | None = None
    qualifier: Qualifier | None = None
    unit: UnitMatch | None = None


def parse_small_word(word: str) -> int | None:
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
        # Numerals keep their case ("M" is a million, "m" a metre); words are lower-cased.
        self.written = words
        self.words = [word.lower() for word in words]
        self.money = money
        self.total = 0.0
        self.current: float | None = None
        self.scale = 1.0
        # The last "thousand" or larger: scales only shrink ("two million five thousand").
        self.big_scale = float("inf")
        self.numeral = False
        self.glued = NumberParse(0.0, 0)
        # A phrase needs a number or a scale word: "a half" alone is not a number.
        self.anchored = False
        # The kind of the last word read, to refuse "five five" or "twenty twelve".
        self.last = ""
        self.length = 0
        # Digits read after "point": "one point six" is 1.6.
        self.decimals = 0

    def read(self) -> NumberParse | None:
        while self.length < len(self.words) and self._step(self.words[self.length]):
            self.length += 1
        value = self.total + (self.current or 0.0)
        if not self.anchored or not math.isfinite(value):
            return None
        # 4.1 * 1e9 is 4099999999.9999995 in binary: keep the digits that were written.
        value = float(f"{value:.{SIGNIFICANT_DIGITS}g}")
        return replace(self.glued, value=value, length=self.length, scale=self.scale)

    def _peek(self, offset: int = 1) -> str:
        position = self.length + offset
        return self.words[position] if position < len(self.words) else ""

    def _step(self, word: str) -> bool:
        """Read ``word`` if it continues the phrase; return whether it did."""
        if self.last == "glued unit":
            return False
        numeral = read_numeral(self.written[0], money=self.money) if self.length == 0 else None
        small = parse_small_word(word)
        multiplier = self._scale_of(word)
        if self.written[self.length] == CAPITAL_MILLION and self.last == "numeral":
            multiplier = SCALE_WORDS["million"]
        if numeral is not None:
            self.current, self.scale = numeral.value, numeral.scale
            self.numeral, self.anchored = True, True
            self.last = "numeral" if numeral.unit is None else "glued unit"
            self.money = self.money or numeral.currency is not None
            self.glued = NumberParse(
                0.0,
                0,
                numeral=True,
                currency=numeral.currency,
                qualifier=numeral.qualifier,
                unit=numeral.unit,
            )
            if self.scale > 1.0:
                self.big_scale = self.scale
        elif self.last in ("point", "decimal") and word in UNIT_WORDS:
            self.decimals += 1
            self.current = (self.current or 0.0) + UNIT_WORDS[word] / 10**self.decimals
            self.last = "decimal"
        elif word == POINT and self.last in ("small", "tens") and self._peek() in UNIT_WORDS:
            self.last = "point"
        elif small is not None and self._small_fits(small):
            self._add_small(small)
        elif word in HYPHENS and self.last == "tens" and self._peek() in DIGIT_WORDS:
            self.last = "hyphen"
        elif word in HYPHENS and self.last in ("numeral", "small") and self._peek() in SCALE_WORDS:
            # "a $5-million settlement"
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
        elif (
            multiplier is not None
            and self.length
            and multiplier < self.big_scale
            and self.last != "point"
        ):
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
        return MONEY_SCALE_WORDS.get(word) if self.money else None

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
        return self.last in ("hundred", "scale") and parse_small_word(self._peek()) is not None


def parse_number_phrase(words: Sequence[str], *, money: bool = False) -> NumberParse | None:
    """Read the longest number phrase at the start of ``words``.

    Args:
        words: Tokens as written, e.g. ``["One", "and", "a", "half", "million", "people"]``.
        money: Whether the phrase follows a currency sign, where ``"m"`` means million.

    Returns:
        The number and how many words it took, or ``None`` if ``words`` does not
        start with a number. "minus" before the number makes it negative.
        Vague plurals come from :func:`parse_vague_amount`, fractions of a
        whole from :func:`chronocheck.extract.quantity_fractions.parse_fraction`.
    """
    if not words:
        return None
    if words[0].lower() in NEGATIVE_WORDS:
        positive = _PhraseReader(words[1:], money).read()
        if positive is None:
            return None
        return replace(positive, value=-positive.value, length=positive.length + 1)
    return _PhraseReader(words, money).read()


def parse_vague_amount(words: Sequence[str]) -> NumberParse | None:
    """Read a vague plural amount as a range.

    ``"thousands"`` is 1,000 to 10,000, ``"tens of thousands"`` 10,000 to
    100,000, ``"hundreds of millions"`` 100 million to a billion and
    ``"dozens"`` 12 to 120.

    Args:
        words: Tokens as written.

    Returns:
        The range with ``vague=True``, or ``None``.
    """
    if not words:
        return None
    first = words[0].lower()
    if first in VAGUE_MULTIPLIERS and len(words) >= 3 and words[1].lower() == "of":
        base = VAGUE_PLURALS.get(words[2].lower())
        if base is not None and base >= 1e3:
            low = VAGUE_MULTIPLIERS[first] * base
            return NumberParse(low, 3, scale=base, vague=True, high=low * VAGUE_RANGE_FACTOR)
    if first in VAGUE_PLURALS:
        low = VAGUE_PLURALS[first]
        return NumberParse(low, 1, scale=low, vague=True, high=low * VAGUE_RANGE_FACTOR)
    return None


def parse_fold(word: str) -> NumberParse | None:
    """Read a multiple written in one token: "sixfold", "10-fold"."""
    found = FOLD_PATTERN.fullmatch(word.lower())
    if found is None:
        return None
    times = found["times"]
    value = float(times) if times.isdigit() else parse_small_word(times)
    if not value:
        return None
    return NumberParse(float(value), 1, numeral=times.isdigit(), unit=FOLD_UNIT)


HAS_DIGIT = re.compile(r"\d").search
#: Words other than numerals and number words that may open a number phrase.
OPENING_WORDS = (
    ARTICLES
    | FRACTION_WORDS.keys()
    | VAGUE_PLURALS.keys()
    | VAGUE_MULTIPLIERS.keys()
    | NEGATIVE_WORDS
)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def may_start_number(word: str) -> bool:
    """Whether a number phrase may start with this lower-cased token.

    A cheap test run on every token, so that the full readers run only where a
    number can start: a token with a digit, a number word, or an opening word.
    """
    if word in OPENING_WORDS or HAS_DIGIT(word):
        return True
    return parse_small_word(word) is not None or word.endswith("fold")
