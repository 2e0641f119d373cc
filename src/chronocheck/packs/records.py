"""The rows of a reference pack, as the rest of chronocheck sees them.

A pack folder (``pack.toml`` and four CSV files, see ``docs/packs.md``) is read
into a :class:`PackData`; a compiled pack answers queries with the same records.
Dates are ISO strings at the row's precision ("1987-07-20", "1982-06", "1988");
intervals are derived with :func:`chronocheck.dates.interval_of`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

EventPrecision = Literal["day", "month", "year"]
DisputeField = Literal["date", "value"]


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from: a title a reader can look up, and a URL if any."""

    title: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class PackInfo:
    """``pack.toml``: what the pack is, and the period and actors it covers."""

    name: str
    title: str
    version: str
    license: str
    description: str
    period_start: str
    period_end: str
    scope_entities: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RefEntity:
    """A person, organization, place, resolution... with the names it goes by."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    description: str
    source: Source
    wikidata_qid: str | None = None


@dataclass(frozen=True, slots=True)
class RefEvent:
    """A dated reference event.

    ``date_end`` is the last day (or month, year) of a span, or None for a point;
    ``participants`` are entity ids; ``importance`` runs from 1 (minor) to 3
    (a turning point) and ranks omissions.
    """

    id: str
    title: str
    type: str
    date_start: str
    date_end: str | None
    precision: EventPrecision
    participants: tuple[str, ...]
    location: str
    description: str
    importance: int
    source: Source
    aliases: tuple[str, ...] = ()
    quote: str | None = None


@dataclass(frozen=True, slots=True)
class RefQuantity:
    """One source's range for a measured fact.

    Rows with the same ``group`` measure the same thing ("iran-war-casualties"),
    so the spread across their ranges is itself a fact. ``measure`` is a slug
    from a small vocabulary ("killed", "casualties", "cost"; see
    ``docs/packs.md``), ``description`` says it in words. ``high`` is None for
    an open upper bound ("more than 500 billion").
    """

    id: str
    group: str
    subject: str
    measure: str
    description: str
    low: float
    high: float | None
    unit: str
    as_of: str
    entities: tuple[str, ...]
    source: Source
    notes: str = ""


@dataclass(frozen=True, slots=True)
class RefDispute:
    """A competing value for an event's date or a quantity group, with its source."""

    id: str
    target: str
    field: DisputeField
    value: str
    source: Source
    note: str = ""


@dataclass(frozen=True, slots=True)
class PackData:
    """A whole pack, read from its folder or a compiled file."""

    info: PackInfo
    entities: tuple[RefEntity, ...]
    events: tuple[RefEvent, ...]
    quantities: tuple[RefQuantity, ...]
    disputes: tuple[RefDispute, ...]
