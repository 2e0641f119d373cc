"""Load on the web app: concurrent clients submitting and reading analyses, SQLite and PostgreSQL.

For each database, a real ``chronocheck serve`` process is started on a loopback
port, warmed with one seed-article analysis, then ``--clients`` clients (20)
run for ``--seconds`` (60): each loops over reads (an analysis, the history with
a search, an analysis page) and, every ``--submit-every`` operations, submits
the seed article and polls until its analysis is done. Prints per kind of
request the count, throughput, p50/p95/p99 latency and errors. Goals (issue #7):
zero errors, p95 of reads <= 200 ms, p95 of a full seed-article analysis
(submission to done) <= 1.5 s.

``--texts`` says what is submitted. ``repeated`` sends the seed itself every
time: the server then serves every submission after the first from the stored
result (same text, options and versions), so it measures reuse, not analysis.
``distinct`` appends a numbered paragraph to the seed, so every submission is a
new text and runs the whole check: the latency without reuse. The analyses are
split into "ran" and "reused" rows so the two are never mixed up. ``--workers``
is passed to ``chronocheck serve`` (analysis processes). ``--pool-check K``
measures the pool alone instead: K distinct texts at once, no reads, servers
with 1 and 2 workers taking turns for ``--rounds`` rounds.

PostgreSQL is the one ``scripts/start-postgres`` starts (as root), or a fresh
database made for each run on the server of ``CHRONOCHECK_BENCH_POSTGRES``.

Run: ``.venv/bin/python bench/bench_web.py [--seconds 60] [--clients 20] [--db sqlite]
[--texts repeated|distinct|both] [--workers 2]``
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "article.txt"
EXAMPLE = REPO / "examples" / "iran-iraq-war-1980-1988.txt"
START_SECONDS = 60.0
#: The write limit the server is started with: far above what 20 clients make.
WRITES_PER_MINUTE = 1_000_000
POLL_SECONDS = 0.05


@contextmanager
def _server(db_url: str, port: int, workers: int, log: Path | None) -> Iterator[str]:
    command = [sys.executable, "-m", "chronocheck", "serve", "--port", str(port), "--db", db_url]
    command += ["--workers", str(workers), "--setting", "max_text_bytes=5000000"]
    # The 20 clients share one address; the write limit is per address (120 a minute).
    command += ["--writes-per-minute", str(WRITES_PER_MINUTE)]
    output = log.open("ab") if log else subprocess.DEVNULL
    process = subprocess.Popen(command, stdout=output, stderr=output)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                if httpx.get(f"{base}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("chronocheck serve did not start")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(60)


@contextmanager
def _postgres() -> Iterator[str]:
    given = os.environ.get("CHRONOCHECK_BENCH_POSTGRES")
    if given:
        with _fresh_database(given) as url:
            yield url
        return
    url = subprocess.run(
        [str(REPO / "scripts" / "start-postgres")], check=True, capture_output=True, text=True
    ).stdout.strip()
    try:
        yield url
    finally:
        subprocess.run([str(REPO / "scripts" / "stop-postgres"), url], check=False)


@contextmanager
def _fresh_database(server_url: str) -> Iterator[str]:
    """An empty database on the given server for one run (no result left by the last)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(server_url).set(drivername="postgresql+psycopg")
    name = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


class Tally:
    """Latencies and errors per kind of request."""

    def __init__(self) -> None:
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)

    def record(self, kind: str, began: float, ok: bool) -> None:
        self.latencies[kind].append(time.perf_counter() - began)
        if not ok:
            self.errors[kind] += 1


class Texts:
    """The texts to submit: the seed every time, or the seed with a numbered paragraph."""

    def __init__(self, seed: str, distinct: bool) -> None:
        self.seed = seed
        self.distinct = distinct
        self.made = 0

    def next(self) -> str:
        if not self.distinct:
            return self.seed
        self.made += 1
        return (
            f"{self.seed}\n\nEditor's note {self.made}: this copy was filed on day {self.made}.\n"
        )


async def _analyse(client: httpx.AsyncClient, text: str, tally: Tally) -> str | None:
    began = time.perf_counter()
    try:
        response = await client.post("/api/analyses", json={"text": text, "date": "2024-10-08"})
    except httpx.HTTPError:
        tally.record("submit", began, False)
        return None
    tally.record("submit", began, response.status_code == 202)
    if response.status_code != 202:
        return None
    analysis_id: str = response.json()["id"]
    while True:
        body = (await client.get(f"/api/analyses/{analysis_id}")).json()
        if body["status"] in ("done", "failed"):
            done = body["status"] == "done"
            tally.record(ANALYSIS, began, done)
            how = "reused" if body.get("reused_from") else "ran"
            tally.record(f"  of which {how}", began, done)
            return analysis_id
        await asyncio.sleep(POLL_SECONDS)


async def _client(base: str, texts: Texts, known: list[str], args: argparse.Namespace,
                  stop: float, tally: Tally, number: int) -> None:  # fmt: skip
    reads = (
        ("read analysis (JSON)", "/api/analyses/{id}"),
        ("search history (JSON)", "/api/analyses?q=Resolution+598&limit=20"),
        ("analysis page (HTML)", "/analyses/{id}"),
    )
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:
        operation = number
        while time.monotonic() < stop:
            operation += 1
            if operation % args.submit_every == 0:
                new = await _analyse(client, texts.next(), tally)
                if new:
                    known.append(new)
                continue
            kind, path = reads[operation % len(reads)]
            began = time.perf_counter()
            try:
                response = await client.get(path.format(id=known[operation % len(known)]))
                tally.record(kind, began, response.status_code == 200)
            except httpx.HTTPError:
                tally.record(kind, began, False)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


HEADER = ("request", "count", "per s", "p50 ms", "p95 ms", "p99 ms", "errors")
ROW = "{:30} {:>7} {:>7} {:>8} {:>8} {:>8} {:>7}"
ANALYSIS = "analysis (submit to done)"
#: Kinds that are not reads: the goals count reads apart from analyses.
WRITES = ("submit", ANALYSIS, "  of which ran", "  of which reused")


def _row(kind: str, values: list[float], errors: int, seconds: float) -> str:
    p50, p95, p99 = (f"{_percentile(values, q) * 1000:.1f}" for q in (0.5, 0.95, 0.99))
    return ROW.format(kind, len(values), f"{len(values) / seconds:.1f}", p50, p95, p99, errors)


def _print(name: str, tally: Tally, seconds: float) -> None:
    print(f"\n{name}: {seconds:.0f} s")
    print(ROW.format(*HEADER))
    kinds = sorted(k for k in tally.latencies if k not in WRITES)
    kinds += [k for k in WRITES if k in tally.latencies]
    for kind in kinds:
        print(_row(kind, tally.latencies[kind], tally.errors.get(kind, 0), seconds))
    reads = [v for kind, vs in tally.latencies.items() if kind not in WRITES for v in vs]
    read_errors = sum(n for kind, n in tally.errors.items() if kind not in WRITES)
    if reads:
        print(_row("all reads", reads, read_errors, seconds))


async def _run(base: str, texts: Texts, args: argparse.Namespace) -> Tally:
    tally = Tally()
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:
        # Warms the pipeline and packs; in "repeated" mode it also stores the result reused later.
        first = await _analyse(client, texts.seed, Tally())
    known = [first] if first else []
    stop = time.monotonic() + args.seconds
    await asyncio.gather(
        *(_client(base, texts, known, args, stop, tally, n) for n in range(args.clients))
    )
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument(
        "--submit-every", type=int, default=100, help="one submission per N operations"
    )
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--server-log", type=Path, help="append the server's output here")
    parser.add_argument("--texts", choices=["repeated", "distinct", "both"], default="both")
    parser.add_argument("--workers", type=int, default=2, help="chronocheck serve --workers")
    parser.add_argument(
        "--pool-check",
        type=int,
        metavar="K",
        help="instead: K distinct texts at once, no reads, servers with 1 and 2 workers in turn",
    )
    parser.add_argument("--rounds", type=int, default=3, help="rounds of --pool-check")
    args = parser.parse_args()
    seed = (SEED if SEED.is_file() else EXAMPLE).read_text(encoding="utf-8")
    if args.pool_check:
        _pool_check(seed, args)
        return
    every = args.submit_every
    print(
        f"{args.clients} clients, {args.seconds:.0f} s, a submission every {every} operations,"
        f" {args.workers} analysis processes; load average {_load()}"
    )
    kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    modes = ["repeated", "distinct"] if args.texts == "both" else [args.texts]
    for kind in kinds:
        for mode in modes:
            with (
                tempfile.TemporaryDirectory() as folder,
                _postgres() if kind == "postgresql" else _sqlite(Path(folder)) as db_url,
                _server(db_url, args.port, args.workers, args.server_log) as base,
            ):
                texts = Texts(seed, distinct=mode == "distinct")
                tally = asyncio.run(_run(base, texts, args))
                name = f"{kind}, {mode} texts, {args.workers} workers; load average {_load()}"
                _print(name, tally, args.seconds)


def _pool_check(seed: str, args: argparse.Namespace) -> None:
    """The pool alone: K distinct seeds submitted at once to 1, then 2 workers, in turns.

    Taking turns within one run spreads the load of other work on the machine
    over both pool sizes; no reads run, so only the analyses compete.
    """
    print(
        f"pool check: {args.pool_check} distinct seed texts at once, SQLite, {args.rounds} rounds"
    )
    print("{:>7} {:>5} {:>9} {:>12} {:>12}  load average".format(
        "workers", "round", "wall s", "p50 s", "p95 s"))  # fmt: skip
    texts = Texts(seed, distinct=True)
    for number in range(1, args.rounds + 1):
        for workers in (1, 2):
            with (
                tempfile.TemporaryDirectory() as folder,
                _server(f"sqlite:///{Path(folder) / 'a.sqlite'}", args.port, workers,
                        args.server_log) as base,
            ):  # fmt: skip
                asyncio.run(_warm(base, texts.seed))
                batch = [texts.next() for _ in range(args.pool_check)]
                wall, latencies = asyncio.run(_burst(base, batch))
                p50, p95 = (_percentile(latencies, q) for q in (0.5, 0.95))
                print(f"{workers:>7} {number:>5} {wall:>9.1f} {p50:>12.1f} {p95:>12.1f}  {_load()}")


async def _warm(base: str, text: str) -> None:
    """One analysis, then every process has its pipeline (each warms itself at start)."""
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:
        await _analyse(client, text, Tally())
        while (await client.get("/healthz")).json()["queued"]:
            await asyncio.sleep(POLL_SECONDS)


async def _burst(base: str, batch: list[str]) -> tuple[float, list[float]]:
    tally = Tally()
    began = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, timeout=300) as client:
        await asyncio.gather(*(_analyse(client, text, tally) for text in batch))
    if tally.errors:
        raise RuntimeError(f"errors in the pool check: {dict(tally.errors)}")
    return time.perf_counter() - began, tally.latencies[ANALYSIS]


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


@contextmanager
def _sqlite(folder: Path) -> Iterator[str]:
    yield f"sqlite:///{folder / 'analyses.sqlite'}"


if __name__ == "__main__":
    main()
