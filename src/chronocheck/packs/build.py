"""Compiling a pack folder into one read-only SQLite file.

The compiled file holds the pack's info, entities with their aliases, events,
quantities and disputes, a full-text (FTS5) index over the events, and the
content hash of the folder it was built from. It is written to a temporary file
beside the target and moved into place, so a reader never sees half a pack.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import tempfile
from pathlib import Path

from chronocheck import __version__
from chronocheck.errors import KnowledgePackError
from chronocheck.packs.read import read_pack_dir
from chronocheck.packs.records import PackData
from chronocheck.packs.schema import PACK_FILES, PACK_TOML

LOGGER = logging.getLogger(__name__)

#: Layout of the compiled file; bump it when a table changes, so that cached
#: packs built by an older chronocheck are rebuilt rather than misread.
FORMAT_VERSION = "2"
#: SQLite ``application_id`` marking a chronocheck pack ("chkp").
APPLICATION_ID = 0x63686B70
#: The files whose bytes make a pack's content hash.
HASHED_FILES = (PACK_TOML, *(pack_file.name for pack_file in PACK_FILES))
#: Marks a missing file in the hash, so that it differs from an empty one.
MISSING_MARK = b"\xffmissing"

SCHEMA_SQL = """
CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entities (
    position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    type TEXT NOT NULL, description TEXT NOT NULL, wikidata_qid TEXT,
    source_title TEXT NOT NULL, source_url TEXT
);
CREATE TABLE aliases (
    entity_id TEXT NOT NULL REFERENCES entities (id), position INTEGER NOT NULL,
    alias TEXT NOT NULL, PRIMARY KEY (entity_id, position)
);
CREATE INDEX aliases_by_alias ON aliases (alias COLLATE NOCASE);
CREATE TABLE events (
    position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, date_start TEXT NOT NULL,
    date_end TEXT, precision TEXT NOT NULL, title TEXT NOT NULL, type TEXT NOT NULL,
    participants TEXT NOT NULL, location TEXT NOT NULL, description TEXT NOT NULL,
    importance INTEGER NOT NULL, aliases TEXT NOT NULL, source_title TEXT NOT NULL,
    source_url TEXT, quote TEXT
);
CREATE TABLE quantities (
    position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "group" TEXT NOT NULL,
    subject TEXT NOT NULL, measure TEXT NOT NULL, description TEXT NOT NULL,
    low REAL NOT NULL, high REAL, unit TEXT NOT NULL, as_of TEXT NOT NULL,
    entities TEXT NOT NULL, source_title TEXT NOT NULL, source_url TEXT, notes TEXT NOT NULL
);
CREATE INDEX quantities_by_group ON quantities ("group");
CREATE TABLE disputes (
    position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, target TEXT NOT NULL,
    field TEXT NOT NULL, value TEXT NOT NULL, source_title TEXT NOT NULL,
    source_url TEXT, note TEXT NOT NULL
);
CREATE VIRTUAL TABLE events_fts USING fts5 (
    title, aliases, description, participants, type,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
"""
"""The compiled file's tables. List cells (participants, aliases, entities) are
JSON arrays; ``events_fts`` rows share their rowid with ``events.position``."""


def content_hash(path: Path) -> str:
    """The SHA-256 of a pack folder's files (and of the compiled format version).

    Only ``pack.toml`` and the four CSV files count: a README or a compiled file
    inside the folder does not change the hash.

    Raises:
        KnowledgePackError: If ``path`` is not a folder.
    """
    if not path.is_dir():
        raise KnowledgePackError(f"No pack folder at '{path}'.")
    digest = hashlib.sha256(f"chronocheck pack format {FORMAT_VERSION}\n".encode())
    for name in HASHED_FILES:
        try:
            content = (path / name).read_bytes()
        except FileNotFoundError:
            content = MISSING_MARK
        digest.update(name.encode() + b"\0" + len(content).to_bytes(8, "big") + content)
    return digest.hexdigest()


def _json(items: tuple[str, ...]) -> str:
    return json.dumps(list(items), ensure_ascii=False)


def _insert_info(conn: sqlite3.Connection, data: PackData, digest: str) -> None:
    info = data.info
    rows = {
        "name": info.name,
        "title": info.title,
        "version": info.version,
        "license": info.license,
        "description": info.description,
        "period_start": info.period_start,
        "period_end": info.period_end,
        "scope_entities": _json(info.scope_entities),
        "content_hash": digest,
        "format_version": FORMAT_VERSION,
        "chronocheck_version": __version__,
    }
    conn.executemany("INSERT INTO info VALUES (?, ?)", rows.items())


def _insert_entities(conn: sqlite3.Connection, data: PackData) -> dict[str, str]:
    """Insert entities and aliases; return each entity's names for the full-text index."""
    conn.executemany(
        "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (n, e.id, e.name, e.type, e.description, e.wikidata_qid, e.source.title, e.source.url)
            for n, e in enumerate(data.entities)
        ),
    )
    conn.executemany(
        "INSERT INTO aliases VALUES (?, ?, ?)",
        ((e.id, n, alias) for e in data.entities for n, alias in enumerate(e.aliases)),
    )
    return {e.id: " ".join((e.name, *e.aliases)) for e in data.entities}


def _insert_events(conn: sqlite3.Connection, data: PackData, names: dict[str, str]) -> None:
    conn.executemany(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                n, e.id, e.date_start, e.date_end, e.precision, e.title, e.type,
                _json(e.participants), e.location, e.description, e.importance,
                _json(e.aliases), e.source.title, e.source.url, e.quote,
            )
            for n, e in enumerate(data.events)
        ),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO events_fts (rowid, title, aliases, description, participants, type)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            (
                n,
                e.title,
                " ".join(e.aliases),
                e.description,
                " ".join(names.get(p, p) for p in e.participants),
                e.type.replace("-", " "),
            )
            for n, e in enumerate(data.events)
        ),
    )
    # Merge the index into one b-tree: the file is never written again.
    conn.execute("INSERT INTO events_fts (events_fts) VALUES ('optimize')")


def _insert_facts(conn: sqlite3.Connection, data: PackData) -> None:
    conn.executemany(
        "INSERT INTO quantities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                n, q.id, q.group, q.subject, q.measure, q.description, q.low, q.high,
                q.unit, q.as_of, _json(q.entities), q.source.title, q.source.url, q.notes,
            )
            for n, q in enumerate(data.quantities)
        ),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO disputes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (n, d.id, d.target, d.field, d.value, d.source.title, d.source.url, d.note)
            for n, d in enumerate(data.disputes)
        ),
    )


def write_compiled_pack(data: PackData, out: Path, *, digest: str) -> Path:
    """Write ``data`` as a compiled pack at ``out``, atomically.

    Args:
        data: The pack's records (already validated).
        out: The file to write; its folder is created if needed.
        digest: The content hash to record (see :func:`content_hash`).

    Returns:
        ``out``.

    Raises:
        KnowledgePackError: If the file cannot be written.
    """
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    except OSError as e:
        raise KnowledgePackError(f"Cannot write a compiled pack in '{out.parent}': {e}.") from e
    os.close(handle)
    temp = Path(temp_name)
    try:
        with contextlib.closing(sqlite3.connect(temp)) as conn:
            conn.executescript(SCHEMA_SQL)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _insert_info(conn, data, digest)
            names = _insert_entities(conn, data)
            _insert_events(conn, data, names)
            _insert_facts(conn, data)
            conn.commit()
        os.replace(temp, out)
    except (OSError, sqlite3.Error) as e:
        temp.unlink(missing_ok=True)
        raise KnowledgePackError(f"Cannot write the compiled pack '{out}': {e}.") from e
    LOGGER.info("compiled pack '%s' (%d events) to %s", data.info.name, len(data.events), out)
    return out


def build_pack(source: Path, out: Path) -> Path:
    """Validate a pack folder and compile it into a read-only SQLite file.

    Args:
        source: The pack folder.
        out: The compiled file to write (replaced atomically if it exists).

    Returns:
        ``out``.

    Raises:
        KnowledgePackError: If the pack has problems (listed as ``file:line:
            reason``) or the file cannot be written.
    """
    digest = content_hash(source)
    data = read_pack_dir(source)
    return write_compiled_pack(data, out, digest=digest)
