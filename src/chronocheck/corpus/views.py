"""The DuckDB file ``chronocheck.duckdb``: a view per table over its Parquet parts.

The manifest is copied to ``manifest.parquet`` and each table's view keeps only
the rows of the batch the manifest names for the article: an article analysed
again (its input changed) appears once, from its latest batch. Paths in the
views are absolute, so the database works from any working directory. Both
files are written under temporary names and renamed, like the parts.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from chronocheck.corpus.manifest import TEMP_SUFFIX, OutputFolder
from chronocheck.corpus.tables import TABLES

LOGGER = logging.getLogger(__name__)

DATABASE_FILE = "chronocheck.duckdb"
MANIFEST_PARQUET = "manifest.parquet"

MANIFEST_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("sha256", pa.string()),
        ("source", pa.string()),
        ("status", pa.string()),
        ("error", pa.string()),
        ("ingest_seconds", pa.float64()),
        ("analysis_seconds", pa.float64()),
        ("batch", pa.int64()),
        ("finished_at", pa.string()),
    ]
)


def write_views(folder: OutputFolder) -> Path:
    """Write ``manifest.parquet`` and rebuild ``chronocheck.duckdb``; return its path."""
    out_dir = folder.out_dir.resolve()
    rows = [
        dict(zip(MANIFEST_SCHEMA.names, row, strict=True))
        for row in folder.conn.execute("select * from manifest order by id")
    ]
    manifest_temp = out_dir / (MANIFEST_PARQUET + TEMP_SUFFIX)
    pq.write_table(pa.Table.from_pylist(rows, schema=MANIFEST_SCHEMA), manifest_temp)
    os.replace(manifest_temp, out_dir / MANIFEST_PARQUET)
    database = out_dir / DATABASE_FILE
    temp = out_dir / (DATABASE_FILE + TEMP_SUFFIX)
    temp.unlink(missing_ok=True)
    conn = duckdb.connect(str(temp))
    try:
        manifest = _quote(out_dir / MANIFEST_PARQUET)
        conn.execute(f"create view manifest as select * from read_parquet({manifest})")
        for table in TABLES:
            parts = out_dir / table / "*.parquet"
            if not any((out_dir / table).glob("*.parquet")):
                LOGGER.info("No parts for table %s yet: no view.", table)
                continue
            conn.execute(
                # By name: parts written before a column was added still read (nulls).
                f"create view {table} as select t.* from"
                f" read_parquet({_quote(parts)}, union_by_name = true) t"
                " semi join manifest m on t.article_id = m.id and t.batch = m.batch"
                " and m.status = 'done'"
            )
    finally:
        conn.close()
    os.replace(temp, database)
    return database


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"
