"""Write a finished analysis's result into its rows: the report, claims, evidence, spans, search.

One function for both ways a result arrives: from the worker that ran the
analysis, and from a finished analysis with the same result key whose report
is copied to a new submission (:meth:`Store.queue_or_reuse`).
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import text
from sqlalchemy.orm import Session

from chronocheck.models import Claim, Report
from chronocheck.store.search import search_body
from chronocheck.store.tables import AnalysisRow, ClaimRow, EvidenceRow, TechniqueRow

LOGGER = logging.getLogger(__name__)


def write_result(session: Session, row: AnalysisRow, report: Report, *, now: dt.datetime) -> None:
    """Mark ``row`` done with ``report``, its claims, evidence, technique spans and search entry."""
    row.report = report.to_dict()
    row.schema_version = report.schema_version
    row.packs = [f"{pack.name}@{pack.version}" for pack in report.packs]
    row.claims = [_claim_row(claim) for claim in report.claims]
    spans = report.rhetoric.techniques if report.rhetoric else ()
    row.techniques = [
        TechniqueRow(
            span_id=span.id,
            technique=span.technique,
            start=span.start,
            end=span.end,
            text=span.text,
            score=span.score,
        )
        for span in spans
    ]
    row.status = "done"
    row.error = None
    row.finished_at = now
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            text("INSERT INTO search_index (analysis_id, body) VALUES (:id, :body)"),
            {"id": row.id, "body": search_body(report)},
        )


def _claim_row(claim: Claim) -> ClaimRow:
    verdict = claim.verdict
    return ClaimRow(
        claim_id=claim.id,
        text=claim.text,
        start=claim.start,
        end=claim.end,
        verdict=verdict.label,
        confidence=verdict.confidence,
        difference=verdict.difference,
        checkworthiness=claim.checkworthiness,
        evidence=[
            EvidenceRow(
                kind=evidence.kind,
                fact=evidence.fact,
                source_title=evidence.source_title,
                source_url=evidence.source_url,
                quote=evidence.quote,
            )
            for evidence in verdict.evidence
        ],
    )
