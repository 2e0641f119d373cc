"""Time ``chronocheck batch`` on the PTC articles: workers, memory, resume (issue #8).

Runs, each time as a fresh ``python -m chronocheck batch`` process into a new
output folder, over the 446 PTC news articles (train and dev, read in place
through a folder of symbolic links):

1. one worker, then two workers: wall time (process start and pipeline loading
   included) and articles per second; the speed-up of two over one (goal >= 1.8x);
2. two Ray actors on a local Ray (``--ray local --workers 2``, Ray's start-up
   included) against the two-process pool: the overhead of Ray (goal <= 15%);
3. the peak resident memory of each process doing the analysis (goal <= 600 MB
   per worker), sampled from ``/proc/<pid>/status`` (``VmHWM``, a high-water mark);
   for Ray, the actors' and, apart, the sum of Ray's own processes;
4. a run killed with SIGKILL once half of its batches are committed, then the
   re-run that finishes it (the time to resume), and a re-run with nothing left.

All figures come from one run, so that their ratios compare like with like on a
machine that other work shares.

Run: ``.venv/bin/python bench/bench_corpus.py [--articles N] [--batch-size N]``
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from chronocheck.corpus.manifest import MANIFEST_FILE

SHARED = Path(__file__).resolve().parents[2] / "shared"
PTC = SHARED / "benchmarks" / "ptc" / "data"
PTC_FOLDERS = ("train-articles", "dev-articles")
#: Seconds between two samples of the processes' peak memory.
SAMPLE_SECONDS = 0.2
SPEEDUP_GOAL = 1.8
RSS_GOAL_MB = 600
RAY_OVERHEAD_GOAL = 0.15
#: How a Ray actor process names itself (``ray::<class>.<method>``).
RAY_WORKER_TITLE = b"ray::_BatchWorker"


def _link_corpus(folder: Path, limit: int | None) -> int:
    paths = sorted(p for name in PTC_FOLDERS for p in (PTC / name).glob("*.txt"))[:limit]
    for path in paths:
        (folder / f"{path.parent.name}-{path.name}").symlink_to(path)
    return len(paths)


def _command(
    corpus: Path, out: Path, workers: int, batch_size: int, *, ray: bool = False
) -> list[str]:
    return [
        sys.executable, "-m", "chronocheck", "batch", str(corpus), "--out", str(out),
        "--workers", str(workers), "--batch-size", str(batch_size), "--no-progress",
        *(["--ray", "local"] if ray else []),
    ]  # fmt: skip


def _is_ray_worker(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().startswith(RAY_WORKER_TITLE)
    except OSError:
        return False


def _descendants(pid: int) -> list[int]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    found = []
    for child in map(int, children):
        found += [child, *_descendants(child)]
    return found


def _peak_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _committed(out: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{out / MANIFEST_FILE}?mode=ro", uri=True)
        try:
            return int(conn.execute("select count(*) from batches").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _run(
    command: list[str], *, kill_after_batches: int | None = None
) -> tuple[float, float, float]:
    """Run a batch process; return its wall time, the largest peak RSS (MB) of a
    worker, and the summed peaks of Ray's own processes (0 without Ray)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    peaks: dict[int, float] = {}
    ray_workers: set[int] = set()
    out = Path(command[command.index("--out") + 1])
    while process.poll() is None:
        for pid in [process.pid, *_descendants(process.pid)]:
            peak = _peak_mb(pid)
            if peak is not None:
                peaks[pid] = max(peaks.get(pid, 0.0), peak)
            if _is_ray_worker(pid):
                ray_workers.add(pid)
        if kill_after_batches is not None and _committed(out) >= kill_after_batches:
            os.kill(process.pid, signal.SIGKILL)
        time.sleep(SAMPLE_SECONDS)
    process.wait()
    if kill_after_batches is None and process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed with status {process.returncode}")
    seconds = time.perf_counter() - start
    if ray_workers:
        others = sum(mb for pid, mb in peaks.items() if pid not in ray_workers | {process.pid})
        return seconds, max(peaks[pid] for pid in ray_workers), others
    # With a pool, the parent only feeds and writes: report the workers' peak.
    worker_peaks = [mb for pid, mb in peaks.items() if pid != process.pid] or list(peaks.values())
    return seconds, max(worker_peaks, default=0.0), 0.0


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=None, help="Use only the first N.")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    if not PTC.is_dir():
        raise SystemExit(f"The PTC corpus is not at {PTC}.")
    with tempfile.TemporaryDirectory() as temp:
        corpus = Path(temp, "ptc")
        corpus.mkdir()
        count = _link_corpus(corpus, args.articles)
        print(f"{count} PTC articles, batch size {args.batch_size}, {os.cpu_count()} CPUs (shared)")
        # Other processes on a shared machine skew the figures: say how busy it was.
        print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        rates = {}
        for name, workers, ray in (("1 worker", 1, False), ("2 workers", 2, False),
                                   ("Ray, 2 actors", 2, True)):  # fmt: skip
            out = Path(temp, f"out-{workers}-{ray}")
            seconds, peak, ray_own = _run(_command(corpus, out, workers, args.batch_size, ray=ray))
            rates[name] = count / seconds
            print(
                f"{name:>13}: {seconds:6.1f} s, {rates[name]:5.2f} articles/s,"
                f" peak RSS per worker {peak:4.0f} MB (goal <= {RSS_GOAL_MB})"
                + (f"; Ray's own processes {ray_own:.0f} MB in all" if ray else "")
            )
        speedup = rates["2 workers"] / rates["1 worker"]
        print(f"speed-up 2 over 1 worker: {speedup:.2f}x (goal >= {SPEEDUP_GOAL}x)")
        overhead = rates["2 workers"] / rates["Ray, 2 actors"] - 1
        print(
            f"Ray overhead over the 2-process pool: {overhead:+.0%} of wall time"
            f" (goal <= {RAY_OVERHEAD_GOAL:.0%})"
        )
        out = Path(temp, "out-kill")
        batches = -(-count // args.batch_size)
        command = _command(corpus, out, 1, args.batch_size)
        killed, _, _ = _run(command, kill_after_batches=max(batches // 2, 1))
        left = count - _committed(out) * args.batch_size
        resumed, _, _ = _run(command)
        idle, _, _ = _run(command)
        print(f"killed after {killed:.1f} s with {left} articles left;")
        print(f"resume to the end: {resumed:.1f} s; a re-run with nothing left: {idle:.1f} s")
        print("load average at the end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
