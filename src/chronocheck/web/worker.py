"""The worker that runs queued analyses, one at a time, beside the web server.

The API answers a submission at once; this thread takes the analysis from the
queue, runs the whole check and writes the result or the failure to the store.
The library's check runs in one child process (which loads the spaCy pipeline
and the packs once): in the server's own process it would share the GIL with
every request, and under load an analysis waited tens of seconds for it
(``bench/bench_web.py``). Stand-in analyses given by tests run in the thread.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from chronocheck.errors import ChronocheckError
from chronocheck.models import Article, Report
from chronocheck.settings import Settings
from chronocheck.store import Store

LOGGER = logging.getLogger(__name__)

#: What runs one analysis: the library's check, or a stand-in in tests.
Analyse = Callable[[Article, Settings], Report]
INTERNAL_FAILURE = "chronocheck failed on this article; the server log has the details."
#: How long stop() waits for the analysis in progress.
STOP_TIMEOUT = 30.0


def check_with_library(article: Article, settings: Settings) -> Report:
    """Run the whole check, as ``chronocheck check`` does."""
    from chronocheck.analysis import check_article

    return check_article(article, settings=settings)


class Worker:
    """A thread that analyses the ids put on its queue.

    Not a dataclass: it owns a thread and a queue.
    """

    def __init__(self, store: Store, settings: Settings, analyse: Analyse = check_with_library):
        """Prepare the worker; :meth:`start` starts its thread."""
        self.store = store
        self.settings = settings
        self.analyse = analyse
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="chronocheck-worker", daemon=True)
        self._process: ProcessPoolExecutor | None = None

    def start(self) -> None:
        """Start taking analyses from the queue (the library's check in a child process)."""
        if self.analyse is check_with_library:
            self._process = _analysis_process()
        self._thread.start()

    def submit(self, analysis_id: str) -> None:
        """Queue an analysis the store already holds as queued."""
        self._queue.put(analysis_id)

    def stop(self) -> None:
        """Finish the analysis in progress, then stop; queued ones stay queued in the store."""
        self._queue.put(None)
        if self._thread.is_alive():
            self._thread.join(STOP_TIMEOUT)
        if self._process is not None:
            self._process.shutdown(wait=False, cancel_futures=True)

    def pending(self) -> int:
        """How many analyses wait in the queue."""
        return self._queue.qsize()

    def _run(self) -> None:
        while (analysis_id := self._queue.get()) is not None:
            self.run_one(analysis_id)

    def run_one(self, analysis_id: str) -> None:
        """Run one queued analysis and store its result or failure."""
        try:
            stored = self.store.get(analysis_id)
            if stored.status != "queued":
                return
            article = self.store.start(analysis_id)
            packs = stored.options.get("packs")
            settings = replace(self.settings, packs=",".join(packs)) if packs else self.settings
            if self._process is None:
                report = self.analyse(article, settings)
            else:
                report = self._process.submit(self.analyse, article, settings).result()
            self.store.finish(analysis_id, report)
        except ChronocheckError as e:
            LOGGER.info("Analysis %s failed: %s", analysis_id, e)
            self._fail(analysis_id, str(e))
        except BrokenProcessPool:
            # The child died (killed, out of memory): a new one serves the next analysis.
            LOGGER.exception("The analysis process died during analysis %s", analysis_id)
            self._process = _analysis_process()
            self._fail(analysis_id, INTERNAL_FAILURE)
        except Exception:
            # A bug must not stop the worker: the analysis fails, the next one runs.
            LOGGER.exception("Analysis %s failed on a bug", analysis_id)
            self._fail(analysis_id, INTERNAL_FAILURE)

    def _fail(self, analysis_id: str, reason: str) -> None:
        try:
            self.store.fail(analysis_id, reason)
        except ChronocheckError:
            LOGGER.exception("Cannot record the failure of analysis %s", analysis_id)


def _analysis_process() -> ProcessPoolExecutor:
    """One child process for the library's check; spawned, not forked: the server runs threads."""
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
