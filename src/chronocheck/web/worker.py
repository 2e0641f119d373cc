"""The pool that runs queued analyses beside the web server.

The API answers a submission at once; one of the pool's threads takes the
analysis from the queue, claims it in the store, runs the whole check and
writes the result or the failure. Each thread drives its own child process
(which loads the spaCy pipeline and the packs once): in the server's own
process the check would share the GIL with every request, and under load an
analysis waited tens of seconds for it (``bench/bench_web.py``). With one child
per thread a child that dies takes only its own analysis with it. Stand-in
analyses given by tests run in the threads.

The claim is the store's conditional update (:meth:`Store.claim`), so an
analysis handed to two threads, or to two servers over one PostgreSQL
database, runs once.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from typing import Any

from chronocheck.errors import ChronocheckError
from chronocheck.models import Article, Report
from chronocheck.settings import Settings
from chronocheck.store import Store, Submission
from chronocheck.web.reuse import result_key

LOGGER = logging.getLogger(__name__)

#: What runs one analysis: the library's check, or a stand-in in tests.
Analyse = Callable[[Article, Settings], Report]
INTERNAL_FAILURE = "chronocheck failed on this article; the server log has the details."
#: How long stop() waits for each analysis in progress.
STOP_TIMEOUT = 30.0
#: One BLAS thread per analysis process: OpenBLAS's own threads (one per core)
#: spin against each other and the other children. bench_web --pool-check, 10
#: seeds at once on 2 idle cores: 1 worker 4.6 s, 2 workers 15.7 s with them;
#: 3.8 s and 3.7 s without (#7).
CHILD_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")
#: How often a child checks that the server that started it still runs.
PARENT_CHECK_SECONDS = 1.0
#: A short article the children check once at start-up, so the first real one
#: does not wait for the pipeline and the packs to load.
WARM_UP = Article(text="Iraq invaded Iran on 22 September 1980.", source="warm-up")


def default_processes() -> int:
    """Analysis processes by default: two, or one on a one-core machine."""
    return max(1, min(2, os.cpu_count() or 1))


def exit_with_parent(parent: int) -> None:
    """In a child: exit once the server that started it is gone.

    A server killed with SIGKILL cannot stop its children, and an orphaned
    child would keep its pipeline's memory for good; a thread watches the
    parent id instead (portable, unlike Linux's PR_SET_PDEATHSIG).
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="chronocheck-parent-watch", daemon=True).start()


def check_with_library(article: Article, settings: Settings) -> Report:
    """Run the whole check, as ``chronocheck check`` does."""
    from chronocheck.analysis import check_article

    return check_article(article, settings=settings)


class Worker:
    """A pool of threads, each with its own analysis process, fed by one queue.

    Not a dataclass: it owns threads, processes and a queue.
    """

    def __init__(
        self,
        store: Store,
        settings: Settings,
        analyse: Analyse = check_with_library,
        *,
        processes: int = 1,
    ):
        """Prepare ``processes`` threads; :meth:`start` starts them."""
        self.store = store
        self.settings = settings
        self.analyse = analyse
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._stopping = threading.Event()
        self._threads = [
            threading.Thread(target=self._run, name=f"chronocheck-worker-{n}", daemon=True)
            for n in range(max(1, processes))
        ]
        self._children: list[ProcessPoolExecutor] = []
        self._children_lock = threading.Lock()

    @property
    def processes(self) -> int:
        """How many analyses run at once."""
        return len(self._threads)

    def start(self) -> None:
        """Start taking analyses from the queue."""
        for name in CHILD_THREAD_VARIABLES:
            # Read by OpenBLAS when a child imports numpy; the server's own numpy has
            # already started, so only the children see it. A value the user set wins.
            os.environ.setdefault(name, "1")
        for thread in self._threads:
            thread.start()

    def submit(self, analysis_id: str) -> None:
        """Queue an analysis the store already holds as queued."""
        self._queue.put(analysis_id)

    def queue_article(self, article: Article, options: Mapping[str, Any]) -> Submission:
        """Store a new analysis of ``article``: served from an identical finished one, or queued."""
        key = result_key(article, options, self.settings)
        submission = self.store.queue_or_reuse(article, options, result_key=key)
        if submission.status == "queued":
            self.submit(submission.id)
        return submission

    def stop(self) -> None:
        """Finish the analyses in progress, then stop; queued ones stay queued in the store."""
        self._stopping.set()
        for _ in self._threads:
            self._queue.put(None)  # wakes a thread waiting on the queue
        for thread in self._threads:
            if thread.is_alive():
                thread.join(STOP_TIMEOUT)
        with self._children_lock:
            for child in self._children:
                child.shutdown(wait=False, cancel_futures=True)

    def pending(self) -> int:
        """How many analyses wait in the queue."""
        return self._queue.qsize()

    def _run(self) -> None:
        child = self._new_child() if self.analyse is check_with_library else None
        if child is not None:
            child = self._warm_up(child)
        while not self._stopping.is_set():
            analysis_id = self._queue.get()
            if analysis_id is None or self._stopping.is_set():
                break
            child = self.run_one(analysis_id, child)

    def run_one(
        self, analysis_id: str, child: ProcessPoolExecutor | None = None
    ) -> ProcessPoolExecutor | None:
        """Run one queued analysis (in ``child``, if given) and store its result or failure.

        Returns:
            The child to use next: ``child``, or a new one if it died.
        """
        try:
            claimed = self.store.claim(analysis_id)
            if claimed is None:
                return child  # another thread or server has it, or it already ran
            packs = claimed.options.get("packs")
            settings = replace(self.settings, packs=",".join(packs)) if packs else self.settings
            if child is None:
                report = self.analyse(claimed.article, settings)
            else:
                report = child.submit(self.analyse, claimed.article, settings).result()
            self.store.finish(analysis_id, report)
        except ChronocheckError as e:
            LOGGER.info("Analysis %s failed: %s", analysis_id, e)
            self._fail(analysis_id, str(e))
        except BrokenProcessPool:
            # The child died (killed, out of memory): a new one serves the next analysis.
            LOGGER.exception("The analysis process died during analysis %s", analysis_id)
            self._fail(analysis_id, INTERNAL_FAILURE)
            return self._new_child()
        except Exception:
            # A bug must not stop the worker: the analysis fails, the next one runs.
            LOGGER.exception("Analysis %s failed on a bug", analysis_id)
            self._fail(analysis_id, INTERNAL_FAILURE)
        return child

    def _warm_up(self, child: ProcessPoolExecutor) -> ProcessPoolExecutor:
        try:
            child.submit(self.analyse, WARM_UP, self.settings).result()
        except BrokenProcessPool:
            LOGGER.exception("The analysis process died while warming up")
            return self._new_child()
        except Exception:
            # The real analyses will say what is wrong, each with its reason.
            LOGGER.warning("Warming up the analysis process failed", exc_info=True)
        return child

    def _new_child(self) -> ProcessPoolExecutor:
        """A child process for the library's check; spawned, not forked: the server runs threads."""
        child = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=exit_with_parent,
            initargs=(os.getpid(),),
        )
        with self._children_lock:
            self._children.append(child)
        return child

    def _fail(self, analysis_id: str, reason: str) -> None:
        try:
            self.store.fail(analysis_id, reason)
        except ChronocheckError:
            LOGGER.exception("Cannot record the failure of analysis %s", analysis_id)
