"""One searchable view over the reference packs a check uses.

A check may use several packs at once (the built-in ones, the user's own and an
evidence pack made from their documents). :class:`ReferenceIndex` puts their
rows side by side, keyed by ``pack:id`` so that ids may repeat across packs,
and answers the three questions matching asks: which entities does this text
name (by alias), which events are lexically close to it (BM25 over an
in-memory SQLite FTS5 table, the same ranking the compiled packs use), and what
are the rows of a quantity group.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from chronocheck.packs.records import PackData, RefDispute, RefEntity, RefEvent, RefQuantity

LOGGER = logging.getLogger(__name__)


class Encoder(Protocol):
    """Anything that turns sentences into unit vectors (see ``verify.embeddings``)."""

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """One unit row per text."""
        ...


#: The longest alias, in words, looked for in a claim's text.
MAX_ALIAS_WORDS = 8
#: Words that never make a lexical query on their own.
STOPWORDS = frozenset(
    """a an and are as at be been by for from had has have he her his in into is it its
    of on or that the their them they this to was were which who with would not no
    after before during when while then than over under about also just only very""".split()
)
#: Weight of naming a country, against 1 for any other entity.
COUNTRY_WEIGHT = 0.3
#: Entity types that name an event rather than an actor taking part in one.
EVENT_LIKE_TYPES = re.compile(
    r"resolution|operation|treaty|agreement|accord|event|battle|attack|aircraft|flight"
    r"|incident|campaign|bombing|massacre|ship|war\b",
    re.IGNORECASE,
)
WORD = re.compile(r"[\w'’-]+", re.UNICODE)


def normalize_alias(text: str) -> str:
    """Lower-case ``text`` and drop a leading "the", possessives and odd spacing."""
    text = text.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w'/ -]+", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.removeprefix("the ")


@dataclass(frozen=True, slots=True)
class PackedEvent:
    """A reference event with the pack it comes from."""

    key: str
    pack: str
    event: RefEvent


@dataclass(frozen=True, slots=True)
class PackedQuantity:
    """A reference quantity row with the pack it comes from."""

    key: str
    pack: str
    row: RefQuantity


class ReferenceIndex:
    """Entities, events, quantities and disputes of several packs, searchable."""

    def __init__(self, packs: Sequence[PackData]) -> None:
        """Index ``packs``; later packs never hide earlier ones (keys are ``pack:id``)."""
        self.packs = tuple(packs)
        self.entities: dict[str, RefEntity] = {}
        self.entity_pack: dict[str, str] = {}
        self.events: dict[str, PackedEvent] = {}
        self.quantity_groups: dict[str, list[PackedQuantity]] = defaultdict(list)
        self.disputes: dict[str, list[RefDispute]] = defaultdict(list)
        self._aliases: dict[str, set[str]] = defaultdict(set)
        self._events_of_entity: dict[str, set[str]] = defaultdict(set)
        self._vectors: dict[str, npt.NDArray[np.float32]] = {}
        self._names: dict[str, frozenset[str]] = {}
        # The events a pack is about ("the Iran–Iraq War"): implied by any
        # article checked against it, so never required of a claim.
        self.subjects: set[str] = set()
        self._parties: dict[str, set[str]] = defaultdict(set)
        for pack in self.packs:
            self._add(pack)
        self._first_words = frozenset(alias.split(" ")[0] for alias in self._aliases)
        self._longest_alias = min(
            MAX_ALIAS_WORDS, max((alias.count(" ") + 1 for alias in self._aliases), default=1)
        )
        self._fts = self._build_fts()

    def _add(self, pack: PackData) -> None:
        name = pack.info.name
        for entity in pack.entities:
            key = f"{name}:{entity.id}"
            self.entities[key] = entity
            self.entity_pack[key] = name
            for alias in (entity.name, *entity.aliases):
                normalized = normalize_alias(alias)
                if normalized:
                    self._aliases[normalized].add(key)
        for entity in pack.entities:
            if entity.id in pack.info.scope_entities:
                subject = EVENT_LIKE_TYPES.search(entity.type)
                (self.subjects if subject else self._parties[name]).add(f"{name}:{entity.id}")
        for event in pack.events:
            key = f"{name}:{event.id}"
            self.events[key] = PackedEvent(key, name, event)
            for participant in event.participants:
                self._events_of_entity[f"{name}:{participant}"].add(key)
        for row in pack.quantities:
            packed = PackedQuantity(f"{name}:{row.id}", name, row)
            self.quantity_groups[f"{name}:{row.group}"].append(packed)
        for dispute in pack.disputes:
            self.disputes[f"{name}:{dispute.target}"].append(dispute)

    def participants(self, packed: PackedEvent) -> frozenset[str]:
        """Entity keys of an event's participants."""
        return frozenset(f"{packed.pack}:{p}" for p in packed.event.participants)

    def participant_names(self, packed: PackedEvent) -> tuple[str, ...]:
        """Display names of an event's participants, in the pack's order.

        Not from :meth:`participants`: a frozenset's order changes with each process's
        string hashing, and the corpus tables of two runs must be equal (#8).
        """
        keys = dict.fromkeys(f"{packed.pack}:{p}" for p in packed.event.participants)
        return tuple(self.entity_name(key) for key in keys)

    def event_names(self, key: str) -> frozenset[str]:
        """Entities that are the event itself: an operation, a resolution, a flight.

        Found by linking the event's title and aliases to entities of an
        event-like type: "Iraq" in "Iraqi withdrawal" or "Galtieri" in
        "Galtieri resigns" take part in the event but do not name it.
        """
        if key not in self._names:
            packed = self.events[key]
            linked = self.link_entities(" ; ".join((packed.event.title, *packed.event.aliases)))
            self._names[key] = frozenset(
                k for k in linked if EVENT_LIKE_TYPES.search(self.entities[k].type)
            )
        return self._names[key]

    def with_parties(self, keys: set[str]) -> set[str]:
        """``keys``, with the pack's scope entities added for each pack subject named.

        "The combined cost of the war" is the cost to the war's parties.
        """
        named = keys & self.subjects
        return keys | {party for key in named for party in self._parties[key.partition(":")[0]]}

    def entity_weight(self, key: str) -> float:
        """How much naming an entity says: a country little, since almost
        every event and figure of a war involves the belligerents."""
        entity = self.entities.get(key)
        return COUNTRY_WEIGHT if entity is not None and entity.type == "country" else 1.0

    def events_with(self, entity_key: str) -> frozenset[str]:
        """Keys of the events an entity takes part in."""
        return frozenset(self._events_of_entity.get(entity_key, ()))

    def event_vectors(self, keys: Sequence[str], encoder: Encoder) -> npt.NDArray[np.float32]:
        """Sentence vectors of events, one row per key; each event is encoded once."""
        missing = [key for key in keys if key not in self._vectors]
        if missing:
            texts = [self.event_text(self.events[key]) for key in missing]
            for key, vector in zip(missing, encoder.encode(texts), strict=True):
                self._vectors[key] = vector
        return np.stack([self._vectors[key] for key in keys])

    def entity_name(self, key: str) -> str:
        """The display name of an entity key (the key itself if unknown)."""
        entity = self.entities.get(key)
        return entity.name if entity else key.partition(":")[2]

    def event_text(self, packed: PackedEvent) -> str:
        """The text that stands for an event in lexical and semantic matching."""
        event = packed.event
        names = [self.entity_name(k) for k in sorted(self.participants(packed))]
        return ". ".join(
            part for part in (event.title, "; ".join(event.aliases), event.description) if part
        ) + (f" ({', '.join(names)})" if names else "")

    def link_entities(self, text: str) -> dict[str, int]:
        """Entity keys named in ``text`` by any alias, with how often each is named.

        Longest aliases win: "UN Security Council Resolution 598" names the
        resolution, not also the Security Council.
        """
        # Each word is normalised once; an alias can only start at a word that
        # starts some alias, and is at most as long as the longest alias.
        words = [normalize_alias(m.group(0)) for m in WORD.finditer(text)]
        found: dict[str, int] = defaultdict(int)
        position = 0
        while position < len(words):
            if words[position] not in self._first_words:
                position += 1
                continue
            longest = min(self._longest_alias, len(words) - position)
            for size in range(longest, 0, -1):
                keys = self._aliases.get(" ".join(words[position : position + size]))
                if keys:
                    for key in keys:
                        found[key] += 1
                    position += size
                    break
            else:
                position += 1
        return dict(found)

    def _build_fts(self) -> sqlite3.Connection:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.execute("create virtual table events using fts5(key unindexed, body, tokenize=porter)")
        conn.executemany(
            "insert into events (key, body) values (?, ?)",
            [(key, self.event_text(packed)) for key, packed in self.events.items()],
        )
        return conn

    def search_events(self, text: str, *, limit: int = 20) -> list[tuple[str, float]]:
        """Events ranked by BM25 against the content words of ``text``.

        Returns ``(event key, relevance)`` pairs, best first; relevance is
        positive and higher is better.
        """
        words = {w.lower().strip("'’-") for w in WORD.findall(text)} - STOPWORDS
        # Numbers help only when they name something: years, resolution numbers.
        terms = sorted(w for w in words if (len(w) > 1 and not w.isdigit()) or len(w) in (3, 4))
        if not terms:
            return []
        query = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows = self._fts.execute(
            "select key, bm25(events) from events where events match ?"
            " order by bm25(events) limit ?",
            (query, limit),
        ).fetchall()
        return [(str(key), -float(score)) for key, score in rows]
