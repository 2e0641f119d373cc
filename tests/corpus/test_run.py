"""run_batch: tables, resume, retrying failures, orphan cleanup, two workers."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from chronocheck.corpus.manifest import OutputFolder, part_path
from chronocheck.corpus.run import run_batch
from chronocheck.corpus.tables import TABLES
from chronocheck.settings import Settings, load_settings
from tests.corpus.conftest import TEXTS, view_rows

pytestmark = pytest.mark.slow


def _manifest(out: Path) -> dict[str, tuple[str, int]]:
    folder = OutputFolder(out)
    try:
        return {row.id: (row.status, row.batch) for row in folder.manifest_rows()}
    finally:
        folder.close()


def test_run_writes_every_table_and_resumes(
    text_folder: Path, settings: Settings, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    summary = run_batch(text_folder, out, settings, batch_size=3, progress=False)
    assert (summary.done, summary.failed, summary.skipped, summary.batches) == (4, 0, 0, 2)
    for table in TABLES:
        assert sorted(p.name for p in (out / table).iterdir()) == [
            "part-000000.parquet",
            "part-000001.parquet",
        ]
    assert [row[0] for row in view_rows(out, "articles")] == [
        "a.txt",
        "c.txt",
        "d.html",
        "sub/b.txt",
    ]
    claims = view_rows(out, "claims")
    assert len(claims) > 4
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet") if p.parent != out}

    again = run_batch(text_folder, out, settings, batch_size=3, progress=False)
    assert (again.done, again.skipped, again.batches) == (0, 4, 0)
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet") if p.parent != out} == before

    # A changed article runs again; the views show only its new rows.
    (text_folder / "c.txt").write_text(TEXTS[3], encoding="utf-8")
    changed = run_batch(text_folder, out, settings, batch_size=3, progress=False)
    assert (changed.done, changed.skipped) == (1, 3)
    assert _manifest(out)["c.txt"] == ("done", 2)
    assert len([r for r in view_rows(out, "articles") if r[0] == "c.txt"]) == 1


def test_failed_items_are_kept_and_retried_on_request(tmp_path: Path, settings: Settings) -> None:
    corpus = tmp_path / "corpus.jsonl"
    records = [{"id": "short", "text": TEXTS[0]}, {"id": "long", "text": " ".join(TEXTS)}]
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    small = replace(settings, max_text_bytes=300)
    first = run_batch(corpus, out, small, batch_size=1, progress=False)
    assert (first.done, first.failed) == (1, 1)
    assert _manifest(out)["long"] == ("failed", 1)

    assert run_batch(corpus, out, settings, batch_size=1, progress=False).skipped == 2
    retried = run_batch(corpus, out, settings, batch_size=1, retry_failed=True, progress=False)
    assert (retried.done, retried.failed, retried.skipped) == (1, 0, 1)
    assert _manifest(out) == {"short": ("done", 0), "long": ("done", 2)}
    assert sorted(r[0] for r in view_rows(out, "articles")) == ["long", "short"]


def test_orphan_parts_and_temporary_files_are_removed(
    text_folder: Path, settings: Settings, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run_batch(text_folder, out, settings, batch_size=4, progress=False)
    # What a kill between the parts and the manifest commit leaves behind.
    orphan = part_path(out, "claims", 1)
    orphan.write_bytes(part_path(out, "claims", 0).read_bytes())
    (out / "articles" / "part-000001.parquet.tmp").write_bytes(b"PAR1 half written")
    OutputFolder(out).close()
    assert not orphan.exists()
    assert sorted(p.name for p in (out / "articles").iterdir()) == ["part-000000.parquet"]
    assert pq.read_table(part_path(out, "claims", 0)).num_rows > 0


def test_two_workers_give_the_same_tables_as_one(text_folder: Path, tmp_path: Path) -> None:
    # With verification, so that the evidence table has rows to compare too.
    settings = load_settings(environ={})
    one, two = tmp_path / "one", tmp_path / "two"
    run_batch(text_folder, one, settings, workers=1, batch_size=2, progress=False)
    summary = run_batch(text_folder, two, settings, workers=2, batch_size=2, progress=False)
    assert (summary.done, summary.batches) == (4, 2)
    assert view_rows(one, "evidence")
    for table in TABLES:
        assert view_rows(one, table) == view_rows(two, table), table
