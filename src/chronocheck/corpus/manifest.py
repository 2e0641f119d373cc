"""The output folder of a batch run: atomic Parquet parts and the SQLite manifest.

A batch is committed in two steps: its Parquet parts are written under temporary
names, fsynced and renamed into place; then one SQLite transaction records the
batch and its articles in ``manifest.sqlite``. A batch whose parts exist but
whose transaction never committed (a kill in between) is an orphan: its parts
are deleted when the folder is opened again, with any leftover temporary file,
and its articles run again. So a kill at any moment loses no committed batch and
leaves no file a reader could trip on.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import astuple, dataclass
from pathlib import Path

import pyarrow.parquet as pq

from chronocheck.corpus.tables import TABLES, Row, to_table
from chronocheck.errors import ChronocheckError

LOGGER = logging.getLogger(__name__)

MANIFEST_FILE = "manifest.sqlite"
TEMP_SUFFIX = ".tmp"
PART_PATTERN = re.compile(r"\Apart-(\d+)\.parquet\Z")

_SCHEMA = """
create table if not exists batches (batch integer primary key, committed_at text not null);
create table if not exists manifest (
    id text primary key, sha256 text not null, source text, status text not null,
    error text, ingest_seconds real, analysis_seconds real, batch integer not null,
    finished_at text not null
);
"""


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One article's line in the manifest (``status`` is ``done`` or ``failed``)."""

    id: str
    sha256: str
    source: str
    status: str
    error: str | None
    ingest_seconds: float
    analysis_seconds: float
    batch: int
    finished_at: str


def part_path(out_dir: Path, table: str, batch: int) -> Path:
    """Where a batch's part of a table lives."""
    return out_dir / table / f"part-{batch:06d}.parquet"


class OutputFolder:
    """The manifest connection and part writer of one output folder.

    Not a dataclass: opening it cleans the folder and holds a SQLite connection.
    """

    def __init__(self, out_dir: Path) -> None:
        """Open (creating) ``out_dir`` and remove what an interrupted run left.

        Raises:
            ChronocheckError: If the folder cannot be created or written.
        """
        self.out_dir = out_dir
        try:
            for table in TABLES:
                (out_dir / table).mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(out_dir / MANIFEST_FILE, isolation_level=None)
            self.conn.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as e:
            raise ChronocheckError(f"Cannot write to output folder '{out_dir}': {e}.") from e
        self._remove_orphans()

    def close(self) -> None:
        """Close the manifest (idempotent)."""
        self.conn.close()

    def next_batch(self) -> int:
        """The first batch number no committed batch uses."""
        (last,) = self.conn.execute("select coalesce(max(batch), -1) from batches").fetchone()
        return int(last) + 1

    def to_skip(self, items: Iterable[tuple[str, str]], *, retry_failed: bool) -> set[str]:
        """The ids among ``(id, sha256)`` pairs that are finished with the same input."""
        pairs = list(items)
        if not pairs:
            return set()
        marks = ",".join("?" * len(pairs))
        found = self.conn.execute(
            f"select id, sha256, status from manifest where id in ({marks})",
            [item_id for item_id, _ in pairs],
        ).fetchall()
        wanted = dict(pairs)
        return {
            item_id
            for item_id, sha256, status in found
            if wanted[item_id] == sha256 and (status == "done" or not retry_failed)
        }

    def commit_batch(
        self, batch: int, rows: dict[str, list[Row]], manifest: list[ManifestRow]
    ) -> None:
        """Write a batch's parts atomically, then record it in the manifest."""
        for table in TABLES:
            _write_atomically(to_table(table, rows[table]), part_path(self.out_dir, table, batch))
        with self.conn:
            self.conn.execute("begin")
            self.conn.executemany(
                "insert or replace into manifest values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [astuple(row) for row in manifest],
            )
            self.conn.execute(
                "insert into batches values (?, datetime('now'))",
                (batch,),
            )

    def manifest_rows(self) -> list[ManifestRow]:
        """Every row of the manifest, by id."""
        cursor = self.conn.execute("select * from manifest order by id")
        return [ManifestRow(*row) for row in cursor]

    def _remove_orphans(self) -> None:
        committed = {b for (b,) in self.conn.execute("select batch from batches")}
        for table in TABLES:
            for path in (self.out_dir / table).iterdir():
                match = PART_PATTERN.match(path.name)
                if path.name.endswith(TEMP_SUFFIX) or (match and int(match[1]) not in committed):
                    LOGGER.info("Removing %s, left by an interrupted run.", path)
                    path.unlink()


def _write_atomically(table: object, path: Path) -> None:
    temp = path.with_name(path.name + TEMP_SUFFIX)
    with temp.open("wb") as file:
        pq.write_table(table, file)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temp, path)
    # The rename itself must reach the disk before the manifest says the batch exists.
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
