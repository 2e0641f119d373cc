"""Read the number of a quantity in a Doc, and the second number that makes it a range.

A range is two numbers joined by "to", a dash or, after "between", "and":
"10-12 people", "between 5 and 10", "1 per cent to 1.5 per cent", "$3 billion to
$5 billion", "1-2 million" (the scale written once applies to both ends). A
"from ... to ..." pair that runs downwards is a fall, not a range: "from
$36,040 to $34,935" keeps its ends as low and high and is marked falling.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Doc

from chronocheck.extract.quantity_candidates import NumberSpan
from chronocheck.extract.quantity_change import follows_movement
from chronocheck.extract.quantity_fractions import parse_fraction
from chronocheck.extract.quantity_grammar import (
    HYPHENS,
    MONEY_SCALE_WORDS,
    SCALE_WORDS,
    NumberParse,
    parse_fold,
    parse_number_phrase,
    parse_vague_amount,
)
from chronocheck.extract.quantity_lexicon import match_currency_sign
from chronocheck.extract.quantity_numerals import parse_range_token
from chronocheck.extract.quantity_units import LONGEST_UNIT, match_unit

LOGGER = logging.getLogger(__name__)

#: Longest number phrase read, in tokens ("one and a half million" is 5).
MAX_PHRASE_TOKENS = 8
#: Words joining the two ends of a range ("5 to 10", "5-10"); "and" only after "between".
RANGE_JOINERS = frozenset({"to", *HYPHENS})
AND_OPENER = "between"
#: The preposition before the size of a movement ("cut by half").
BY = "by"
#: The opener under which a downward pair is a fall: "from 10 to 5".
FALL_OPENER = "from"
#: After a verb of movement, "to" joins a range only of ends this close: "rose 3 to 5
#: per cent" is a range, "rose $12 to $1,950" a change and the level it reached.
MOVEMENT_RANGE_RATIO = 2.0


def read_number(doc: Doc, position: int, *, money: bool) -> NumberSpan | None:
    """Read the number (or one-token range, "1–2 million") that starts at ``position``.

    Args:
        doc: The Doc.
        position: The token the number starts at.
        money: Whether a currency sign precedes it ("$5 m" is five million).

    Returns:
        The number's tokens and value, or ``None`` if no number starts there.
    """
    one_token_range = parse_range_token(doc[position].text, money=money)
    if one_token_range is not None:
        low, high = one_token_range
        end = position + 1
        scales = {**SCALE_WORDS, **MONEY_SCALE_WORDS} if money else SCALE_WORDS
        scale = scales.get(doc[end].lower_, 1.0) if end < len(doc) else 1.0
        if scale > 1.0:
            end += 1
        range_parse = NumberParse(low * scale, end - position, scale=scale, numeral=True)
        return NumberSpan(position, end, low * scale, high * scale, range_parse)
    words = [token.text for token in doc[position : position + MAX_PHRASE_TOKENS]]
    # "fell by half", "slumped by a fifth": the fraction of a movement needs no "of".
    after_by = position > 0 and doc[position - 1].lower_ == BY
    phrase = parse_number_phrase(words, money=money) if after_by else None
    parse = (
        # "by half a million" is a number, "by half" a fraction.
        (phrase if phrase is not None and phrase.length > 1 else None)
        or parse_fraction(words, bare=after_by)
        or parse_number_phrase(words, money=money)
        or parse_vague_amount(words)
        or parse_fold(words[0])
    )
    if parse is None:
        return None
    return NumberSpan(position, position + parse.length, parse.value, parse.high, parse)


def extend_range(
    doc: Doc,
    number: NumberSpan,
    joiner: int,
    *,
    opener: str | None,
    money: bool,
    unit: str | None = None,
) -> NumberSpan:
    """Extend ``number`` to a range if a joiner at token ``joiner`` and a second number follow.

    Args:
        doc: The Doc.
        number: The first number.
        joiner: Where the joining word must be: right after the number, or after its unit.
        opener: "between" or "from" if one precedes the first number.
        money: Whether the amounts are money (a currency sign may repeat).
        unit: The first number's unit when it was written before the joiner
            ("1 per cent to 1.5 per cent"): the second number must repeat it.

    Returns:
        The range, or ``number`` unchanged.
    """
    if number.high is not None or joiner + 1 >= len(doc):
        return number
    word = doc[joiner].lower_
    if not (word in RANGE_JOINERS or (opener == AND_OPENER and word == "and")):
        return number
    second_start = joiner + 1
    if match_currency_sign(doc[second_start].text) and second_start + 1 < len(doc):
        second_start += 1
    second = read_number(doc, second_start, money=money)
    if second is None or second.high is not None:
        return number
    end = second.end
    low = number.value
    # "1-2 million": the scale written once applies to both ends.
    if number.parse.scale == 1.0 and low * second.parse.scale <= second.value:
        low *= second.parse.scale
    if word == "to" and opener is None and follows_movement(doc, number.start):
        if second.value > MOVEMENT_RANGE_RATIO * abs(low):
            return number
    if unit is not None:
        repeated = _unit_at(doc, end)
        if repeated is None or repeated[0] != unit:
            return number
        end += repeated[1]
    parse = replace(
        number.parse, scale=second.parse.scale, unit=number.parse.unit or second.parse.unit
    )
    if low < second.value:
        return NumberSpan(number.start, end, low, second.value, parse)
    if low > second.value and opener == FALL_OPENER:
        return NumberSpan(number.start, end, second.value, low, parse, falling=True)
    return number


def _unit_at(doc: Doc, start: int) -> tuple[str, int] | None:
    """The unit written at ``start`` and how many tokens it takes."""
    tokens = doc[start : start + LONGEST_UNIT]
    found = match_unit([t.text for t in tokens], [t.lemma_.lower() for t in tokens])
    return None if found is None else (found.unit, found.length)
