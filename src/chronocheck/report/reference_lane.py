"""The reference lane of the timeline picture, and the lines joining it to the article's.

Each reference event is coloured by its status and labelled with the status
symbol; events the article omits are hollow and dashed. Every reference event
whose claims disagree with it (contradicted or contested) is joined by a line
to each of those claims' marks on the article's lane.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from chronocheck.models import ReferenceEntry
from chronocheck.report.formatting import describe_interval
from chronocheck.report.ordering import reference_in_date_order
from chronocheck.report.timeline_axis import parse_interval, svg_text
from chronocheck.report.timeline_marks import (
    BAR_HEIGHT,
    JOIN_STYLES,
    STATUS_STYLES,
    LaneItem,
    PlacedItem,
    draw_join,
)
from chronocheck.report.verdicts import (
    MISMATCH_STATUSES,
    STATUS_SYMBOLS,
    describe_claim_ids,
)

LOGGER = logging.getLogger(__name__)


def reference_items(reference: Sequence[ReferenceEntry], link_prefix: str | None) -> list[LaneItem]:
    """Turn the reference timeline into lane events.

    Args:
        reference: The report's reference timeline, in any order.
        link_prefix: Event ``n`` (1-based, in date order) links to ``link_prefix + n``;
            None for no links.

    Returns:
        The drawable events (ones without ISO dates are left out with a warning).
    """
    items = []
    for number, entry in enumerate(reference_in_date_order(reference), start=1):
        interval = parse_interval(entry.earliest, entry.latest, entry.title)
        if interval is None:
            continue
        mismatch = entry.status in MISMATCH_STATUSES
        when = describe_interval(entry.earliest, entry.latest)
        claims = describe_claim_ids(entry.claim_ids)
        items.append(
            LaneItem(
                key=f"{entry.pack}:{entry.reference_id}",
                label=f"{STATUS_SYMBOLS[entry.status]} {entry.title}",
                tooltip=f"{entry.title} — {when} ({entry.status}; {claims}; "
                f"{entry.pack} {entry.reference_id})",
                first=interval[0],
                after=interval[1],
                style=STATUS_STYLES[entry.status],
                css=f"reference reference-{entry.status}",
                href=None if link_prefix is None else f"{link_prefix}{number}",
                status=entry.status,
                joined_claims=entry.claim_ids if mismatch else (),
            )
        )
    return items


def draw_joins(
    article: Sequence[tuple[PlacedItem, float]], reference: Sequence[tuple[PlacedItem, float]]
) -> list[str]:
    """Join each disagreeing reference event to the marks of its claims.

    Args:
        article: The article's placed events with the top of each mark.
        reference: The reference's placed events with the top of each mark.

    Returns:
        One ``<g class="join ...">`` per line, with a tooltip naming claim, event and status.
    """
    marks_of_claim: dict[str, list[tuple[PlacedItem, float]]] = {}
    for event, top in article:
        marks_of_claim.setdefault(event.item.key, []).append((event, top))
    joins = []
    for event, top in reference:
        status = event.item.status
        style = JOIN_STYLES.get(status)
        if style is None:
            continue
        for claim_id in event.item.joined_claims:
            for claim_event, claim_top in marks_of_claim.get(claim_id, []):
                line = draw_join(
                    claim_event.x_centre,
                    claim_top + BAR_HEIGHT,
                    event.x_centre,
                    top,
                    style,
                )
                tooltip = svg_text(f"Claim {claim_id} is {status}: {event.item.tooltip}")
                joins.append(f'<g class="join join-{status}"><title>{tooltip}</title>{line}</g>')
    return joins
