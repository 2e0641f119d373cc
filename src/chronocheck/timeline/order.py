"""Place the article's dated claims on one timeline, in date order."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from chronocheck.models import Claim, TimelineEntry

LOGGER = logging.getLogger(__name__)

#: Longest label drawn for an event, in characters.
LABEL_CHARS = 90


def _label(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) <= LABEL_CHARS:
        return flat
    return flat[: LABEL_CHARS - 1].rsplit(" ", 1)[0] + "…"


def build_timeline(claims: Sequence[Claim]) -> tuple[TimelineEntry, ...]:
    """One entry for each dated time of each claim, ordered by date.

    Only DATE and TIME expressions with a known interval are placed; durations,
    sets and unresolved relative dates are not points in time.

    Args:
        claims: The article's claims, with relative dates already resolved.

    Returns:
        Entries sorted by earliest day, then latest day, then position in the text.
    """
    entries = [
        TimelineEntry(
            claim_id=claim.id,
            timex_id=timex.id,
            label=_label(claim.text),
            earliest=timex.earliest,
            latest=timex.latest,
            precision=timex.precision,
            start=timex.start,
            end=timex.end,
            relative=timex.anchor is not None and timex.anchor.kind != "document",
        )
        for claim in claims
        for timex in claim.times
        if timex.type in ("DATE", "TIME") and timex.earliest and timex.latest
    ]
    return tuple(sorted(entries, key=lambda e: (e.earliest, e.latest, e.start)))
