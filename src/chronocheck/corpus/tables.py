"""The corpus tables: their pyarrow schemas and the rows of one report.

Every row carries ``article_id`` (the corpus item's id) and ``batch`` (the batch
that wrote it), which join the tables to each other and to the manifest. The
verdict of a claim is a set of columns of ``claims`` (``verdict``,
``verdict_confidence``, ``verdict_difference``); its evidence has a table of
its own. ``docs/corpus-tables.md`` documents every column.
"""

from __future__ import annotations

import logging
from typing import Any

import pyarrow as pa

from chronocheck.models import Claim, Report

LOGGER = logging.getLogger(__name__)

Row = dict[str, Any]

_KEY = [pa.field("article_id", pa.string(), nullable=False), pa.field("batch", pa.int64())]
_STRINGS = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            *_KEY,
            ("source", pa.string()),
            ("url", pa.string()),
            ("outlet", pa.string()),
            ("title", pa.string()),
            ("published", pa.string()),
            ("date_source", pa.string()),
            ("content_type", pa.string()),
            ("language", pa.string()),
            ("sha256", pa.string()),
            ("chars", pa.int64()),
            ("claims", pa.int64()),
            ("timexes", pa.int64()),
            ("quantities", pa.int64()),
            ("entities", pa.int64()),
            ("inconsistencies", pa.int64()),
            ("omissions", pa.int64()),
            ("packs", _STRINGS),
            ("rhetoric_sentences", pa.int64()),
            ("rhetoric_loaded_sentences", pa.int64()),
            ("schema_version", pa.string()),
        ]
    ),
    "claims": pa.schema(
        [
            *_KEY,
            ("claim_id", pa.string()),
            ("text", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("kinds", _STRINGS),
            ("predicate", pa.string()),
            ("negated", pa.bool_()),
            ("hedged", pa.bool_()),
            ("asserted_by", pa.string()),
            ("checkworthiness", pa.float64()),
            ("parent", pa.string()),
            ("date_value", pa.string()),
            ("date_earliest", pa.string()),
            ("date_latest", pa.string()),
            ("date_precision", pa.string()),
            ("entities", _STRINGS),
            ("quantities", _STRINGS),
            ("verdict", pa.string()),
            ("verdict_confidence", pa.float64()),
            ("verdict_difference", pa.string()),
            ("evidence_count", pa.int64()),
        ]
    ),
    "evidence": pa.schema(
        [
            *_KEY,
            ("claim_id", pa.string()),
            ("rank", pa.int64()),
            ("fact", pa.string()),
            ("source_title", pa.string()),
            ("source_url", pa.string()),
            ("quote", pa.string()),
            ("pack", pa.string()),
            ("reference_id", pa.string()),
            ("kind", pa.string()),
            ("date", pa.string()),
        ]
    ),
    "timeline": pa.schema(
        [
            *_KEY,
            ("claim_id", pa.string()),
            ("timex_id", pa.string()),
            ("label", pa.string()),
            ("earliest", pa.string()),
            ("latest", pa.string()),
            ("precision", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("relative", pa.bool_()),
        ]
    ),
    "inconsistencies": pa.schema(
        [
            *_KEY,
            ("rank", pa.int64()),
            ("kind", pa.string()),
            ("message", pa.string()),
            ("claim_ids", _STRINGS),
            ("place_texts", _STRINGS),
            ("place_starts", pa.list_(pa.int64())),
            ("place_ends", pa.list_(pa.int64())),
        ]
    ),
    "omissions": pa.schema(
        [
            *_KEY,
            ("rank", pa.int64()),
            ("reference_id", pa.string()),
            ("title", pa.string()),
            ("earliest", pa.string()),
            ("latest", pa.string()),
            ("precision", pa.string()),
            ("participants", _STRINGS),
            ("importance", pa.float64()),
            ("reason", pa.string()),
            ("evidence_fact", pa.string()),
            ("evidence_source_title", pa.string()),
            ("evidence_source_url", pa.string()),
            ("evidence_pack", pa.string()),
        ]
    ),
    "rhetoric": pa.schema(
        [
            *_KEY,
            ("span_id", pa.string()),
            ("technique", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("score", pa.float64()),
            ("explanation", pa.string()),
            ("source", pa.string()),
            ("technique_score", pa.float64()),
            ("runner_up", pa.string()),
            ("runner_up_score", pa.float64()),
        ]
    ),
}

#: The tables, in the order they are written and documented.
TABLES: tuple[str, ...] = tuple(SCHEMAS)


def report_rows(
    report: Report,
    *,
    article_id: str,
    batch: int,
    url: str | None = None,
    outlet: str | None = None,
) -> dict[str, list[Row]]:
    """The rows of every table for one report, keyed by table name.

    ``url`` and ``outlet`` are what the corpus item says of the article; the report
    does not keep them.
    """
    key = {"article_id": article_id, "batch": batch}
    rows: dict[str, list[Row]] = {name: [] for name in TABLES}
    rows["articles"].append(key | {"url": url, "outlet": outlet} | _article_row(report))
    for claim in report.claims:
        rows["claims"].append(key | _claim_row(claim))
        for rank, evidence in enumerate(claim.verdict.evidence, start=1):
            rows["evidence"].append(key | {"claim_id": claim.id, "rank": rank} | evidence.to_dict())
    for entry in report.timeline:
        rows["timeline"].append(key | entry.to_dict())
    for rank, found in enumerate(report.inconsistencies, start=1):
        rows["inconsistencies"].append(
            key
            | {
                "rank": rank,
                "kind": found.kind,
                "message": found.message,
                "claim_ids": list(found.claim_ids),
                "place_texts": [p.text for p in found.places],
                "place_starts": [p.start for p in found.places],
                "place_ends": [p.end for p in found.places],
            }
        )
    for rank, omission in enumerate(report.omissions, start=1):
        rows["omissions"].append(key | _omission_row(omission.to_dict(), rank))
    if report.rhetoric is not None:
        for span in report.rhetoric.techniques:
            span_row = span.to_dict()
            span_row["span_id"] = span_row.pop("id")
            rows["rhetoric"].append(key | span_row)
    return rows


def to_table(name: str, rows: list[Row]) -> pa.Table:
    """The rows of one table as a pyarrow table with its schema."""
    return pa.Table.from_pylist(rows, schema=SCHEMAS[name])


def _article_row(report: Report) -> Row:
    article, rhetoric = report.article, report.rhetoric
    return {
        "source": article.source,
        "title": article.title,
        "published": article.published,
        "date_source": article.date_source,
        "content_type": article.content_type,
        "language": article.language,
        "sha256": article.sha256,
        "chars": len(article.text),
        "claims": len(report.claims),
        "timexes": len(report.timexes),
        "quantities": len(report.quantities),
        "entities": len(report.entities),
        "inconsistencies": len(report.inconsistencies),
        "omissions": len(report.omissions),
        "packs": [pack.name for pack in report.packs],
        "rhetoric_sentences": rhetoric.sentences if rhetoric else None,
        "rhetoric_loaded_sentences": rhetoric.loaded_sentences if rhetoric else None,
        "schema_version": report.schema_version,
    }


def _claim_row(claim: Claim) -> Row:
    # The first time expression dates the event (models.Claim.times).
    when = claim.times[0] if claim.times else None
    return {
        "claim_id": claim.id,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "kinds": list(claim.kinds),
        "predicate": claim.predicate,
        "negated": claim.negated,
        "hedged": claim.hedged,
        "asserted_by": claim.asserted_by,
        "checkworthiness": claim.checkworthiness,
        "parent": claim.parent,
        "date_value": when.value if when else None,
        "date_earliest": when.earliest if when else None,
        "date_latest": when.latest if when else None,
        "date_precision": when.precision if when else None,
        "entities": [entity.text for entity in claim.entities],
        "quantities": [quantity.text for quantity in claim.quantities],
        "verdict": claim.verdict.label,
        "verdict_confidence": claim.verdict.confidence,
        "verdict_difference": claim.verdict.difference,
        "evidence_count": len(claim.verdict.evidence),
    }


def _omission_row(omission: Row, rank: int) -> Row:
    evidence = omission.pop("evidence")
    return omission | {
        "rank": rank,
        "evidence_fact": evidence["fact"],
        "evidence_source_title": evidence["source_title"],
        "evidence_source_url": evidence["source_url"],
        "evidence_pack": evidence["pack"],
    }
