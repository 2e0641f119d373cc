"""Tests of splitting a text into non-overlapping highlight segments."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.errors import ReportError
from chronocheck.report.segments import Layer, Segment, split_segments


def _rows(segments: list[Segment[str]]) -> list[tuple[int, int, str, str]]:
    """Each segment as (start, end, covering payloads, starting payloads)."""
    return [
        (
            segment.start,
            segment.end,
            "".join(layer.payload for layer in segment.layers),
            "".join(layer.payload for layer in segment.starting),
        )
        for segment in segments
    ]


@pytest.mark.parametrize(
    ("length", "layers", "expected"),
    [
        (5, [], [(0, 5, "", "")]),
        (0, [], []),
        (5, [(0, 5, "a")], [(0, 5, "a", "a")]),
        (6, [(2, 4, "a")], [(0, 2, "", ""), (2, 4, "a", "a"), (4, 6, "", "")]),
        # A claim with a time expression inside it.
        (
            10,
            [(0, 10, "c"), (3, 6, "t")],
            [(0, 3, "c", "c"), (3, 6, "ct", "t"), (6, 10, "c", "")],
        ),
        # Overlapping layers that neither contains the other.
        (
            8,
            [(1, 5, "a"), (3, 7, "b")],
            [(0, 1, "", ""), (1, 3, "a", "a"), (3, 5, "ab", "b"), (5, 7, "b", ""), (7, 8, "", "")],
        ),
        # Half-open: touching layers do not overlap.
        (4, [(0, 2, "a"), (2, 4, "b")], [(0, 2, "a", "a"), (2, 4, "b", "b")]),
        # Identical spans keep their input order; empty layers vanish.
        (3, [(0, 3, "b"), (0, 3, "a"), (1, 1, "z")], [(0, 3, "ba", "ba")]),
    ],
)
def test_split_segments(
    length: int, layers: list[tuple[int, int, str]], expected: list[tuple[int, int, str, str]]
) -> None:
    segments = split_segments(length, [Layer(*layer) for layer in layers])
    assert _rows(segments) == expected


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (2, 11), (5, 4)])
def test_impossible_layer_is_a_report_error(start: int, end: int) -> None:
    with pytest.raises(ReportError, match=rf"Span \[{start}, {end}\) does not fit"):
        split_segments(10, [Layer(start, end, "x")])


@st.composite
def _texts_and_layers(draw: st.DrawFn) -> tuple[int, list[Layer[int]]]:
    length = draw(st.integers(0, 60))
    layers = []
    for payload in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, length))
        layers.append(Layer(start, draw(st.integers(start, length)), payload))
    return length, layers


@settings(deadline=None)
@given(case=_texts_and_layers())
def test_segments_tile_the_text_with_exactly_the_covering_layers(
    case: tuple[int, list[Layer[int]]],
) -> None:
    length, layers = case
    segments = split_segments(length, layers)
    # They tile [0, length) without gaps, overlaps or empty pieces.
    assert [s.start for s in segments[1:]] == [s.end for s in segments[:-1]]
    assert all(s.start < s.end for s in segments)
    if segments:
        assert (segments[0].start, segments[-1].end) == (0, length)
    else:
        assert length == 0
    for segment in segments:
        covering = [
            layer for layer in layers if layer.start <= segment.start and segment.end <= layer.end
        ]
        assert list(segment.layers) == [layer for layer in covering if layer.start < layer.end]
        assert list(segment.starting) == [
            layer for layer in segment.layers if layer.start == segment.start
        ]
        # No edge of a non-empty layer falls strictly inside a segment.
        assert not any(
            segment.start < edge < segment.end
            for layer in layers
            if layer.start < layer.end
            for edge in (layer.start, layer.end)
        )
    # Every non-empty layer starts exactly once.
    starts = [layer for segment in segments for layer in segment.starting]
    assert sorted(layer.payload for layer in starts) == sorted(
        layer.payload for layer in layers if layer.start < layer.end
    )
