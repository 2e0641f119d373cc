"""Killing the server (SIGKILL) mid-analysis loses no finished analysis and leaves no half one.

A real ``chronocheck serve`` process over a SQLite file gets a batch of
submissions; once some are done and others are still waiting, it is killed
with SIGKILL and started again. Every analysis finished before the kill must
come back whole (its report validates against the schema); none may stay
``running``; those cut short are failed with a reason, and the queued ones run.
The server's analysis processes must not outlive it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from chronocheck.report import validate_report_json
from chronocheck.store import Store
from tests.report.verified_report import VERIFIED_TEXT
from tests.web.live_server import START_SECONDS, free_port

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc"),
]
SUBMISSIONS = 20
#: Copies of the test text in each article, so that one analysis takes a while.
COPIES = 6
#: Longest wait for the batch to settle after the restart, in seconds.
SETTLE_SECONDS = 120.0


@contextmanager
def _server(database: Path, port: int) -> Iterator[subprocess.Popen[bytes]]:
    command = [sys.executable, "-m", "chronocheck", "serve", "--port", str(port)]
    command += ["--db", f"sqlite:///{database}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("chronocheck serve did not start")
            time.sleep(0.1)
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(30)


def _children(pid: int) -> list[int]:
    """The processes ``pid`` started (its analysis processes), read from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # The parent id is the 2nd field after the parenthesised command name.
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we read
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _statuses(base: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    return {i: httpx.get(f"{base}/api/analyses/{i}").json() for i in ids}


def test_sigkill_loses_no_finished_analysis(tmp_path: Path) -> None:
    database, port = tmp_path / "analyses.sqlite", free_port()
    base = f"http://127.0.0.1:{port}"
    with _server(database, port) as process:
        texts = [f"{VERIFIED_TEXT * COPIES}\nCopy {number}." for number in range(SUBMISSIONS)]
        ids = [
            httpx.post(f"{base}/api/analyses", json={"text": text}).json()["id"] for text in texts
        ]
        deadline = time.monotonic() + SETTLE_SECONDS
        first = f"{base}/api/analyses/{ids[0]}"
        while httpx.get(first).json()["status"] != "done" and time.monotonic() < deadline:
            time.sleep(0.02)
        children = _children(process.pid)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(30)
    # The analysis processes notice that their server is gone and exit.
    deadline = time.monotonic() + SETTLE_SECONDS
    while any(Path(f"/proc/{child}").exists() for child in children):
        assert time.monotonic() < deadline, f"analysis processes {children} outlived the server"
        time.sleep(0.1)
    # The database as the killed process left it, read without a server (which would recover).
    store = Store(f"sqlite:///{database}")
    try:
        left = {i: store.get(i) for i in ids}
    finally:
        store.close()
    done = [i for i, stored in left.items() if stored.status == "done"]
    assert done, "no analysis finished before the kill"
    assert len(done) < SUBMISSIONS, "every analysis finished before the kill: nothing was cut"
    assert all((stored.result is not None) == (stored.status == "done") for stored in left.values())
    finished_before = {i: left[i].result for i in done}
    with _server(database, port):
        deadline = time.monotonic() + SETTLE_SECONDS
        while True:
            after = _statuses(base, ids)
            if all(body["status"] in ("done", "failed") for body in after.values()):
                break
            assert time.monotonic() < deadline, "the batch did not settle after the restart"
            time.sleep(0.1)
    for analysis_id, result in finished_before.items():
        assert after[analysis_id]["status"] == "done"
        assert after[analysis_id]["result"] == result
    for body in after.values():
        if body["status"] == "done":
            validate_report_json(body["result"])
        else:
            assert "stopped" in body["error"]
    assert sum(body["status"] == "done" for body in after.values()) >= len(finished_before)
