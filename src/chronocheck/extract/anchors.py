"""Resolve time expressions anchored on an event the article dates elsewhere.

"six months before Iraq's invasion" names an event, not a date. The article may
date that event in another sentence ("Iraqi forces initiated an invasion ... on
September 22, 1980"). We find that sentence's claim by the event word
("invasion" ~ "invade") and the actors it shares with the anchor phrase, and
compute the date: 22 Sep 1980 minus six months = March 1980.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from chronocheck.actors import same_actor
from chronocheck.dates import (
    PRECISION_ORDER,
    UNIT_PRECISION,
    format_date,
    interval_of,
    parse_duration,
    shift_from,
)
from chronocheck.extract.claim_lexicon import event_lemma
from chronocheck.models import Claim, Timex

LOGGER = logging.getLogger(__name__)

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: Verbs too general to identify an event by ("the wall went up", "it came").
GENERIC_EVENTS = frozenset({"be", "come", "do", "get", "go", "have", "make", "take"})


def is_absolute(timex: Timex) -> bool:
    """A DATE with a fixed interval that does not hang on another expression."""
    return (
        timex.type in ("DATE", "TIME")
        and timex.earliest is not None
        and (timex.anchor is None or timex.anchor.kind == "document")
    )


def _event_date(claim: Claim) -> Timex | None:
    """The date that can anchor another expression on this claim's event: a point
    or period fixed by the text (absolute, or counted from another date), not a
    span of years ("1961–1989"), a vague one, or one that hangs on an event."""
    for timex in claim.times:
        fixed = is_absolute(timex) or (
            timex.anchor is not None and timex.anchor.kind == "timex" and timex.anchor.resolved
        )
        if fixed and timex.earliest and not timex.vague and "/" not in (timex.value or ""):
            return timex
    return None


@dataclass(frozen=True, slots=True)
class _AnchorPhrase:
    """What an anchor phrase names: its event word and its actors."""

    event: str | None
    actors: frozenset[str]
    at: int


def _anchor_phrase(doc: Doc, timex: Timex) -> _AnchorPhrase | None:
    anchor = timex.anchor
    if anchor is None or anchor.start is None or anchor.end is None:
        return None
    span = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
    if span is None:
        return None
    actors = frozenset(ent.text for ent in span.ents if ent.label_ in ACTOR_LABELS)
    event = event_lemma(span.root.lemma_)
    return _AnchorPhrase(None if event in GENERIC_EVENTS else event, actors, anchor.start)


def _claim_events(doc: Doc, claim: Claim) -> set[str]:
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return set()
    return {event_lemma(t.lemma_) for t in span if t.pos_ in ("NOUN", "VERB", "PROPN")}


def _shared_actors(claim: Claim, actors: frozenset[str]) -> int:
    return sum(1 for a in actors if any(same_actor(a, e.text) for e in claim.entities))


def _best_anchor(
    phrase: _AnchorPhrase, candidates: Sequence[Claim], events: dict[str, set[str]]
) -> Timex | None:
    """The date of the claim that most plausibly reports the anchor's event.

    A phrase that names actors ("Iraq's invasion", "the attack on Halabja") needs a
    claim that shares one of them; a phrase with none ("the ceasefire") needs a
    claim with its event word. Among those: a claim whose predicate is the event,
    then one that mentions it, then shared actors, the finer date, the nearer claim.
    """

    def rank(claim: Claim) -> tuple[bool, bool, int, int, int]:
        date = _event_date(claim)
        finest = -PRECISION_ORDER.index((date and date.precision) or "millennium")
        shared = _shared_actors(claim, phrase.actors)
        # A claim *about* the event ("the ceasefire took effect on ...") beats one
        # that only mentions it ("... adopted a resolution calling for a ceasefire").
        about = claim.predicate is not None and event_lemma(claim.predicate) == phrase.event
        mentions = phrase.event in events[claim.id]
        return about, mentions, shared, finest, -abs(claim.start - phrase.at)

    if phrase.actors:
        fitting = [c for c in candidates if _shared_actors(c, phrase.actors)]
    else:
        fitting = [c for c in candidates if phrase.event and phrase.event in events[c.id]]
    return _event_date(max(fitting, key=rank)) if fitting else None


def _shifted(timex: Timex, anchor_time: Timex) -> Timex | None:
    anchor = timex.anchor
    parts = parse_duration(anchor.offset) if anchor and anchor.offset else None
    base = interval_of(anchor_time.value) if anchor_time.value else None
    if anchor is None or anchor.offset is None or parts is None or base is None:
        return None
    # The tagger may know a finer precision than the unit's ("35 years to the day").
    own = timex.precision or UNIT_PRECISION.get(parts[1], "day")
    shifted = shift_from(base, anchor.offset, direction=anchor.direction, own=own)
    if shifted is None:
        return None
    value = format_date(*shifted)
    interval = interval_of(value)
    if interval is None:
        return None
    return replace(
        timex,
        value=value,
        precision=shifted[1],
        earliest=interval.earliest.isoformat(),
        latest=interval.latest.isoformat(),
        anchor=replace(anchor, ref=anchor_time.id, resolved=True),
    )


def resolve_event_anchors(doc: Doc, claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """Resolve every event-anchored time expression that the article lets us date.

    Args:
        doc: The annotated article.
        claims: Claims whose times may hang on events.

    Returns:
        The claims, with resolved copies of the time expressions that could be
        resolved; the others are left unresolved, never guessed.
    """
    events = {claim.id: _claim_events(doc, claim) for claim in claims}
    dated = [c for c in claims if _event_date(c) is not None]
    resolved_claims = []
    for claim in claims:
        times = []
        for timex in claim.times:
            anchor = timex.anchor
            phrase = _anchor_phrase(doc, timex)
            if anchor is None or anchor.kind != "event" or anchor.resolved or phrase is None:
                times.append(timex)
                continue
            others = [c for c in dated if c.id != claim.id]
            anchor_time = _best_anchor(phrase, others, events)
            if anchor_time is None:
                LOGGER.debug("no dated event for %r", anchor.text)
            resolved = None if anchor_time is None else _shifted(timex, anchor_time)
            times.append(resolved or timex)
        resolved_claims.append(replace(claim, times=tuple(times)))
    return tuple(resolved_claims)
