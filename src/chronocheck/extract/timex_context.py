"""What the sentence around a time expression tells the grammar.

The grammar reads plain text; this module looks at the parsed Doc to snap its
offsets to tokens, drop years that are really counts ("1500 troops"), link an
offset to the phrase it is measured from ("eight days after its issuance on
August 19, 1987"), notice sentences about the future ("will meet Friday") and
keep yearly recurring dates ("annually ... on September 22") without a year.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from chronocheck.extract.timex_filter import filter_timex_candidates
from chronocheck.extract.timex_lexicon import ADVERB_DIRECTIONS
from chronocheck.extract.timex_parse import Tense, TimexAnchor, TimexParse
from chronocheck.extract.timex_rules_narrative import is_year_comparison

LOGGER = logging.getLogger(__name__)


#: NER labels that say a four-digit number counts something rather than dates it.
COUNT_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})
#: NER labels that confirm a four-digit number is a year.
DATE_LABELS = frozenset({"DATE", "TIME"})
#: Tags of plural nouns, the only nouns a number can count.
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
#: Dependency labels of a number that counts the noun it modifies.
COUNT_DEPS = frozenset({"nummod", "quantmod"})
#: Dependencies of a preposition's object or clause: the anchor phrase.
OBJECT_DEPS = frozenset({"pobj", "pcomp"})
#: Punctuation that ends an anchor phrase.
PHRASE_BREAKS = frozenset({",", ";", ":", "(", ")", "\u2014", "\u2013", "--", "."})
#: Without a parser, an anchor phrase is cut after this many tokens.
MAX_ANCHOR_TOKENS = 8
#: Words that make a sentence speak of the future.
FUTURE_MARKERS = frozenset({"will", "'ll", "shall", "wo"})
#: Tags of a verb in the present tense.
PRESENT_TAGS = frozenset({"VBZ", "VBP", "VBG"})
#: Dependencies of a date that names a thing rather than dates an event ("the 1996 campaign").
ATTRIBUTIVE_DEPS = frozenset({"nummod", "compound", "amod"})
#: The auxiliary of the past perfect ("had become").
PERFECT_PAST_AUXILIARIES = frozenset({"had", "'d"})
#: Words before a date that put it at or after the act told, whatever the verb's
#: tense: a deadline ("extended to Nov. 16", "until mid-November", "by Jan. 14") or
#: a payment ("payable Dec. 7 to stock of record Nov. 22", "effective June 1").
DEADLINE_WORDS = frozenset({"to", "until", "till", "by", "payable", "record", "effective", "due"})
#: Verbs whose subject, when a bare four-digit number, is a year: a time witnesses
#: or brings events ("2067 saw the talks collapse", "1991 brought peace").
WITNESSING_VERBS = frozenset({"see", "bring", "witness", "mark"})
#: Words before a weekday that put it ahead even after a past verb: a deadline set
#: ("gave them until Tuesday") or an earliest time ("as soon as Tuesday").
WEEKDAY_DEADLINE_WORDS = frozenset({"until", "till", "as"})
#: SET values of adjectives that name a business term ("a quarterly dividend").
ACCOUNTING_FREQUENCIES = frozenset({"P1Q", "P1Y"})
#: SET values that make a date in the same sentence recur every year.
YEARLY_SETS = frozenset({"P1Y"})


def apply_context(doc: Doc, parses: Sequence[TimexParse]) -> list[tuple[Span, TimexParse]]:
    """Snap parses to tokens and fill in what the sentence tells about them.

    Args:
        doc: The annotated Doc (NER and parse are used when present).
        parses: The grammar's parses of ``doc.text``, in text order.

    Returns:
        ``(span, parse)`` pairs in text order; the parse's offsets equal the span's.
    """
    snapped = [_snap(doc, parse) for parse in parses]
    kept = filter_timex_candidates(
        doc,
        [
            (span, parse)
            for span, parse in snapped
            if not _is_count(span, parse) and not _is_frequency_adjective(span, parse)
        ],
    )
    # Dates an anchor phrase may hold: explicit ones, and those that only lack a
    # year ("a year earlier" than "the third quarter").
    dates = [parse for _, parse in kept if _is_calendar_date(parse)]
    yearly = {
        _sentence(span).start
        for span, parse in kept
        if parse.type == "SET" and parse.value in YEARLY_SETS
    }
    # Doc.text joins every token on each access: read it once.
    anchors = _AnchorContext(doc, doc.text, dates, _covered(dates))
    result = []
    for span, parse in kept:
        if parse.reference == "anchor" and parse.anchor is None:
            parse = replace(parse, anchor=_link_anchor(anchors, span, parse))
        if _can_anchor_the_narrative(parse):
            anchors.told.append(parse)
            if _is_flashback(span) or (parse.bare_number and _is_attributive(span)):
                anchors.background.add(parse.start)
        if parse.unit in ("WD", "WE") or parse.reference == "narrative":
            parse = replace(parse, tense=_tense(span))
        if (
            parse.unit == "WD"
            and _follows_a_deadline_word(span, WEEKDAY_DEADLINE_WORDS)
            and not _is_flashback(span)
        ):
            # "given them until Tuesday", "could come as early as Tuesday": the day
            # ahead; but "Until Thursday, they had not called him a suspect" is past.
            parse = replace(parse, tense="future")
        if parse.reference == "narrative" and _follows_a_deadline_word(span, DEADLINE_WORDS):
            # "extended to Nov. 16", "payable Dec. 7": the verb's past says nothing
            # of the date, which lies ahead of the act.
            parse = replace(parse, tense="unknown")
        if (
            parse.reference == "narrative"
            and parse.precision == "day"
            and _sentence(span).start in yearly
        ):
            # "annually ... on September 22": every year, so no year (XXXX-09-22).
            parse = replace(parse, reference="none")
        result.append((span, parse))
    return result


def _is_calendar_date(parse: TimexParse) -> bool:
    return parse.is_explicit_date or (parse.reference == "narrative" and parse.type == "DATE")


def _can_anchor_the_narrative(parse: TimexParse) -> bool:
    """Whether a later "two months later" may count from this expression.

    Any date the resolver can compute qualifies: explicit, year-less, deictic, or
    itself measured from a date; not one measured from an event or left vague,
    and not a period named only to compare with ("the year-ago quarter", "a year ago").
    """
    if parse.type != "DATE" or parse.vague or is_year_comparison(parse):
        return False
    if parse.reference == "anchor":
        return parse.anchor is not None and parse.anchor.kind != "event"
    return _is_calendar_date(parse) or parse.reference == "document"


def _snap(doc: Doc, parse: TimexParse) -> tuple[Span, TimexParse]:
    """Widen a parse (and its parts and anchor) to whole tokens."""
    span = doc.char_span(parse.start, parse.end, alignment_mode="expand")
    if span is None:  # only when the offsets are out of range, which the grammar never does
        span = doc[:]
    parts = tuple(_snap(doc, part)[1] for part in parse.parts)
    anchor = parse.anchor
    if anchor is not None and anchor.start is not None and anchor.end is not None:
        anchor_span = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
        if anchor_span is not None:
            anchor = replace(
                anchor,
                text=anchor_span.text,
                start=anchor_span.start_char,
                end=anchor_span.end_char,
            )
    snapped = replace(parse, start=span.start_char, end=span.end_char, parts=parts, anchor=anchor)
    return span, snapped


def _is_count(span: Span, parse: TimexParse) -> bool:
    """Whether a bare four-digit number counts something ("1500 troops")."""
    if not parse.bare_number:
        return False
    token = span[0]
    if token.ent_type_ in DATE_LABELS or _is_witnessing_subject(token):
        return False
    # "1500 troops" counts; "the 1996 campaign" dates (a count needs a plural noun).
    counts_a_noun = token.dep_ in COUNT_DEPS and token.head.tag_ in PLURAL_NOUN_TAGS
    return token.ent_type_ in COUNT_LABELS or counts_a_noun


def _follows_a_deadline_word(span: Span, words: frozenset[str]) -> bool:
    """Whether the word before ``span`` is one of ``words`` ("until", "payable", "record")."""
    start = span.start
    # Skip a part word: "until mid-November" is read from "until".
    while start > 0 and span.doc[start - 1].lower_ in ("mid", "-", "early", "late"):
        start -= 1
    return start > 0 and span.doc[start - 1].lower_ in words


def _is_witnessing_subject(token: Token) -> bool:
    """Whether a number is the subject of what only a time does ("2067 saw ...").

    "1980 saw the war begin", "1991 brought peace" and "2085 was when the ceasefire
    took effect" speak of years; a count is the subject of what people do ("1500
    died") or is counted ("1500 was the toll").
    """
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    if verb.lemma_ in WITNESSING_VERBS:
        return verb.pos_ == "VERB"
    return verb.lemma_ == "be" and any(
        child.dep_ in ("advcl", "ccomp", "attr") and child.left_edge.lower_ == "when"
        for child in verb.children
    )


def _is_frequency_adjective(span: Span, parse: TimexParse) -> bool:
    """Whether a one-word SET names a kind of thing ("a quarterly dividend").

    A quarterly or yearly payment or report is a business term, not a time, and
    TempEval leaves it out; "his weekly radio address", "daily flights" and
    "hourly earnings" say how often it happens, and are annotated.
    """
    return (
        parse.type == "SET"
        and parse.value in ACCOUNTING_FREQUENCIES
        and len(span) == 1
        and span[0].tag_ == "JJ"
    )


def _sentence(span: Span) -> Span:
    doc = span.doc
    return span.sent if doc.has_annotation("SENT_START") else doc[:]


def _tense(span: Span) -> Tense:
    """The tense of the verb that governs ``span`` ("will meet Friday" is future).

    Without a dependency parse, a future auxiliary anywhere in the sentence counts.
    """
    if not span.doc.has_annotation("DEP"):
        future = any(_is_future_auxiliary(token) for token in _sentence(span))
        return "future" if future else "unknown"
    verb = _governing_verb(span)
    auxiliaries = _auxiliaries(verb)
    if any(_is_future_auxiliary(child) for child in auxiliaries):
        return "future"
    # "plans to meet Friday", "is scheduled to vote Monday"
    if verb.tag_ == "VB" and any(child.lower_ == "to" for child in auxiliaries):
        return "future"
    if verb.tag_ == "VBD" or any(child.tag_ == "VBD" for child in auxiliaries):
        return "past"
    return "present" if verb.tag_ in PRESENT_TAGS else "unknown"


def _governing_verb(span: Span) -> Token:
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _auxiliaries(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ in ("aux", "auxpass")]


def _is_flashback(span: Span) -> bool:
    """Whether ``span`` dates a verb in the past perfect ("who had become president in 1978").

    A flashback steps out of the story: the next "two months later" still counts
    from the story's own last date.
    """
    if not span.doc.has_annotation("DEP"):
        return False
    verb = _governing_verb(span)
    # "had fled in June 1998 and returned later that year": a verb joined to a
    # past perfect one shares its auxiliary.
    while verb.dep_ == "conj" and not _auxiliaries(verb) and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ == "VBN" and any(
        child.lower_ in PERFECT_PAST_AUXILIARIES for child in _auxiliaries(verb)
    )


def _is_attributive(span: Span) -> bool:
    """Whether ``span`` modifies a noun after it ("the 1975 Algiers Agreement")."""
    if not span.doc.has_annotation("DEP"):
        return False
    root = span.root
    return (
        root.dep_ in ATTRIBUTIVE_DEPS
        and root.head.i >= span.end
        and root.head.pos_ in ("NOUN", "PROPN")
    )


def _is_future_auxiliary(token: Token) -> bool:
    return token.lower_ in FUTURE_MARKERS and token.tag_ == "MD"


def _anchor_phrase(doc: Doc, span: Span, inside_dates: set[int]) -> Span | None:
    """The words after "before"/"after" that name what the offset is measured from.

    The phrase ends at the first punctuation mark that is not inside a date
    (``inside_dates`` holds the character offsets covered by explicit dates).
    """
    head = span[-1]
    if head.lower_ in ADVERB_DIRECTIONS or head.i + 1 >= len(doc):
        return None
    end = _phrase_end(doc, head)
    if end is None:
        return None
    stop = next(
        (
            token.i
            for token in doc[head.i + 1 : end]
            if token.text in PHRASE_BREAKS and token.idx not in inside_dates
        ),
        end,
    )
    phrase = doc[head.i + 1 : stop]
    return phrase if len(phrase) else None


def _phrase_end(doc: Doc, head: Token) -> int | None:
    """Token index after the object of the preposition ``head`` (or a guess without a parser)."""
    if not doc.has_annotation("DEP"):
        return min(len(doc), head.i + 1 + MAX_ANCHOR_TOKENS)
    objects = [child for child in head.children if child.dep_ in OBJECT_DEPS]
    if objects:
        return int(objects[0].right_edge.i) + 1
    if head.dep_ == "mark" and head.head.i > head.i:
        return int(head.head.right_edge.i) + 1
    return None


@dataclass(slots=True)
class _AnchorContext:
    """What linking an anchor needs to know about the whole text.

    Attributes:
        doc: The annotated Doc.
        text: Its text.
        dates: Its calendar dates (explicit or year-less), which an anchor phrase may hold.
        covered: The character offsets inside ``dates``.
        told: The dates that may anchor the narrative, in text order, up to the
            expression being linked.
        background: Start offsets of the dates in ``told`` that do not move the
            story's time: those of a flashback or naming a thing ("the 1975 treaty").
    """

    doc: Doc
    text: str
    dates: Sequence[TimexParse]
    covered: set[int]
    told: list[TimexParse] = field(default_factory=list)
    background: set[int] = field(default_factory=set)


def _covered(dates: Sequence[TimexParse]) -> set[int]:
    return {offset for date in dates for offset in range(date.start, date.end)}


def _link_anchor(context: _AnchorContext, span: Span, parse: TimexParse) -> TimexAnchor:
    """Find what "N units after/before" or "the following year" is measured from.

    A date inside the phrase that follows wins ("after its issuance on August 19,
    1987"); otherwise the phrase names an event ("before Iraq's invasion"), even
    when the sentence dates the expression itself ("hit on 4 May, three days after
    the Belgrano went down"). With no phrase ("a year later", "that day") the
    anchor is the last date told before the expression, anywhere in the text
    (TempEval's narrative convention), skipping flashbacks and dates that name a
    thing unless no other date was told, or else the document date.

    Args:
        context: The text's dates and the dates told so far.
        span: The expression's tokens.
        parse: The expression.

    Returns:
        The anchor, not yet resolved.
    """
    phrase = None if parse.anaphoric else _anchor_phrase(context.doc, span, context.covered)
    if phrase is not None:
        inside = [
            date
            for date in context.dates
            if date.start >= phrase.start_char and date.end <= phrase.end_char
        ]
        if inside:
            return _timex_anchor(context.text, inside[0])
        return TimexAnchor(
            kind="event", text=phrase.text, start=phrase.start_char, end=phrase.end_char
        )
    # Outside a flashback, background dates do not move the story's time.
    skipped = set() if _is_flashback(span) else context.background
    before = [date for date in context.told if date.end <= span.start_char]
    last = next((date for date in reversed(before) if date.start not in skipped), None)
    # A story told only in flashback still counts from its dates, not from the
    # document's: "It had opened in 1961. Two years later it closed" is 1963.
    last = last or (before[-1] if before else None)
    return _timex_anchor(context.text, last) if last else TimexAnchor(kind="document")


def _timex_anchor(text: str, parse: TimexParse) -> TimexAnchor:
    return TimexAnchor(
        kind="timex",
        text=text[parse.start : parse.end],
        start=parse.start,
        end=parse.end,
        timex_start=parse.start,
    )
