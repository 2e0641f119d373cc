"""Find where the article contradicts itself about time, and show the arithmetic.

Two checks:

* relative-offset: an event dated explicitly ("in April 1979") and in the same
  breath relative to another event ("six months before Iraq's invasion"), where
  the article's own date for that other event makes the offset wrong.
* conflicting-dates: two claims that report the same event (same predicate,
  same actors) with dates that cannot both be true.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from itertools import combinations

from chronocheck.actors import same_actor
from chronocheck.dates import parse_duration
from chronocheck.models import Claim, Inconsistency, Place, Timex

LOGGER = logging.getLogger(__name__)

#: Offsets counted in calendar units may be off by this many units before we call
#: them wrong: "six months" between April and the 22nd of September is five or six.
#: Offsets in days between two exact days get no slack.
OFFSET_TOLERANCE_UNITS = 1
#: Approximate offsets ("about seven months") get this share of slack on top.
APPROX_TOLERANCE_SHARE = 0.25
#: Predicates too generic to say that two claims report the same event.
GENERIC_PREDICATES = frozenset({"be", "have", "do", "make", "take", "say", "become", "go"})
UNIT_NAMES = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}
#: Mods that mean an expression is approximate.
APPROX_MODS = frozenset({"APPROX", "MORE_THAN", "LESS_THAN"})


def describe_date(timex: Timex) -> str:
    """A date as a reader writes it: "22 September 1980", "April 1979", "1979"."""
    if timex.earliest is None:
        return timex.text
    day = dt.date.fromisoformat(timex.earliest)
    if timex.precision in ("day", "time"):
        return f"{day.day} {day:%B %Y}"
    if timex.precision == "month":
        return f"{day:%B %Y}"
    if timex.precision == "year":
        return f"{day.year}"
    return timex.value or timex.text


def _units_between(first: dt.date, second: dt.date, unit: str) -> int:
    """Whole calendar units from ``first`` to ``second`` (negative if earlier)."""
    if unit == "D":
        return (second - first).days
    if unit == "W":
        return (second - first).days // 7
    months = (second.year - first.year) * 12 + second.month - first.month
    return months // 12 if unit == "Y" else months


def _place(timex: Timex) -> Place:
    return Place(text=timex.text, start=timex.start, end=timex.end)


def _near_dates(claim: Claim, by_id: dict[str, Claim]) -> list[Timex]:
    """Absolute dates that may date the same event as the claim's relative ones:
    the claim's own, those of the clauses it hangs in, and its child clauses'."""
    related = [claim]
    parent = by_id.get(claim.parent or "")
    while parent is not None and parent not in related:
        related.append(parent)
        parent = by_id.get(parent.parent or "")
    related.extend(c for c in by_id.values() if c.parent == claim.id)
    return [
        t
        for c in related
        for t in c.times
        if t.earliest and (t.anchor is None or t.anchor.kind == "document")
    ]


def _relative_offset_errors(claims: Sequence[Claim]) -> Iterator[Inconsistency]:
    by_id = {c.id: c for c in claims}
    times_by_id = {t.id: t for c in claims for t in c.times}
    for claim in claims:
        for relative in claim.times:
            anchor = relative.anchor
            if anchor is None or anchor.kind != "event" or not anchor.resolved:
                continue
            anchor_time = times_by_id.get(anchor.ref or "")
            parts = parse_duration(anchor.offset or "")
            if anchor_time is None or anchor_time.earliest is None or parts is None:
                continue
            stated, unit = parts
            if stated is None or unit not in UNIT_NAMES:
                continue
            # The explicit date written just before the relative one dates the same event.
            before = [
                t
                for t in _near_dates(claim, by_id)
                if t.end <= relative.start and t.id != anchor_time.id
            ]
            if not before:
                continue
            explicit = max(before, key=lambda t: t.start)
            # "N before the anchor": the explicit date should lie N units before it.
            sign = 1 if anchor.direction == "before" else -1
            actual = sign * _units_between(
                dt.date.fromisoformat(explicit.earliest or ""),
                dt.date.fromisoformat(anchor_time.earliest),
                unit,
            )
            exact_days = unit == "D" and {explicit.precision, anchor_time.precision} <= {"day"}
            if unit == "D" and not exact_days:
                continue  # "three days after" a month: the days cannot be counted.
            slack = 0.0 if exact_days else float(OFFSET_TOLERANCE_UNITS)
            if relative.mod in APPROX_MODS:
                slack += APPROX_TOLERANCE_SHARE * stated
            if abs(actual - stated) <= slack:
                continue
            unit_name = UNIT_NAMES[unit]
            if actual >= 0:
                first, last = explicit, anchor_time
                if anchor.direction == "after":
                    first, last = anchor_time, explicit
                arithmetic = (
                    f"from {describe_date(first)} to {describe_date(last)} is "
                    f"{actual} {unit_name}, not {stated:g}."
                )
            else:
                wrong_side = "after" if anchor.direction == "before" else "before"
                arithmetic = (
                    f"{describe_date(explicit)} is {-actual} {unit_name} {wrong_side} "
                    f"{describe_date(anchor_time)}, not {stated:g} {anchor.direction}."
                )
            yield Inconsistency(
                kind="relative-offset",
                message=(
                    f"“{explicit.text}” is also said to be “{relative.text} {anchor.text}”, "
                    f"which the article dates {describe_date(anchor_time)}: {arithmetic}"
                ),
                places=(_place(explicit), _place(relative), _place(anchor_time)),
                claim_ids=tuple(dict.fromkeys([claim.id, _claim_of(anchor_time, claims)])),
            )


def _claim_of(timex: Timex, claims: Sequence[Claim]) -> str:
    return next(c.id for c in claims if timex in c.times)


def _single_date(claim: Claim) -> Timex | None:
    dates = [t for t in claim.times if t.earliest and t.type == "DATE"]
    return dates[0] if len(dates) == 1 else None


def _same_event(first: Claim, second: Claim) -> bool:
    """Same predicate, and the same actors: shared ones, or none named on either side
    ("the ceasefire began" and "the ceasefire took effect")."""
    if not first.predicate or first.predicate != second.predicate:
        return False
    if first.predicate in GENERIC_PREDICATES:
        return False
    if first.parent == second.id or second.parent == first.id:
        return False
    if not first.entities and not second.entities:
        return True
    return any(same_actor(a.text, b.text) for a in first.entities for b in second.entities)


def _conflicting_date_errors(claims: Sequence[Claim]) -> Iterator[Inconsistency]:
    for first, second in combinations(claims, 2):
        date_a, date_b = _single_date(first), _single_date(second)
        if date_a is None or date_b is None or not _same_event(first, second):
            continue
        if (date_a.earliest or "") < (date_b.latest or "") and (date_b.earliest or "") < (
            date_a.latest or ""
        ):
            continue
        yield Inconsistency(
            kind="conflicting-dates",
            message=(
                f"The same event (“{first.predicate}”) is dated {describe_date(date_a)} "
                f"in one place and {describe_date(date_b)} in another."
            ),
            places=(_place(date_a), _place(date_b)),
            claim_ids=(first.id, second.id),
        )


def find_inconsistencies(claims: Sequence[Claim]) -> tuple[Inconsistency, ...]:
    """Every place where the article's own dates disagree, in text order.

    Args:
        claims: The article's claims with relative dates resolved.

    Returns:
        The inconsistencies, each with the places involved and the arithmetic.
    """
    found = [*_relative_offset_errors(claims), *_conflicting_date_errors(claims)]
    return tuple(sorted(found, key=lambda i: (i.places[0].start, i.kind)))
