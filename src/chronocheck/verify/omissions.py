"""What the article leaves out: reference events of its period and actors it never mentions.

The article's period is the span of the years its own dated claims fall in
(whole years: an article whose last date is 17 July 1988 is about 1988, and
what happened that August belongs to its story). Its main actors are the
entities it names most often. A reference event is an omission when it falls in
the period, involves a main actor, matched none of the article's claims and is
not named in the text. Omissions are ranked by the event's importance times the
share of the article's attention its actors get.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping

from chronocheck.models import Omission, TimelineEntry
from chronocheck.verify.compare_dates import describe_span, span_of_event
from chronocheck.verify.index import ReferenceIndex
from chronocheck.verify.judge import event_evidence

LOGGER = logging.getLogger(__name__)

#: How many of the most-named entities count as the article's main actors.
MAIN_ACTORS = 6
#: Entities named fewer times than this are never main actors.
MIN_MENTIONS = 2


def article_period(timeline: Iterable[TimelineEntry]) -> tuple[dt.date, dt.date] | None:
    """First day of the first year and first day after the last year the article dates."""
    years = [dt.date.fromisoformat(entry.earliest).year for entry in timeline] + [
        (dt.date.fromisoformat(entry.latest) - dt.timedelta(days=1)).year for entry in timeline
    ]
    if not years:
        return None
    return dt.date(min(years), 1, 1), dt.date(max(years) + 1, 1, 1)


def main_actors(mentions: Mapping[str, int]) -> dict[str, float]:
    """The most-named entity keys with their share of the mentions among them."""
    ranked = sorted(
        ((key, count) for key, count in mentions.items() if count >= MIN_MENTIONS),
        key=lambda item: (-item[1], item[0]),
    )[:MAIN_ACTORS]
    total = sum(count for _, count in ranked) or 1
    return {key: count / total for key, count in ranked}


def find_omissions(
    index: ReferenceIndex,
    *,
    timeline: Iterable[TimelineEntry],
    mentions: Mapping[str, int],
    matched: set[str],
    limit: int,
) -> tuple[Omission, ...]:
    """The reference events the article should arguably have mentioned, most important first.

    Args:
        index: The reference packs.
        timeline: The article's dated timeline (its period).
        mentions: Entity keys the article names, with counts.
        matched: Event keys some claim was matched to.
        limit: How many omissions to return at most.
    """
    period = article_period(timeline)
    actors = main_actors(mentions)
    if period is None or not actors:
        return ()
    start, end = period
    found: list[tuple[float, Omission]] = []
    for key, packed in index.events.items():
        event = packed.event
        span = span_of_event(event)
        involved = index.participants(packed) & actors.keys()
        if key in matched or not involved or span.earliest >= end or span.latest <= start:
            continue
        if index.event_names(key) & mentions.keys():
            continue  # the article names the event itself
        weight = event.importance * (0.5 + sum(actors[k] for k in involved))
        names = ", ".join(sorted(index.entity_name(k) for k in involved))
        when = describe_span(span)
        reason = (
            f"the article covers {start.year}–{end.year - 1} and {names}, "
            f"and does not mention {event.title} ({when})"
        )
        found.append(
            (
                weight,
                Omission(
                    reference_id=event.id,
                    title=event.title,
                    earliest=span.earliest.isoformat(),
                    latest=span.latest.isoformat(),
                    precision=span.precision,
                    participants=index.participant_names(packed),
                    importance=round(weight, 3),
                    reason=reason,
                    evidence=event_evidence(packed),
                ),
            )
        )
    found.sort(key=lambda item: (-item[0], item[1].earliest))
    return tuple(omission for _, omission in found[:limit])
