"""The time axis the timeline pictures share: scale, year ticks and the SVG frame.

Both the article's lane and the reference lane are drawn against one
:class:`Scale`, so an event sits at the same x in both. Text widths are
estimated from character counts, so the picture is the same on every machine.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

LOGGER = logging.getLogger(__name__)

SVG_WIDTH = 960
MARGIN_X = 24
FONT_SIZE = 12
FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
# Average advance of a 12 px glyph in a wide sans-serif (DejaVu Sans, about 0.63 em), so
# estimated label widths are upper bounds on common fonts and labels never overlap.
CHAR_WIDTH = 7.6
#: Height of the band under the axis line that holds the year labels.
AXIS_HEIGHT = 34
YEAR_LABEL_OFFSET = 20
TICK_LENGTH = 5
MAX_TICKS = 12
TICK_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
COLOR_TEXT = "#111827"
COLOR_GRID = "#d1d5db"
# Characters XML 1.0 forbids even escaped; an SVG holding one does not parse as a file.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Scale:
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


def scale_over(intervals: Iterable[tuple[date, date]], *, width: int) -> Scale:
    """Build the scale whose whole years cover every interval.

    Args:
        intervals: Half-open ``(first, after)`` day intervals; at least one.
        width: Width of the picture; the scale leaves :data:`MARGIN_X` on each side.

    Returns:
        The scale.
    """
    spans = list(intervals)
    return Scale(
        first_year=min(first.year for first, _ in spans),
        # An interval that ends on 1 January ends within the year before.
        after_year=max(after.year + (after > date(after.year, 1, 1)) for _, after in spans),
        left=MARGIN_X,
        right=width - MARGIN_X,
    )


def parse_interval(earliest: str, latest: str, label: str) -> tuple[date, date] | None:
    """Parse a half-open ISO interval; None (and a warning naming ``label``) if not drawable."""
    try:
        first, after = date.fromisoformat(earliest), date.fromisoformat(latest)
    except ValueError:
        LOGGER.warning("Timeline entry %r has no ISO dates; it is not drawn", label)
        return None
    if after <= first:
        LOGGER.warning("Timeline entry %r ends before it starts; it is not drawn", label)
        return None
    return first, after


def svg_text(text: str) -> str:
    """Make ``text`` safe in an SVG element or attribute: drop XML-invalid characters, escape."""
    return escape(_XML_INVALID.sub("", text))


def clean_text(text: str) -> str:
    """Drop the characters XML cannot hold, even escaped (escape separately)."""
    return _XML_INVALID.sub("", text)


def text_width(text: str) -> float:
    """Estimate the width of ``text`` at :data:`FONT_SIZE` (an upper bound on common fonts)."""
    return len(text) * CHAR_WIDTH


def _tick_step(first_year: int, after_year: int) -> int:
    """Choose the smallest round step that gives at most ``MAX_TICKS`` year ticks."""
    span = after_year - first_year
    return next((step for step in TICK_STEPS if span // step + 1 <= MAX_TICKS), TICK_STEPS[-1])


def draw_axis(scale: Scale, axis_y: float, grid_top: float, grid_bottom: float) -> list[str]:
    """Draw the axis line, a grid line over ``[grid_top, grid_bottom]`` and a label per tick year.

    Args:
        scale: The shared scale.
        axis_y: Where the axis line runs; year labels go just under it.
        grid_top: Where the grid lines start.
        grid_bottom: Where the grid lines end (below the axis, to reach a lower lane).

    Returns:
        SVG elements.
    """
    step = _tick_step(scale.first_year, scale.after_year)
    first_tick = -(-scale.first_year // step) * step
    parts = [
        f'<line x1="{scale.left:.1f}" y1="{axis_y:.1f}" x2="{scale.right:.1f}" '
        f'y2="{axis_y:.1f}" stroke="{COLOR_TEXT}" stroke-width="1"/>'
    ]
    bottom = max(grid_bottom, axis_y + TICK_LENGTH)
    for year in range(first_tick, scale.after_year + 1, step):
        x = scale.x_of(date(year, 1, 1))
        parts.append(
            f'<line x1="{x:.1f}" y1="{grid_top:.1f}" x2="{x:.1f}" y2="{bottom:.1f}" '
            f'stroke="{COLOR_GRID}" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{x:.1f}" y="{axis_y + YEAR_LABEL_OFFSET:.1f}" '
            f'text-anchor="middle">{year}</text>'
        )
    return parts


def wrap_svg(
    width: int, height: float, id_prefix: str, title: str, summary: str, parts: Sequence[str]
) -> str:
    """Wrap ``parts`` in an accessible ``<svg>`` element with a title and description.

    Args:
        width: Width of the picture in pixels (it scales with ``viewBox``).
        height: Height of the picture in pixels.
        id_prefix: Prefix of the title and description ids, unique per picture on a page.
        title: What the picture shows.
        summary: A sentence describing it for screen readers.
        parts: The SVG elements.

    Returns:
        The ``<svg>`` element, ending in a newline.
    """
    prefix = escape(id_prefix)
    # An "img" hides its children from assistive technology, links included, so a
    # picture whose marks link to claims is a labelled group instead (#7, axe
    # nested-interactive).
    role = "group" if any("<a " in part for part in parts) else "img"
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="{role}" '
        f'viewBox="0 0 {width} {height:.0f}" width="{width}" height="{height:.0f}" '
        f'aria-labelledby="{prefix}-title {prefix}-desc" font-family="{FONT_FAMILY}" '
        f'font-size="{FONT_SIZE}" fill="{COLOR_TEXT}">'
    )
    title_element = f'<title id="{prefix}-title">{svg_text(title)}</title>'
    desc = f'<desc id="{prefix}-desc">{svg_text(summary)}</desc>'
    return "\n".join([head, title_element, desc, *parts, "</svg>"]) + "\n"
