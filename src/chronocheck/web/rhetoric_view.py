"""The rhetoric view of a finished analysis: technique spans, counts, and claims by worth checking.

One frozen value built from the stored report feeds both the page
(``/analyses/{id}/rhetoric``) and its JSON twin (``/api/analyses/{id}/rhetoric``).
Names, the summary line and the ranking come from :mod:`chronocheck.report.rhetoric`,
so the app says what the reports say.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from typing import Any

from chronocheck.models import Report, TechniqueSpan
from chronocheck.report.rhetoric import (
    NOT_ANALYSED,
    claims_by_checkworthiness,
    describe_rhetoric_summary,
    describe_span_techniques,
    describe_technique,
    describe_weaker_heading,
    technique_css,
)

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TechniqueCountLine:
    """How many spans of one technique the article has, with its readable name."""

    technique: str
    name: str
    count: int
    css: str


@dataclass(frozen=True, slots=True)
class TechniqueSpanLine:
    """One technique span as the view lists it.

    ``name`` is how a reader says its technique, with the runner-up when close
    ("loaded language or flag waving"); ``runner_up`` is that technique's PTC name.
    """

    id: str
    technique: str
    name: str
    runner_up: str | None
    start: int
    end: int
    text: str
    score: float
    explanation: str
    source: str
    css: str


@dataclass(frozen=True, slots=True)
class CheckworthyLine:
    """A claim in the check-worthiness order, with its verdict."""

    rank: int
    claim_id: str
    text: str
    score: float
    verdict: str


@dataclass(frozen=True, slots=True)
class RhetoricView:
    """The rhetoric layer of one analysis.

    Attributes:
        analysis_id: The analysis it belongs to.
        analysed: Whether the rhetoric stage ran (``--no-rhetoric`` or the
            ``rhetoric`` setting turns it off).
        summary: One line: spans, techniques, share of loaded sentences.
        sentences: Sentences in the article.
        loaded_sentences: Sentences with loaded language or name calling.
        counts: Spans per technique, most frequent first.
        techniques: The spans in text order.
        checkworthy: Every claim with a score above zero, most worth checking first.
        weaker: The spans under the display floor, in text order (not marked in the text).
        weaker_heading: The heading of their list.
    """

    analysis_id: str
    analysed: bool
    summary: str
    sentences: int
    loaded_sentences: int
    counts: tuple[TechniqueCountLine, ...]
    techniques: tuple[TechniqueSpanLine, ...]
    checkworthy: tuple[CheckworthyLine, ...]
    weaker: tuple[TechniqueSpanLine, ...] = ()
    weaker_heading: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields, without the CSS classes the page uses."""
        return {
            "id": self.analysis_id,
            "analysed": self.analysed,
            "summary": self.summary,
            "sentences": self.sentences,
            "loaded_sentences": self.loaded_sentences,
            "counts": [_without_css(asdict(line)) for line in self.counts],
            "techniques": [_without_css(asdict(line)) for line in self.techniques],
            "weaker": [_without_css(asdict(line)) for line in self.weaker],
            "checkworthiness": [asdict(line) for line in self.checkworthy],
        }


def build_rhetoric_view(analysis_id: str, report: Report) -> RhetoricView:
    """The rhetoric view of ``report``, the stored report of analysis ``analysis_id``."""
    rhetoric = report.rhetoric
    ranked = claims_by_checkworthiness(report.claims, limit=len(report.claims))
    checkworthy = tuple(
        CheckworthyLine(rank, claim.id, claim.text, claim.checkworthiness, claim.verdict.label)
        for rank, claim in enumerate(ranked, start=1)
    )
    if rhetoric is None:
        return RhetoricView(analysis_id, False, NOT_ANALYSED, 0, 0, (), (), checkworthy)
    counts = tuple(
        TechniqueCountLine(
            count.technique,
            describe_technique(count.technique),
            count.count,
            technique_css(count.technique),
        )
        for count in rhetoric.counts
    )
    spans = tuple(_span_line(span) for span in rhetoric.techniques)
    weaker = tuple(_span_line(span) for span in rhetoric.weaker)
    return RhetoricView(
        analysis_id=analysis_id,
        analysed=True,
        summary=describe_rhetoric_summary(rhetoric),
        sentences=rhetoric.sentences,
        loaded_sentences=rhetoric.loaded_sentences,
        counts=counts,
        techniques=spans,
        checkworthy=checkworthy,
        weaker=weaker,
        weaker_heading=describe_weaker_heading(rhetoric),
    )


def _span_line(span: TechniqueSpan) -> TechniqueSpanLine:
    return TechniqueSpanLine(
        id=span.id,
        technique=span.technique,
        name=describe_span_techniques(span),
        runner_up=span.runner_up,
        start=span.start,
        end=span.end,
        text=span.text,
        score=span.score,
        explanation=span.explanation,
        source=span.source,
        css=technique_css(span.technique),
    )


def _without_css(fields: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if name != "css"}
