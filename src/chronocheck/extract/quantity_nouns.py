"""Read what follows a number in a Doc: its unit, its counted noun, its rate.

"5,000 signatures" counts signatures, "40 per cent" is a percentage, "$52 a
barrel" and "40 hours a week" are rates (``"USD per barrel"``, ``"hour per
week"``). Units come from :mod:`chronocheck.extract.quantity_units`; a counted
noun is found through the parse.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from chronocheck.extract.quantity_candidates import NumberSpan
from chronocheck.extract.quantity_grammar import HYPHENS
from chronocheck.extract.quantity_units import TIME_UNITS, UnitMatch, match_unit

LOGGER = logging.getLogger(__name__)

#: Longest run of adjectives and nouns between a number and its counted noun.
MAX_NOUN_RUN = 4
NOUN_RUN_POS = frozenset({"ADJ", "NOUN", "PROPN"})
#: Tags of a counted noun: common nouns and plural proper nouns ("2 million Iranians").
COUNTED_NOUN_TAGS = frozenset({"NN", "NNS", "NNPS"})
#: A counted noun has two letters at least: "5 G" counts nothing.
MIN_NOUN_LENGTH = 2
#: Adjectives that stand for people when they follow a number ("one million dead").
NOMINAL_ADJECTIVES = frozenset(
    {"dead", "wounded", "injured", "killed", "missing", "displaced", "homeless", "captured"}
)
#: The tag of the possessive "'s".
POSSESSIVE_TAG = "POS"
#: Oldest age read from a bare number after a person ("Amir, 27,").
MAX_AGE = 120
#: Entity types of a proper noun that cannot be the person an age is said of.
NOT_PERSON_LABELS = frozenset({"GPE", "LOC", "FAC", "EVENT"})
#: Nouns for a person that an age may follow between commas: "the victim, 19,".
PERSON_NOUNS = frozenset(
    "man woman boy girl victim suspect driver mother father son daughter wife husband "
    "teenager student pensioner resident passenger officer soldier worker".split()
)
#: Tags of a noun joined to its number by a hyphen: "a four-cylinder engine", "a 10-point lead".
HYPHENATED_NOUN_TAGS = frozenset({"NN", "NNS"})
#: "-strong" after a number: the size of the group named next.
STRONG = "strong"
#: "-old" after a number is an age ("a 50-year-old"), never a counted noun.
AGE_WORDS = frozenset({"old", "year-old"})
#: Words that make a rate of what follows: "$2.11 per gallon", "$52 a barrel".
RATE_WORDS = frozenset({"per", "a", "an", "/"})
#: Nouns after "a" that make a rate besides time units: "$52 a barrel", "$3 a share".
RATE_NOUNS = frozenset(
    "barrel share gallon litre liter head person capita kilo kilogram pound ton tonne unit "
    "ounce piece night game month".split()
)
#: Words after "a year" that make it a date offset, not a rate: "$5 a year ago".
NOT_RATE_AFTER = frozenset({"ago", "earlier", "later", "before", "after", "prior"})


@dataclass(frozen=True, slots=True)
class UnitRead:
    """What follows a number: the unit, the token that names it and where it ends."""

    match: UnitMatch | None
    token: Token | None
    end: int


def read_unit(doc: Doc, number_tokens: Iterable[Token], start: int, *, scale: float) -> UnitRead:
    """Read the unit or counted noun after a number, starting at token ``start``.

    Args:
        doc: The Doc.
        number_tokens: The number's tokens, whose syntactic head may be the counted noun.
        start: The first token after the number (and any trailing qualifier).
        scale: The number's scale word ("5 million pounds" is money).
    """
    if start + 1 < len(doc) and doc[start].text in HYPHENS:
        hyphenated = _read_hyphenated(doc, start + 1, scale=scale)
        if hyphenated is not None:
            return hyphenated
    unit = _match_unit_at(doc, start, scale=scale)
    if unit is not None:
        return UnitRead(unit, doc[start], start + unit.length)
    of_unit = _unit_through_of(doc, start, scale=scale)
    if of_unit is not None:
        return of_unit
    noun = _find_counted_noun(doc, number_tokens, start)
    if noun is None:
        return UnitRead(None, None, start)
    unit = _match_unit_at(doc, noun.i, length=1, scale=scale)
    if any(_has_digit(token) for token in doc[start : noun.i]):
        # "eight million 250ml bottles": the noun is counted, the 250ml is the next quantity.
        return UnitRead(unit, noun, start)
    return UnitRead(unit, noun, noun.i + 1)


def _read_hyphenated(doc: Doc, start: int, *, scale: float) -> UnitRead | None:
    """The unit or noun joined by a hyphen: "an eight-year war", "a four-cylinder engine"."""
    unit = _match_unit_at(doc, start, scale=scale)
    if unit is not None:
        return UnitRead(unit, doc[start], start + unit.length)
    noun = doc[start]
    if noun.lower_ == STRONG and start + 1 < len(doc) and doc[start + 1].pos_ == "NOUN":
        # "a 5,000-strong crowd" counts the crowd's members.
        return UnitRead(None, doc[start + 1], start + 2)
    if noun.tag_ in HYPHENATED_NOUN_TAGS and noun.is_alpha and noun.lower_ not in AGE_WORDS:
        return UnitRead(None, noun, start + 1)
    return None


def _unit_through_of(doc: Doc, start: int, *, scale: float) -> UnitRead | None:
    """A unit after "of a": "three-quarters of a percentage point"."""
    if start + 2 >= len(doc) or doc[start].lower_ != "of":
        return None
    if doc[start + 1].lower_ not in ("a", "an"):
        return None
    unit = _match_unit_at(doc, start + 2, scale=scale)
    if unit is None:
        return None
    return UnitRead(unit, doc[start + 2], start + 2 + unit.length)


def is_apposed_age(doc: Doc, number: NumberSpan) -> bool:
    """An age between commas after a person: "Amir, 27, is serving", "the victim, 19,"."""
    start, end = number.start, number.end
    if end - start != 1 or number.high is not None or start < 2 or end >= len(doc):
        return False
    if not doc[start].text.isdigit() or not 0 < number.value <= MAX_AGE:
        return False
    if doc[start - 1].text != "," or doc[end].text != ",":
        return False
    person = doc[start - 2]
    if person.pos_ == "PROPN":
        # The tagger often leaves a surname untyped ("Slepian, 52,"); a place is no person.
        return person.ent_type_ not in NOT_PERSON_LABELS
    return person.lemma_.lower() in PERSON_NOUNS


def _has_digit(token: Token) -> bool:
    return any(char.isdigit() for char in token.text)


def read_rate_after_material(doc: Doc, start: int) -> tuple[str, int] | None:
    """A time rate after what is measured: "1.2 million barrels| of oil a day"."""
    if start + 3 >= len(doc) or doc[start].lower_ != "of" or doc[start + 1].pos_ != "NOUN":
        return None
    rate = read_rate(doc, start + 2)
    return rate if rate is not None and rate[0] in TIME_UNITS.values() else None


def read_hyphenated_rate(doc: Doc, start: int) -> tuple[str, int] | None:
    """A rate joined by hyphens: "$18-a-share", "£20-a-month"."""
    if start + 3 >= len(doc) or doc[start].text not in HYPHENS:
        return None
    if doc[start + 1].lower_ not in ("a", "an", "per") or doc[start + 2].text not in HYPHENS:
        return None
    noun = doc[start + 3]
    lemma = noun.lemma_.lower()
    if lemma in TIME_UNITS:
        return TIME_UNITS[lemma], start + 4
    return (lemma, start + 4) if lemma in RATE_NOUNS else None


def read_rate(doc: Doc, start: int) -> tuple[str, int] | None:
    """Read the denominator of a rate at token ``start``: "per gallon", "a barrel", "/h".

    Returns:
        The denominator's name (a time unit, or the noun's lemma) and the token
        after it, or ``None``.
    """
    if start + 1 >= len(doc) or doc[start].lower_ not in RATE_WORDS:
        return None
    noun = doc[start + 1]
    lemma = noun.lemma_.lower()
    following = doc[start + 2].lower_ if start + 2 < len(doc) else ""
    if following in NOT_RATE_AFTER:
        return None
    if lemma in TIME_UNITS:
        return TIME_UNITS[lemma], start + 2
    by_any_noun = doc[start].lower_ in ("per", "/") and noun.pos_ == "NOUN"
    if by_any_noun or (lemma in RATE_NOUNS and noun.pos_ == "NOUN"):
        return lemma, start + 2
    return None


def _match_unit_at(doc: Doc, start: int, length: int = 3, *, scale: float) -> UnitMatch | None:
    tokens = doc[start : start + length]
    return match_unit([t.text for t in tokens], [t.lemma_.lower() for t in tokens], scale=scale)


def _find_counted_noun(doc: Doc, number_tokens: Iterable[Token], start: int) -> Token | None:
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
        doc[run_end].pos_ in NOUN_RUN_POS
        or (run_end > run_start and doc[run_end].text in HYPHENS)
        # "a fifth of the world's oil": the possessor is not what is counted.
        or (through_of and run_end > run_start and doc[run_end].tag_ == POSSESSIVE_TAG)
        # "20 of its last 25 games": the whole is counted in the same noun.
        or (through_of and doc[run_end].pos_ == "NUM")
    ):
        run_end += 1
    nouns = [
        token
        for token in doc[run_start:run_end]
        if token.tag_ in COUNTED_NOUN_TAGS and len(token) >= MIN_NOUN_LENGTH
    ]
    if not nouns:
        nominal = start < len(doc) and doc[start].lower_ in NOMINAL_ADJECTIVES
        return doc[start] if nominal and not through_of else None
    governing = [noun for noun in nouns if _governs(noun, number_tokens)]
    # "shed 3,000 jobs last year": the noun the number modifies, not the next phrase's;
    # "193 member states": the head of the compound.
    noun = governing[-1] if governing and not through_of else nouns[-1]
    if through_of or noun.i == start or _governs(noun, number_tokens):
        return noun
    return None


def _governs(noun: Token, tokens: Iterable[Token]) -> bool:
    """Whether ``noun`` is the head of one of ``tokens``, directly or two steps up."""
    return any(noun in (token.head, token.head.head) for token in tokens)
