"""The orders in which every renderer lists claims, timeline entries and reference events.

Stages are expected to hand these over already ordered; sorting again here
keeps the reports deterministic when they are not.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from chronocheck.models import Claim, ReferenceEntry, TimelineEntry

LOGGER = logging.getLogger(__name__)


def claims_in_text_order(claims: Iterable[Claim]) -> list[Claim]:
    """Sort claims by where they start, then end, in the text.

    Args:
        claims: Claims of one article.

    Returns:
        The claims in reading order (stable for equal spans).
    """
    return sorted(claims, key=lambda claim: (claim.start, claim.end))


def timeline_in_date_order(entries: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    """Sort timeline entries by date, the shorter interval first, then by text position.

    ISO dates sort correctly as strings, so no parsing is needed.

    Args:
        entries: Timeline entries of one article.

    Returns:
        The entries in date order (stable for equal keys).
    """
    return sorted(entries, key=lambda entry: (entry.earliest, entry.latest, entry.start))


def reference_in_date_order(entries: Iterable[ReferenceEntry]) -> list[ReferenceEntry]:
    """Sort reference events by date, the shorter interval first, then by pack and id.

    The HTML table and the timeline picture number reference events in this
    order, so both must use it.

    Args:
        entries: The report's reference timeline.

    Returns:
        The entries in date order (stable for equal keys).
    """
    return sorted(
        entries, key=lambda entry: (entry.earliest, entry.latest, entry.pack, entry.reference_id)
    )
