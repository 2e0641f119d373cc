"""The pool of analysis workers, and submissions served from a stored result."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from chronocheck.models import Article, Report
from chronocheck.settings import Settings
from chronocheck.store import Store
from chronocheck.web.worker import Worker
from tests.report.verified_report import VERIFIED_TEXT, verified_report
from tests.web.conftest import (
    WAIT_SECONDS,
    MakeClient,
    stand_in_analysis,
    submit_text,
    wait_until_finished,
)


def _wait_for(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        assert time.monotonic() < deadline, "the condition did not come true"
        time.sleep(0.02)


def test_two_workers_run_two_analyses_at_once(make_client: MakeClient) -> None:
    # Each analysis waits for the other to start: with one worker they would never meet.
    both_running = threading.Barrier(2, timeout=WAIT_SECONDS)

    def meet(article: Article, settings: Settings) -> Report:
        both_running.wait()
        return stand_in_analysis(article, settings)

    client = make_client(analyse=meet, workers=2)
    ids = [submit_text(client, f"{VERIFIED_TEXT}\nCopy {n}.") for n in range(2)]
    assert [wait_until_finished(client, i)["status"] for i in ids] == ["done", "done"]
    assert client.get("/healthz").json()["workers"] == 2


def test_an_analysis_handed_to_the_pool_twice_runs_once(db_url: str) -> None:
    runs: list[str] = []
    lock = threading.Lock()

    def count(article: Article, settings: Settings) -> Report:
        with lock:
            runs.append(article.sha256)
        return stand_in_analysis(article, settings)

    store = Store(db_url)
    worker = Worker(store, Settings(), count, processes=3)
    try:
        analysis_id = store.queue(verified_report().article)
        for _ in range(6):
            worker.submit(analysis_id)
        worker.start()
        _wait_for(lambda: worker.pending() == 0 and store.get(analysis_id).status == "done")
        worker.stop()
    finally:
        store.close()
    assert len(runs) == 1


def test_stop_finishes_the_analysis_in_progress_and_leaves_the_queued_ones(db_url: str) -> None:
    release = threading.Event()

    def hold(article: Article, settings: Settings) -> Report:
        release.wait(WAIT_SECONDS)
        return stand_in_analysis(article, settings)

    store = Store(db_url)
    worker = Worker(store, Settings(), hold, processes=1)
    try:
        first, *rest = (store.queue(verified_report().article) for _ in range(3))
        for analysis_id in (first, *rest):
            worker.submit(analysis_id)
        worker.start()
        _wait_for(lambda: store.get(first).status == "running")
        stopper = threading.Thread(target=worker.stop)
        stopper.start()
        _wait_for(worker._stopping.is_set)  # stop() has begun: no new analysis is taken
        release.set()
        stopper.join()
        assert store.get(first).status == "done"
        assert [store.get(i).status for i in rest] == ["queued", "queued"]
        assert store.recover().requeued == tuple(rest)
    finally:
        store.close()


def test_an_identical_submission_is_served_from_the_stored_result(make_client: MakeClient) -> None:
    runs: list[str] = []

    def count(article: Article, settings: Settings) -> Report:
        runs.append(article.sha256)
        return stand_in_analysis(article, settings)

    client = make_client(analyse=count)
    first = wait_until_finished(client, submit_text(client, date="2024-10-08"))
    response = client.post("/api/analyses", json={"text": VERIFIED_TEXT, "date": "2024-10-08"})
    assert response.status_code == 202
    answer = response.json()
    assert (answer["status"], answer["reused_from"]) == ("done", first["id"])
    assert answer["id"] != first["id"]
    copy = client.get(f"/api/analyses/{answer['id']}").json()
    # The same shape as any finished analysis, with the same report.
    assert set(copy) == set(first)
    assert copy["status"] == "done" and copy["result"] == first["result"]
    assert copy["reused_from"] == first["id"] and first["reused_from"] is None
    assert len(runs) == 1
    page = client.get(f"/analyses/{answer['id']}").text
    assert f'copied from <a href="/analyses/{first["id"]}">' in page


@pytest.mark.parametrize(
    "change",
    [{"date": "1990-01-01"}, {"packs": ["iran-iraq-war"]}, {"text": VERIFIED_TEXT + "\nMore."}],
    ids=["another date", "other packs", "another text"],
)
def test_a_submission_that_differs_runs_again(
    make_client: MakeClient, change: dict[str, object]
) -> None:
    client = make_client()
    wait_until_finished(client, submit_text(client, date="2024-10-08"))
    fields: dict[str, object] = {"text": VERIFIED_TEXT, "date": "2024-10-08", **change}
    answer = client.post("/api/analyses", json=fields).json()
    assert (answer["status"], answer["reused_from"]) == ("queued", None)


def test_a_rerun_from_the_api_runs_the_analysis_again(make_client: MakeClient) -> None:
    runs: list[str] = []

    def count(article: Article, settings: Settings) -> Report:
        runs.append(article.sha256)
        return stand_in_analysis(article, settings)

    client = make_client(analyse=count)
    first = wait_until_finished(client, submit_text(client))["id"]
    answer = client.post(f"/api/analyses/{first}/rerun").json()
    assert answer["status"] == "queued"
    assert wait_until_finished(client, answer["id"])["reused_from"] is None
    assert len(runs) == 2


def test_a_queued_analysis_shows_its_place_in_the_queue(make_client: MakeClient) -> None:
    release = threading.Event()

    def hold(article: Article, settings: Settings) -> Report:
        release.wait(WAIT_SECONDS)
        return stand_in_analysis(article, settings)

    client = make_client(analyse=hold, workers=1)
    ids = [submit_text(client, f"{VERIFIED_TEXT}\nCopy {n}.") for n in range(3)]
    try:
        _wait_for(lambda: client.get(f"/api/analyses/{ids[0]}").json()["status"] == "running")
        last = client.get(f"/api/analyses/{ids[2]}").json()
        assert (last["status"], last["queue_position"]) == ("queued", 2)
        assert "number 2 in the queue" in client.get(f"/analyses/{ids[2]}").text
    finally:
        release.set()
    assert wait_until_finished(client, ids[2])["queue_position"] is None
