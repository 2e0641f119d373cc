"""Load on the web app: concurrent clients submitting and reading analyses, SQLite and PostgreSQL.

For each database, a real ``chronocheck serve`` process is started on a loopback
port, warmed with one seed-article analysis, then ``--clients`` clients (20)
run for ``--seconds`` (60): each loops over reads (an analysis, the history with
a search, an analysis page) and, every ``--submit-every`` operations, submits
the seed article and polls until its analysis is done. Prints per kind of
request the count, throughput, p50/p95/p99 latency and errors. Goals (issue #7):
zero errors, p95 of reads <= 200 ms, p95 of a full seed-article analysis
(submission to done) <= 1.5 s.

PostgreSQL is the one ``scripts/start-postgres`` starts (as root), or the URL
in ``CHRONOCHECK_BENCH_POSTGRES``.

Run: ``.venv/bin/python bench/bench_web.py [--seconds 60] [--clients 20] [--db sqlite]``
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "article.txt"
EXAMPLE = REPO / "examples" / "iran-iraq-war-1980-1988.txt"
START_SECONDS = 60.0
POLL_SECONDS = 0.05


@contextmanager
def _server(db_url: str, port: int) -> Iterator[str]:
    command = [sys.executable, "-m", "chronocheck", "serve", "--port", str(port), "--db", db_url]
    command += ["--setting", "max_text_bytes=5000000"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
        yield given
        return
    url = subprocess.run(
        [str(REPO / "scripts" / "start-postgres")], check=True, capture_output=True, text=True
    ).stdout.strip()
    try:
        yield url
    finally:
        subprocess.run([str(REPO / "scripts" / "stop-postgres"), url], check=False)


class Tally:
    """Latencies and errors per kind of request."""

    def __init__(self) -> None:
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)

    def record(self, kind: str, began: float, ok: bool) -> None:
        self.latencies[kind].append(time.perf_counter() - began)
        if not ok:
            self.errors[kind] += 1


async def _analyse(client: httpx.AsyncClient, text: str, tally: Tally) -> str | None:
    began = time.perf_counter()
    response = await client.post("/api/analyses", json={"text": text, "date": "2024-10-08"})
    tally.record("submit", began, response.status_code == 202)
    if response.status_code != 202:
        return None
    analysis_id: str = response.json()["id"]
    while True:
        body = (await client.get(f"/api/analyses/{analysis_id}")).json()
        if body["status"] in ("done", "failed"):
            tally.record("analysis (submit to done)", began, body["status"] == "done")
            return analysis_id
        await asyncio.sleep(POLL_SECONDS)


async def _client(base: str, text: str, known: list[str], args: argparse.Namespace,
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
                new = await _analyse(client, text, tally)
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
#: Kinds that are not reads: the goals count reads apart from analyses.
WRITES = ("submit", "analysis (submit to done)")


def _row(kind: str, values: list[float], errors: int, seconds: float) -> str:
    p50, p95, p99 = (f"{_percentile(values, q) * 1000:.1f}" for q in (0.5, 0.95, 0.99))
    return ROW.format(kind, len(values), f"{len(values) / seconds:.1f}", p50, p95, p99, errors)


def _print(name: str, tally: Tally, seconds: float) -> None:
    print(f"\n{name}: {seconds:.0f} s")
    print(ROW.format(*HEADER))
    for kind, values in sorted(tally.latencies.items()):
        print(_row(kind, values, tally.errors.get(kind, 0), seconds))
    reads = [v for kind, vs in tally.latencies.items() if kind not in WRITES for v in vs]
    read_errors = sum(n for kind, n in tally.errors.items() if kind not in WRITES)
    if reads:
        print(_row("all reads", reads, read_errors, seconds))


async def _run(base: str, text: str, args: argparse.Namespace) -> Tally:
    tally = Tally()
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:
        first = await _analyse(client, text, Tally())  # warms the pipeline and packs
    known = [first] if first else []
    stop = time.monotonic() + args.seconds
    await asyncio.gather(
        *(_client(base, text, known, args, stop, tally, n) for n in range(args.clients))
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
    args = parser.parse_args()
    text = (SEED if SEED.is_file() else EXAMPLE).read_text(encoding="utf-8")
    every = args.submit_every
    print(f"{args.clients} clients, {args.seconds:.0f} s, a submission every {every} operations")
    kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    for kind in kinds:
        with (
            tempfile.TemporaryDirectory() as folder,
            _postgres() if kind == "postgresql" else _sqlite(Path(folder)) as db_url,
            _server(db_url, 8765) as base,
        ):
            _print(kind, asyncio.run(_run(base, text, args)), args.seconds)


@contextmanager
def _sqlite(folder: Path) -> Iterator[str]:
    yield f"sqlite:///{folder / 'analyses.sqlite'}"


if __name__ == "__main__":
    main()
