"""Comparing the names of actors across mentions ("Iraq" and "Iraqi")."""

from __future__ import annotations

import logging

LOGGER = logging.getLogger(__name__)

#: Names that share this many leading letters are taken as the same actor
#: ("Iraq" and "Iraqi", "Iran" and "Iranian"); shorter names must match whole.
SHARED_PREFIX = 4


def same_actor(first: str, second: str) -> bool:
    """Whether two entity names plausibly name the same actor."""
    a = first.lower().removeprefix("the ").strip()
    b = second.lower().removeprefix("the ").strip()
    size = min(len(a), len(b))
    if size < SHARED_PREFIX:
        return a == b
    return a[:size] == b[:size]
