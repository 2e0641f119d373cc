"""A compiled pack, opened read-only.

:class:`CompiledPack` reads a file written by :func:`chronocheck.packs.build.build_pack`:
its info, all its records (:meth:`CompiledPack.data`), and a BM25 full-text
search over its events.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from pathlib import Path
from types import TracebackType
from typing import Any

from chronocheck.errors import KnowledgePackError
from chronocheck.packs.build import APPLICATION_ID, FORMAT_VERSION
from chronocheck.packs.records import (
    PackData,
    PackInfo,
    RefDispute,
    RefEntity,
    RefEvent,
    RefQuantity,
    Source,
)

LOGGER = logging.getLogger(__name__)

#: Weights of the full-text columns (title, aliases, description, participants,
#: type) in BM25. Set by hand, not tuned: an event's own names say most about it,
#: its participants least (they are shared by many events).
FTS_WEIGHTS = (3.0, 3.0, 1.0, 0.5, 1.0)
#: Most words of a query searched for: a long claim needs no more to be found,
#: and the bound keeps each search fast.
MAX_QUERY_TERMS = 64
#: A word as the FTS5 ``unicode61`` tokenizer sees it: letters and digits.
WORD_RE = re.compile(r"[^\W_]+")

_EVENTS_SQL = """
SELECT id, title, type, date_start, date_end, precision, participants, location,
       description, importance, source_title, source_url, aliases, quote
FROM events ORDER BY position
"""
_QUANTITIES_SQL = """
SELECT id, "group", subject, measure, description, low, high, unit, as_of, entities,
       source_title, source_url, notes
FROM quantities ORDER BY position
"""
_SEARCH_SQL = f"""
SELECT events.id, -bm25(events_fts, {", ".join(map(str, FTS_WEIGHTS))}) AS relevance
FROM events_fts JOIN events ON events.position = events_fts.rowid
WHERE events_fts MATCH ? ORDER BY relevance DESC, events.position LIMIT ?
"""


def fts_query(text: str) -> str | None:
    """An FTS5 query matching events that share any word with ``text``.

    Each word is quoted, so no user text can be read as FTS5 syntax; BM25 then
    ranks events by how many rare words they share. None when ``text`` has no word.
    """
    words = list(dict.fromkeys(word.casefold() for word in WORD_RE.findall(text)))
    if not words:
        return None
    return " OR ".join(f'"{word}"' for word in words[:MAX_QUERY_TERMS])


def _source(title: str, url: str | None) -> Source:
    return Source(title=title, url=url)


def _strings(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


class CompiledPack:
    """A compiled pack opened read-only; use it as a context manager or call :meth:`close`.

    Not a dataclass: it owns a SQLite connection. ``info`` and ``content_hash``
    are read when the pack is opened; :meth:`data` reads all records once.
    """

    def __init__(self, path: Path) -> None:
        """Open the compiled pack at ``path``.

        Raises:
            KnowledgePackError: If the file is missing, is not a compiled
                chronocheck pack, or was built in another format version.
        """
        self.path = path
        if not path.is_file():
            raise KnowledgePackError(f"No compiled pack at '{path}'.")
        uri = f"{path.resolve().as_uri()}?mode=ro"
        self._conn: sqlite3.Connection | None = sqlite3.connect(uri, uri=True)
        try:
            meta = self._read_meta()
            self.content_hash = meta["content_hash"]
            self.info = PackInfo(
                name=meta["name"],
                title=meta["title"],
                version=meta["version"],
                license=meta["license"],
                description=meta["description"],
                period_start=meta["period_start"],
                period_end=meta["period_end"],
                scope_entities=_strings(meta["scope_entities"]),
            )
        except KnowledgePackError:
            self.close()
            raise
        except (sqlite3.DatabaseError, KeyError, ValueError) as e:
            self.close()
            raise KnowledgePackError(f"'{path}' is not a compiled chronocheck pack: {e}.") from e
        self._data: PackData | None = None

    def _read_meta(self) -> dict[str, str]:
        conn = self._connection()
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise KnowledgePackError(f"'{self.path}' is not a compiled chronocheck pack.")
        meta = dict(conn.execute("SELECT key, value FROM info"))
        if meta.get("format_version") != FORMAT_VERSION:
            raise KnowledgePackError(
                f"'{self.path}' was compiled in pack format {meta.get('format_version')}, not"
                f" {FORMAT_VERSION}: rebuild it with `chronocheck pack build`."
            )
        return meta

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise KnowledgePackError(f"The compiled pack '{self.path}' is closed.")
        return self._conn

    def _rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        return self._connection().execute(sql, params).fetchall()

    def counts(self) -> dict[str, int]:
        """The number of entities, events, quantities and disputes."""
        tables = ("entities", "events", "quantities", "disputes")
        return {table: self._rows(f"SELECT count(*) FROM {table}")[0][0] for table in tables}

    def scope_names(self) -> frozenset[str]:
        """The names and aliases of the entities that mark the pack's subject."""
        ids = self.info.scope_entities
        marks = ", ".join("?" * len(ids))
        rows = self._rows(
            f"SELECT name FROM entities WHERE id IN ({marks})"
            f" UNION SELECT alias FROM aliases WHERE entity_id IN ({marks})",
            *ids,
            *ids,
        )
        return frozenset(row[0] for row in rows)

    def _entities(self) -> tuple[RefEntity, ...]:
        aliases: dict[str, list[str]] = {}
        for entity_id, alias in self._rows(
            "SELECT entity_id, alias FROM aliases ORDER BY entity_id, position"
        ):
            aliases.setdefault(entity_id, []).append(alias)
        return tuple(
            RefEntity(
                id=row[0],
                name=row[1],
                type=row[2],
                aliases=tuple(aliases.get(row[0], ())),
                description=row[3],
                source=_source(row[5], row[6]),
                wikidata_qid=row[4],
            )
            for row in self._rows(
                "SELECT id, name, type, description, wikidata_qid, source_title, source_url"
                " FROM entities ORDER BY position"
            )
        )

    def _events(self) -> tuple[RefEvent, ...]:
        return tuple(
            RefEvent(
                id=r[0],
                title=r[1],
                type=r[2],
                date_start=r[3],
                date_end=r[4],
                precision=r[5],
                participants=_strings(r[6]),
                location=r[7],
                description=r[8],
                importance=r[9],
                source=_source(r[10], r[11]),
                aliases=_strings(r[12]),
                quote=r[13],
            )
            for r in self._rows(_EVENTS_SQL)
        )

    def _quantities(self) -> tuple[RefQuantity, ...]:
        return tuple(
            RefQuantity(
                id=r[0],
                group=r[1],
                subject=r[2],
                measure=r[3],
                description=r[4],
                low=r[5],
                high=r[6],
                unit=r[7],
                as_of=r[8],
                entities=_strings(r[9]),
                source=_source(r[10], r[11]),
                notes=r[12],
            )
            for r in self._rows(_QUANTITIES_SQL)
        )

    def _disputes(self) -> tuple[RefDispute, ...]:
        return tuple(
            RefDispute(id=r[0], target=r[1], field=r[2], value=r[3], source=_source(r[4], r[5]),
                       note=r[6])
            for r in self._rows(
                "SELECT id, target, field, value, source_title, source_url, note"
                " FROM disputes ORDER BY position"
            )
        )  # fmt: skip

    def data(self) -> PackData:
        """All the pack's records, in the order of its files (read once, then cached)."""
        if self._data is None:
            self._data = PackData(
                info=self.info,
                entities=self._entities(),
                events=self._events(),
                quantities=self._quantities(),
                disputes=self._disputes(),
            )
        return self._data

    def search_events(self, query: str, limit: int = 20) -> list[tuple[str, float]]:
        """Events that share words with ``query``, best first.

        Args:
            query: Any text (a claim, a title); it is never read as FTS5 syntax.
            limit: Most events returned.

        Returns:
            ``(event id, relevance)`` pairs; relevance is the BM25 score, positive,
            higher for a better match.
        """
        match = fts_query(query)
        if match is None or limit <= 0:
            return []
        return [(row[0], float(row[1])) for row in self._rows(_SEARCH_SQL, match, limit)]

    def close(self) -> None:
        """Close the connection (calling it again does nothing)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> CompiledPack:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"CompiledPack({self.info.name!r} {self.info.version}, {str(self.path)!r})"
