"""The Markdown report: summary, claims and timeline tables, verdicts, omissions, rhetoric.

Every value the template prints goes through :func:`escape_markdown` (the
environment's ``finalize`` hook), the way HTML autoescaping works: characters
that Markdown would read as formatting, links, HTML or table cell borders are
backslash-escaped, and line breaks are folded so a value stays in its cell.
The only markup built here is a :class:`MarkdownText` (evidence lines with
their source links), whose parts were escaped when it was built.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined

from chronocheck.models import Claim, Evidence, Report, Rhetoric, TechniqueSpan
from chronocheck.report.formatting import (
    describe_counts,
    describe_entities,
    describe_entry_date,
    describe_interval,
    describe_published,
    describe_quantity,
    describe_source,
    describe_timex,
    line_number,
    short_sha,
    trim,
)
from chronocheck.report.ordering import (
    claims_in_text_order,
    reference_in_date_order,
    timeline_in_date_order,
)
from chronocheck.report.rhetoric import (
    NOT_ANALYSED,
    claims_by_checkworthiness,
    describe_counts_by_technique,
    describe_rhetoric_summary,
    describe_technique_span,
    describe_weaker_heading,
)
from chronocheck.report.verdicts import (
    NO_OMISSIONS,
    STATUS_SYMBOLS,
    describe_omission,
    describe_packs,
    describe_reference_row,
    describe_status,
    describe_verdict,
    describe_verdict_counts,
    is_checked,
    linkable_url,
)

LOGGER = logging.getLogger(__name__)

TEMPLATE_PACKAGE = "chronocheck.report"
TEMPLATE_NAME = "report.md.j2"
CLAIM_TEXT_LIMIT = 200
QUOTE_LIMIT = 200
PLACE_TEXT_LIMIT = 120
CELL_SEPARATOR = "; "
# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that
# start emphasis, code, links, HTML, entities, strikethrough or GFM table cells mid-line.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#!])")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
# Characters kept as they are in a link destination; the rest are percent-encoded, so
# the address cannot close the ``<...>`` destination or start a new line.
_URL_SAFE = "!#$%&'()*+,-./:;=?@[]^_`{|}~"


class MarkdownText(str):
    """Markdown built from already-escaped parts; the template prints it as it is."""

    __slots__ = ()


def escape_markdown(value: object) -> str:
    """Make a value safe to print inside Markdown text or a table cell.

    Args:
        value: Anything the template prints; ``None`` prints as nothing.

    Returns:
        The value's text on one line, with Markdown's special characters escaped.
    """
    if value is None:
        return ""
    if isinstance(value, MarkdownText):
        return value
    flat = _LINE_BREAKS.sub(" ", str(value))
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat)


def render_markdown(report: Report, *, color: bool = False, width: int = 100) -> str:
    """Render ``report`` as GitHub-flavoured Markdown.

    Args:
        report: What chronocheck found.
        color: Ignored: Markdown has no colour.
        width: Ignored: tables are not wrapped.

    Returns:
        The Markdown document.
    """
    article = report.article
    text = article.text
    claims = claims_in_text_order(report.claims)
    return (
        _environment()
        .get_template(TEMPLATE_NAME)
        .render(
            report=report,
            checked=is_checked(report),
            packs=describe_packs(report),
            verdict_counts=describe_verdict_counts(report),
            checked_claims=[_checked_claim(claim) for claim in claims if _has_findings(claim)],
            reference_rows=[
                (
                    describe_interval(entry.earliest, entry.latest),
                    describe_status(entry.status),
                    entry,
                    ", ".join(entry.claim_ids),
                )
                for entry in reference_in_date_order(report.reference_timeline)
            ],
            omissions=[
                (describe_omission(omission), omission, _evidence_line(omission.evidence))
                for omission in report.omissions
            ],
            rhetoric=report.rhetoric,
            rhetoric_summary=describe_rhetoric_summary(report.rhetoric) if report.rhetoric else "",
            technique_tables=_technique_tables(report.rhetoric) if report.rhetoric else [],
            not_analysed=NOT_ANALYSED,
            checkworthy_rows=[
                (claim, trim(claim.text, CLAIM_TEXT_LIMIT), describe_status(claim.verdict.label))
                for claim in claims_by_checkworthiness(report.claims)
            ],
            omitted_symbol=STATUS_SYMBOLS["omitted"],
            no_omissions=NO_OMISSIONS,
            article=article,
            source=describe_source(article.source),
            published=describe_published(article),
            sha_short=short_sha(article.sha256),
            counts=describe_counts(report),
            claim_rows=[_claim_row(claim) for claim in claims],
            timeline_rows=[
                (entry, describe_entry_date(entry))
                for entry in timeline_in_date_order(report.timeline)
            ],
            inconsistency_places=[
                [
                    (trim(place.text, PLACE_TEXT_LIMIT), line_number(text, place.start), place)
                    for place in inconsistency.places
                ]
                for inconsistency in report.inconsistencies
            ],
        )
    )


def _claim_row(claim: Claim) -> dict[str, str]:
    """Put a claim's cells into words."""
    return {
        "id": claim.id,
        "kinds": ", ".join(claim.kinds),
        "text": trim(claim.text, CLAIM_TEXT_LIMIT),
        "dates": CELL_SEPARATOR.join(describe_timex(timex) for timex in claim.times),
        "quantities": CELL_SEPARATOR.join(describe_quantity(q) for q in claim.quantities),
        "entities": describe_entities(claim.entities),
        "verdict": describe_verdict(claim.verdict),
    }


def _has_findings(claim: Claim) -> bool:
    """Whether verification says more about a claim than its label."""
    return bool(claim.verdict.difference or claim.verdict.evidence)


def _checked_claim(claim: Claim) -> dict[str, object]:
    """Put what verification found about a claim into words and evidence lines."""
    return {
        "id": claim.id,
        "verdict": describe_verdict(claim.verdict),
        "text": trim(claim.text, CLAIM_TEXT_LIMIT),
        "difference": claim.verdict.difference,
        "evidence": [_evidence_line(evidence) for evidence in claim.verdict.evidence],
    }


def markdown_link(text: str, url: str | None) -> MarkdownText:
    """Link ``text`` to ``url`` when it is a web address; otherwise write both as text.

    Args:
        text: The link's words (escaped here).
        url: The address; only http and https addresses become links.

    Returns:
        ``[text](<url>)`` with the address percent-encoded where Markdown needs it,
        or the escaped text followed by the escaped address in parentheses.
    """
    target = linkable_url(url)
    if target is None:
        suffix = f" ({escape_markdown(url)})" if url else ""
        return MarkdownText(escape_markdown(text) + suffix)
    return MarkdownText(f"[{escape_markdown(text)}](<{quote(target, safe=_URL_SAFE)}>)")


def _evidence_line(evidence: Evidence) -> MarkdownText:
    """Write a piece of evidence: the fact, a link to its source, its pack row and quote."""
    source = markdown_link(evidence.source_title, evidence.source_url)
    line = f"{escape_markdown(evidence.fact)} — {source}"
    row = describe_reference_row(evidence)
    if row:
        line += f" \\[{escape_markdown(row)}\\]"
    if evidence.quote:
        line += f": “{escape_markdown(trim(evidence.quote, QUOTE_LIMIT))}”"
    return MarkdownText(line)


@cache
def _environment() -> Environment:
    """Build the Jinja2 environment once, escaping every printed value for Markdown."""
    return Environment(
        loader=PackageLoader(TEMPLATE_PACKAGE, "templates"),
        autoescape=False,
        finalize=escape_markdown,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _technique_tables(rhetoric: Rhetoric) -> list[tuple[str, list[tuple[TechniqueSpan, str, str]]]]:
    """The reported spans under their counts, then the weaker spans: a heading and rows each."""
    tables = []
    if rhetoric.techniques:
        tables.append(
            (f"By technique: {describe_counts_by_technique(rhetoric)}.", rhetoric.techniques)
        )
    if rhetoric.weaker:
        tables.append((f"{describe_weaker_heading(rhetoric)}:", rhetoric.weaker))
    return [
        (
            heading,
            [
                (span, describe_technique_span(span), trim(span.text, CLAIM_TEXT_LIMIT))
                for span in spans
            ],
        )
        for heading, spans in tables
    ]
