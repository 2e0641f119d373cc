"""Check a report's claims against reference packs: verdicts, reference timeline, omissions."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence

from chronocheck.models import (
    Claim,
    Omission,
    PackRef,
    ReferenceEntry,
    ReferenceStatus,
    Report,
    Timex,
    VerdictLabel,
)
from chronocheck.verify.compare_dates import span_of_event
from chronocheck.verify.index import Encoder, ReferenceIndex
from chronocheck.verify.judge import judge_claim
from chronocheck.verify.match import match_claims
from chronocheck.verify.omissions import find_omissions

LOGGER = logging.getLogger(__name__)

#: Verdicts whose evidence event is drawn on the reference timeline, worst first.
DRAWN: dict[VerdictLabel, ReferenceStatus] = {
    "contradicted": "contradicted",
    "contested": "contested",
    "supported": "supported",
}


def _own_text(claim: Claim, children: Sequence[Claim], timexes: Sequence[Timex]) -> str:
    """The words that say what the claim is about.

    Left out: the clauses that are claims of their own ("Khomeini, who had
    dismissed Resolution 598 ..., acquiesced to a ceasefire on July 17, 1988"
    is about the ceasefire), and the events its dates are reckoned from ("HMS
    Sheffield was struck on 4 May, three days after the Belgrano went down" is
    not about the Belgrano).
    """
    cuts = [(child.start, child.end) for child in children]
    cuts += [
        (timex.anchor.start, timex.anchor.end)
        for timex in timexes
        if claim.start <= timex.start < claim.end
        and timex.anchor is not None
        and timex.anchor.kind == "event"
        and timex.anchor.start is not None
        and timex.anchor.end is not None
    ]
    text = claim.text
    for start, end in sorted(cuts, reverse=True):
        start, end = start - claim.start, end - claim.start
        if 0 <= start < end <= len(text):
            text = text[:start] + " " + text[end:]
    return " ".join(text.split())


def _own_texts(claims: Sequence[Claim], timexes: Sequence[Timex]) -> dict[str, str]:
    children: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.parent:
            children.setdefault(claim.parent, []).append(claim)
    return {claim.id: _own_text(claim, children.get(claim.id, []), timexes) for claim in claims}


def _reference_timeline(
    claims: Sequence[Claim], omissions: Sequence[Omission], index: ReferenceIndex
) -> tuple[ReferenceEntry, ...]:
    entries: dict[str, ReferenceEntry] = {}
    for claim in claims:
        status = DRAWN.get(claim.verdict.label)
        if status is None:
            continue
        for evidence in claim.verdict.evidence:
            key = f"{evidence.pack}:{evidence.reference_id}"
            if evidence.kind != "event" or key not in index.events:
                continue
            entry = entries.get(key) or _entry(key, index)
            worse = min(entry.status, status, key=list(DRAWN.values()).index)
            entries[key] = dataclasses.replace(
                entry, claim_ids=(*entry.claim_ids, claim.id), status=worse
            )
    for omission in omissions:
        entries.setdefault(
            f"omitted:{omission.reference_id}",
            ReferenceEntry(
                reference_id=omission.reference_id,
                title=omission.title,
                earliest=omission.earliest,
                latest=omission.latest,
                precision=omission.precision,
                pack=omission.evidence.pack or "",
                status="omitted",
            ),
        )
    return tuple(sorted(entries.values(), key=lambda e: (e.earliest, e.reference_id)))


def _entry(key: str, index: ReferenceIndex) -> ReferenceEntry:
    packed = index.events[key]
    span = span_of_event(packed.event)
    return ReferenceEntry(
        reference_id=packed.event.id,
        title=packed.event.title,
        earliest=span.earliest.isoformat(),
        latest=span.latest.isoformat(),
        precision=span.precision,
        pack=packed.pack,
        status="supported",
    )


def verify_report(
    report: Report,
    index: ReferenceIndex,
    *,
    encoder: Encoder | None,
    max_omissions: int,
) -> Report:
    """Judge every claim of ``report`` against ``index``, and find the omissions.

    Args:
        report: A report from extraction (verdicts "unchecked").
        index: The reference packs to check against.
        encoder: Sentence encoder for semantic matching; None matches on words only.
        max_omissions: How many omissions to report at most.

    Returns:
        The report with a verdict on every claim, the packs used, the reference
        timeline and the omissions.
    """
    matches = match_claims(report.claims, _own_texts(report.claims, report.timexes), index, encoder)
    by_id = {claim.id: claim for claim in report.claims}

    def sentence(claim: Claim) -> str:
        while claim.parent in by_id:
            claim = by_id[claim.parent]
        return claim.text

    claims = tuple(
        dataclasses.replace(
            claim,
            verdict=judge_claim(claim, matches[claim.id], index, context=sentence(claim)),
        )
        for claim in report.claims
    )
    matched = {
        f"{e.pack}:{e.reference_id}"
        for c in claims
        for e in c.verdict.evidence
        if e.kind == "event"
    }
    omissions = find_omissions(
        index,
        timeline=report.timeline,
        mentions=index.link_entities(report.article.text),
        matched=matched,
        limit=max_omissions,
    )
    return dataclasses.replace(
        report,
        claims=claims,
        packs=tuple(
            PackRef(name=p.info.name, version=p.info.version, title=p.info.title)
            for p in index.packs
        ),
        reference_timeline=_reference_timeline(claims, omissions, index),
        omissions=omissions,
    )
