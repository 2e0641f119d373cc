"""Keep a bounded number of batches in flight on some executor, committing as they finish.

The process pool and the Ray actors differ only in how a batch is submitted and
how the driver waits for one to finish; this loop is the rest, shared by both:
at most ``limit`` batches are in flight, so memory does not grow with the corpus,
and each result is committed as soon as it comes back, so a kill of the driver
loses only the batches still in flight.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TypeVar

from chronocheck.corpus.inputs import InputItem
from chronocheck.corpus.work import BatchResult

LOGGER = logging.getLogger(__name__)

#: Batches in flight per worker: one running, one queued, so no worker waits.
QUEUE_FACTOR = 2

#: A handle on a batch in flight: a ``Future`` or a Ray ``ObjectRef``.
Handle = TypeVar("Handle")


def dispatch_batches(
    batches: Iterable[tuple[int, list[InputItem]]],
    *,
    submit: Callable[[int, list[InputItem]], Handle],
    wait_any: Callable[[set[Handle]], tuple[set[Handle], set[Handle]]],
    result: Callable[[Handle], BatchResult],
    limit: int,
    commit: Callable[[BatchResult], None],
) -> None:
    """Submit every batch, at most ``limit`` at a time, and commit each result.

    Args:
        batches: ``(batch number, items)`` pairs, in corpus order.
        submit: Starts a batch; returns its handle.
        wait_any: Blocks until at least one handle is done; returns (done, still running).
        result: The finished batch's result (raises what the batch raised).
        limit: Batches in flight at most.
        commit: Writes a finished batch.
    """
    running: set[Handle] = set()
    for number, items in batches:
        while len(running) >= limit:
            finished, running = wait_any(running)
            for handle in finished:
                commit(result(handle))
        running.add(submit(number, items))
    while running:
        finished, running = wait_any(running)
        for handle in finished:
            commit(result(handle))
