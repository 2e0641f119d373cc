"""Tests of the timeline picture: marks, dashes, ticks, stacking and escaping."""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.models import Report, TimelineEntry
from chronocheck.report.timeline_svg import CHAR_WIDTH, render_timeline_svg

SVG = "{http://www.w3.org/2000/svg}"


def _entry(label: str, earliest: str, latest: str, *, relative: bool = False) -> TimelineEntry:
    return TimelineEntry(
        claim_id="c1",
        timex_id="t1",
        label=label,
        earliest=earliest,
        latest=latest,
        precision=None,
        start=0,
        end=1,
        relative=relative,
    )


def _events(svg: str) -> list[ET.Element]:
    root = ET.fromstring(svg)
    return [g for g in root.iter(f"{SVG}g") if "event" in g.get("class", "").split()]


def _extent(event: ET.Element) -> tuple[float, float, float]:
    """Row (mark y) and the x range an event's mark and label cover."""
    label = event.find(f"{SVG}text")
    assert label is not None
    label_x, label_text = float(label.get("x", "0")), label.text or ""
    circle, rect = event.find(f"{SVG}circle"), event.find(f"{SVG}rect")
    if circle is not None:
        x, radius = float(circle.get("cx", "0")), float(circle.get("r", "0"))
        left, right, row = x - radius, x + radius, float(circle.get("cy", "0"))
    else:
        assert rect is not None
        left = float(rect.get("x", "0"))
        right, row = left + float(rect.get("width", "0")), float(rect.get("y", "0"))
    return row, min(left, label_x), max(right, label_x + len(label_text) * CHAR_WIDTH)


def _assert_no_overlap(svg: str, width: int) -> None:
    rows: dict[float, list[tuple[float, float]]] = {}
    for event in _events(svg):
        row, left, right = _extent(event)
        assert 0 <= left and right <= width
        rows.setdefault(round(row), []).append((left, right))
    for spans in rows.values():
        spans.sort()
        pairs = zip(spans, spans[1:], strict=False)
        assert all(a_right <= b_left for (_, a_right), (b_left, _) in pairs)


def test_marks_follow_precision_and_relative_dates_are_dashed(small: Report) -> None:
    events = _events(render_timeline_svg(small.timeline))
    classes = [event.get("class") for event in events]
    assert classes.count("event event-point") == 2
    assert classes.count("event event-interval") == 2
    assert classes.count("event event-relative") == 1
    for event in events:
        marks = [child for child in event if child.tag in {f"{SVG}circle", f"{SVG}rect"}]
        assert len(marks) == 1
        mark = marks[0]
        is_relative = event.get("class") == "event event-relative"
        assert (mark.get("stroke-dasharray") is not None) == is_relative


def test_year_ticks_cover_the_events(small: Report) -> None:
    root = ET.fromstring(render_timeline_svg(small.timeline))
    years = [t.text for t in root.iter(f"{SVG}text") if t.text and re.fullmatch(r"\d+", t.text)]
    assert years == [str(year) for year in range(1980, 1990)]


@pytest.mark.parametrize(
    ("earliest", "latest", "expected_ticks"),
    [
        ("1500-01-01", "2000-01-01", ["1500", "1550", "1600"]),
        ("1914-07-28", "1918-11-12", ["1914", "1915", "1916", "1917", "1918", "1919"]),
        ("1980-05-01", "1980-06-01", ["1980", "1981"]),
    ],
)
def test_tick_step_keeps_ticks_few(earliest: str, latest: str, expected_ticks: list[str]) -> None:
    root = ET.fromstring(render_timeline_svg([_entry("x", earliest, latest)]))
    years = [t.text for t in root.iter(f"{SVG}text") if t.text and t.text.isdigit()]
    assert years[: len(expected_ticks)] == expected_ticks
    assert len(years) <= 12


def test_crowded_events_stack_on_separate_rows() -> None:
    entries = [_entry(f"Event number {n} of a busy week", f"1980-09-{n + 10}",
                      f"1980-09-{n + 11}") for n in range(5)]  # fmt: skip
    svg = render_timeline_svg(entries)
    rows = {round(_extent(event)[0]) for event in _events(svg)}
    assert len(rows) == 5
    _assert_no_overlap(svg, 960)


def test_labels_and_titles_are_escaped() -> None:
    svg = render_timeline_svg(
        [_entry('<script>alert("x")</script> & co', "1980-01-01", "1981-01-01")]
    )
    assert "<script>" not in svg
    labels = [event.find(f"{SVG}text") for event in _events(svg)]
    assert [label.text for label in labels if label is not None] == [
        '<script>alert("x")</script> & co'
    ]


def test_links_only_when_asked(small: Report) -> None:
    assert "<a " not in render_timeline_svg(small.timeline)
    linked = render_timeline_svg(small.timeline, link_prefix="#detail-")
    assert linked.count('<a href="#detail-c1">') == 2


def test_no_drawable_events(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        svg = render_timeline_svg([_entry("BCE", "-0300-01-01", "-0299-01-01")])
    assert "No dated events." in svg
    assert "has no ISO dates" in caplog.text
    assert _events(svg) == []
    assert "No dated events." in render_timeline_svg([])


@st.composite
def _entries(draw: st.DrawFn) -> list[TimelineEntry]:
    entries = []
    for _ in range(draw(st.integers(1, 12))):
        first = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 1, 1)))
        days = draw(st.sampled_from([1, 30, 365, 3000]))
        label = draw(st.text(min_size=1, max_size=70))
        after = (first + timedelta(days=days)).isoformat()
        entries.append(_entry(label, first.isoformat(), after, relative=draw(st.booleans())))
    return entries


@settings(deadline=None, max_examples=60)
@given(entries=_entries(), width=st.sampled_from([640, 960, 1400]))
def test_random_timelines_are_valid_svg_without_overlaps(
    entries: list[TimelineEntry], width: int
) -> None:
    svg = render_timeline_svg(entries, width=width)
    assert len(_events(svg)) == len(entries)
    _assert_no_overlap(svg, width)
