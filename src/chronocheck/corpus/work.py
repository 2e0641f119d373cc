"""The work of one batch: ingest its items, check the articles, turn them into rows.

Runs in the main process (one worker) or in each process of the pool, which
loads the pipeline once in :func:`start_worker`. The articles of a batch stream
through ``check_articles`` (and so ``nlp.pipe``) a few at a time, which bounds the
memory a pipe batch takes; if that fails, each article of the chunk is checked
alone so that only the bad one fails.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass

from chronocheck.analysis import check_article, check_articles
from chronocheck.annotate import load_pipeline
from chronocheck.corpus.inputs import InputItem, ingest_item
from chronocheck.corpus.manifest import ManifestRow
from chronocheck.corpus.tables import TABLES, Row, report_rows
from chronocheck.errors import ChronocheckError
from chronocheck.models import Article, Report
from chronocheck.settings import Settings

LOGGER = logging.getLogger(__name__)

#: Articles per ``check_articles`` call. nlp.pipe holds a whole pipe batch of parsed
#: Docs at once: on 64 PTC articles the peak RSS was 222 MB one at a time, 265 MB by 4,
#: 318 MB by 8 and 453 MB by 16, at the same speed within noise (shared 2-core machine).
PIPE_ARTICLES = 4

_WORKER_SETTINGS: list[Settings] = []


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a batch produced: rows per table and one manifest row per item."""

    batch: int
    rows: dict[str, list[Row]]
    manifest: list[ManifestRow]


def start_worker(settings: Settings) -> None:
    """Pool initializer: keep the settings and load the pipeline once per process."""
    _WORKER_SETTINGS[:] = [settings]
    load_pipeline(settings.spacy_model)


def run_pooled_batch(batch: int, items: list[InputItem]) -> BatchResult:
    """:func:`run_batch_items` with the settings :func:`start_worker` kept."""
    return run_batch_items(batch, items, settings=_WORKER_SETTINGS[0])


def run_batch_items(batch: int, items: list[InputItem], *, settings: Settings) -> BatchResult:
    """Ingest and check a batch's items; failures become manifest rows, not exceptions."""
    rows: dict[str, list[Row]] = {name: [] for name in TABLES}
    manifest: list[ManifestRow] = []
    articles: list[tuple[InputItem, Article, float]] = []
    for item in items:
        start = time.perf_counter()
        try:
            article = ingest_item(item, settings=settings)
        except ChronocheckError as e:
            manifest.append(_row(item, batch, "failed", str(e), time.perf_counter() - start, 0.0))
            continue
        articles.append((item, article, time.perf_counter() - start))
    start = time.perf_counter()
    reports: list[Report | str] = []
    for first in range(0, len(articles), PIPE_ARTICLES):
        chunk = articles[first : first + PIPE_ARTICLES]
        reports += _check_all([article for _, article, _ in chunk], settings)
    # nlp.pipe interleaves the articles: each gets an equal share of the batch's time.
    share = (time.perf_counter() - start) / max(len(articles), 1)
    for (item, _, ingest_seconds), report in zip(articles, reports, strict=True):
        if isinstance(report, str):
            manifest.append(_row(item, batch, "failed", report, ingest_seconds, share))
            continue
        found = report_rows(
            report, article_id=item.id, batch=batch, url=item.url, outlet=item.outlet
        )
        for name, table_rows in found.items():
            rows[name].extend(table_rows)
        manifest.append(_row(item, batch, "done", None, ingest_seconds, share))
    return BatchResult(batch, rows, manifest)


def _check_all(articles: list[Article], settings: Settings) -> list[Report | str]:
    """The reports of the articles, or for each that fails the error message."""
    try:
        return list(check_articles(articles, settings=settings))
    except Exception as e:  # any failure: find the article that caused it
        LOGGER.warning("A batch failed (%s); checking its articles one by one.", e)
    results: list[Report | str] = []
    for article in articles:
        try:
            results.append(check_article(article, settings=settings))
        except Exception as e:  # one article's failure must not stop the run
            results.append(f"{type(e).__name__}: {e}")
    return results


def _row(
    item: InputItem, batch: int, status: str, error: str | None, ingest: float, analysis: float
) -> ManifestRow:
    return ManifestRow(
        id=item.id,
        sha256=item.sha256,
        source=item.source,
        status=status,
        error=error,
        ingest_seconds=round(ingest, 4),
        analysis_seconds=round(analysis, 4),
        batch=batch,
        finished_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
