"""Tell numbers that are quantities from numbers that are not.

Not quantities: numbers inside a DATE, TIME or SET time expression, years
("in 1979", "the 1980 invasion", "the 2012-13 season"), days of a month ("June
7"), clock times, numeric dates and phone numbers, identifiers ("Resolution
598", "Article 5", "page 12", "S&P 500"), list and footnote markers ("(1)",
"[3]", "2." at a line start), scores ("a 5-3 vote", "won 4-3", "lost 3-4"),
model names ("5G", "3D"), the pronoun-like "one" ("one of the", "One
illustrative case", "one thing"; but "one solution" counts), the part "the
second half of", and durations that offset a relative date ("six months before
the invasion", "eight days after its issuance"): those belong to the timeline,
not to the quantities. Ages used as adjectives ("an 18-year-old bricklayer")
are not quantities either (the convention of tests/articles); an age said of
someone is one ("72 years old", "aged 45", "a 65-year-old was arrested").
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc, Span

from chronocheck.annotate.extensions import TIMEX_SPANS
from chronocheck.extract.quantity_candidates import Candidate
from chronocheck.extract.quantity_grammar import HYPHENS
from chronocheck.extract.quantity_units import match_unit

LOGGER = logging.getLogger(__name__)

#: Time expression types whose numbers are dates, not amounts. DURATION is not one.
DATE_TIMEX_TYPES = frozenset({"DATE", "TIME", "SET"})
#: Numbers that are not amounts, recognised in the raw text before tokenization splits them.
NON_QUANTITY_PATTERNS = (
    # Phone numbers: "555-123-4567", "(202) 555-0101", "+1 202 555 0101".
    re.compile(
        r"(?<![\d,.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3}[\s.-]\d{4}\b"
    ),
    # Phone numbers with a trunk zero: "020 7946 0958", "0161 496 0000".
    re.compile(r"(?<![\d,.])0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b"),
    # Numeric dates: "8/19/1987", "19.08.1987", "1987-08-19".
    re.compile(r"(?<![\d,.])\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b"),
    # Clock times: "10:30", "three o'clock", "3 o’clock", "0735 GMT".
    re.compile(r"(?<!\d)\d{1,2}:\d{2}\b"),
    re.compile(r"(?<![\d,.])[0-2]\d[0-5]\d\s?(?:GMT|UTC|Z|EST|EDT|BST|CET)\b"),
)
#: Clock times by the hour ("three o'clock"), scanned only in texts that hold a
#: "clock": its case-insensitive scan costs a quarter of all of them.
O_CLOCK_PATTERN = re.compile(
    r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+o['’]clock\b",
    re.IGNORECASE,
)
#: A year, or two joined in one token ("1961–1989").
YEAR_PATTERN = re.compile(r"\d{4}(?:[-\u2010-\u2015]\d{4})?")
FIRST_YEAR = 1000
LAST_YEAR = 2100
LAST_DAY_OF_MONTH = 31
MONTH_NAMES = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
#: Nouns whose number names a thing rather than counting it ("Resolution 598").
IDENTIFIER_NOUNS = frozenset(
    "resolution article page pages p. pp. chapter section paragraph para clause item figure "
    "fig. table footnote note line no. no # number amendment volume vol. issue episode flight "
    "route highway room version rule verse act bill protocol level grade phase".split()
)
#: Words after a duration that make it the offset of a relative date.
RELATIVE_OFFSET_WORDS = frozenset({"before", "after", "later", "earlier", "ago", "prior", "into"})
#: Opening and closing brackets around a footnote or list number.
BRACKETS = {"(": ")", "[": "]"}
LIST_MARKER_ENDS = frozenset({".", ")"})
#: Number words that act as pronouns or articles when they stand alone.
PRONOUN_NUMBERS = frozenset({"one"})
#: Nouns after "one" in idioms, where it counts nothing: "one thing is clear", "at one point".
ONE_IDIOM_NOUNS = frozenset(
    "thing way point time hand side reason example instance kind sort moment part question "
    "problem issue".split()
)
#: Longest acronym read as a name before a number: "S&P 500", "FTSE 100", "G 7".
MAX_NAME_ACRONYM = 4
#: Words before "half" that make it part of something, not a fraction: "the second half of".
HALF_OF_A_WHOLE = "half"
#: Nouns whose number, after a name, is part of the name: "FTSE 100 index".
NAMED_NOUNS = frozenset({"index"})
#: Scores: verbs before and nouns after two small numbers joined by a dash ("won 4-3").
SCORE_VERBS = frozenset("win lose beat lead trail draw tie defeat score".split())
SCORE_NOUNS = frozenset("win victory defeat loss draw lead scoreline score vote".split())
#: Highest number in a score.
MAX_SCORE = 30
COUNT_KINDS = frozenset({"count"})
#: What an age used as an adjective qualifies: "an 18-year-old (Iraqi) bricklayer".
ATTRIBUTED_POS = frozenset({"NOUN", "PROPN", "ADJ"})
#: The last word of a street name, capitalised: a number before the name is a house number.
STREET_WORDS = frozenset(
    "Street St Road Rd Avenue Ave Boulevard Blvd Lane Drive Way Place Square Terrace".split()
)
#: Most words of a street name before its street word ("Pennsylvania Avenue").
MAX_STREET_NAME = 3
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})


def blocked_tokens(doc: Doc) -> frozenset[int]:
    """Indices of tokens that cannot start a quantity: dates, times, phones.

    Args:
        doc: The Doc; its ``chronocheck_timex`` span group is read if present.

    Returns:
        Token indices inside DATE/TIME/SET time expressions or non-quantity patterns.
    """
    blocked: set[int] = set()
    if TIMEX_SPANS in doc.spans:
        for span in doc.spans[TIMEX_SPANS]:
            if span.label_ in DATE_TIMEX_TYPES and not _is_amount_read_as_year(doc, span):
                blocked.update(range(span.start, span.end))
    text = doc.text  # Doc.text joins every token on each access: read it once.
    patterns: tuple[re.Pattern[str], ...] = NON_QUANTITY_PATTERNS
    if "clock" in text.casefold():
        patterns += (O_CLOCK_PATTERN,)
    for pattern in patterns:
        for found in pattern.finditer(text):
            span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
            if span is not None:
                blocked.update(range(span.start, span.end))
    return frozenset(blocked)


def _is_amount_read_as_year(doc: Doc, span: Span) -> bool:
    """ "1800 dollars an ounce": a year-like number before a currency or a unit is an amount."""
    if len(span) != 1 or not YEAR_PATTERN.fullmatch(span.text) or span.end >= len(doc):
        return False
    tokens = doc[span.end : span.end + 2]
    unit = match_unit([t.text for t in tokens], [t.lemma_.lower() for t in tokens])
    return unit is not None and unit.kind in ("money", "measure")


def is_quantity(doc: Doc, candidate: Candidate, blocked: frozenset[int]) -> bool:
    """Whether a candidate read by the matcher is a quantity worth reporting.

    Args:
        doc: The Doc the candidate was read from.
        candidate: The candidate.
        blocked: Token indices from :func:`blocked_tokens`.

    Returns:
        False for years, dates, identifiers, scores, list numbers, pronoun-like
        "one", relative-date offsets and ages used as adjectives; True otherwise.
    """
    number = candidate.number
    if any(index in blocked for index in range(number.start, number.end)):
        return False
    reasons = (
        _is_year(doc, candidate),
        _is_day_of_month(doc, candidate),
        _is_identifier(doc, candidate),
        _is_score(doc, candidate),
        _is_score_range(doc, candidate),
        _is_part_half(doc, candidate),
        _is_model_name(doc, candidate),
        _is_list_marker(doc, candidate),
        _is_pronoun_number(doc, candidate),
        _is_relative_offset(doc, candidate),
        _is_street_number(doc, candidate),
        _is_age_adjective(doc, candidate),
    )
    if any(reasons):
        LOGGER.debug("not a quantity: %r", candidate.quantity.text)
    return not any(reasons)


def _is_bare_numeral(candidate: Candidate) -> bool:
    """One token of digits, no scale, no qualifier, no currency."""
    number = candidate.number
    return (
        number.end - number.start == 1
        and number.high is None
        and number.parse.numeral
        and number.parse.scale == 1.0
        and not candidate.explicit_qualifier
        and candidate.quantity.kind in COUNT_KINDS
    )


def _is_year(doc: Doc, candidate: Candidate) -> bool:
    """Years: "in 1979", "the 1980 invasion", "1983-1986"; not "2000 soldiers"."""
    number = candidate.number
    words = [token.text for token in doc[number.start : number.end]]
    numerals = [word for word in words if any(char.isdigit() for char in word)]
    written_as_years = bool(numerals) and all(YEAR_PATTERN.fullmatch(text) for text in numerals)
    bounds = (number.value, number.value if number.high is None else number.high)
    if not written_as_years or not all(FIRST_YEAR <= bound <= LAST_YEAR for bound in bounds):
        return False
    if candidate.quantity.kind not in COUNT_KINDS:
        return False
    counted = candidate.unit_token
    return counted is None or counted.tag_ not in PLURAL_NOUN_TAGS


def _is_day_of_month(doc: Doc, candidate: Candidate) -> bool:
    """Days of a month: "June 7", "7 June", "7 of June"."""
    number = candidate.number
    if not _is_bare_numeral(candidate) or number.value > LAST_DAY_OF_MONTH:
        return False
    before = doc[number.start - 1].text if number.start > 0 else ""
    after = [token.text for token in doc[number.end : number.end + 2]]
    return before in MONTH_NAMES or any(
        word in MONTH_NAMES for word in after[:1] + (after[1:] if after[:1] == ["of"] else [])
    )


def _is_identifier(doc: Doc, candidate: Candidate) -> bool:
    """Identifiers: "Resolution 598", "Article 5", "page 12", a number after what it names."""
    if not _is_bare_numeral(candidate) or candidate.start == 0:
        return False
    before = doc[candidate.start - 1]
    if before.lower_ in IDENTIFIER_NOUNS:
        return True
    # An index or a group named by an acronym: "S&P 500 utilities", "FTSE 100 firms".
    acronym = before.text.isupper() and len(before) <= MAX_NAME_ACRONYM and before.pos_ != "X"
    # Not the article or the pronoun that opens a sentence: "A 62-member team", "I 2".
    acronym = acronym and before.pos_ not in ("DET", "PRON")
    if acronym:
        return True
    # A number right after a noun, counting nothing, labels that noun ("Windows 10").
    if candidate.unit_token is None and before.pos_ in ("NOUN", "PROPN"):
        return True
    # A name with its number, lower-cased or not: "the ftse 100 index", "Nikkei 225 index".
    named = candidate.unit_token is not None and candidate.unit_token.lemma_ in NAMED_NOUNS
    return named and before.is_alpha and before.pos_ in ("NOUN", "PROPN", "ADJ")


def _is_score(doc: Doc, candidate: Candidate) -> bool:
    """Scores: "a 5-3 vote", "won 3-1", "three 4-3s": numbers joined by a hyphen, no range."""
    if not _is_bare_numeral(candidate):
        return False
    start, end = candidate.number.start, candidate.number.end
    joined_after = (
        end + 1 < len(doc) and doc[end].text in HYPHENS and doc[end + 1].text[:1].isdigit()
    )
    joined_before = start >= 2 and doc[start - 1].text in HYPHENS and doc[start - 2].like_num
    return bool(joined_after or joined_before)


def _is_score_range(doc: Doc, candidate: Candidate) -> bool:
    """Scores read as ranges: "lost 3-4", "a 2-3 defeat"."""
    number = candidate.number
    if number.high is None or candidate.unit_token is not None or number.high > MAX_SCORE:
        return False
    if not (number.value.is_integer() and number.high.is_integer()):
        return False
    before = doc[number.start - 1] if number.start > 0 else None
    after = doc[number.end] if number.end < len(doc) else None
    return bool(
        (before is not None and before.lemma_ in SCORE_VERBS)
        or (after is not None and after.lemma_ in SCORE_NOUNS)
    )


def _is_part_half(doc: Doc, candidate: Candidate) -> bool:
    """ "The second half of", "the other half of": a part, not a fraction."""
    start = candidate.number.start
    if start == 0 or doc[start].lower_ != HALF_OF_A_WHOLE:
        return False
    before = doc[start - 1]
    return before.tag_ in ("JJ", "DT") and before.lower_ not in ("a", "an")


def _is_model_name(doc: Doc, candidate: Candidate) -> bool:
    """A number glued to a capital letter names a technology or model: "5G", "3D", "4K"."""
    number = candidate.number
    end = number.end
    if end - number.start != 1 or number.high is not None or end >= len(doc):
        return False
    following = doc[end]
    glued = following.idx == doc[end - 1].idx + len(doc[end - 1])
    return glued and len(following) == 1 and following.text.isupper()


def _is_list_marker(doc: Doc, candidate: Candidate) -> bool:
    """List and footnote markers: "(1)", "[3]", or "2." / "2)" opening a line or sentence."""
    if not _is_bare_numeral(candidate) or candidate.unit_token is not None:
        return False
    start, end = candidate.start, candidate.end
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    if BRACKETS.get(before) == after:
        return True
    opens_line = start == 0 or bool(doc[start].is_sent_start) or doc[start - 1].is_space
    return opens_line and after in LIST_MARKER_ENDS


def _is_pronoun_number(doc: Doc, candidate: Candidate) -> bool:
    """The pronoun or article "one": "one of the", "One illustrative case", "one thing".

    "one" right before the noun it counts is a number: "one solution", "one count
    of fraud".
    """
    number = candidate.number
    words = [token.lower_ for token in doc[number.start : number.end]]
    if not (
        len(words) == 1
        and words[0] in PRONOUN_NUMBERS
        and not candidate.explicit_qualifier
        and candidate.quantity.kind in COUNT_KINDS
    ):
        return False
    noun = candidate.unit_token
    counts_noun = noun is not None and noun.i == number.end and noun.pos_ == "NOUN"
    return not counts_noun or noun is None or noun.lemma_ in ONE_IDIOM_NOUNS


def _is_age_adjective(doc: Doc, candidate: Candidate) -> bool:
    """Ages used as adjectives: "an 18-year-old bricklayer"; not "the 18-year-old fled"."""
    if candidate.quantity.kind != "duration" or candidate.end >= len(doc):
        return False
    last = [token.lower_ for token in doc[candidate.end - 2 : candidate.end]]
    return last == ["-", "old"] and doc[candidate.end].pos_ in ATTRIBUTED_POS


def _is_street_number(doc: Doc, candidate: Candidate) -> bool:
    """A house number: "221 Baker Street", "10 Downing St", "1600 Pennsylvania Avenue"."""
    if not _is_bare_numeral(candidate):
        return False
    following = doc[candidate.number.end : candidate.number.end + MAX_STREET_NAME + 1]
    for token in following:
        if token.text.strip(".") in STREET_WORDS:
            return token.i > candidate.number.end
        if token.pos_ != "PROPN":
            return False
    return False


def _is_relative_offset(doc: Doc, candidate: Candidate) -> bool:
    """Date offsets for the timeline: "six months before the invasion"."""
    if candidate.quantity.kind != "duration" or candidate.end >= len(doc):
        return False
    return doc[candidate.end].lower_ in RELATIVE_OFFSET_WORDS
