"""Turn a parsed article into claims: one per checkable clause.

A clause is checkable when it dates an event, states a quantity, attributes a
statement to someone, quotes someone, states a cause, or reports an action
between two or more named entities. Clauses with none of these (pure opinion,
for instance) are folded into the clause above them and, if the whole sentence
has nothing checkable, dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from chronocheck.extract.claim_lexicon import (
    CAUSAL_CUES,
    HEDGES,
    MODAL_HEDGES,
    REPORTING_VERBS,
)
from chronocheck.extract.clauses import Clause, split_clauses
from chronocheck.models import Claim, ClaimKind, EntityMention, Quantity, Timex

LOGGER = logging.getLogger(__name__)

#: Check-worthiness weights, hand-set until the trained model of issue #6 replaces
#: them: a dated or quantified claim is what a reader most needs checked.
WORTH_BASE = 0.1
WORTH_WEIGHTS: dict[ClaimKind, float] = {
    "event": 0.3,
    "quantity": 0.3,
    "attribution": 0.1,
    "quote": 0.1,
    "causal": 0.15,
}
WORTH_PER_ENTITY = 0.05
WORTH_MAX_ENTITIES = 4
WORTH_HEDGE_PENALTY = 0.15
#: An undated action is checkable when it names at least this many entities.
MIN_ENTITIES_FOR_ACTION = 2
THIRD_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
#: Quotations of fewer words are scare quotes unless a reporting verb introduces them.
MIN_QUOTE_WORDS = 4
#: Two-word causal cues: "led to", "resulted in", "due to", "thanks to".
CAUSAL_PAIRS = frozenset({("lead", "to"), ("result", "in"), ("due", "to"), ("thanks", "to")})
#: Kinds a reported clause may have and still belong to its reporting clause.
REPORTED_KINDS: frozenset[ClaimKind] = frozenset({"quote", "attribution", "causal"})
#: Verbs that say when an event happened rather than what happened.
ASPECTUAL_VERBS = frozenset(
    {"begin", "start", "end", "finish", "occur", "happen", "take", "come", "break", "continue"}
)
#: Relative pronouns, which stand for the noun their clause hangs on.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


@dataclass(frozen=True, slots=True)
class _Parts:
    """The checkable parts found inside one clause."""

    times: tuple[Timex, ...]
    quantities: tuple[Quantity, ...]
    entities: tuple[EntityMention, ...]
    kinds: tuple[ClaimKind, ...]


def _inside(start: int, end: int, clause_chars: set[int]) -> bool:
    return start in clause_chars or (end - 1) in clause_chars


def _clause_chars(clause: Clause) -> set[int]:
    chars: set[int] = set()
    for token in clause.tokens:
        chars.update(range(token.idx, token.idx + len(token.text_with_ws)))
    return chars


def _owner_token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else span.root


def _assign_to_clause(doc: Doc, clauses: Sequence[Clause], start: int, end: int) -> Clause | None:
    """The clause that owns a span: the one that owns its syntactic root.

    A relative clause hanging on a date ("June 18, 1988, when the NLA liberated
    Mehran") takes the date: the date dates that clause, not the one it sits in.
    """
    for clause in clauses:
        if clause.head.dep_ == "relcl" and start <= clause.head.head.idx < end:
            return clause
    root = _owner_token(doc, start, end)
    if root is None:
        return None
    for clause in clauses:
        if any(t.i == root.i for t in clause.tokens):
            return clause
    return None


def _quotations(text: str) -> list[tuple[int, int]]:
    """Offsets (within ``text``) of the words inside each pair of quotation marks."""
    spans = []
    for open_char, close_char in (("“", "”"), ('"', '"')):
        at = 0
        while (first := text.find(open_char, at)) >= 0:
            last = text.find(close_char, first + 1)
            if last < 0:
                break
            spans.append((first + 1, last))
            at = last + 1
    return spans


def _is_quote(text: str, reporting: bool) -> bool:
    """A quotation makes a quote claim when it is long enough to be someone's words,
    or when a reporting verb gives it to someone ("dismissed it as “treachery”").
    Short scare quotes ("“Iran experts”") do not."""
    for first, last in _quotations(text):
        words = len(text[first:last].split())
        if words >= MIN_QUOTE_WORDS or (reporting and words > 0):
            return True
    return False


def _is_causal(tokens: Sequence[Token]) -> bool:
    for token in tokens:
        lemma = token.lemma_.lower()
        if lemma in CAUSAL_CUES:
            return True
        following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
        if (lemma, following) in CAUSAL_PAIRS:
            return True
    return False


def _kinds(
    clause: Clause,
    text: str,
    times: Sequence[Timex],
    quantities: Sequence[Quantity],
    entities: Sequence[EntityMention],
) -> tuple[ClaimKind, ...]:
    # A clause without a verb (a headline, a caption, a dateline) asserts nothing.
    if not any(t.pos_ in ("VERB", "AUX") for t in clause.tokens):
        return ()
    kinds: list[ClaimKind] = []
    if any(t.type in ("DATE", "TIME") and not t.vague for t in times):
        kinds.append("event")
    if quantities:
        kinds.append("quantity")
    reporting = clause.head.lemma_.lower() in REPORTING_VERBS
    if reporting and _subject(clause.head) is not None:
        kinds.append("attribution")
    if _is_quote(text, reporting):
        kinds.append("quote")
    actors = {e.text for e in entities if e.label in ENTITY_ACTORS}
    if _is_causal(clause.tokens) and (kinds or len(actors) >= MIN_ENTITIES_FOR_ACTION):
        kinds.append("causal")
    if not kinds and clause.head.pos_ in ("VERB", "AUX"):
        if len(actors) >= MIN_ENTITIES_FOR_ACTION and clause.head.tag_ in ("VBD", "VBN"):
            kinds.append("event")
    return tuple(kinds)


#: Entity labels that count as actors or places for an undated event claim.
ENTITY_ACTORS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"})


def _subject(head: Token) -> Token | None:
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def _subtree_text(token: Token) -> str:
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text


def _subtree_text_without_clause(noun: Token, clause_head: Token) -> str:
    """The noun phrase of ``noun`` without the relative clause hanging on it."""
    inside = {t.i for t in clause_head.subtree}
    tokens = [t for t in noun.subtree if t.i not in inside and not t.is_punct]
    tokens = [t for t in tokens if noun.left_edge.i <= t.i <= noun.i]
    return noun.doc[tokens[0].i : tokens[-1].i + 1].text


def _resolve_pronoun(token: Token, entities: Sequence[EntityMention]) -> str:
    """A third-person pronoun stands for the last person named before it; a
    relative pronoun for the noun its clause hangs on."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return _subtree_text_without_clause(token.head.head, token.head)
    if token.lower_ not in THIRD_PERSON_PRONOUNS:
        return _subtree_text(token)
    people = [e for e in entities if e.label == "PERSON" and e.end <= token.idx]
    return people[-1].text if people else token.text


def _asserted_by(clause: Clause, entities: Sequence[EntityMention]) -> str | None:
    """Who the article says makes the assertion: a reporting verb's subject, or
    the object of "according to"."""
    for token in clause.tokens:
        if token.lower_ == "according":
            for to in token.children:
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return _subtree_text(obj)
    candidates = [clause.head] + ([clause.head.head] if clause.head.dep_ == "ccomp" else [])
    for verb in candidates:
        if verb.lemma_.lower() in REPORTING_VERBS:
            subject = _subject(verb)
            if subject is not None:
                return _resolve_pronoun(subject, entities)
    return None


def _predicate(head: Token) -> str:
    """The clause's main verb, or the event noun an aspectual verb is about:
    "the ceasefire took effect" and "the ceasefire began" both report the ceasefire."""
    subject = _subject(head)
    if head.lemma_.lower() in ASPECTUAL_VERBS and subject is not None and subject.pos_ == "NOUN":
        return subject.lemma_.lower()
    return head.lemma_.lower()


def _negated(clause: Clause) -> bool:
    heads = {clause.head.i} | {c.i for c in clause.head.children if c.dep_ in ("aux", "auxpass")}
    return any(t.dep_ == "neg" and t.head.i in heads for t in clause.tokens)


def _hedged(clause: Clause) -> bool:
    # "may" is a hedge as a modal verb, not as the month ("in May 1982").
    return any(
        t.lower_ in HEDGES and (t.lower_ not in MODAL_HEDGES or t.tag_ == "MD")
        for t in clause.tokens
    )


def _checkworthiness(parts: _Parts, hedged: bool) -> float:
    score = WORTH_BASE + sum(WORTH_WEIGHTS[k] for k in parts.kinds)
    score += WORTH_PER_ENTITY * min(len(parts.entities), WORTH_MAX_ENTITIES)
    if hedged:
        score -= WORTH_HEDGE_PENALTY
    return round(min(1.0, max(0.0, score)), 3)


def _parts_of(
    doc: Doc,
    sent: Span,
    clause: Clause,
    clauses: Sequence[Clause],
    timexes: Sequence[Timex],
    quantities: Sequence[Quantity],
    entities: Sequence[EntityMention],
) -> _Parts:
    chars = _clause_chars(clause)
    # Dates inside a quotation ("Today Mehran, Tomorrow Tehran") are the speaker's.
    quoted = [(sent.start_char + a, sent.start_char + b) for a, b in _quotations(sent.text)]
    own_times = tuple(
        t
        for t in timexes
        if _assign_to_clause(doc, clauses, t.start, t.end) is clause
        and not any(a <= t.start and t.end <= b for a, b in quoted)
    )
    own_quantities = tuple(q for q in quantities if _inside(q.start, q.end, chars))
    own_entities = tuple(e for e in entities if _inside(e.start, e.end, chars))
    text = sent.text[clause.start_char - sent.start_char : clause.end_char - sent.start_char]
    kinds = _kinds(clause, text, own_times, own_quantities, own_entities)
    return _Parts(own_times, own_quantities, own_entities, kinds)


def _folds(clause: Clause, parts: _Parts) -> bool:
    """Whether a clause belongs to the clause above it rather than standing alone:
    when it has nothing checkable, or when it is only the words a reporting verb
    reports ("He proclaimed that he had “drunk the poison chalice”")."""
    if not parts.kinds:
        return True
    reported = clause.head.dep_ == "ccomp" and clause.head.head.lemma_.lower() in REPORTING_VERBS
    return reported and set(parts.kinds) <= REPORTED_KINDS


def _sentence_clauses(
    doc: Doc,
    sent: Span,
    timexes: Sequence[Timex],
    quantities: Sequence[Quantity],
    entities: Sequence[EntityMention],
) -> Iterator[tuple[Clause, _Parts]]:
    """The checkable clauses of a sentence, with non-checkable ones folded upwards."""
    start, end = sent.start_char, sent.end_char
    timexes = [t for t in timexes if start <= t.start < end]
    quantities = [q for q in quantities if start <= q.start < end]
    entities = [e for e in entities if start <= e.start < end]
    clauses = list(split_clauses(sent))
    parts = {
        id(c): _parts_of(doc, sent, c, clauses, timexes, quantities, entities) for c in clauses
    }
    # Deepest first, so that a chain of non-checkable clauses folds all the way up.
    for clause in sorted(clauses, key=lambda c: -c.depth()):
        if clause.parent is None or not _folds(clause, parts[id(clause)]):
            continue
        clause.parent.absorb(clause)
        for other in clauses:
            if other.parent is clause:
                other.parent = clause.parent
        clauses.remove(clause)
    for clause in clauses:
        found = _parts_of(doc, sent, clause, clauses, timexes, quantities, entities)
        if found.kinds:
            yield clause, found


def extract_claims(
    doc: Doc,
    timexes: Sequence[Timex],
    quantities: Sequence[Quantity],
    entities: Sequence[EntityMention],
) -> tuple[Claim, ...]:
    """Find the article's checkable claims, in text order.

    Args:
        doc: The annotated article.
        timexes: Its time expressions (from :func:`extract_timexes`).
        quantities: Its quantities.
        entities: Its named entities.

    Returns:
        Claims with ids ``c1``, ``c2``... by start offset.
    """
    # Doc.text joins every token on each access: read it once.
    doc_text = doc.text
    found: list[tuple[Clause, _Parts]] = []
    for sent in doc.sents:
        found.extend(_sentence_clauses(doc, sent, timexes, quantities, entities))
    found.sort(key=lambda item: (item[0].start_char, -item[0].end_char))
    ids = {id(clause): f"c{n}" for n, (clause, _) in enumerate(found, start=1)}
    claims = []
    for clause, parts in found:
        hedged = _hedged(clause)
        parent = clause.parent
        while parent is not None and id(parent) not in ids:
            parent = parent.parent
        claims.append(
            Claim(
                id=ids[id(clause)],
                text=doc_text[clause.start_char : clause.end_char],
                start=clause.start_char,
                end=clause.end_char,
                kinds=parts.kinds,
                times=parts.times,
                quantities=parts.quantities,
                entities=parts.entities,
                predicate=_predicate(clause.head),
                negated=_negated(clause),
                hedged=hedged,
                asserted_by=_asserted_by(clause, entities),
                checkworthiness=_checkworthiness(parts, hedged),
                parent=None if parent is None else ids[id(parent)],
            )
        )
    return tuple(claims)
