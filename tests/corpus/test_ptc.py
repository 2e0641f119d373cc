"""The PTC corpus end to end, on the process pool and on Ray: identical tables (issue #8).

The 446 news articles of the Propaganda Techniques Corpus (training and
development sets) are read in place, through a folder of links. Both runs use two
workers and the default settings (verification and rhetoric on), so that every
table has rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronocheck.corpus.run import run_batch
from chronocheck.corpus.tables import TABLES
from chronocheck.settings import load_settings
from tests.corpus.conftest import PTC_FOLDERS, TIMING_COLUMNS, link_corpus, view_rows

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not all(f.is_dir() for f in PTC_FOLDERS), reason="the PTC corpus is not in ../shared"
    ),
]

PTC_ARTICLE_COUNT = 446
WORKERS = 2


@pytest.mark.issue(8)
def test_ptc_runs_end_to_end_with_the_same_tables_on_ray_and_the_pool(tmp_path: Path) -> None:
    sources = sorted(path for folder in PTC_FOLDERS for path in folder.glob("*.txt"))
    assert len(link_corpus(tmp_path / "ptc", sources)) == PTC_ARTICLE_COUNT
    settings = load_settings(environ={})
    pool, ray = tmp_path / "pool", tmp_path / "ray"
    by_pool = run_batch(tmp_path / "ptc", pool, settings, workers=WORKERS, progress=False)
    by_ray = run_batch(
        tmp_path / "ptc", ray, settings, workers=WORKERS, ray_address="local", progress=False
    )
    assert by_pool == by_ray
    assert by_pool.done + by_pool.failed == PTC_ARTICLE_COUNT
    assert len(view_rows(pool, "articles")) == by_pool.done > 0
    assert view_rows(pool, "claims") and view_rows(pool, "rhetoric")
    for table in TABLES:
        assert view_rows(pool, table, exclude=()) == view_rows(ray, table, exclude=()), table
    assert view_rows(pool, "manifest", exclude=TIMING_COLUMNS) == view_rows(
        ray, "manifest", exclude=TIMING_COLUMNS
    )
