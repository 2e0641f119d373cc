"""Turn a claim's best matches into a verdict with evidence and the part that differs.

Dates: the claim's dates are compared with the matched event's at the coarser
of the two precisions (``compare_dates``). A claim that agrees with no date of a
trustworthy match is ``contradicted``, unless a source the pack records gives
the date the claim gives, which makes it ``contested``; a claim that agrees
with a date other sources dispute is ``contested`` too. An undated claim is
``supported`` only by a strong match whose type its wording describes.

Quantities: each number is compared with the ranges of its quantity group
(``compare_quantity``). A claim with several parts takes the worst verdict:
contradicted, then contested, then supported. Anything else is
``unverifiable``: no verdict is forced.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from chronocheck.models import Candidate, Claim, Evidence, Timex, Verdict
from chronocheck.packs.records import RefDispute
from chronocheck.verify.compare_dates import (
    DateComparison,
    DateSpan,
    compare_dates,
    compare_month_day,
    days_apart,
    describe_date_difference,
    describe_span,
    span_of_event,
    span_of_iso,
    span_of_timex,
)
from chronocheck.verify.finding import SEVERITY, Finding
from chronocheck.verify.index import PackedEvent, ReferenceIndex
from chronocheck.verify.judge_quantities import judge_quantities
from chronocheck.verify.match import Match

LOGGER = logging.getLogger(__name__)

#: A match this good may support a claim whose date agrees with it.
SUPPORT_SCORE = 0.4
#: A match this good, naming this share of the event's participants, may contradict.
CONTRADICT_SCORE = 0.55
CONTRADICT_ENTITIES = 0.3
#: Semantic score at which an event without participants is the claim's.
SAME_WORDING_SEMANTIC = 0.9
#: Date closeness (``Match.date_fit``: 0.5 is a year apart) within which a claim
#: naming an event only by its countries may be its misdating.
SAME_EVENT_DATE_FIT = 0.5
#: A match this good, of a type the wording names, may support an undated claim.
STRONG_SCORE = 0.62
#: ... and naming at least this share of the event's participants.
UNDATED_ENTITIES = 0.5


def event_evidence(packed: PackedEvent) -> Evidence:
    """An event as evidence: the fact in words, its source and date."""
    event = packed.event
    return Evidence(
        fact=f"{event.title}, {describe_span(span_of_event(event))}",
        source_title=event.source.title,
        source_url=event.source.url,
        quote=event.quote or event.description,
        pack=packed.pack,
        reference_id=event.id,
        kind="event",
        date=event.date_start,
    )


def _dispute_evidence(dispute: RefDispute, pack: str, title: str) -> Evidence:
    return Evidence(
        fact=f"{title}: {dispute.value} according to {dispute.source.title}",
        source_title=dispute.source.title,
        source_url=dispute.source.url,
        quote=dispute.note or None,
        pack=pack,
        reference_id=dispute.id,
        kind="dispute",
        date=dispute.value,
    )


def _anchored_on(timex: Timex, packed: PackedEvent, index: ReferenceIndex) -> bool:
    """Whether ``timex`` is shifted from a mention of the event itself.

    "three days after the Belgrano went down" dates something else than the
    sinking of the Belgrano, so it is never compared with that event's date.
    """
    anchor = timex.anchor
    if anchor is None or not anchor.offset or not anchor.text:
        return False
    named = set(index.link_entities(anchor.text))
    own = index.event_names(packed.key) | {
        key
        for key in index.participants(packed)
        if (entity := index.entities.get(key)) is not None and entity.type != "country"
    }
    return bool(named & own)


def _compare(
    claim: Claim, reference: DateSpan, packed: PackedEvent, index: ReferenceIndex
) -> DateComparison | None:
    """The claim date that agrees with ``reference``, else the nearest disagreeing one."""
    comparisons = []
    for timex in claim.times:
        if _anchored_on(timex, packed, index):
            continue
        span = span_of_timex(timex)
        if span is not None:
            comparisons.append(compare_dates(span, reference))
        elif timex.value and timex.value.startswith("XXXX-"):
            found = compare_month_day(timex.value, reference)
            comparisons += [found] if found is not None else []
    if not comparisons:
        return None
    return min(comparisons, key=lambda c: (not c.agrees, days_apart(c.claim, reference)))


def _judge_dates(claim: Claim, match: Match, index: ReferenceIndex) -> Finding | None:
    """The finding on a dated claim against one matched event, or None if undated."""
    packed = match.packed
    comparison = _compare(claim, span_of_event(packed.event), packed, index)
    if comparison is None:
        return None
    disputes = [d for d in index.disputes.get(packed.key, []) if d.field == "date"]
    evidence = (
        event_evidence(packed),
        *(_dispute_evidence(d, packed.pack, packed.event.title) for d in disputes),
    )
    if comparison.agrees:
        # A dispute the claim's own precision cannot tell apart is moot:
        # "February 1986" agrees with both 9 and 11 February.
        rivals = [
            d
            for d in disputes
            if (other := _compare(claim, span_of_iso(d.value), packed, index)) is not None
            and not other.agrees
        ]
        if not rivals:
            return Finding("supported", None, evidence, True, match.score)
        others = "; ".join(f"{d.source.title} gives {d.value}" for d in rivals)
        difference = f"the article agrees with one source, but {others}"
        return Finding("contested", difference, evidence, True, match.score)
    difference = describe_date_difference(
        comparison, claim_text=comparison.claim_text, subject=packed.event.title
    )
    for dispute in disputes:
        other = _compare(claim, span_of_iso(dispute.value), packed, index)
        if other is not None and other.agrees:
            difference += f"; but {dispute.source.title} gives {dispute.value}"
            return Finding("contested", difference, evidence, True, match.score)
    return Finding("contradicted", difference, evidence, False, match.score)


def _judge_trusted(claim: Claim, matches: Sequence[Match], index: ReferenceIndex) -> Finding | None:
    """The date finding against the candidates good enough to decide.

    Support and contradiction ask for different evidence. A claim is
    supported when its date agrees with any candidate of a type its wording
    names and a score of at least :data:`SUPPORT_SCORE` ("troops came ashore on
    2 April" is the invasion, not the surrender at the same place in June). It
    is contradicted only by the best candidate, and only when that one is
    beyond doubt about the same thing: a score of at least
    :data:`CONTRADICT_SCORE`, a type its wording names, and the claim naming
    enough of the event's participants (:data:`CONTRADICT_ENTITIES`), since a
    wrong match would put a false contradiction in front of the reader.
    """
    supporting = [
        found
        for match in matches
        if match.score >= SUPPORT_SCORE and (match.type_fit == 1 or match.entities >= 0.5)
        if (found := _judge_dates(claim, match, index)) is not None and found.agrees
    ]
    if supporting:
        return supporting[0]
    best = matches[0] if matches else None
    if best is None or best.score < CONTRADICT_SCORE or best.type_fit < 1:
        return None
    same_text = _same_wording(best, index)
    if best.entities < CONTRADICT_ENTITIES and not same_text:
        return None
    found = _judge_dates(claim, best, index)
    if found is None or found.agrees or same_text or _identified(claim, best, index):
        return found
    # Named only through countries, an event far from the claim's date is more
    # likely another event than the same one misdated.
    return found if best.date_fit >= SAME_EVENT_DATE_FIT else None


def _same_wording(match: Match, index: ReferenceIndex) -> bool:
    """An event with no known participants (a sentence of the user's evidence)
    is identified by saying nearly the same thing. BM25 cannot tell here: in a
    pack of a few sentences every word is rare."""
    return not index.participants(match.packed) and match.semantic >= SAME_WORDING_SEMANTIC


def _identified(claim: Claim, match: Match, index: ReferenceIndex) -> bool:
    """Whether the claim names the event or one of its participants other than a country."""
    named = set(index.link_entities(claim.text))
    own = index.event_names(match.packed.key) | {
        key for key in index.participants(match.packed) if index.entity_weight(key) == 1.0
    }
    return bool(named & own)


def _judge_undated(matches: Sequence[Match]) -> Finding | None:
    """Support for an undated claim: only a strong match of a type its wording names."""
    best = matches[0] if matches else None
    if (
        best is None
        or best.score < STRONG_SCORE
        or best.type_fit < 1
        or best.entities < UNDATED_ENTITIES
    ):
        return None
    return Finding("supported", None, (event_evidence(best.packed),), True, best.score)


def judge_claim(
    claim: Claim, matches: Sequence[Match], index: ReferenceIndex, *, context: str
) -> Verdict:
    """The verdict on one claim given its candidate events (best first).

    Args:
        claim: The claim.
        matches: Its candidate events, best first.
        index: The reference packs.
        context: The sentence the claim belongs to (its own text if it is one).
    """
    candidates = tuple(
        Candidate(
            reference_id=m.packed.event.id,
            title=m.packed.event.title,
            pack=m.packed.pack,
            score=m.score,
        )
        for m in matches
    )
    if claim.negated:
        return Verdict(label="unverifiable", candidates=candidates)
    findings = judge_quantities(claim, index, context=context)
    dated = _judge_trusted(claim, matches, index) or _judge_undated(matches)
    if dated is not None:
        findings.append(dated)
    if not findings:
        return Verdict(label="unverifiable", candidates=candidates)
    findings.sort(key=lambda found: SEVERITY.index(found.label))
    label = findings[0].label
    deciding = [found for found in findings if found.label == label]
    return Verdict(
        label=label,
        confidence=round(min(found.confidence for found in deciding), 3),
        evidence=tuple(e for found in findings for e in found.evidence),
        difference="; ".join(f.difference for f in deciding if f.difference) or None,
        candidates=candidates,
    )
