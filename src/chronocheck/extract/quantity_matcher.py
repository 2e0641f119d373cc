"""Find quantities in a tagged and parsed Doc: number, qualifier, currency and unit.

The scan runs left to right over tokens. At each token that starts a number it
reads the number (or a range), then looks left for a currency sign and a
qualifier ("over", "an estimated") and right for a unit, a counted noun
(through the parse) or a trailing qualifier ("or more"). Candidates that are
not quantities (years, dates, identifiers, list numbers...) are dropped by
:mod:`chronocheck.extract.quantity_filters`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from chronocheck.extract.quantity_filters import blocked_tokens, is_quantity
from chronocheck.extract.quantity_grammar import (
    HYPHENS,
    MONEY_SCALE_SUFFIXES,
    SCALE_WORDS,
    NumberParse,
    may_start_number,
    parse_number_phrase,
    parse_range_token,
    parse_vague_amount,
)
from chronocheck.extract.quantity_lexicon import (
    LONGEST_QUALIFIER,
    RANGE_OPENERS,
    UnitMatch,
    match_currency_sign,
    match_qualifier_after,
    match_qualifier_before,
    match_unit,
)
from chronocheck.models import Qualifier, Quantity, QuantityKind

LOGGER = logging.getLogger(__name__)

#: Longest number phrase read, in tokens ("one and a half million" is 5).
MAX_PHRASE_TOKENS = 8
#: Longest run of adjectives and nouns between a number and its counted noun.
MAX_NOUN_RUN = 4
#: Words joining the two ends of a range ("5 to 10", "5-10", "between 5 and 10").
RANGE_JOINERS = frozenset({"to", *HYPHENS})
NOUN_RUN_POS = frozenset({"ADJ", "NOUN", "PROPN"})
#: Tags of a counted noun: common nouns and plural proper nouns ("2 million Iranians").
COUNTED_NOUN_TAGS = frozenset({"NN", "NNS", "NNPS"})
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
#: Adjectives that stand for people when they follow a number ("one million dead").
NOMINAL_ADJECTIVES = frozenset(
    {"dead", "wounded", "injured", "killed", "missing", "displaced", "homeless", "captured"}
)


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """The number part of a candidate: its tokens ``[start, end)`` and values."""

    start: int
    end: int
    value: float
    high: float | None
    parse: NumberParse


@dataclass(frozen=True, slots=True)
class Candidate:
    """A quantity before filtering, with the token positions the filters need.

    Attributes:
        start: First token, qualifier and currency included.
        end: Token after the last one, unit included.
        number: The number's tokens and value.
        quantity: The parse, with character offsets.
        unit_token: The unit or counted-noun token, if any.
        explicit_qualifier: Whether a qualifier word was written.
    """

    start: int
    end: int
    number: NumberSpan
    quantity: Quantity
    unit_token: Token | None
    explicit_qualifier: bool


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """A quantity found in a Doc: its tokens ``[start, end)`` and its parse."""

    start: int
    end: int
    quantity: Quantity


@dataclass(frozen=True, slots=True)
class _Left:
    """What precedes a number.

    Attributes:
        start: First token of the quantity, qualifier included.
        core_start: First token after the qualifier (the currency sign or the number).
        currency: Currency code of a sign before the number.
        qualifier: The qualifier word's meaning.
        opens_range: Whether the qualifier is "between" or "from", which needs a range.
    """

    start: int
    core_start: int
    currency: str | None
    qualifier: Qualifier | None
    opens_range: bool


@dataclass(frozen=True, slots=True)
class _Unit:
    """What follows a number: the unit, the token that names it and where it ends."""

    match: UnitMatch | None
    token: Token | None
    end: int


def find_quantities(doc: Doc) -> list[QuantityMatch]:
    """Find the quantities of a tagged and parsed Doc, in text order, never overlapping.

    Args:
        doc: A Doc that went through a tagger and a parser. Tokens inside the
            DATE, TIME and SET spans of ``doc.spans["chronocheck_timex"]`` are skipped.

    Returns:
        One match per quantity.
    """
    blocked = blocked_tokens(doc)
    matches: list[QuantityMatch] = []
    position = floor = 0
    while position < len(doc):
        opens = position not in blocked and may_start_number(doc[position].lower_)
        candidate = _read_candidate(doc, position, floor) if opens else None
        if candidate is None:
            position += 1
        elif is_quantity(doc, candidate, blocked):
            matches.append(QuantityMatch(candidate.start, candidate.end, candidate.quantity))
            floor = position = candidate.end
        else:
            # Skip the whole number so that "1983-1986" does not yield "1986".
            position = candidate.number.end
    return matches


def _read_candidate(doc: Doc, position: int, floor: int) -> Candidate | None:
    """Read a candidate quantity whose number starts at token ``position``."""
    left = _read_left(doc, position, floor)
    money = left.currency is not None
    number = _read_number(doc, position, money=money or _suffix_means_scale(doc, position))
    if number is None:
        return None
    number = _read_range(doc, number, allow_and=left.opens_range, money=money)
    after = match_qualifier_after([token.lower_ for token in doc[number.end : number.end + 2]])
    unit_start = number.end + (after[1] if after else 0)
    unit = _Unit(None, None, unit_start) if money else _read_unit(doc, number, unit_start)
    qualifier = _choose_qualifier(left, number, after[0] if after else None)
    # "between" or "from" without a second number is a preposition, not a qualifier.
    start = left.core_start if left.opens_range and number.high is None else left.start
    kind: QuantityKind = "money" if money else (unit.match.kind if unit.match else "count")
    unit_name = left.currency or (unit.match.unit if unit.match else None)
    if unit_name is None and unit.token is not None:
        unit_name = unit.token.lower_
    end = max(number.end, unit.end)
    last = doc[end - 1]
    quantity = Quantity(
        text=doc[start : last.i + 1].text,
        start=doc[start].idx,
        end=last.idx + len(last.text),
        value=number.value,
        unit=unit_name,
        qualifier=qualifier,
        kind=kind,
        high=number.high,
    )
    explicit = (left.qualifier is not None and start == left.start) or after is not None
    return Candidate(start, end, number, quantity, unit.token, explicit)


def _read_left(doc: Doc, position: int, floor: int) -> _Left:
    """Read the currency sign and qualifier before the number at ``position``."""
    core_start = position
    currency = None
    if position - 1 >= floor:
        currency = match_currency_sign(doc[position - 1].text)
        if currency is not None:
            core_start = position - 1
    words = [token.lower_ for token in doc[max(floor, core_start - LONGEST_QUALIFIER) : core_start]]
    found = match_qualifier_before(words)
    if found is None:
        return _Left(core_start, core_start, currency, None, opens_range=False)
    qualifier, length = found
    opens_range = tuple(words[-length:]) in RANGE_OPENERS
    return _Left(core_start - length, core_start, currency, qualifier, opens_range)


def _read_number(doc: Doc, position: int, *, money: bool) -> NumberSpan | None:
    """Read the number (or one-token range, "1–2 million") that starts at ``position``."""
    one_token_range = parse_range_token(doc[position].text)
    if one_token_range is not None:
        low, high = one_token_range
        end = position + 1
        scale = SCALE_WORDS.get(doc[end].lower_, 1.0) if end < len(doc) else 1.0
        if scale > 1.0:
            end += 1
        range_parse = NumberParse(low * scale, end - position, scale=scale, numeral=True)
        return NumberSpan(position, end, low * scale, high * scale, range_parse)
    words = [token.lower_ for token in doc[position : position + MAX_PHRASE_TOKENS]]
    parse = parse_number_phrase(words, money=money) or parse_vague_amount(words)
    if parse is None:
        return None
    return NumberSpan(position, position + parse.length, parse.value, None, parse)


def _suffix_means_scale(doc: Doc, position: int) -> bool:
    """Whether "m" or "k" after a number is a scale: "2m tonnes", "5k people", not "100m sprint".

    Outside money, a scale is followed by a plural noun; metres are not. The
    suffix may be glued to the digits ("5k") or split off by the tokenizer ("2", "m").
    """
    token = doc[position]
    glued = token.text[-1:].lower() in MONEY_SCALE_SUFFIXES and token.text[:1].isdigit()
    suffix = position if glued else position + 1
    following = suffix + 1
    return (
        following < len(doc)
        and doc[suffix].text[-1:].lower() in MONEY_SCALE_SUFFIXES
        and doc[following].tag_ in PLURAL_NOUN_TAGS
    )


def _read_range(doc: Doc, number: NumberSpan, *, allow_and: bool, money: bool) -> NumberSpan:
    """Extend ``number`` to a range if a joiner and a larger number follow it."""
    joiner = number.end
    if number.high is not None or joiner + 1 >= len(doc):
        return number
    if not (doc[joiner].lower_ in RANGE_JOINERS or (allow_and and doc[joiner].lower_ == "and")):
        return number
    second_start = joiner + 1
    if match_currency_sign(doc[second_start].text) and second_start + 1 < len(doc):
        second_start += 1
    second = _read_number(doc, second_start, money=money)
    if second is None or second.high is not None:
        return number
    low = number.value
    # "1-2 million": the scale written once applies to both ends.
    if number.parse.scale == 1.0 and low * second.parse.scale <= second.value:
        low *= second.parse.scale
    if low >= second.value:
        return number
    parse = replace(number.parse, scale=second.parse.scale)
    return NumberSpan(number.start, second.end, low, second.value, parse)


def _read_unit(doc: Doc, number: NumberSpan, start: int) -> _Unit:
    """Read the unit or counted noun after a number, starting at token ``start``."""
    if start < len(doc) and doc[start].text in HYPHENS:
        # "an eight-year war": a hyphen joins number and unit.
        hyphenated = _match_unit_at(doc, start + 1)
        if hyphenated is not None:
            return _Unit(hyphenated, doc[start + 1], start + 1 + hyphenated.length)
    unit = _match_unit_at(doc, start)
    if unit is not None:
        return _Unit(unit, doc[start], start + unit.length)
    noun = _find_counted_noun(doc, number, start)
    if noun is None:
        return _Unit(None, None, start)
    return _Unit(_match_unit_at(doc, noun.i, length=1), noun, noun.i + 1)


def _match_unit_at(doc: Doc, start: int, length: int = 2) -> UnitMatch | None:
    tokens = doc[start : start + length]
    return match_unit([t.text for t in tokens], [t.lemma_.lower() for t in tokens])


def _find_counted_noun(doc: Doc, number: NumberSpan, start: int) -> Token | None:
    """Find the noun a number counts: "5,000 signatures", "thousands of refugees".

    Adjectives that stand for people count too ("500,000 dead"). Pronouns are
    skipped ("2 million of them" counts nothing named). Without "of", the noun
    must be next to the number or be its syntactic head, so a number is not
    given the noun of the next phrase.
    """
    through_of = start < len(doc) and doc[start].lower_ == "of"
    run_start = start + 1 if through_of else start
    while through_of and run_start < len(doc) and doc[run_start].tag_ in ("DT", "PRP$", "POS"):
        run_start += 1
    run_end = run_start
    while run_end < min(len(doc), run_start + MAX_NOUN_RUN) and (
        doc[run_end].pos_ in NOUN_RUN_POS or (run_end > run_start and doc[run_end].text in HYPHENS)
    ):
        run_end += 1
    nouns = [token for token in doc[run_start:run_end] if token.tag_ in COUNTED_NOUN_TAGS]
    if not nouns:
        nominal = start < len(doc) and doc[start].lower_ in NOMINAL_ADJECTIVES
        return doc[start] if nominal and not through_of else None
    noun = nouns[-1]
    if through_of or noun.i == start or _governs(noun, doc[number.start : number.end]):
        return noun
    return None


def _governs(noun: Token, tokens: Iterable[Token]) -> bool:
    """Whether ``noun`` is the head of one of ``tokens``, directly or two steps up."""
    return any(noun in (token.head, token.head.head) for token in tokens)


def _choose_qualifier(left: _Left, number: NumberSpan, after: Qualifier | None) -> Qualifier:
    if number.high is not None:
        return "range"
    if left.qualifier is not None and not left.opens_range:
        return left.qualifier
    if after is not None:
        return after
    # "thousands" and "tens of thousands" are read as their lower bound.
    return "at-least" if number.parse.vague else "exact"
