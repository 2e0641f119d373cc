"""The worker: failures are recorded with a reason, and a restart settles what was left."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from chronocheck.errors import IngestError
from chronocheck.models import Article, Report
from chronocheck.settings import Settings
from chronocheck.store import Store
from chronocheck.web.worker import INTERNAL_FAILURE, Worker
from tests.report.verified_report import VERIFIED_TEXT, verified_report
from tests.web.conftest import MakeClient, stand_in_analysis, submit_text, wait_until_finished


def _refusing(article: Article, settings: Settings) -> Report:
    raise IngestError("The article has no main text.")


def _buggy(article: Article, settings: Settings) -> Report:
    raise RuntimeError("a bug")


@pytest.mark.parametrize(
    ("analyse", "reason"),
    [(_refusing, "The article has no main text."), (_buggy, INTERNAL_FAILURE)],
)
def test_a_failing_analysis_is_failed_with_its_reason(
    make_client: MakeClient, analyse: object, reason: str
) -> None:
    client = make_client(analyse=analyse)
    finished = wait_until_finished(client, submit_text(client))
    assert (finished["status"], finished["error"], finished["result"]) == ("failed", reason, None)
    # The worker goes on with the next analysis.
    assert wait_until_finished(client, submit_text(client))["status"] == "failed"


def test_packs_asked_for_reach_the_analysis(db_url: str) -> None:
    seen: list[str] = []

    def record(article: Article, settings: Settings) -> Report:
        seen.append(settings.packs)
        return stand_in_analysis(article, settings)

    store = Store(db_url)
    try:
        analysis_id = store.queue(verified_report().article, {"packs": ["iran-iraq-war"]})
        Worker(store, Settings(), record).run_one(analysis_id)
        assert seen == ["iran-iraq-war"]
        assert store.get(analysis_id).status == "done"
    finally:
        store.close()


def test_a_restart_fails_the_running_and_runs_the_queued(
    db_url: str, make_client: MakeClient
) -> None:
    store = Store(db_url)
    article = replace(verified_report().article, text=VERIFIED_TEXT)
    running, waiting = store.queue(article), store.queue(article)
    store.claim(running)
    store.close()
    client: TestClient = make_client()
    interrupted = client.get(f"/api/analyses/{running}").json()
    assert interrupted["status"] == "failed" and "stopped" in interrupted["error"]
    assert wait_until_finished(client, waiting)["status"] == "done"
