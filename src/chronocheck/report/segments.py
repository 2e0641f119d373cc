"""Split a text into the non-overlapping segments that highlighting needs.

Claims overlap the time expressions and quantities inside them, and markup
cannot overlap, so the HTML report cuts the text wherever any layer starts or
ends and renders each piece with every layer that covers it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from chronocheck.errors import ReportError

LOGGER = logging.getLogger(__name__)

LayerT = TypeVar("LayerT")


@dataclass(frozen=True, slots=True)
class Layer(Generic[LayerT]):
    """A half-open span ``[start, end)`` of the text carrying a payload.

    Attributes:
        start: Start offset.
        end: End offset (exclusive).
        payload: What the span is (a claim, a time expression...).
    """

    start: int
    end: int
    payload: LayerT


@dataclass(frozen=True, slots=True)
class Segment(Generic[LayerT]):
    """A maximal piece of the text covered by the same layers.

    Attributes:
        start: Start offset.
        end: End offset (exclusive).
        layers: The layers covering the whole segment, in input order.
        starting: The layers that begin exactly at ``start``, in input order.
    """

    start: int
    end: int
    layers: tuple[Layer[LayerT], ...]
    starting: tuple[Layer[LayerT], ...]


def split_segments(text_length: int, layers: Iterable[Layer[LayerT]]) -> list[Segment[LayerT]]:
    """Cut ``[0, text_length)`` into segments, each with the layers covering it.

    Empty layers (``start == end``) cover nothing and are dropped.

    Args:
        text_length: Length of the text the offsets refer to.
        layers: Spans to lay over the text; they may overlap and nest.

    Returns:
        Consecutive non-empty segments that together cover the text exactly.

    Raises:
        ReportError: A layer lies outside the text or ends before it starts.
    """
    kept = [layer for layer in layers if _check_layer(layer, text_length)]
    cuts = sorted(
        {0, text_length} | {layer.start for layer in kept} | {layer.end for layer in kept}
    )
    segments: list[Segment[LayerT]] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = tuple(layer for layer in kept if layer.start <= start and end <= layer.end)
        starting = tuple(layer for layer in covering if layer.start == start)
        segments.append(Segment(start, end, covering, starting))
    return segments


def _check_layer(layer: Layer[LayerT], text_length: int) -> bool:
    """Say whether ``layer`` is worth keeping; raise if its offsets are impossible."""
    if not 0 <= layer.start <= layer.end <= text_length:
        msg = (
            f"Span [{layer.start}, {layer.end}) does not fit in a text of "
            f"{text_length} characters: {layer.payload!r}"
        )
        raise ReportError(msg)
    return layer.start < layer.end
