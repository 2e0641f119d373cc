"""kill -9 a real ``chronocheck batch`` process, then resume it (issue #8, part 3)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from chronocheck.corpus.manifest import MANIFEST_FILE, PART_PATTERN
from chronocheck.corpus.tables import TABLES
from tests.corpus.conftest import PTC_ARTICLES

pytestmark = pytest.mark.slow

#: Enough articles for several batches, few enough for a test (~60 of the 371).
ARTICLES = 60
BATCH_SIZE = 6
#: Seconds allowed for the first batch to be committed.
FIRST_BATCH_TIMEOUT = 120


#: The ways to run a batch: in the driver's process, and on a local Ray of two actors.
MODES = {"one-process": [], "ray": ["--ray", "local", "--workers", "2"]}


def _batch_command(corpus: Path, out: Path, mode: str) -> list[str]:
    return [
        sys.executable, "-m", "chronocheck", "batch", str(corpus), "--out", str(out),
        "--batch-size", str(BATCH_SIZE), "--no-verify", "--no-progress", *MODES[mode],
    ]  # fmt: skip


def _committed(out: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{out / MANIFEST_FILE}?mode=ro", uri=True)
        try:
            return int(conn.execute("select count(*) from batches").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created yet


def _batch_of(part: Path) -> int:
    match = PART_PATTERN.match(part.name)
    assert match, part
    return int(match[1])


@pytest.mark.skipif(not PTC_ARTICLES.is_dir(), reason="the PTC corpus is not in ../shared")
@pytest.mark.parametrize("mode", list(MODES))
def test_kill_then_resume_loses_nothing_and_duplicates_nothing(tmp_path: Path, mode: str) -> None:
    # A folder of links to the first articles: read in place, a subset of the corpus.
    corpus = tmp_path / "ptc"
    corpus.mkdir()
    names = sorted(p.name for p in PTC_ARTICLES.glob("*.txt"))[:ARTICLES]
    for name in names:
        (corpus / name).symlink_to(PTC_ARTICLES / name)
    out = tmp_path / "out"
    # A session of its own, so that what the driver leaves behind can be ended with it.
    process = subprocess.Popen(
        _batch_command(corpus, out, mode), stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + FIRST_BATCH_TIMEOUT
    while _committed(out) < 1 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    # Ray's agents outlive a killed driver (its workers do not): end them too.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed"

    committed = _committed(out)
    assert 1 <= committed < ARTICLES // BATCH_SIZE
    # Every part reads (a reader never sees a half-written file under a part name) ...
    snapshot = tmp_path / "snapshot"
    shutil.copytree(out, snapshot)
    parts = {table: sorted((snapshot / table).glob("part-*.parquet")) for table in TABLES}
    for paths in parts.values():
        for path in paths:
            pq.read_table(path)
    # ... and every committed batch has all its parts and its articles in the manifest.
    conn = sqlite3.connect(snapshot / MANIFEST_FILE)
    batches = {b for (b,) in conn.execute("select batch from batches")}
    in_manifest = dict(conn.execute("select id, batch from manifest").fetchall())
    conn.close()
    assert set(in_manifest.values()) == batches
    assert len(in_manifest) == committed * BATCH_SIZE
    for table in TABLES:
        assert batches <= {_batch_of(path) for path in parts[table]}
    article_rows = [row for path in parts["articles"] for row in pq.read_table(path).to_pylist()]
    done_before = {(r["article_id"], r["batch"]) for r in article_rows if r["batch"] in batches}
    assert done_before == set(in_manifest.items())

    resumed = subprocess.run(
        _batch_command(corpus, out, mode), capture_output=True, text=True, check=True
    )
    assert f"{len(in_manifest)} skipped" in resumed.stderr
    db = duckdb.connect(str(out / "chronocheck.duckdb"), read_only=True)
    try:
        ids = [r[0] for r in db.execute("select article_id from articles order by 1").fetchall()]
        statuses = db.execute("select status, count(*) from manifest group by 1").fetchall()
        claims = db.execute("select count(*), count(distinct (article_id, claim_id)) from claims")
        total, distinct = claims.fetchone() or (0, 0)
        raw = db.execute(f"select count(*) from read_parquet('{out}/articles/*.parquet')")
        raw_rows = raw.fetchone()
    finally:
        db.close()
    assert ids == names
    assert statuses == [("done", ARTICLES)]
    assert total == distinct > 0
    # No part of an uncommitted batch survived into the final tables.
    assert raw_rows == (ARTICLES,)
    # The batches committed before the kill were kept, not redone.
    for path in parts["articles"]:
        if _batch_of(path) in batches:
            assert (out / "articles" / path.name).read_bytes() == path.read_bytes()
