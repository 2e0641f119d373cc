"""The user's own evidence documents, turned into a reference pack.

``--evidence DIR`` names a folder of text or HTML documents the user trusts.
Each is read and extracted with the same pipeline as the article; every dated
event claim becomes a reference event and every counted quantity a one-source
quantity group, citing the document and the sentence. The pack is named
``evidence`` and is checked like any other.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from chronocheck.models import Claim, Quantity, Report
from chronocheck.packs.records import (
    EventPrecision,
    PackData,
    PackInfo,
    RefEntity,
    RefEvent,
    RefQuantity,
    Source,
)
from chronocheck.packs.schema import slugify
from chronocheck.verify.compare_dates import span_of_timex
from chronocheck.verify.quantity_groups import claim_measures

LOGGER = logging.getLogger(__name__)

EVIDENCE_PACK = "evidence"
#: Entity labels that become participants of evidence events.
PARTICIPANT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"})
PRECISIONS: dict[str, EventPrecision] = {"day": "day", "month": "month", "year": "year"}


def _slug(text: str) -> str:
    return slugify(text) or "x"


def _source(report: Report) -> Source:
    article = report.article
    name = article.source.rsplit("/", 1)[-1]
    title = f"{article.title} ({name})" if article.title else name
    url = article.source if article.source.startswith(("http://", "https://")) else None
    return Source(title=title, url=url)


def _entities(claim: Claim) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(_slug(e.text) for e in claim.entities if e.label in PARTICIPANT_LABELS)
    )


def _events(report: Report, doc_id: int) -> list[RefEvent]:
    events = []
    for claim in report.claims:
        if "event" not in claim.kinds or claim.negated or claim.hedged:
            continue
        for timex in claim.times:
            span = span_of_timex(timex)
            precision = PRECISIONS.get(span.precision) if span else None
            if span is None or precision is None or span.approximate:
                continue
            last = span.latest - dt.timedelta(days=1)
            width = {"day": 10, "month": 7, "year": 4}[precision]
            start, end = span.earliest.isoformat()[:width], last.isoformat()[:width]
            events.append(
                RefEvent(
                    id=f"D{doc_id}-{claim.id}-{timex.id}",
                    title=claim.text,
                    type=claim.predicate or "other",
                    date_start=start,
                    date_end=end if end != start else None,
                    precision=precision,
                    participants=_entities(claim),
                    location="",
                    description=claim.text,
                    importance=1,
                    source=_source(report),
                    quote=claim.text,
                )
            )
    return events


def _quantity(report: Report, claim: Claim, quantity: Quantity, row_id: str) -> RefQuantity | None:
    measures = sorted(claim_measures(claim, quantity))
    if quantity.kind not in {"count", "money"} or not measures:
        return None
    entities = _entities(claim)
    high = quantity.high if quantity.high is not None else quantity.value
    return RefQuantity(
        id=row_id,
        group=f"{measures[0]}-{'-'.join(entities) or 'unspecified'}",
        subject=", ".join(e.text for e in claim.entities) or "unspecified",
        measure=measures[0],
        description=claim.text,
        low=quantity.value,
        high=None if quantity.qualifier in {"more-than", "at-least"} else high,
        unit="USD" if quantity.kind == "money" else "persons",
        as_of=report.article.published or "",
        entities=entities,
        source=_source(report),
        notes=f"quoted: {quantity.text}",
    )


def evidence_pack(reports: Sequence[Report]) -> PackData:
    """A pack of the dated events and counted quantities in the user's documents."""
    events: list[RefEvent] = []
    quantities: list[RefQuantity] = []
    for doc_id, report in enumerate(reports, start=1):
        events += _events(report, doc_id)
        for claim in report.claims:
            for number, quantity in enumerate(claim.quantities, start=1):
                row = _quantity(report, claim, quantity, f"D{doc_id}-{claim.id}-Q{number}")
                if row is not None:
                    quantities.append(row)
    names = {
        _slug(e.text): e.text
        for report in reports
        for claim in report.claims
        for e in claim.entities
        if e.label in PARTICIPANT_LABELS
    }
    entities = tuple(
        RefEntity(
            id=slug,
            name=name,
            type="other",
            aliases=(),
            description="",
            source=Source(title="evidence documents"),
        )
        for slug, name in sorted(names.items())
    )
    info = PackInfo(
        name=EVIDENCE_PACK,
        title="Your evidence documents",
        version="0",
        license="as the documents",
        description=f"{len(reports)} documents given with --evidence",
        period_start="0001",
        period_end="9999",
    )
    return PackData(
        info=info,
        entities=entities,
        events=tuple(events),
        quantities=tuple(quantities),
        disputes=(),
    )
