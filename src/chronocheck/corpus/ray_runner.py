"""Run the batches of a corpus on Ray actors (``chronocheck batch --ray ADDRESS``).

Ray is optional (``pip install 'chronocheck[ray]'``) and imported only here, and
only when ``--ray`` is given: the single-machine path never loads it. Each actor
is one worker: it loads the pipeline once, in its constructor (like the process
pool's initializer), then checks batch after batch with
:func:`chronocheck.corpus.work.run_batch_items`. The driver, this process, keeps
the manifest: it hands each batch to the least busy actor and commits results as
they come back, through the same :func:`dispatch_batches` loop as the pool, so
the tables, the manifest and kill/resume are the same as without Ray.

Addresses are Ray's: ``local`` starts a throwaway Ray on this machine with
``workers`` CPUs; ``auto`` joins the cluster this machine belongs to (started
with ``ray start``, or named by ``RAY_ADDRESS``); ``ray://HOST:10001`` connects
through the Ray client; ``HOST:6379`` joins as a driver on a cluster node.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from chronocheck.corpus.dispatch import QUEUE_FACTOR, dispatch_batches
from chronocheck.corpus.inputs import InputItem
from chronocheck.corpus.work import BatchResult, run_batch_items, start_worker
from chronocheck.errors import ConfigError
from chronocheck.settings import Settings

LOGGER = logging.getLogger(__name__)

#: The address that starts a Ray instance of our own on this machine.
LOCAL_ADDRESS = "local"
#: The address that joins the cluster this machine belongs to.
AUTO_ADDRESS = "auto"
#: The Ray client's scheme (``ray://HOST:10001``).
CLIENT_SCHEME = "ray://"
#: Seconds to wait for a TCP connection to a cluster's address before giving up.
PROBE_SECONDS = 5.0
#: A local instance's shared-memory object store: batches are a few hundred kB each,
#: far below Ray's default of 30% of the machine's memory.
LOCAL_OBJECT_STORE_BYTES = 256 * 1024**2
#: An actor that dies (out of memory, a lost node) is restarted and its batches
#: resubmitted: a batch only returns rows, so running it twice is harmless.
ACTOR_RESTARTS = 2
INSTALL_HINT = "pip install 'chronocheck[ray]'"


class _BatchWorker:
    """One Ray worker: the pipeline, loaded once, and the settings it runs with.

    Not a dataclass: Ray makes it an actor, and its constructor loads the pipeline.
    """

    def __init__(self, settings: Settings) -> None:
        start_worker(settings)
        self.settings = settings

    def run(self, batch: int, items: list[InputItem]) -> BatchResult:
        return run_batch_items(batch, items, settings=self.settings)


def import_ray() -> Any:
    """The ``ray`` module.

    Raises:
        ConfigError: If Ray is not installed.
    """
    try:
        import ray
    except ImportError as e:
        raise ConfigError(f"--ray needs Ray, which is not installed: {INSTALL_HINT}.") from e
    return ray


@contextlib.contextmanager
def ray_session(address: str, *, workers: int | None) -> Iterator[int]:
    """Start or join Ray at ``address`` for the block; yield how many actors to start.

    Args:
        address: ``local``, ``auto``, ``ray://HOST:PORT`` or ``HOST:PORT``.
        workers: Actors to start; None for one per CPU Ray has (``local``: 1).

    Raises:
        ConfigError: If Ray is not installed or the cluster cannot be reached.
    """
    ray = import_ray()
    _probe(address)
    options: dict[str, Any] = {}
    if address == LOCAL_ADDRESS:
        # Ray refuses resource options when it joins a cluster: they are for a new instance.
        options = {
            "num_cpus": workers or 1,
            "object_store_memory": LOCAL_OBJECT_STORE_BYTES,
            "include_dashboard": False,
        }
    try:
        with warnings.catch_warnings():
            # The Ray client warns before it raises: the error below says it in one line.
            warnings.simplefilter("ignore")
            ray.init(address=address, **options)
    except Exception as e:  # Ray raises ConnectionError, RuntimeError, grpc errors...
        first_line = (str(e).strip().splitlines() or [type(e).__name__])[0]
        hint = (
            " (start one with 'ray start --head', or use --ray local)"
            if address == AUTO_ADDRESS
            else ""
        )
        raise ConfigError(f"Cannot reach the Ray cluster at '{address}': {first_line}{hint}") from e
    try:
        yield workers if workers is not None else max(int(ray.cluster_resources()["CPU"]), 1)
    finally:
        ray.shutdown()


def _probe(address: str) -> None:
    """Fail fast on a HOST:PORT nobody listens on: Ray itself retries for minutes."""
    if address in (LOCAL_ADDRESS, AUTO_ADDRESS):
        return
    host, _, port = address.removeprefix(CLIENT_SCHEME).rpartition(":")
    if not host or not port.isdigit():
        raise ConfigError(
            f"'{address}' is not a Ray address: give local, auto, ray://HOST:PORT or HOST:PORT."
        )
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=PROBE_SECONDS).close()
    except OSError as e:
        reason = e.strerror or type(e).__name__
        raise ConfigError(f"Cannot reach the Ray cluster at '{address}': {reason}.") from e


def run_on_ray(
    batches: Iterable[tuple[int, list[InputItem]]],
    settings: Settings,
    *,
    actors: int,
    commit: Callable[[BatchResult], None],
) -> None:
    """Check the batches on ``actors`` Ray actors and commit each result as it comes back.

    Ray must be connected (:func:`ray_session`).
    """
    ray = import_ray()
    worker_class = ray.remote(
        num_cpus=1, max_restarts=ACTOR_RESTARTS, max_task_retries=ACTOR_RESTARTS
    )(_BatchWorker)
    pool = [worker_class.remote(settings) for _ in range(actors)]
    busy = dict.fromkeys(range(actors), 0)
    owner: dict[Any, int] = {}

    def submit(number: int, items: list[InputItem]) -> Any:
        # The least busy actor: a slow batch must not hold up the ones queued behind it.
        index = min(busy, key=busy.__getitem__)
        busy[index] += 1
        ref = pool[index].run.remote(number, items)
        owner[ref] = index
        return ref

    def wait_any(running: set[Any]) -> tuple[set[Any], set[Any]]:
        finished, still = ray.wait(list(running), num_returns=1)
        return set(finished), set(still)

    def result(ref: Any) -> BatchResult:
        busy[owner.pop(ref)] -= 1
        return ray.get(ref)  # type: ignore[no-any-return]

    dispatch_batches(
        batches,
        submit=submit,
        wait_any=wait_any,
        result=result,
        limit=actors * QUEUE_FACTOR,
        commit=commit,
    )
