"""The marks of a timeline lane: where each event goes, how it is drawn, and the legend.

An event is a point when it is dated to the day and a bar over its interval
otherwise; a dashed hollow mark is an uncertain one (a date computed from
another date, or a reference event the article omits). Labels start at their
mark, and events whose label or mark would collide go on separate rows.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from chronocheck.report.formatting import trim
from chronocheck.report.timeline_axis import (
    MARGIN_X,
    Scale,
    clean_text,
    svg_text,
    text_width,
)

LOGGER = logging.getLogger(__name__)

# Tall enough that a label sits clearly nearer its own mark than the next row's mark.
ROW_HEIGHT = 38
# Long enough for a short event name; the full label is in the tooltip and the table.
LABEL_LIMIT = 40
LABEL_GAP = 8
POINT_RADIUS = 5
BAR_HEIGHT = 10
MIN_BAR_WIDTH = 4.0
DASH = "4 3"
LEGEND_ROW_HEIGHT = 22
LEGEND_SWATCH_WIDTH = 28
LEGEND_BASELINE = 16
HOLLOW_FILL = "#ffffff"


@dataclass(frozen=True, slots=True)
class MarkStyle:
    """Colours of a mark: ``stroke`` outlines it and fills a point, ``fill`` fills a bar.

    A ``dashed`` mark is drawn hollow with a dashed outline; a dashed line is dashed.
    """

    stroke: str
    fill: str
    dashed: bool = False


@dataclass(frozen=True, slots=True)
class LaneItem:
    """An event to draw on a lane.

    Attributes:
        key: What joins refer to: the claim id of an article event.
        label: The words drawn beside the mark.
        tooltip: The words shown on hover (the full label and date).
        first: First day of the event.
        after: First day after it.
        style: Its colours.
        css: Class names of its group.
        href: Where it links to, if anywhere.
        status: Its verdict label or reference status.
        joined_claims: Claim ids to join this event to (reference events only).
    """

    key: str
    label: str
    tooltip: str
    first: date
    after: date
    style: MarkStyle
    css: str
    href: str | None = None
    status: str = "unchecked"
    joined_claims: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlacedItem:
    """An event with its mark's x extent, its label's x and its row (0 nearest the axis)."""

    item: LaneItem
    x_start: float
    x_end: float
    is_point: bool
    label: str
    label_x: float
    row: int = 0

    @property
    def left(self) -> float:
        """Leftmost x the event's mark or label covers."""
        return min(self.label_x, self.x_start - (POINT_RADIUS if self.is_point else 0))

    @property
    def right(self) -> float:
        """Rightmost x the event's mark or label covers."""
        mark_right = self.x_end + (POINT_RADIUS if self.is_point else 0)
        return max(mark_right, self.label_x + text_width(self.label))

    @property
    def x_centre(self) -> float:
        """The middle of the mark, where joining lines meet it."""
        return (self.x_start + self.x_end) / 2


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One swatch of a legend and the words that explain it."""

    words: str
    style: MarkStyle
    shape: Literal["point", "bar", "line"]


def place_items(items: Iterable[LaneItem], scale: Scale) -> list[PlacedItem]:
    """Give each event its mark, its label position and the first row where both fit.

    Args:
        items: Events of one lane.
        scale: The shared scale.

    Returns:
        The placed events, by left edge.
    """
    unplaced = sorted((_measure(item, scale) for item in items), key=lambda event: event.left)
    row_ends: list[float] = []
    placed = []
    # First-fit by left edge uses the fewest rows for intervals (interval graph colouring).
    for event in unplaced:
        row = next(
            (i for i, end in enumerate(row_ends) if end + LABEL_GAP <= event.left), len(row_ends)
        )
        if row == len(row_ends):
            row_ends.append(event.right)
        else:
            row_ends[row] = event.right
        placed.append(replace(event, row=row))
    return placed


def row_count(placed: Sequence[PlacedItem]) -> int:
    """Return how many rows the placed events use."""
    return max((event.row for event in placed), default=-1) + 1


def _measure(item: LaneItem, scale: Scale) -> PlacedItem:
    """Work out where an event's mark and label go on the x axis."""
    x_start, x_end = scale.x_of(item.first), scale.x_of(item.after)
    is_point = (item.after - item.first).days == 1
    if is_point:
        x_start = x_end = (x_start + x_end) / 2
    else:
        x_end = max(x_end, x_start + MIN_BAR_WIDTH)
    label = trim(clean_text(item.label), LABEL_LIMIT)
    # Labels start at their mark; one that would run off the right edge ends there instead.
    mark_left = x_start - POINT_RADIUS if is_point else x_start
    label_x = min(mark_left, scale.right - text_width(label))
    return PlacedItem(item, x_start, x_end, is_point, label, label_x)


def draw_item(event: PlacedItem, mark_top: float, label_baseline: float) -> str:
    """Draw one event: its mark at ``mark_top``, its label and a tooltip.

    Args:
        event: The placed event.
        mark_top: Top of the mark's band.
        label_baseline: Baseline of the label (above the mark or below it).

    Returns:
        The event's ``<g>``, wrapped in a link when the event has one.
    """
    item = event.item
    mark = draw_mark(
        event.x_start, event.x_end, mark_top, is_point=event.is_point, style=item.style
    )
    label = f'<text x="{event.label_x:.1f}" y="{label_baseline:.1f}">{svg_text(event.label)}</text>'
    group = (
        f'<g class="{svg_text(item.css)}"><title>{svg_text(item.tooltip)}</title>{mark}{label}</g>'
    )
    if item.href is None:
        return group
    return f'<a href="{svg_text(item.href)}">{group}</a>'


def draw_mark(x_start: float, x_end: float, top: float, *, is_point: bool, style: MarkStyle) -> str:
    """Draw a point at ``x_start`` or a bar over ``[x_start, x_end)``, hollow if dashed."""
    dash = f' stroke-dasharray="{DASH}"' if style.dashed else ""
    if style.dashed:
        fill = HOLLOW_FILL
    else:
        fill = style.stroke if is_point else style.fill
    if is_point:
        return (
            f'<circle cx="{x_start:.1f}" cy="{top + BAR_HEIGHT / 2:.1f}" r="{POINT_RADIUS}" '
            f'fill="{fill}" stroke="{style.stroke}" stroke-width="2"{dash}/>'
        )
    return (
        f'<rect x="{x_start:.1f}" y="{top:.1f}" width="{x_end - x_start:.1f}" '
        f'height="{BAR_HEIGHT}" rx="2" fill="{fill}" stroke="{style.stroke}" '
        f'stroke-width="1.5"{dash}/>'
    )


def draw_join(x1: float, y1: float, x2: float, y2: float, style: MarkStyle) -> str:
    """Draw a line joining two marks, dashed when the style is."""
    dash = f' stroke-dasharray="{DASH}"' if style.dashed else ""
    return (
        f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
        f'stroke="{style.stroke}" stroke-width="2"{dash}/>'
    )


def draw_legend(rows: Sequence[Sequence[LegendEntry]], top: float) -> tuple[str, float]:
    """Explain the marks in words, one row of swatches per entry list.

    Args:
        rows: Legend rows, each a list of entries drawn left to right.
        top: Where the legend starts.

    Returns:
        The legend's ``<g>`` and its height.
    """
    parts = ['<g class="legend">']
    for number, entries in enumerate(rows):
        baseline = top + number * LEGEND_ROW_HEIGHT + LEGEND_BASELINE
        mark_top = baseline - BAR_HEIGHT + 1
        x = float(MARGIN_X)
        for entry in entries:
            if entry.shape == "point":
                parts.append(
                    draw_mark(x + POINT_RADIUS, x, mark_top, is_point=True, style=entry.style)
                )
                x += 2 * POINT_RADIUS + LABEL_GAP
            else:
                x_end = x + LEGEND_SWATCH_WIDTH
                if entry.shape == "bar":
                    parts.append(draw_mark(x, x_end, mark_top, is_point=False, style=entry.style))
                else:
                    y = mark_top + BAR_HEIGHT / 2
                    parts.append(draw_join(x, y, x_end, y, entry.style))
                x = x_end + LABEL_GAP
            parts.append(f'<text x="{x:.1f}" y="{baseline:.1f}">{svg_text(entry.words)}</text>')
            x += text_width(entry.words) + 2 * LABEL_GAP
    parts.append("</g>")
    return "".join(parts), len(rows) * LEGEND_ROW_HEIGHT + (LEGEND_ROW_HEIGHT - LEGEND_BASELINE)


#: Colours of an article event whose claim is unchecked, and of every event before checking.
DEFAULT_STYLE = MarkStyle(stroke="#1e3a8a", fill="#93c5fd")
#: Colours of each verdict label and reference status; "omitted" is hollow and dashed.
STATUS_STYLES = {
    "unchecked": DEFAULT_STYLE,
    "supported": MarkStyle(stroke="#15803d", fill="#86efac"),
    "contradicted": MarkStyle(stroke="#b91c1c", fill="#fca5a5"),
    "contested": MarkStyle(stroke="#c2410c", fill="#fdba74"),
    "unverifiable": MarkStyle(stroke="#6b7280", fill="#d1d5db"),
    "omitted": MarkStyle(stroke="#6d28d9", fill=HOLLOW_FILL, dashed=True),
}
#: How a claim is joined to a reference event it disagrees with: solid when contradicted.
JOIN_STYLES = {
    "contradicted": MarkStyle(stroke="#b91c1c", fill="#b91c1c"),
    "contested": MarkStyle(stroke="#c2410c", fill="#c2410c", dashed=True),
}
