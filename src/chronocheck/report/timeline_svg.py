"""Draw an article's timeline, and the reference timeline under it, as one inline SVG.

The article's events sit above a shared time axis with year ticks, the
reference events (matched ones and omissions) below it, so an event has the
same x in both lanes. Rows of the article's lane grow upwards from the axis and
rows of the reference lane downwards. Once checked, marks are coloured by
verdict and labelled with its symbol, and every reference event the article
contradicts or contests is joined by a line to the claims concerned.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from chronocheck.models import ReferenceEntry, TimelineEntry
from chronocheck.report.formatting import describe_entry_date
from chronocheck.report.ordering import timeline_in_date_order
from chronocheck.report.reference_lane import draw_joins, reference_items
from chronocheck.report.timeline_axis import (
    AXIS_HEIGHT,
    MARGIN_X,
    SVG_WIDTH,
    draw_axis,
    parse_interval,
    scale_over,
    svg_text,
    wrap_svg,
)
from chronocheck.report.timeline_marks import (
    BAR_HEIGHT,
    DEFAULT_STYLE,
    JOIN_STYLES,
    ROW_HEIGHT,
    STATUS_STYLES,
    LaneItem,
    LegendEntry,
    MarkStyle,
    PlacedItem,
    draw_item,
    draw_legend,
    place_items,
    row_count,
)
from chronocheck.report.verdicts import STATUS_SYMBOLS, SUMMARY_ORDER

LOGGER = logging.getLogger(__name__)

# Space between the article lane's nearest row and the axis line.
AXIS_GAP = 8
# Space between the bottom of an article mark and the bottom of its row.
MARK_BOTTOM_GAP = 2
#: Height of the picture when there is nothing to draw.
EMPTY_HEIGHT = 28
# Space between a mark and the label above it, or the baseline of the label below it.
LABEL_ABOVE_GAP = 5
LABEL_BELOW_BASELINE = 13
# Space above the first reference row, so its marks clear the year labels.
REFERENCE_ROW_OFFSET = 4
CAPTION_HEIGHT = 22
CAPTION_BASELINE = 15
ARTICLE_CAPTION = "▲ The article's timeline"
REFERENCE_CAPTION = "▼ Reference timeline (matched events and omissions)"
SHAPE_LEGEND = (
    LegendEntry("dated to the day", DEFAULT_STYLE, "point"),
    LegendEntry("month, year or longer", DEFAULT_STYLE, "bar"),
    LegendEntry(
        "dashed: computed from another date",
        MarkStyle(DEFAULT_STYLE.stroke, DEFAULT_STYLE.fill, dashed=True),
        "bar",
    ),
)
JOIN_LEGEND_WORDS = {
    "contradicted": "✗ line: the article contradicts the reference",
    "contested": "± dashed line: sources disagree",
}
#: Legend order of the statuses: the verdicts, then omissions.
STATUS_LEGEND_ORDER = (*SUMMARY_ORDER, "omitted")


def render_timeline_svg(
    entries: Sequence[TimelineEntry],
    *,
    width: int = SVG_WIDTH,
    link_prefix: str | None = None,
    id_prefix: str = "timeline",
    verdicts: Mapping[str, str] | None = None,
    reference: Sequence[ReferenceEntry] = (),
    reference_link_prefix: str | None = None,
) -> str:
    """Draw ``entries``, and ``reference`` under them, as a self-contained SVG element.

    Args:
        entries: The article's timeline entries, in any order.
        width: Width of the picture in pixels (it scales with ``viewBox``).
        link_prefix: Each article event links to ``link_prefix + claim_id``; ``None`` for
            no links. Give a fragment (``"#detail-"``) so the picture never points off the page.
        id_prefix: Prefix of the element ids, unique per picture on a page.
        verdicts: Verdict label of each claim id; given once the report is checked, it
            colours the article's marks and prefixes their labels with the verdict symbol.
        reference: The reference timeline; when empty, only the article's lane is drawn.
        reference_link_prefix: Reference event ``n`` (1-based, in date order) links to
            ``reference_link_prefix + n``; ``None`` for no links.

    Returns:
        The ``<svg>`` element as a string, every text escaped.
    """
    article = _article_items(entries, link_prefix, verdicts)
    references = reference_items(reference, reference_link_prefix)
    spans = [(item.first, item.after) for item in (*article, *references)]
    if not spans:
        return wrap_svg(
            width,
            EMPTY_HEIGHT,
            id_prefix,
            "Timeline of the article",
            "No dated events.",
            [_no_events(width)],
        )
    scale = scale_over(spans, width=width)
    article_placed = place_items(article, scale)
    reference_placed = place_items(references, scale)
    two_lanes = bool(reference_placed)
    legend, top = draw_legend(_legend_rows(article, references, checked=verdicts is not None), 0)
    parts = [legend]
    if two_lanes:
        parts.append(_caption(ARTICLE_CAPTION, top))
        top += CAPTION_HEIGHT
    axis_y = top + row_count(article_placed) * ROW_HEIGHT + AXIS_GAP
    reference_top = axis_y + AXIS_HEIGHT
    bottom = reference_top + row_count(reference_placed) * ROW_HEIGHT
    article_marks = [(event, _article_mark_top(axis_y, event.row)) for event in article_placed]
    reference_marks = [
        (event, reference_top + event.row * ROW_HEIGHT + REFERENCE_ROW_OFFSET)
        for event in reference_placed
    ]
    parts += draw_axis(scale, axis_y, top, bottom if two_lanes else axis_y)
    parts += draw_joins(article_marks, reference_marks)
    parts += [
        draw_item(event, mark_top, mark_top - LABEL_ABOVE_GAP) for event, mark_top in article_marks
    ]
    parts += [
        draw_item(event, mark_top, mark_top + BAR_HEIGHT + LABEL_BELOW_BASELINE)
        for event, mark_top in reference_marks
    ]
    height = (bottom + CAPTION_HEIGHT) if two_lanes else axis_y + AXIS_HEIGHT
    if two_lanes:
        parts.append(_caption(REFERENCE_CAPTION, bottom))
    title = (
        "Timelines of the article and of the reference" if two_lanes else "Timeline of the article"
    )
    summary = _summary(article_placed, reference_placed, scale.first_year, scale.after_year - 1)
    return wrap_svg(width, height, id_prefix, title, summary, parts)


def _article_items(
    entries: Sequence[TimelineEntry], link_prefix: str | None, verdicts: Mapping[str, str] | None
) -> list[LaneItem]:
    """Turn the article's timeline into lane events, coloured by verdict once checked."""
    items = []
    for entry in timeline_in_date_order(entries):
        interval = parse_interval(entry.earliest, entry.latest, entry.label)
        if interval is None:
            continue
        status = (verdicts or {}).get(entry.claim_id, "unchecked")
        colours = STATUS_STYLES.get(status, DEFAULT_STYLE)
        style = MarkStyle(colours.stroke, colours.fill, dashed=entry.relative)
        first, after = interval
        is_day = (after - first).days == 1
        kind = "relative" if entry.relative else ("point" if is_day else "interval")
        checked = verdicts is not None and status != "unchecked"
        tooltip = f"{entry.label} — {describe_entry_date(entry)} ({entry.claim_id})"
        items.append(
            LaneItem(
                key=entry.claim_id,
                label=f"{STATUS_SYMBOLS[status]} {entry.label}" if checked else entry.label,
                tooltip=f"{tooltip}; {status}" if checked else tooltip,
                first=first,
                after=after,
                style=style,
                css=f"event event-{kind}" + (f" verdict-{status}" if checked else ""),
                href=None if link_prefix is None else link_prefix + entry.claim_id,
                status=status,
            )
        )
    return items


def _article_mark_top(axis_y: float, row: int) -> float:
    """Top of a mark in the article lane, whose row 0 sits just above the axis."""
    return axis_y - AXIS_GAP - MARK_BOTTOM_GAP - BAR_HEIGHT - row * ROW_HEIGHT


def _legend_rows(
    article: Sequence[LaneItem], references: Sequence[LaneItem], *, checked: bool
) -> list[list[LegendEntry]]:
    """Explain shapes always, and once checked the status colours and joining lines in use."""
    rows = [list(SHAPE_LEGEND)]
    present = {item.status for item in (*article, *references)}
    if checked or references:
        rows.append(
            [
                LegendEntry(f"{STATUS_SYMBOLS[status]} {status}", STATUS_STYLES[status], "bar")
                for status in STATUS_LEGEND_ORDER
                if status in present
            ]
        )
    joined = [
        status
        for status in JOIN_STYLES
        if any(item.status == status and item.joined_claims for item in references)
    ]
    if joined:
        rows.append(
            [
                LegendEntry(JOIN_LEGEND_WORDS[status], JOIN_STYLES[status], "line")
                for status in joined
            ]
        )
    return rows


def _caption(words: str, top: float) -> str:
    """Name a lane in bold at the left edge."""
    return (
        f'<text x="{MARGIN_X}" y="{top + CAPTION_BASELINE:.1f}" font-weight="bold">'
        f"{svg_text(words)}</text>"
    )


def _summary(
    article: Sequence[PlacedItem], reference: Sequence[PlacedItem], first: int, last: int
) -> str:
    """Describe the picture in a sentence or two for screen readers."""
    words = f"{len(article)} article events from {first} to {last}."
    if reference:
        joins = sum(len(event.item.joined_claims) for event in reference)
        words += f" {len(reference)} reference events; {joins} disagreements joined by lines."
    return words


def _no_events(width: int) -> str:
    """Say that there is nothing to draw."""
    return f'<text x="{width / 2:.1f}" y="18" text-anchor="middle">No dated events.</text>'
