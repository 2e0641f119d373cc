"""End to end: the seed article checked through the app gets the CLI's verdicts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from chronocheck.analysis import check_article
from chronocheck.ingest import read_article
from chronocheck.settings import Settings
from chronocheck.web.app import create_app
from tests.shared_paths import SEED_ARTICLE
from tests.web.conftest import wait_until_finished

SEED_DATE = "2024-10-08"
SEED_DAY = dt.date.fromisoformat(SEED_DATE)


@pytest.mark.slow
@pytest.mark.skipif(not SEED_ARTICLE.is_file(), reason="the seed article is not beside the repo")
def test_the_seed_gets_the_same_verdicts_as_the_cli(tmp_path: Path) -> None:
    settings = Settings()
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    with TestClient(create_app(settings, f"sqlite:///{tmp_path / 'a.sqlite'}")) as client:
        response = client.post("/api/analyses", json={"text": text, "date": SEED_DATE})
        assert response.status_code == 202, response.text
        finished = wait_until_finished(client, response.json()["id"])
    assert finished["status"] == "done", finished["error"]
    article = read_article(
        str(SEED_ARTICLE), settings=settings, date=dt.date.fromisoformat(SEED_DATE)
    )
    expected = check_article(article, settings=settings)
    got = {claim["text"]: claim["verdict"]["label"] for claim in finished["result"]["claims"]}
    assert got == {claim.text: claim.verdict.label for claim in expected.claims}
    assert "contradicted" in got.values() and "supported" in got.values()
