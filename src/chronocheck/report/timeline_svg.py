"""Draw an article's timeline as an inline SVG picture.

The x axis is time with year ticks. Each event is a point when it is dated to
the day and a bar over its interval otherwise; dates computed from another date
("six months later") are drawn dashed and hollow. Labels sit above their
marks, and events whose label or mark would collide are stacked on separate
rows. Text widths are estimated from character counts, so the picture is the
same on every machine.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from html import escape

from chronocheck.models import TimelineEntry
from chronocheck.report.formatting import describe_entry_date, trim
from chronocheck.report.ordering import timeline_in_date_order

LOGGER = logging.getLogger(__name__)

SVG_WIDTH = 960
MARGIN_X = 24
LEGEND_HEIGHT = 28
ROW_HEIGHT = 34
AXIS_HEIGHT = 34
# Space between the lowest row of marks and the axis line.
AXIS_GAP = 8
FONT_SIZE = 12
# Average advance of a 12 px glyph in a wide sans-serif (DejaVu Sans, about 0.63 em), so
# estimated label widths are upper bounds on common fonts and labels never overlap.
CHAR_WIDTH = 7.6
# Long enough for a short event name; the full label is in the tooltip and the table.
LABEL_LIMIT = 40
LABEL_GAP = 8
POINT_RADIUS = 5
BAR_HEIGHT = 10
MIN_BAR_WIDTH = 4.0
MAX_TICKS = 12
TICK_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
RELATIVE_DASH = "4 3"
LEGEND_SWATCH_WIDTH = 28
#: (is_point, relative) of each legend entry, matching LEGEND_WORDS.
LEGEND_MARKS = ((True, False), (False, False), (False, True))
LEGEND_WORDS = ("dated to the day", "month, year or longer", "dashed: computed from another date")
COLOR_MARK = "#1e3a8a"
COLOR_BAR = "#93c5fd"
COLOR_TEXT = "#111827"
COLOR_GRID = "#d1d5db"
# Characters XML 1.0 forbids even escaped; an SVG holding one does not parse as a file.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"


@dataclass(frozen=True, slots=True)
class _Placed:
    """An event with its mark's x extent, its label's x and its row."""

    entry: TimelineEntry
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
        return max(mark_right, self.label_x + len(self.label) * CHAR_WIDTH)


@dataclass(frozen=True, slots=True)
class _Scale:
    """Maps days to x coordinates over whole years ``[first_year, after_year)``."""

    first_year: int
    after_year: int
    left: float
    right: float

    def x_of(self, day: date) -> float:
        """Return the x coordinate of the start of ``day``."""
        first = date(self.first_year, 1, 1).toordinal()
        total = date(self.after_year, 1, 1).toordinal() - first
        return self.left + (day.toordinal() - first) / total * (self.right - self.left)


def render_timeline_svg(
    entries: Sequence[TimelineEntry],
    *,
    width: int = SVG_WIDTH,
    link_prefix: str | None = None,
    id_prefix: str = "timeline",
) -> str:
    """Draw ``entries`` as a self-contained SVG element.

    Args:
        entries: Timeline entries, in any order.
        width: Width of the picture in pixels (it scales with ``viewBox``).
        link_prefix: Each event links to ``link_prefix + claim_id``; ``None`` for no links.
            Give a fragment (``"#detail-"``) so the picture never points off the page.
        id_prefix: Prefix of the element ids, unique per picture on a page.

    Returns:
        The ``<svg>`` element as a string, every text escaped.
    """
    dated = [(entry, *_bounds(entry)) for entry in timeline_in_date_order(entries)]
    usable = [(entry, first, after) for entry, first, after in dated if first and after]
    if not usable:
        return _svg(width, LEGEND_HEIGHT, id_prefix, "No dated events.", [_no_events(width)])
    scale = _Scale(
        first_year=min(first.year for _, first, _ in usable),
        # An interval that ends on 1 January ends within the year before.
        after_year=max(after.year + (after > date(after.year, 1, 1)) for _, _, after in usable),
        left=MARGIN_X,
        right=width - MARGIN_X,
    )
    placed = _place(usable, scale)
    rows = max(event.row for event in placed) + 1
    axis_y = LEGEND_HEIGHT + rows * ROW_HEIGHT + AXIS_GAP
    height = axis_y + AXIS_HEIGHT
    parts = [_legend()]
    parts += _axis(scale, axis_y)
    parts += [_event(event, link_prefix) for event in placed]
    summary = f"{len(placed)} events from {scale.first_year} to {scale.after_year - 1}."
    return _svg(width, height, id_prefix, summary, parts)


def _bounds(entry: TimelineEntry) -> tuple[date | None, date | None]:
    """Parse an entry's interval; ``(None, None)`` (and a warning) when it is not drawable."""
    try:
        first, after = date.fromisoformat(entry.earliest), date.fromisoformat(entry.latest)
    except ValueError:
        LOGGER.warning("Timeline entry %r has no ISO dates; it is not drawn", entry.label)
        return None, None
    if after <= first:
        LOGGER.warning("Timeline entry %r ends before it starts; it is not drawn", entry.label)
        return None, None
    return first, after


def _place(usable: list[tuple[TimelineEntry, date, date]], scale: _Scale) -> list[_Placed]:
    """Give each event its mark, its label position and the first row where both fit."""
    unplaced = sorted((_measure(*item, scale) for item in usable), key=lambda event: event.left)
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


def _measure(entry: TimelineEntry, first: date, after: date, scale: _Scale) -> _Placed:
    """Work out where an event's mark and label go on the x axis."""
    x_start, x_end = scale.x_of(first), scale.x_of(after)
    is_point = (after - first).days == 1
    if is_point:
        x_start = x_end = (x_start + x_end) / 2
    else:
        x_end = max(x_end, x_start + MIN_BAR_WIDTH)
    label = trim(_XML_INVALID.sub("", entry.label), LABEL_LIMIT)
    # Labels start at their mark; one that would run off the right edge ends there instead.
    mark_left = x_start - POINT_RADIUS if is_point else x_start
    label_x = min(mark_left, scale.right - len(label) * CHAR_WIDTH)
    return _Placed(entry, x_start, x_end, is_point, label, label_x)


def _tick_step(first_year: int, after_year: int) -> int:
    """Choose the smallest round step that gives at most ``MAX_TICKS`` year ticks."""
    span = after_year - first_year
    return next((step for step in TICK_STEPS if span // step + 1 <= MAX_TICKS), TICK_STEPS[-1])


def _axis(scale: _Scale, axis_y: float) -> list[str]:
    """Draw the axis line, a grid line and a label for each tick year."""
    step = _tick_step(scale.first_year, scale.after_year)
    first_tick = -(-scale.first_year // step) * step
    parts = [
        f'<line x1="{scale.left:.1f}" y1="{axis_y:.1f}" x2="{scale.right:.1f}" '
        f'y2="{axis_y:.1f}" stroke="{COLOR_TEXT}" stroke-width="1"/>'
    ]
    for year in range(first_tick, scale.after_year + 1, step):
        x = scale.x_of(date(year, 1, 1))
        parts.append(
            f'<line x1="{x:.1f}" y1="{LEGEND_HEIGHT}" x2="{x:.1f}" y2="{axis_y + 5:.1f}" '
            f'stroke="{COLOR_GRID}" stroke-width="1"/>'
        )
        parts.append(f'<text x="{x:.1f}" y="{axis_y + 20:.1f}" text-anchor="middle">{year}</text>')
    return parts


def _event(event: _Placed, link_prefix: str | None) -> str:
    """Draw one event: its mark, its label and a tooltip with its date."""
    entry = event.entry
    mark_top = LEGEND_HEIGHT + (event.row + 1) * ROW_HEIGHT - BAR_HEIGHT - 2
    mark = _mark(
        event.x_start, event.x_end, mark_top, is_point=event.is_point, relative=entry.relative
    )
    tooltip = escape(
        _XML_INVALID.sub("", f"{entry.label} — {describe_entry_date(entry)} ({entry.claim_id})")
    )
    label = f'<text x="{event.label_x:.1f}" y="{mark_top - 5:.1f}">{escape(event.label)}</text>'
    kind = "relative" if entry.relative else ("point" if event.is_point else "interval")
    group = f'<g class="event event-{kind}"><title>{tooltip}</title>{mark}{label}</g>'
    if link_prefix is None:
        return group
    return f'<a href="{escape(link_prefix + entry.claim_id)}">{group}</a>'


def _mark(x_start: float, x_end: float, top: float, *, is_point: bool, relative: bool) -> str:
    """Draw a point at ``x_start`` or a bar over ``[x_start, x_end)``; dashed if relative."""
    dash = f' stroke-dasharray="{RELATIVE_DASH}"' if relative else ""
    fill = "#ffffff" if relative else (COLOR_MARK if is_point else COLOR_BAR)
    if is_point:
        return (
            f'<circle cx="{x_start:.1f}" cy="{top + BAR_HEIGHT / 2:.1f}" r="{POINT_RADIUS}" '
            f'fill="{fill}" stroke="{COLOR_MARK}" stroke-width="2"{dash}/>'
        )
    return (
        f'<rect x="{x_start:.1f}" y="{top:.1f}" width="{x_end - x_start:.1f}" '
        f'height="{BAR_HEIGHT}" rx="2" fill="{fill}" stroke="{COLOR_MARK}" '
        f'stroke-width="1.5"{dash}/>'
    )


def _legend() -> str:
    """Explain the marks in words, so the picture does not rely on shape alone."""
    baseline = 16
    top = baseline - BAR_HEIGHT + 1
    parts = ['<g class="legend">']
    x = float(MARGIN_X)
    for (is_point, relative), words in zip(LEGEND_MARKS, LEGEND_WORDS, strict=True):
        if is_point:
            parts.append(_mark(x + POINT_RADIUS, x, top, is_point=True, relative=relative))
            x += 2 * POINT_RADIUS + LABEL_GAP
        else:
            x_end = x + LEGEND_SWATCH_WIDTH
            parts.append(_mark(x, x_end, top, is_point=False, relative=relative))
            x = x_end + LABEL_GAP
        parts.append(f'<text x="{x:.1f}" y="{baseline}">{words}</text>')
        x += len(words) * CHAR_WIDTH + 2 * LABEL_GAP
    parts.append("</g>")
    return "".join(parts)


def _no_events(width: int) -> str:
    """Say that there is nothing to draw."""
    return f'<text x="{width / 2:.1f}" y="18" text-anchor="middle">No dated events.</text>'


def _svg(width: int, height: float, id_prefix: str, summary: str, parts: list[str]) -> str:
    """Wrap ``parts`` in an accessible ``<svg>`` element with a title and description."""
    prefix = escape(id_prefix)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" '
        f'viewBox="0 0 {width} {height:.0f}" width="{width}" height="{height:.0f}" '
        f'aria-labelledby="{prefix}-title {prefix}-desc" font-family="{FONT_FAMILY}" '
        f'font-size="{FONT_SIZE}" fill="{COLOR_TEXT}">'
    )
    title = f'<title id="{prefix}-title">Timeline of the article</title>'
    desc = f'<desc id="{prefix}-desc">{escape(summary)}</desc>'
    return "\n".join([head, title, desc, *parts, "</svg>"]) + "\n"
