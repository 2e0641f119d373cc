"""The corpus report's charts, drawn here as inline SVG: no script, no external resource.

Every piece of text that reaches the markup goes through :func:`html.escape`, and
the charts are a pure function of the numbers they are given, so the same tables
give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from html import escape

from chronocheck.corpus.report import DatedClaims

LOGGER = logging.getLogger(__name__)

#: Fill colours of the verdict labels (as in the article report's CSS) and of a plain bar.
VERDICT_COLOURS = {
    "unchecked": "#d1d5db",
    "supported": "#15803d",
    "contradicted": "#b91c1c",
    "contested": "#b45309",
    "unverifiable": "#6b7280",
}
BAR_COLOUR = "#1d4ed8"
REFERENCE_COLOUR = "#111827"
WIDTH = 760
LABEL_WIDTH = 200
ROW_HEIGHT = 22
BAR_HEIGHT = 16
#: The longest label drawn in full; longer ones are cut with an ellipsis (full text in a title).
MAX_LABEL_CHARS = 30


def stacked_bars(
    rows: Sequence[tuple[str, dict[str, int]]], colours: dict[str, str], *, title: str
) -> str:
    """Horizontal bars, one per row, split by key in the order of ``colours``."""
    if not rows:
        return ""
    largest = max(sum(parts.values()) for _, parts in rows) or 1
    scale = (WIDTH - LABEL_WIDTH - 70) / largest
    height = ROW_HEIGHT * len(rows) + 10
    marks = []
    for index, (label, parts) in enumerate(rows):
        y = 5 + index * ROW_HEIGHT
        marks.append(_label(label, y))
        x = float(LABEL_WIDTH)
        for key, colour in colours.items():
            value = parts.get(key, 0)
            if not value:
                continue
            width = value * scale
            marks.append(
                f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}"'
                f' fill="{colour}"><title>{escape(label)}: {value} {escape(key)}</title></rect>'
            )
            x += width
        total = sum(parts.values())
        marks.append(f'<text x="{x + 4:.1f}" y="{y + 12}" font-size="11">{total}</text>')
    return _svg(height, title, marks)


def reference_timeline(events: Sequence[DatedClaims], *, title: str) -> str:
    """One row per reference event: its date (a diamond) and the dates claims give it (dots)."""
    dates = [_day(e.reference_date) for e in events]
    dates += [_day(earliest) for e in events for _, earliest, _, _ in e.asserted]
    known = [d for d in dates if d is not None]
    if not known:
        return ""
    first, last = min(known), max(known)
    span = max((last - first).days, 1)
    plot = WIDTH - LABEL_WIDTH - 20

    def x_of(day: dt.date) -> float:
        return LABEL_WIDTH + 10 + (day - first).days / span * plot

    marks = []
    for index, event in enumerate(events):
        y = 5 + index * ROW_HEIGHT
        mid = y + BAR_HEIGHT / 2
        marks.append(_label(event.reference, y))
        marks.append(
            f'<line x1="{LABEL_WIDTH}" y1="{mid}" x2="{WIDTH - 5}" y2="{mid}" stroke="#e5e7eb"/>'
        )
        for said, earliest, verdict, claims in event.asserted:
            day = _day(earliest)
            if day is None:
                continue
            radius = min(3 + claims, 9)
            marks.append(
                f'<circle cx="{x_of(day):.1f}" cy="{mid}" r="{radius}"'
                f' fill="{VERDICT_COLOURS.get(verdict, BAR_COLOUR)}" fill-opacity="0.75">'
                f"<title>{claims} claim(s) {escape(verdict)}: {escape(said)}</title></circle>"
            )
        reference = _day(event.reference_date)
        if reference is not None:
            x = x_of(reference)
            marks.append(
                # Hollow, so that the dots of claims that agree stay visible under it.
                f'<path d="M{x:.1f} {mid - 7} l7 7 l-7 7 l-7 -7 z" fill="none"'
                f' stroke="{REFERENCE_COLOUR}" stroke-width="2">'
                f"<title>reference: {escape(event.reference_date)}</title></path>"
            )
    axis_y = 5 + len(events) * ROW_HEIGHT + 12
    marks.append(f'<text x="{LABEL_WIDTH + 10}" y="{axis_y}" font-size="11">{first}</text>')
    marks.append(
        f'<text x="{WIDTH - 5}" y="{axis_y}" font-size="11" text-anchor="end">{last}</text>'
    )
    return _svg(axis_y + 6, title, marks)


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None  # a TIMEX value such as "1980-W39" or "198X": not placed on the axis


def _label(text: str, y: int) -> str:
    shown = text if len(text) <= MAX_LABEL_CHARS else text[: MAX_LABEL_CHARS - 1] + "…"
    return (
        f'<text x="{LABEL_WIDTH - 6}" y="{y + 12}" font-size="12" text-anchor="end">'
        f"<title>{escape(text)}</title>{escape(shown)}</text>"
    )


def _svg(height: int, title: str, marks: list[str]) -> str:
    body = "\n".join(marks)
    return (
        f'<svg role="img" width="{WIDTH}" height="{height}"'
        f' viewBox="0 0 {WIDTH} {height}" font-family="system-ui, sans-serif">'
        f"<title>{escape(title)}</title>\n{body}\n</svg>"
    )
