"""The Markdown report: title, summary counts, claims and timeline tables, inconsistencies.

Every value the template prints goes through :func:`escape_markdown` (the
environment's ``finalize`` hook), the way HTML autoescaping works: characters
that Markdown would read as formatting, links, HTML or table cell borders are
backslash-escaped, and line breaks are folded so a value stays in its cell.
"""

from __future__ import annotations

import logging
import re
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from chronocheck.models import Claim, Report
from chronocheck.report.formatting import (
    describe_counts,
    describe_entities,
    describe_entry_date,
    describe_published,
    describe_quantity,
    describe_source,
    describe_timex,
    line_number,
    short_sha,
    trim,
)
from chronocheck.report.ordering import claims_in_text_order, timeline_in_date_order

LOGGER = logging.getLogger(__name__)

TEMPLATE_PACKAGE = "chronocheck.report"
TEMPLATE_NAME = "report.md.j2"
CLAIM_TEXT_LIMIT = 200
PLACE_TEXT_LIMIT = 120
CELL_SEPARATOR = "; "
# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that
# start emphasis, code, links, HTML, entities, strikethrough or GFM table cells mid-line.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#!])")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def escape_markdown(value: object) -> str:
    """Make a value safe to print inside Markdown text or a table cell.

    Args:
        value: Anything the template prints; ``None`` prints as nothing.

    Returns:
        The value's text on one line, with Markdown's special characters escaped.
    """
    if value is None:
        return ""
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
    return (
        _environment()
        .get_template(TEMPLATE_NAME)
        .render(
            report=report,
            article=article,
            source=describe_source(article.source),
            published=describe_published(article),
            sha_short=short_sha(article.sha256),
            counts=describe_counts(report),
            claim_rows=[_claim_row(claim) for claim in claims_in_text_order(report.claims)],
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
    verdict: str = claim.verdict.label
    if claim.verdict.confidence is not None:
        verdict = f"{verdict} ({claim.verdict.confidence:.2f})"
    if claim.verdict.difference:
        verdict = f"{verdict}: {claim.verdict.difference}"
    return {
        "id": claim.id,
        "kinds": ", ".join(claim.kinds),
        "text": trim(claim.text, CLAIM_TEXT_LIMIT),
        "dates": CELL_SEPARATOR.join(describe_timex(timex) for timex in claim.times),
        "quantities": CELL_SEPARATOR.join(describe_quantity(q) for q in claim.quantities),
        "entities": describe_entities(claim.entities),
        "verdict": verdict,
    }


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
