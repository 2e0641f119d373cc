"""Run the whole analysis over a corpus, batch by batch, resumably.

``run_batch`` streams the corpus, leaves out the items the manifest says are
finished with the same input, groups the rest into batches and commits each
batch (Parquet parts, then the manifest) as soon as it is done. With several
workers, batches go to a process pool; at most ``QUEUE_FACTOR`` batches per
worker are in flight, so memory does not grow with the corpus. At the end the
DuckDB file of views is rebuilt.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from chronocheck.corpus.dispatch import QUEUE_FACTOR, dispatch_batches
from chronocheck.corpus.inputs import Columns, InputItem, count_items, iter_items
from chronocheck.corpus.manifest import OutputFolder
from chronocheck.corpus.views import write_views
from chronocheck.corpus.work import BatchResult, run_batch_items, run_pooled_batch, start_worker
from chronocheck.settings import Settings

LOGGER = logging.getLogger(__name__)

#: Articles per batch: small, so a kill loses little work, yet enough for nlp.pipe.
DEFAULT_BATCH_SIZE = 16
#: Workers are started fresh (not forked) so no parent state leaks into them.
START_METHOD = "spawn"


#: Runs ``(batch number, items)`` pairs somewhere and commits each result: here, on the
#: process pool or on Ray.
Execute = Callable[..., None]


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What a run did."""

    done: int
    failed: int
    skipped: int
    batches: int


class _RateColumn(ProgressColumn):
    """Articles per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.2f} articles/s" if speed else "-- articles/s")


def run_batch(
    inputs: Path,
    out_dir: Path,
    settings: Settings,
    *,
    workers: int | None = None,
    ray_address: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    columns: Columns | None = None,
    retry_failed: bool = False,
    progress: bool = True,
) -> RunSummary:
    """Analyse every unfinished article of a corpus into the tables under ``out_dir``.

    Args:
        inputs: A folder, a JSONL or CSV file, or a WARC file.
        out_dir: The output folder (created; reused by a re-run).
        settings: The settings the analysis runs with.
        workers: Processes (default 1, which runs in this process), or with
            ``ray_address`` Ray actors (default one per CPU of the cluster).
        ray_address: Run the batches on Ray: ``local``, ``auto``, ``ray://HOST:PORT``
            (see :mod:`chronocheck.corpus.ray_runner`); None for this machine's processes.
        batch_size: Articles per committed batch.
        columns: The JSONL/CSV column names (default: text, id, date, url).
        retry_failed: Run again the articles that failed last time.
        progress: Show a progress bar on stderr.

    Returns:
        How many articles were done, failed and skipped, and how many batches.

    Raises:
        IngestError: If the corpus cannot be opened or has an unknown format.
        ChronocheckError: If the output folder cannot be written.
        ConfigError: If Ray is asked for but not installed, or its cluster is unreachable.
    """
    columns = columns or Columns()
    with contextlib.ExitStack() as stack:
        execute: Execute
        if ray_address is not None:
            # Imported here so that a run without Ray never loads it (issue #8).
            from chronocheck.corpus.ray_runner import ray_session, run_on_ray

            actors = stack.enter_context(ray_session(ray_address, workers=workers))
            execute = functools.partial(run_on_ray, settings=settings, actors=actors)
        elif (workers or 1) > 1:
            execute = functools.partial(_run_pool, settings=settings, workers=workers or 1)
        else:
            execute = functools.partial(_run_here, settings=settings)
        return _run(inputs, out_dir, execute, batch_size, columns, retry_failed, progress)


def _run(
    inputs: Path,
    out_dir: Path,
    execute: Execute,
    batch_size: int,
    columns: Columns,
    retry_failed: bool,
    progress: bool,
) -> RunSummary:
    total = count_items(inputs, columns=columns)
    folder = OutputFolder(out_dir)
    counts = {"done": 0, "failed": 0, "skipped": 0, "batches": 0}
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        disable=not progress,
    )
    try:
        with bar:
            task = bar.add_task("chronocheck batch", total=total)

            def commit(result: BatchResult) -> None:
                folder.commit_batch(result.batch, result.rows, result.manifest)
                for row in result.manifest:
                    counts[row.status] += 1
                counts["batches"] += 1
                # Skipped items leave the total, so that rate and ETA measure real work.
                left = None if total is None else total - counts["skipped"]
                bar.update(task, total=left, completed=counts["done"] + counts["failed"])

            todo = _unfinished(
                iter_items(inputs, columns=columns), folder, batch_size, retry_failed, counts
            )
            batches = zip(itertools.count(folder.next_batch()), todo, strict=False)
            execute(batches, commit=commit)
        write_views(folder)
    finally:
        folder.close()
    return RunSummary(counts["done"], counts["failed"], counts["skipped"], counts["batches"])


def _unfinished(
    items: Iterable[InputItem],
    folder: OutputFolder,
    batch_size: int,
    retry_failed: bool,
    counts: dict[str, int],
) -> Iterator[list[InputItem]]:
    """Batches of the items still to do, in corpus order; counts the skipped ones."""
    iterator = iter(items)
    chunks = iter(lambda: list(itertools.islice(iterator, batch_size)), [])
    pending: list[InputItem] = []
    seen: set[str] = set()
    for chunk in chunks:
        skip = folder.to_skip(((i.id, i.sha256) for i in chunk), retry_failed=retry_failed)
        for item in chunk:
            # A duplicate id in the same batch would be written twice: keep the first.
            if item.id in skip or item.id in seen:
                counts["skipped"] += 1
                continue
            seen.add(item.id)
            pending.append(item)
        while len(pending) >= batch_size:
            yield pending[:batch_size]
            seen.difference_update(i.id for i in pending[:batch_size])
            pending = pending[batch_size:]
    if pending:
        yield pending


def _run_here(
    batches: Iterable[tuple[int, list[InputItem]]],
    *,
    settings: Settings,
    commit: Callable[[BatchResult], None],
) -> None:
    for number, items in batches:
        commit(run_batch_items(number, items, settings=settings))


def _run_pool(
    batches: Iterable[tuple[int, list[InputItem]]],
    *,
    settings: Settings,
    workers: int,
    commit: Callable[[BatchResult], None],
) -> None:
    context = multiprocessing.get_context(START_METHOD)
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=start_worker, initargs=(settings,)
    ) as pool:

        def wait_any(
            running: set[Future[BatchResult]],
        ) -> tuple[set[Future[BatchResult]], set[Future[BatchResult]]]:
            finished, still = wait(running, return_when=FIRST_COMPLETED)
            return set(finished), set(still)

        dispatch_batches(
            batches,
            submit=lambda number, items: pool.submit(run_pooled_batch, number, items),
            wait_any=wait_any,
            result=lambda future: future.result(),
            limit=workers * QUEUE_FACTOR,
            commit=commit,
        )
