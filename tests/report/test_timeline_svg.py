"""Tests of the timeline picture: marks, dashes, ticks, stacking and escaping."""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.models import REFERENCE_STATUSES, ReferenceEntry, Report, TimelineEntry
from chronocheck.report.timeline_axis import CHAR_WIDTH
from chronocheck.report.timeline_svg import render_timeline_svg

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


def _events(svg: str, kind: str = "event") -> list[ET.Element]:
    """The groups of one lane: ``"event"`` for the article's, ``"reference"`` for the other."""
    root = ET.fromstring(svg)
    return [g for g in root.iter(f"{SVG}g") if kind in g.get("class", "").split()]


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


def _assert_no_overlap(svg: str, width: int, kind: str = "event") -> None:
    rows: dict[float, list[tuple[float, float]]] = {}
    for event in _events(svg, kind):
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


def _verdicts(report: Report) -> dict[str, str]:
    return {claim.id: claim.verdict.label for claim in report.claims}


def _two_lanes(report: Report) -> str:
    return render_timeline_svg(
        report.timeline,
        verdicts=_verdicts(report),
        reference=report.reference_timeline,
        link_prefix="#detail-",
        reference_link_prefix="#reference-",
    )


def _mark_y(group: ET.Element) -> float:
    circle, rect = group.find(f"{SVG}circle"), group.find(f"{SVG}rect")
    if circle is not None:
        return float(circle.get("cy", "0"))
    assert rect is not None
    return float(rect.get("y", "0"))


def _mark_x(group: ET.Element) -> float:
    circle, rect = group.find(f"{SVG}circle"), group.find(f"{SVG}rect")
    if circle is not None:
        return float(circle.get("cx", "0"))
    assert rect is not None
    return float(rect.get("x", "0")) + float(rect.get("width", "0")) / 2


def _axis_y(svg: str) -> float:
    root = ET.fromstring(svg)
    axis = next(line for line in root.iter(f"{SVG}line") if line.get("stroke-width") == "1"
                and line.get("y1") == line.get("y2"))  # fmt: skip
    return float(axis.get("y1", "0"))


def test_article_lane_is_above_the_axis_and_reference_lane_below(verified: Report) -> None:
    svg = _two_lanes(verified)
    axis_y = _axis_y(svg)
    article, reference = _events(svg), _events(svg, "reference")
    assert len(article) == len(verified.timeline)
    assert len(reference) == len(verified.reference_timeline)
    assert all(_mark_y(group) < axis_y for group in article)
    assert all(_mark_y(group) > axis_y for group in reference)
    assert "Timelines of the article and of the reference" in svg


def test_both_lanes_share_one_time_axis(verified: Report) -> None:
    svg = _two_lanes(verified)
    invasion = next(
        g for g in _events(svg) if "Iraq invades Iran" in (g.findtext(f"{SVG}text") or "")
    )
    reference = next(
        g for g in _events(svg, "reference") if "Iraqi invasion" in (g.findtext(f"{SVG}text") or "")
    )
    assert _mark_x(invasion) == _mark_x(reference)


@pytest.mark.parametrize(
    ("claim_id", "reference_title", "status", "dashed"),
    [
        ("c2", "Iraqi withdrawal to the border", "contradicted", False),
        ("c4", "Resolution 598 adopted", "contradicted", False),
        ("c6", "Ceasefire takes effect", "contested", True),
    ],
)
def test_each_disagreement_is_joined_by_a_line(
    verified: Report, claim_id: str, reference_title: str, status: str, dashed: bool
) -> None:
    svg = _two_lanes(verified)
    root = ET.fromstring(svg)
    joins = [g for g in root.iter(f"{SVG}g") if "join" in g.get("class", "").split()]
    assert len(joins) == 3
    join = next(g for g in joins if (g.findtext(f"{SVG}title") or "").startswith(
        f"Claim {claim_id} is {status}: {reference_title}"))  # fmt: skip
    assert join.get("class") == f"join join-{status}"
    line = join.find(f"{SVG}line")
    assert line is not None
    assert (line.get("stroke-dasharray") is not None) == dashed
    article = next(g for g in _events(svg) if f"({claim_id})" in (g.findtext(f"{SVG}title") or ""))
    reference = next(
        g for g in _events(svg, "reference")
        if (g.findtext(f"{SVG}text") or "").endswith(reference_title)
    )  # fmt: skip
    assert float(line.get("x1", "0")) == pytest.approx(_mark_x(article), abs=0.1)
    assert float(line.get("x2", "0")) == pytest.approx(_mark_x(reference), abs=0.1)
    assert float(line.get("y1", "0")) < float(line.get("y2", "0"))


@pytest.mark.parametrize(
    ("lane", "label"),
    [
        ("event", "✓ Iraq invades Iran"),
        ("event", "✗ Resolution 598 adopted"),
        ("event", "? Iran shells Kuwait"),
        ("reference", "✗ Iraqi withdrawal to the border"),
        ("reference", "± Ceasefire takes effect"),
        ("reference", "○ Operation Mersad"),
    ],
)
def test_every_colour_has_a_symbol_in_the_label(verified: Report, lane: str, label: str) -> None:
    labels = [g.findtext(f"{SVG}text") for g in _events(_two_lanes(verified), lane)]
    assert label in labels


def test_omitted_events_are_hollow_and_dashed(verified: Report) -> None:
    for group in _events(_two_lanes(verified), "reference"):
        mark = group.find(f"{SVG}circle")
        mark = mark if mark is not None else group.find(f"{SVG}rect")
        assert mark is not None
        omitted = "reference-omitted" in group.get("class", "")
        assert (mark.get("stroke-dasharray") is not None) == omitted
        assert (mark.get("fill") == "#ffffff") == omitted


def test_legend_explains_statuses_and_lines(verified: Report) -> None:
    root = ET.fromstring(_two_lanes(verified))
    legend = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "legend")
    words = [text.text for text in legend.iter(f"{SVG}text")]
    assert words[3:] == [
        "✓ supported", "✗ contradicted", "± contested", "? unverifiable", "○ omitted",
        "✗ line: the article contradicts the reference", "± dashed line: sources disagree",
    ]  # fmt: skip


def test_reference_events_link_to_their_table_rows(verified: Report) -> None:
    svg = _two_lanes(verified)
    assert sorted(re.findall(r'href="#reference-(\d+)"', svg)) == [str(n) for n in range(1, 8)]


def test_without_reference_only_the_article_lane_is_drawn(verified: Report) -> None:
    svg = render_timeline_svg(verified.timeline, verdicts=_verdicts(verified))
    assert _events(svg, "reference") == []
    assert "join" not in svg
    assert "Timeline of the article" in svg
    assert "✗ Resolution 598 adopted" in svg


def test_reference_titles_are_escaped(hostile: Report) -> None:
    svg = render_timeline_svg(hostile.timeline, reference=hostile.reference_timeline)
    assert "<script>" not in svg
    (group,) = _events(svg, "reference")
    assert (group.findtext(f"{SVG}text") or "").startswith('✗ <script>alert("x")</script> | *x*')
    assert "[bold]y[/bold] javascript:alert(3)" in (group.findtext(f"{SVG}title") or "")


@st.composite
def _references(draw: st.DrawFn) -> list[ReferenceEntry]:
    entries = []
    for number in range(draw(st.integers(1, 10))):
        first = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 1, 1)))
        days = draw(st.sampled_from([1, 30, 365]))
        entries.append(
            ReferenceEntry(
                reference_id=f"E{number}",
                title=draw(st.text(min_size=1, max_size=60)),
                earliest=first.isoformat(),
                latest=(first + timedelta(days=days)).isoformat(),
                precision="day",
                pack="p",
                claim_ids=("c1",),
                status=draw(st.sampled_from(REFERENCE_STATUSES)),
            )
        )
    return entries


@settings(deadline=None, max_examples=40)
@given(entries=_entries(), references=_references(), width=st.sampled_from([640, 960]))
def test_random_two_lane_timelines_are_valid_svg_without_overlaps(
    entries: list[TimelineEntry], references: list[ReferenceEntry], width: int
) -> None:
    svg = render_timeline_svg(entries, reference=references, width=width)
    assert len(_events(svg, "reference")) == len(references)
    _assert_no_overlap(svg, width)
    _assert_no_overlap(svg, width, "reference")
    mismatched = sum(entry.status in {"contradicted", "contested"} for entry in references)
    assert svg.count('<g class="join') == mismatched * len(entries)
