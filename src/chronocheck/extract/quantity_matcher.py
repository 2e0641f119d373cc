"""Find quantities in a tagged and parsed Doc: number, qualifier, currency, unit and change.

The scan runs left to right over tokens. At each token that starts a number it
reads the number (or a range), then looks left for a currency sign and a
qualifier ("over", "an estimated") and right for a unit, a counted noun
(through the parse), a rate ("a barrel") or a trailing qualifier ("or more"),
and around for a rise or fall (:mod:`chronocheck.extract.quantity_change`).
Candidates that are not quantities (years, dates, identifiers, list
numbers...) are dropped by :mod:`chronocheck.extract.quantity_filters`; bare
numbers then borrow the unit of a neighbour they are compared with
(:mod:`chronocheck.extract.quantity_links`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from spacy.tokens import Doc

from chronocheck.extract.quantity_candidates import Candidate, NumberSpan, QuantityMatch
from chronocheck.extract.quantity_change import detect_change
from chronocheck.extract.quantity_filters import blocked_tokens, is_quantity
from chronocheck.extract.quantity_grammar import may_start_number
from chronocheck.extract.quantity_lexicon import (
    LONGEST_QUALIFIER,
    RANGE_OPENERS,
    match_currency_before,
    match_qualifier_after,
    match_qualifier_before,
)
from chronocheck.extract.quantity_links import share_units
from chronocheck.extract.quantity_nouns import (
    UnitRead,
    is_apposed_age,
    read_hyphenated_rate,
    read_rate,
    read_rate_after_material,
    read_unit,
)
from chronocheck.extract.quantity_numerals import MONEY_SCALE_SUFFIXES, SENTENCE_END
from chronocheck.extract.quantity_ranges import extend_range, read_number
from chronocheck.extract.quantity_units import UnitMatch
from chronocheck.models import Qualifier, Quantity, QuantityKind

LOGGER = logging.getLogger(__name__)

PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
#: A currency code written after a dollar amount: "$76 US".
TRAILING_DOLLAR_COUNTRY = "US"

#: The word that opens a qualifier after the unit: "40 homes or more".
OR = "or"
#: Qualifiers that name a level crossed, not an amount moved: "fell below 1,000".
LEVEL_QUALIFIERS = frozenset({"above", "below"})
#: Units written before the number: "magnitude 6.4".
UNITS_BEFORE = {"magnitude": "magnitude"}
#: A magnitude named after the number: "6.5 on the Richter scale".
RICHTER = ("on", "the", "richter", "scale")
#: The word before a bare age: "aged 45", "aged between 6 and 12".
AGED = "aged"
#: The unit of an age written without one.
AGE_UNIT = "year"
#: What closes an age after its unit: "34-year-old", "72 years old".
AGE_TAILS = (("-", "old"), ("old",))

__all__ = ["Candidate", "NumberSpan", "QuantityMatch", "find_quantities"]


@dataclass(frozen=True, slots=True)
class _Left:
    """What precedes a number.

    Attributes:
        start: First token of the quantity, qualifier included.
        core_start: First token after the qualifier (the currency sign or the number).
        currency: Currency code of a sign before the number.
        qualifier: The qualifier word's meaning.
        opener: "between" or "from", which need a range, else ``None``.
    """

    start: int
    core_start: int
    currency: str | None
    qualifier: Qualifier | None
    opener: str | None


@dataclass(frozen=True, slots=True)
class _Amount:
    """The number of a candidate with what belongs to it.

    Attributes:
        number: The number or range.
        unit: The unit or counted noun after it.
        after: A qualifier written after the number ("or more").
        currency: The currency code, before the number or glued to it.
    """

    number: NumberSpan
    unit: UnitRead
    after: Qualifier | None
    currency: str | None


def find_quantities(doc: Doc) -> list[QuantityMatch]:
    """Find the quantities of a tagged and parsed Doc, in text order, never overlapping.

    Args:
        doc: A Doc that went through a tagger and a parser. Tokens inside the
            DATE, TIME and SET spans of ``doc.spans["chronocheck_timex"]`` are skipped.

    Returns:
        One match per quantity.
    """
    blocked = blocked_tokens(doc)
    # Read from one array: indexing the Doc at every position builds a Token each time.
    lowers = [doc.vocab.strings[key] for key in doc.to_array("LOWER").tolist()]
    matches: list[QuantityMatch] = []
    position = floor = 0
    while position < len(doc):
        opens = position not in blocked and may_start_number(lowers[position])
        candidate = _read_candidate(doc, position, floor) if opens else None
        if candidate is None:
            position += 1
        elif is_quantity(doc, candidate, blocked):
            matches.append(QuantityMatch(candidate.start, candidate.end, candidate.quantity))
            floor = position = candidate.end
        else:
            # Skip the whole number so that "1983-1986" does not yield "1986".
            position = candidate.number.end
    return share_units(doc, matches)


def _read_candidate(doc: Doc, position: int, floor: int) -> Candidate | None:
    """Read a candidate quantity whose number starts at token ``position``."""
    left = _read_left(doc, position, floor)
    amount = _read_amount(doc, position, left)
    if amount is None:
        return None
    number, unit = amount.number, amount.unit
    qualifier = _choose_qualifier(left, number, amount.after)
    # "between" or "from" without a second number is a preposition, not a qualifier.
    start = left.core_start if left.opener and number.high is None else left.start
    money = amount.currency is not None
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in UNITS_BEFORE and unit.match is None and not money:
        # "a magnitude 6.4 earthquake": the unit is written first, the noun is the event.
        unit = UnitRead(UnitMatch("measure", UNITS_BEFORE[before], 0), None, number.end)
    scale_words = tuple(token.lower_ for token in doc[number.end : number.end + len(RICHTER)])
    if scale_words == RICHTER and unit.match is None and not money:
        unit = UnitRead(UnitMatch("measure", "magnitude", 0), None, number.end + len(RICHTER))
    kind: QuantityKind = "money" if money else (unit.match.kind if unit.match else "count")
    unit_name = amount.currency or (unit.match.unit if unit.match else None)
    if unit_name is None and unit.token is not None:
        unit_name = unit.token.lower_
    if unit_name is None and (before == AGED or is_apposed_age(doc, number)):
        unit_name, kind = AGE_UNIT, "duration"
    end = max(number.end, unit.end)
    if kind == "duration" and _age_tail(doc, end):
        end += _age_tail(doc, end)
        # "employees 55 years old or older"
        trailing = match_qualifier_after([token.lower_ for token in doc[end : end + 2]])
        if trailing is not None and doc[end].lower_ == OR and qualifier == "exact":
            qualifier, end = trailing[0], end + trailing[1]
    rate = read_rate(doc, _skip_trailing_country(doc, end, amount.currency))
    if rate is None and kind == "measure":
        rate = read_rate_after_material(doc, end)
    if rate is None:
        rate = read_hyphenated_rate(doc, end)
    if rate is not None and (unit_name is not None or money):
        unit_name, end = f"{unit_name} per {rate[0]}", rate[1]
    change = "down" if number.falling else detect_change(doc, start, end, kind, unit.token)
    if left.qualifier is not None and doc[left.start].lower_ in LEVEL_QUALIFIERS:
        # "climbed above 7 per cent" passed a level; it did not climb by 7 per cent.
        change = None
    start_char, end_char = doc[start].idx, _end_char(doc, end)
    quantity = Quantity(
        # Span.text, not Doc.text, which joins every token of the Doc on each access.
        text=doc[start:end].text[: end_char - start_char],
        start=start_char,
        end=end_char,
        value=number.value,
        unit=unit_name,
        qualifier=qualifier,
        kind=kind,
        high=number.high,
        change=change,
    )
    explicit = (left.qualifier is not None and start == left.start) or amount.after is not None
    explicit = explicit or number.parse.qualifier is not None
    return Candidate(start, end, number, quantity, unit.token, explicit)


def _read_amount(doc: Doc, position: int, left: _Left) -> _Amount | None:
    """Read the number at ``position``, a range it opens, a trailing qualifier and the unit."""
    money = left.currency is not None or _suffix_means_scale(doc, position)
    number = read_number(doc, position, money=money)
    if number is None:
        return None
    currency = left.currency or number.parse.currency
    money = currency is not None
    number = extend_range(doc, number, number.end, opener=left.opener, money=money)
    after = match_qualifier_after([token.lower_ for token in doc[number.end : number.end + 2]])
    unit_start = number.end + (after[1] if after else 0)
    unit = _read_unit(doc, number, unit_start, money=money)
    if unit.match is not None and number.high is None and not after:
        # "1 per cent to 1.5 per cent": the range comes after the first unit.
        ranged = extend_range(
            doc, number, unit.end, opener=left.opener, money=money, unit=unit.match.unit
        )
        if ranged is not number:
            number, unit = ranged, UnitRead(unit.match, unit.token, ranged.end)
    if after is None and unit.end > number.end:
        # "40 homes or more", "20 minutes or so": the qualifier may follow the unit.
        trailing = match_qualifier_after([token.lower_ for token in doc[unit.end : unit.end + 2]])
        if trailing is not None and doc[unit.end].lower_ == OR:
            after = trailing
            unit = UnitRead(unit.match, unit.token, unit.end + trailing[1])
    return _Amount(number, unit, after[0] if after else None, currency)


def _age_tail(doc: Doc, end: int) -> int:
    """How many tokens of "-old" or "old" close an age at ``end`` ("a 34-year-old")."""
    for tail in AGE_TAILS:
        words = tuple(token.lower_ for token in doc[end : end + len(tail)])
        if words == tail:
            return len(tail)
    return 0


def _end_char(doc: Doc, end: int) -> int:
    """Where the quantity ending with token ``end - 1`` ends, without a sentence's full stop.

    The tokenizer leaves the full stop on a unit that ends a sentence ("5kW.",
    "125.8 p."): it is not part of the quantity.
    """
    last = doc[end - 1]
    end_char = last.idx + len(last.text)
    at_sentence_end = end == len(doc) or bool(last.is_sent_end)
    glued_stop = len(last.text) > 1 and last.text.endswith(SENTENCE_END)
    return end_char - 1 if at_sentence_end and glued_stop else end_char


def _read_unit(doc: Doc, number: NumberSpan, start: int, *, money: bool) -> UnitRead:
    """The unit after the number: glued to it, none for money, else read from the words."""
    if number.parse.unit is not None:
        return UnitRead(number.parse.unit, None, start)
    if money:
        return UnitRead(None, None, start)
    return read_unit(doc, doc[number.start : number.end], start, scale=number.parse.scale)


def _skip_trailing_country(doc: Doc, end: int, currency: str | None) -> int:
    """Step over "US" after a dollar amount ("$76 US a barrel")."""
    trailing = end < len(doc) and doc[end].text == TRAILING_DOLLAR_COUNTRY
    return end + 1 if currency == "USD" and trailing else end


def _read_left(doc: Doc, position: int, floor: int) -> _Left:
    """Read the currency sign and qualifier before the number at ``position``."""
    before = [token.text for token in doc[max(floor, position - 2) : position]]
    currency_found = match_currency_before(before)
    currency, core_start = (
        (currency_found[0], position - currency_found[1]) if currency_found else (None, position)
    )
    words = [token.lower_ for token in doc[max(floor, core_start - LONGEST_QUALIFIER) : core_start]]
    found = match_qualifier_before(words)
    if found is None:
        return _Left(core_start, core_start, currency, None, None)
    qualifier, length = found
    opener = words[-1] if tuple(words[-length:]) in RANGE_OPENERS else None
    return _Left(core_start - length, core_start, currency, qualifier, opener)


def _suffix_means_scale(doc: Doc, position: int) -> bool:
    """Whether "m" after a number is a scale: "2m tonnes", not "100m sprint".

    Outside money, a scale is followed by a plural noun; metres are not. The
    suffix may be glued to the digits ("2m") or split off by the tokenizer ("2", "m").
    """
    token = doc[position]
    glued = token.text[-1:] in MONEY_SCALE_SUFFIXES and token.text[:1].isdigit()
    suffix = position if glued else position + 1
    following = suffix + 1
    return (
        following < len(doc)
        and doc[suffix].text[-1:] in MONEY_SCALE_SUFFIXES
        and doc[following].tag_ in PLURAL_NOUN_TAGS
    )


def _choose_qualifier(left: _Left, number: NumberSpan, after: Qualifier | None) -> Qualifier:
    if number.high is not None:
        return "range"
    if left.qualifier is not None and left.opener is None:
        return left.qualifier
    if number.parse.qualifier is not None:
        return number.parse.qualifier
    return after if after is not None else "exact"
