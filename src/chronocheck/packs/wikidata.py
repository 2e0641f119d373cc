"""Importing a Wikidata JSON export as a reference pack, offline.

Reads the export with :mod:`chronocheck.packs.wikidata_items` (the JSON of
``Special:EntityData/Q123.json``, a list of items, or the dumps' one item per
line) and turns it into a :class:`PackData`:

- an item with a point in time (P585) or a start time (P580, with end time
  P582) becomes an event: its participants (P710, and every item that lists
  it as "participant in", P1344), location (P276), aliases and description;
- any other item with an English label becomes an entity, typed from its
  "instance of" (P31) class; items used only as classes are not entities;
- every row cites its item: "Wikidata: <label> (Q…)", with the item's URL.

A reference to an item absent from the export, or without an English label,
cannot be named, so it is dropped and listed in one log warning.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from chronocheck.dates import coarser_precision, format_date, interval_of
from chronocheck.errors import KnowledgePackError
from chronocheck.packs.records import EventPrecision, PackData, PackInfo, RefEntity, RefEvent
from chronocheck.packs.records import Source as PackSource
from chronocheck.packs.schema import NAME_RE, slugify
from chronocheck.packs.wikidata_items import WikidataItem, item_ids, read_items, time_value

LOGGER = logging.getLogger(__name__)

INSTANCE_OF = "P31"
POINT_IN_TIME = "P585"
START_TIME = "P580"
END_TIME = "P582"
PARTICIPANT = "P710"
PARTICIPANT_IN = "P1344"
LOCATION = "P276"
ITEM_URL = "https://www.wikidata.org/wiki/{qid}"
DEFAULT_IMPORTANCE = 2
PACK_VERSION = "1.0.0"
#: Wikidata's structured data is released under CC0.
PACK_LICENSE = "CC0-1.0"
#: The actors in most events mark a pack's subject; at most this many.
MAX_SCOPE_ENTITIES = 5
FALLBACK_TYPE = "other"

#: Entity types of well-known "instance of" classes.
CLASS_TYPES: dict[str, str] = {
    "Q5": "person",
    "Q6256": "country",
    "Q3624078": "country",
    "Q515": "place",
    "Q1549591": "place",
    "Q486972": "place",
    "Q43229": "organization",
    "Q484652": "organization",
    "Q7278": "organization",
}
#: Event types by words in the class label, then in the item's label and
#: description; the first match wins, so the specific come before the general.
EVENT_TYPE_WORDS: tuple[tuple[str, str], ...] = (
    (r"chemical", "chemical-attack"),
    (r"missile", "missile-attack"),
    (r"shoot ?down|shot down", "shootdown"),
    (r"resolution", "resolution"),
    (r"ceasefire|cease-fire|armistice|truce", "ceasefire"),
    (r"treaty|agreement|accord", "agreement"),
    (r"execution", "executions"),
    (r"invasion", "invasion"),
    (r"withdrawal|retreat", "withdrawal"),
    (r"bombing|air raid|airstrike", "bombing"),
    (r"battle|siege", "battle"),
    (r"offensive|military operation|operation", "offensive"),
    (r"massacre|attack", "attack"),
    (r"summit|meeting|conference", "meeting"),
    (r"founding|establishment", "founding"),
    (r"protest|demonstration|uprising", "protest"),
)
#: Entity types by words in the class label.
ENTITY_TYPE_WORDS: tuple[tuple[str, str], ...] = (
    (r"human|person|politician", "person"),
    (r"country|sovereign state", "country"),
    (r"armed|militant|militia|guerrilla|army|paramilitary|rebel", "armed-group"),
    (r"resolution", "resolution"),
    (r"treaty|agreement", "treaty"),
    (r"aircraft|airliner", "aircraft"),
    (r"ship|cruiser|frigate|destroyer", "ship"),
    (r"organi[sz]ation|party|council|agency", "organization"),
    (r"city|town|village|region|province|island|river|sea|gulf|place", "place"),
)


@dataclass(frozen=True, slots=True)
class _Dates:
    """An event's dates, ISO at its one precision; ``end`` None for a point."""

    start: str
    end: str | None
    precision: EventPrecision


def import_wikidata(path: Path, *, name: str) -> PackData:
    """Turn a Wikidata JSON export into a pack, offline.

    Args:
        path: The export: ``{"entities": {...}}``, a JSON list of items, or one
            item per line as in the Wikidata dumps.
        name: The pack's name (lowercase letters, digits and hyphens).

    Returns:
        The pack's records: entities and events with ids equal to their Wikidata
        ids, importance 2, and ``pack.toml`` info spanning the events' dates.

    Raises:
        KnowledgePackError: The name is not a pack name, the file cannot be read
            or is not JSON, or no item has an English label and a usable date.
    """
    if not NAME_RE.match(name):
        raise KnowledgePackError(
            f"Pack name '{name}' is not lowercase letters, digits and '-' (e.g. my-pack)."
        )
    references = _References(read_items(path))
    events = [
        _event(references.items[qid], dates, references) for qid, dates in references.dated.items()
    ]
    if not events:
        raise KnowledgePackError(
            f"No usable item in the Wikidata export '{path}': an event needs an English "
            f"label and a point in time ({POINT_IN_TIME}) or start time ({START_TIME}) "
            f"at year, month or day precision."
        )
    entities = [
        _entity(item, references)
        for item in references.items.values()
        if references.is_entity(item)
    ]
    references.log_dropped(path)
    return PackData(
        info=_info(name, path, events, len(entities)),
        entities=tuple(entities),
        events=tuple(events),
        quantities=(),
        disputes=(),
    )


def _dates(item: WikidataItem) -> _Dates | None:
    span_start = time_value(item, START_TIME)
    start = span_start or time_value(item, POINT_IN_TIME)
    if start is None:
        return None
    end = time_value(item, END_TIME) if span_start else None
    # The coarser of two event precisions is itself an event precision.
    precision = (
        start[1] if end is None else cast(EventPrecision, coarser_precision(start[1], end[1]))
    )
    # An event has one precision: both dates are written at the coarser one.
    date_start = format_date(start[0], precision)
    date_end = None if end is None else format_date(end[0], precision)
    if date_end is not None and date_end <= date_start:
        if date_end < date_start:
            LOGGER.info("%s ends (%s) before it starts (%s)", item.qid, date_end, date_start)
        date_end = None
    return _Dates(date_start, date_end, precision)


class _References:
    """The export's items indexed by role, and the references that had to be dropped.

    Not a dataclass: ``__init__`` indexes the items once (events and their
    dates, classes, named items, "participant in" links), and ``dropped``
    grows as rows are built.
    """

    def __init__(self, items: Mapping[str, WikidataItem]) -> None:
        self.items = items
        self.dated = {
            qid: dates for qid, item in items.items() if item.label and (dates := _dates(item))
        }
        self.classes = {qid for item in items.values() for qid in item_ids(item, INSTANCE_OF)}
        self.named = {
            qid
            for item in items.values()
            for prop in (PARTICIPANT, LOCATION)
            for qid in item_ids(item, prop)
        }
        self.participants_by_event: dict[str, list[str]] = defaultdict(list)
        for item in items.values():
            for event_qid in item_ids(item, PARTICIPANT_IN):
                self.participants_by_event[event_qid].append(item.qid)
        self.dropped: list[str] = []

    def is_entity(self, item: WikidataItem) -> bool:
        """A labelled item that is not an event, nor only a class of other items."""
        named = item.qid not in self.classes or item.qid in self.named
        return bool(item.label) and item.qid not in self.dated and named

    def label(self, source: WikidataItem, prop: str, qid: str) -> str | None:
        """The label of a referenced item, or None (and the reference dropped)."""
        target = self.items.get(qid)
        if target is None or not target.label:
            why = "absent from the export" if target is None else "without an English label"
            self.dropped.append(f"{source.qid} {prop} {qid} ({why})")
            return None
        return target.label

    def participants(self, event: WikidataItem) -> tuple[str, ...]:
        """Entity ids of the event's participants (P710), and of items "participant in" it."""
        ids: list[str] = []
        listed = item_ids(event, PARTICIPANT)
        for qid in dict.fromkeys((*listed, *self.participants_by_event.get(event.qid, ()))):
            target = self.items.get(qid)
            if self.label(event, PARTICIPANT, qid) is None or target is None:
                continue
            if self.is_entity(target):
                ids.append(qid)
            else:
                why = "an event" if qid in self.dated else "a class"
                self.dropped.append(f"{event.qid} {PARTICIPANT} {qid} ({why}, not an actor)")
        return tuple(ids)

    def class_labels(self, item: WikidataItem) -> list[str]:
        """Labels of the item's "instance of" classes that the export has."""
        classes = (self.items.get(qid) for qid in item_ids(item, INSTANCE_OF))
        return [target.label for target in classes if target is not None and target.label]

    def log_dropped(self, path: Path) -> None:
        """One warning listing every dropped reference."""
        if self.dropped:
            LOGGER.warning(
                "%s: dropped %d reference(s) that cannot be named: %s",
                path,
                len(self.dropped),
                "; ".join(self.dropped),
            )


def _first_word_match(words: tuple[tuple[str, str], ...], texts: Iterable[str]) -> str | None:
    for text in texts:
        for pattern, slug in words:
            if re.search(rf"\b(?:{pattern})", text, re.IGNORECASE):
                return slug
    return None


def _entity(item: WikidataItem, references: _References) -> RefEntity:
    known = (CLASS_TYPES[qid] for qid in item_ids(item, INSTANCE_OF) if qid in CLASS_TYPES)
    class_labels = references.class_labels(item)
    name = item.label or item.qid  # is_entity() admits labelled items only
    entity_type = (
        next(known, None)
        or _first_word_match(ENTITY_TYPE_WORDS, (*class_labels, name, item.description))
        or next((slug for label in class_labels if (slug := slugify(label))), FALLBACK_TYPE)
    )
    return RefEntity(
        id=item.qid,
        name=name,
        type=entity_type,
        aliases=tuple(alias for alias in item.aliases if alias != name),
        description=item.description,
        source=_source(item.qid, name),
        wikidata_qid=item.qid,
    )


def _event(item: WikidataItem, dates: _Dates, references: _References) -> RefEvent:
    title = item.label or item.qid  # only labelled items are dated
    texts = (*references.class_labels(item), title, item.description)
    locations = (references.label(item, LOCATION, qid) for qid in item_ids(item, LOCATION))
    return RefEvent(
        id=item.qid,
        title=title,
        type=_first_word_match(EVENT_TYPE_WORDS, texts) or FALLBACK_TYPE,
        date_start=dates.start,
        date_end=dates.end,
        precision=dates.precision,
        participants=references.participants(item),
        location=", ".join(label for label in locations if label),
        description=item.description,
        importance=DEFAULT_IMPORTANCE,
        source=_source(item.qid, title),
        aliases=tuple(alias for alias in item.aliases if alias != title),
    )


def _source(qid: str, label: str) -> PackSource:
    return PackSource(title=f"Wikidata: {label} ({qid})", url=ITEM_URL.format(qid=qid))


def _info(name: str, path: Path, events: list[RefEvent], entity_count: int) -> PackInfo:
    def earliest(event: RefEvent) -> dt.date:
        interval = interval_of(event.date_start)
        return interval.earliest if interval else dt.date.max

    def latest(event: RefEvent) -> dt.date:
        interval = interval_of(event.date_end or event.date_start)
        return interval.latest if interval else dt.date.min

    first, last = min(events, key=earliest), max(events, key=latest)
    actors = Counter(qid for event in events for qid in event.participants)
    return PackInfo(
        name=name,
        title=f"{name} (imported from Wikidata)",
        version=PACK_VERSION,
        license=PACK_LICENSE,
        description=(
            f"Imported offline from the Wikidata export {path.name}: {len(events)} events "
            f"and {entity_count} entities, with importance {DEFAULT_IMPORTANCE} by default."
        ),
        period_start=first.date_start,
        period_end=last.date_end or last.date_start,
        scope_entities=tuple(qid for qid, _ in actors.most_common(MAX_SCOPE_ENTITIES)),
    )
