"""Resolve time expressions anchored on an event the article dates elsewhere.

"six months before Iraq's invasion" names an event, not a date. The article may
date that event in another sentence ("Iraqi forces initiated an invasion ... on
September 22, 1980"). We find that sentence's claim by the event word
("invasion" ~ "invade") and the actors it shares with the anchor phrase, and
compute the date: 22 Sep 1980 minus six months = March 1980.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from chronocheck.actors import same_actor
from chronocheck.dates import (
    PRECISION_ORDER,
    UNIT_PRECISION,
    add_duration,
    coarser_precision,
    format_date,
    interval_of,
    parse_duration,
)
from chronocheck.extract.claim_lexicon import event_lemma
from chronocheck.models import Claim, Timex

LOGGER = logging.getLogger(__name__)

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def is_absolute(timex: Timex) -> bool:
    """A DATE with a fixed interval that does not hang on another expression."""
    return (
        timex.type in ("DATE", "TIME")
        and timex.earliest is not None
        and (timex.anchor is None or timex.anchor.kind == "document")
    )


def _anchor_words(doc: Doc, timex: Timex) -> tuple[str | None, set[str]]:
    """The event word of an anchor phrase and the actors it names."""
    anchor = timex.anchor
    if anchor is None or anchor.start is None or anchor.end is None:
        return None, set()
    span = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
    if span is None:
        return None, set()
    actors = {ent.text for ent in span.ents if ent.label_ in ACTOR_LABELS}
    return event_lemma(span.root.lemma_), actors


def _claim_events(doc: Doc, claim: Claim) -> set[str]:
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return set()
    return {event_lemma(t.lemma_) for t in span if t.pos_ in ("NOUN", "VERB", "PROPN")}


def _score(claim: Claim, actors: set[str], anchor_at: int) -> tuple[int, int, int]:
    shared = sum(1 for a in actors if any(same_actor(a, e.text) for e in claim.entities))
    dated = next(t for t in claim.times if is_absolute(t))
    finest = -PRECISION_ORDER.index(dated.precision or "millennium")
    return shared, finest, -abs(claim.start - anchor_at)


def _shifted(timex: Timex, anchor_time: Timex) -> Timex | None:
    anchor = timex.anchor
    if anchor is None or anchor.offset is None or anchor_time.earliest is None:
        return None
    sign = -1 if anchor.direction == "before" else 1
    base = dt.date.fromisoformat(anchor_time.earliest)
    day = add_duration(base, anchor.offset, sign=sign)
    parts = parse_duration(anchor.offset)
    if day is None or parts is None:
        return None
    unit_precision = UNIT_PRECISION.get(parts[1], "day")
    precision = coarser_precision(anchor_time.precision or "day", unit_precision)
    value = format_date(day, precision)
    interval = interval_of(value)
    if interval is None:
        return None
    return replace(
        timex,
        value=value,
        precision=precision,
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
    dated = [c for c in claims if any(is_absolute(t) for t in c.times)]
    resolved_claims = []
    for claim in claims:
        times = []
        for timex in claim.times:
            anchor = timex.anchor
            if anchor is None or anchor.kind != "event" or anchor.resolved:
                times.append(timex)
                continue
            word, actors = _anchor_words(doc, timex)
            candidates = [c for c in dated if c.id != claim.id and word in events[c.id]]
            if not candidates:
                LOGGER.debug("no dated event for %r", anchor.text)
                times.append(timex)
                continue
            best = max(candidates, key=lambda c: _score(c, actors, anchor.start or 0))
            anchor_time = next(t for t in best.times if is_absolute(t))
            times.append(_shifted(timex, anchor_time) or timex)
        resolved_claims.append(replace(claim, times=tuple(times)))
    return tuple(resolved_claims)
