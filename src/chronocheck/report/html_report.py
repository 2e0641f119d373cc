"""The HTML report: one self-contained page with the article highlighted.

The article is drawn twice, as two layers the reader switches between with a
pair of radio buttons (CSS only, no script): claims with their dates and
quantities, and the persuasion techniques.

The page has no script, no external stylesheet, font or image, and a
Content-Security-Policy that forbids loading any. Every string from the report
reaches the page through Jinja2 autoescaping; the only markup built in Python
is the timeline SVG, which escapes its own text. Once the report is checked,
claims are coloured by verdict (with the verdict's symbol beside each colour),
each claim's panel shows the difference and the evidence in a ``<details>``
element (no script needed), and the reference timeline is drawn under the
article's. The only links off the page are evidence sources with an http(s)
address.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from chronocheck.models import Claim, Place, ReferenceEntry, Report
from chronocheck.report.formatting import (
    describe_counts,
    describe_entities,
    describe_entry_date,
    describe_interval,
    describe_published,
    describe_quantity,
    describe_quantity_value,
    describe_source,
    describe_timex,
    describe_timex_value,
    line_number,
    short_sha,
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
    describe_span_techniques,
    describe_technique_span,
    describe_weaker_heading,
    technique_css,
)
from chronocheck.report.segments import Layer, Segment, split_segments
from chronocheck.report.timeline_svg import render_timeline_svg
from chronocheck.report.verdicts import (
    MISMATCH_STATUSES,
    NO_OMISSIONS,
    STATUS_MEANINGS,
    STATUS_SYMBOLS,
    describe_candidate,
    describe_omission_date,
    describe_pack,
    describe_packs,
    describe_reference_row,
    describe_status,
    describe_verdict,
    describe_verdict_count,
    is_checked,
    linkable_url,
    verdict_counts,
)

LOGGER = logging.getLogger(__name__)

TEMPLATE_PACKAGE = "chronocheck.report"
TEMPLATE_NAME = "report.html.j2"
PLACE_MARKER = "⚠"
#: Id prefix of each claim's entry in the claims list; the timeline links there.
CLAIM_DETAIL_PREFIX = "#detail-"
#: Id prefix of each row of the reference table; the reference lane links there.
REFERENCE_ROW_PREFIX = "#reference-"
#: Claim kinds in legend order.
KIND_LEGEND = ("event", "quantity", "attribution", "quote", "causal")


@dataclass(frozen=True, slots=True)
class Highlight:
    """What one layer of the highlighted text is, and how it shows.

    Attributes:
        css: Class names of the layer.
        title: Tooltip words.
        is_claim: Whether the layer is a claim (drawn as ``<mark>``).
        anchor_id: Element id of the marker placed where the layer starts, if any.
        marker: Visible text of that marker.
        marker_href: Where that marker links to.
        marker_css: Class names of that marker.
    """

    css: str
    title: str
    is_claim: bool = False
    anchor_id: str | None = None
    marker: str | None = None
    marker_href: str | None = None
    marker_css: str = "marker"


@dataclass(frozen=True, slots=True)
class TextPiece:
    """A segment of the article ready for the template.

    Attributes:
        text: The segment's characters.
        css: Class names of every layer covering it (empty for plain text).
        title: Tooltip of the covering layers.
        is_claim: Whether a claim covers it.
        markers: Layers starting here that carry a marker.
    """

    text: str
    css: str
    title: str
    is_claim: bool
    markers: tuple[Highlight, ...]


def render_html(report: Report, *, color: bool = False, width: int = 100) -> str:
    """Render ``report`` as one self-contained HTML page.

    Args:
        report: What chronocheck found.
        color: Ignored: the page always has colour.
        width: Ignored: the page reflows.

    Returns:
        The HTML document.
    """
    claims = claims_in_text_order(report.claims)
    timeline = timeline_in_date_order(report.timeline)
    checked = is_checked(report)
    counts = verdict_counts(report)
    verdicts = {claim.id: claim.verdict.label for claim in claims} if checked else None
    svg = render_timeline_svg(
        timeline,
        link_prefix=CLAIM_DETAIL_PREFIX,
        verdicts=verdicts,
        reference=report.reference_timeline,
        reference_link_prefix=REFERENCE_ROW_PREFIX,
    )
    return (
        _environment()
        .get_template(TEMPLATE_NAME)
        .render(
            report=report,
            checked=checked,
            packs=[describe_pack(pack) for pack in report.packs],
            not_checked=describe_packs(report),
            verdict_counts=counts,
            verdict_legend=[(label, STATUS_MEANINGS[label]) for label, _ in counts],
            kind_legend=KIND_LEGEND,
            mismatch=MISMATCH_STATUSES,
            reference_rows=_reference_rows(report),
            no_omissions=NO_OMISSIONS,
            article=report.article,
            source=describe_source(report.article.source),
            published=describe_published(report.article),
            sha_short=short_sha(report.article.sha256),
            counts=describe_counts(report),
            pieces=highlight_pieces(report),
            claims=claims,
            claim_details={claim.id: _claim_details(claim) for claim in claims},
            timeline_rows=[(entry, describe_entry_date(entry)) for entry in timeline],
            timeline_svg=Markup(svg),
            inconsistency_places=_inconsistency_places(report),
            place_marker=PLACE_MARKER,
            rhetoric=report.rhetoric,
            rhetoric_pieces=rhetoric_pieces(report) if report.rhetoric else [],
            rhetoric_summary=describe_rhetoric_summary(report.rhetoric) if report.rhetoric else "",
            weaker_heading=describe_weaker_heading(report.rhetoric) if report.rhetoric else "",
            rhetoric_counts=describe_counts_by_technique(report.rhetoric)
            if report.rhetoric
            else "",
            not_analysed=NOT_ANALYSED,
            checkworthy=claims_by_checkworthiness(report.claims),
        )
    )


@cache
def _environment() -> Environment:
    """Build the Jinja2 environment once; autoescaping is on for every template."""
    environment = Environment(
        loader=PackageLoader(TEMPLATE_PACKAGE, "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(
        verdict=describe_verdict,
        status=describe_status,
        linkable=linkable_url,
        reference_row=describe_reference_row,
        candidate=describe_candidate,
        omission_date=describe_omission_date,
        technique=describe_technique_span,
        technique_css=technique_css,
    )
    environment.globals.update(
        symbols=STATUS_SYMBOLS, describe_verdict_count=describe_verdict_count
    )
    return environment


def highlight_pieces(report: Report) -> list[TextPiece]:
    """Cut the article into pieces, each with the claims, dates, quantities and places over it.

    Args:
        report: What chronocheck found.

    Returns:
        Pieces covering the article text in order.
    """
    text = report.article.text
    segments = split_segments(len(text), _layers(report))
    return [_piece(text, segment) for segment in segments]


def rhetoric_pieces(report: Report) -> list[TextPiece]:
    """Cut the article into pieces, each with the persuasion techniques over it.

    Args:
        report: What chronocheck found; without rhetoric, one plain piece.

    Returns:
        Pieces covering the article text in order.
    """
    text = report.article.text
    spans = report.rhetoric.techniques if report.rhetoric else ()
    layers = (
        Layer(
            span.start,
            span.end,
            Highlight(
                css=f"technique {technique_css(span.technique)}",
                title=f"{describe_span_techniques(span)}: {span.explanation}",
                anchor_id=f"technique-{span.id}",
                marker=span.id,
                marker_href=f"#detail-{span.id}",
                marker_css="marker marker-technique",
            ),
        )
        for span in spans
    )
    return [_piece(text, segment) for segment in split_segments(len(text), layers)]


def _layers(report: Report) -> Iterator[Layer[Highlight]]:
    """Yield a layer for each claim, time expression, quantity and inconsistency place."""
    checked = is_checked(report)
    for claim in report.claims:
        kinds = ", ".join(claim.kinds)
        css = f"claim kind-{claim.kinds[0]}" if claim.kinds else "claim"
        marker = claim.id
        if checked:
            # The verdict colours the mark; its symbol on the marker says the same in text.
            css += f" verdict-{claim.verdict.label}"
            if claim.verdict.label != "unchecked":
                marker += STATUS_SYMBOLS[claim.verdict.label]
        yield Layer(
            claim.start,
            claim.end,
            Highlight(
                css=css,
                title=f"{claim.id}: {kinds}; {claim.verdict.label}",
                is_claim=True,
                anchor_id=f"claim-{claim.id}",
                marker=marker,
                marker_href=f"#detail-{claim.id}",
            ),
        )
    for timex in report.timexes:
        css = "timex timex-relative" if timex.anchor is not None else "timex"
        yield Layer(timex.start, timex.end, Highlight(css=css, title=describe_timex_value(timex)))
    for quantity in report.quantities:
        title = describe_quantity_value(quantity)
        yield Layer(quantity.start, quantity.end, Highlight(css="quantity", title=title))
    for number, inconsistency in enumerate(report.inconsistencies, start=1):
        for place_number, place in enumerate(inconsistency.places, start=1):
            highlight = Highlight(
                css="place",
                title=f"Inconsistency {number}: {inconsistency.kind}",
                anchor_id=f"place-{number}-{place_number}",
                marker=f"{PLACE_MARKER}{number}",
                marker_href=f"#inconsistency-{number}",
                marker_css="marker marker-place",
            )
            yield Layer(place.start, place.end, highlight)


def _piece(text: str, segment: Segment[Highlight]) -> TextPiece:
    """Turn a segment into what the template needs."""
    highlights = [layer.payload for layer in segment.layers]
    css = " ".join(dict.fromkeys(" ".join(h.css for h in highlights).split()))
    return TextPiece(
        text=text[segment.start : segment.end],
        css=css,
        title="; ".join(dict.fromkeys(h.title for h in highlights)),
        is_claim=any(h.is_claim for h in highlights),
        markers=tuple(layer.payload for layer in segment.starting if layer.payload.marker),
    )


def _claim_details(claim: Claim) -> list[tuple[str, str]]:
    """List a claim's details as (heading, words) pairs, in the order shown."""
    details = [("When", describe_timex(timex)) for timex in claim.times]
    details += [("Amount", describe_quantity(quantity)) for quantity in claim.quantities]
    if claim.entities:
        details.append(("Who/where", describe_entities(claim.entities)))
    if claim.asserted_by:
        details.append(("Asserted by", claim.asserted_by))
    flags = [
        flag for flag, is_set in (("hedged", claim.hedged), ("negated", claim.negated)) if is_set
    ]
    if flags:
        details.append(("Wording", ", ".join(flags)))
    return details


def _reference_rows(report: Report) -> list[tuple[int, ReferenceEntry, str, list[str]]]:
    """Number the reference events in date order, with their dates and the claims shown here.

    Claim ids the report does not hold are left out, so every link on the page resolves.
    """
    known = {claim.id for claim in report.claims}
    return [
        (
            number,
            entry,
            describe_interval(entry.earliest, entry.latest),
            [claim_id for claim_id in entry.claim_ids if claim_id in known],
        )
        for number, entry in enumerate(reference_in_date_order(report.reference_timeline), 1)
    ]


def _inconsistency_places(report: Report) -> list[list[tuple[str, Place, int]]]:
    """For each inconsistency, list its places with their anchor ids and line numbers."""
    text = report.article.text
    return [
        [
            (f"place-{number}-{place_number}", place, line_number(text, place.start))
            for place_number, place in enumerate(inconsistency.places, start=1)
        ]
        for number, inconsistency in enumerate(report.inconsistencies, start=1)
    ]
