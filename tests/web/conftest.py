"""A running app over each database, with a fast stand-in for the analysis.

The stand-in returns the hand-built verified report for the submitted article,
so the tests of routes, the store and the worker do not wait for spaCy; one
end-to-end test runs the real check on the seed article.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pytest
from fastapi.testclient import TestClient

from chronocheck.models import Article, Report
from chronocheck.settings import Settings
from chronocheck.web.app import create_app
from tests.report.verified_report import VERIFIED_TEXT, verified_report
from tests.web.live_server import CHROMIUM, CHROMIUM_ARGS, serve_in_thread

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

#: Longest a test waits for the worker to finish an analysis, in seconds.
WAIT_SECONDS = 60.0


def stand_in_analysis(article: Article, settings: Settings) -> Report:
    """The verified report, about the submitted article."""
    return replace(verified_report(), article=article)


MakeClient = Callable[..., TestClient]


@pytest.fixture
def make_client(db_url: str) -> Iterator[MakeClient]:
    """Start apps over one empty database; each is stopped after the test."""
    started: list[TestClient] = []

    def make(**options: Any) -> TestClient:
        options.setdefault("analyse", stand_in_analysis)
        client = TestClient(create_app(Settings(), db_url, **options))
        client.__enter__()
        started.append(client)
        return client

    yield make
    for client in started:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: MakeClient) -> TestClient:
    """An app without a token, over an empty database."""
    return make_client()


def wait_until_finished(client: TestClient, analysis_id: str) -> dict[str, Any]:
    """Poll the API until the analysis is done or failed; return its JSON."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        body: dict[str, Any] = client.get(f"/api/analyses/{analysis_id}").json()
        if body["status"] in ("done", "failed"):
            return body
        time.sleep(0.02)
    raise AssertionError(f"analysis {analysis_id} did not finish in {WAIT_SECONDS} s")


def submit_text(client: TestClient, text: str = VERIFIED_TEXT, **fields: Any) -> str:
    """Submit a text through the API and return the new analysis id."""
    response = client.post("/api/analyses", json={"text": text, **fields})
    assert response.status_code == 202, response.text
    return str(response.json()["id"])


@pytest.fixture(scope="session")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real server on a loopback port, running the library's check, for the browser tests."""
    database = tmp_path_factory.mktemp("browser") / "analyses.sqlite"
    with serve_in_thread(create_app(Settings(), f"sqlite:///{database}", workers=1)) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: scripts/test installs Debian's chromium for CI.")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    with sync_playwright() as driver:
        launched = driver.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh browser tab (its own cookies and downloads)."""
    context = browser.new_context(accept_downloads=True)
    opened = context.new_page()
    yield opened
    context.close()
