"""The main journeys in a real browser: Playwright driving Debian's Chromium, headless.

Submit the seed article, wait for its report, open a contradicted claim and read
its evidence, search the history, download the JSON; and an article full of
script, event handlers and ``javascript:`` links runs none of them. Screenshots
of the pages are saved under ``out/screenshots/``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Dialog, Page

from tests.shared_paths import REPO, SEED_ARTICLE

pytestmark = pytest.mark.slow
SCREENSHOTS = REPO / "out" / "screenshots"
#: Longest wait for an analysis in the browser, in milliseconds.
ANALYSIS_TIMEOUT_MS = 120_000
HOSTILE = (
    "Iraq invaded Iran on 22 September 1980, the start of a long war.\n"
    '<script>document.title = "pwned"; alert("script")</script>\n'
    "<img src=x onerror=\"document.title = 'pwned'; alert('img')\">\n"
    "<a href=\"javascript:alert('link')\">a link</a> and <svg onload=\"alert('svg')\"></svg>\n"
    "The ceasefire came into effect on 20 August 1988, and the war ended.\n"
)


def _shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def _submit(page: Page, live_url: str, text: str, date: str | None = None) -> None:
    page.goto(live_url + "/")
    page.get_by_label("Article text").fill(text)
    if date:
        page.get_by_label("Publication date (optional)").fill(date)
    page.get_by_role("button", name="Check the article").click()
    page.locator("iframe.report").wait_for(timeout=ANALYSIS_TIMEOUT_MS)


@pytest.mark.skipif(not SEED_ARTICLE.is_file(), reason="the seed article is not beside the repo")
def test_check_the_seed_read_evidence_search_and_download(
    page: Page, live_url: str, tmp_path: Path
) -> None:
    _submit(page, live_url, SEED_ARTICLE.read_text(encoding="utf-8"), "2024-10-08")
    assert "contradicted" in page.locator(".meta").inner_text()
    _shot(page, "analysis")
    report = page.frame_locator("iframe.report")
    marker = report.locator("a.marker", has_text="✗").first
    href = marker.get_attribute("href")
    assert href is not None and href.startswith("#detail-")
    claim_id = href.removeprefix("#")
    marker.click()
    panel = report.locator(f"li#{claim_id}")
    assert "contradicted" in panel.inner_text()
    assert "the article says" in panel.locator(".difference").inner_text()
    assert panel.locator("details.evidence").get_attribute("open") is not None
    assert panel.locator(".evidence-list li").count() >= 1
    analysis_url = page.url

    page.get_by_role("link", name="Analyses", exact=True).click()
    page.get_by_label("Words").fill("Resolution 598")
    page.get_by_role("button", name="Search").click()
    # Other tests share the server: the analysis is among those found, not alone.
    found = [link.get_attribute("href") for link in page.locator("table.list a").all()]
    assert analysis_url.removeprefix(live_url) in found
    _shot(page, "history")

    page.goto(analysis_url)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="JSON").click()
    saved = tmp_path / "report.json"
    download_info.value.save_as(saved)
    report_json = json.loads(saved.read_text(encoding="utf-8"))
    assert report_json["schema_version"] and report_json["claims"]


def test_an_article_full_of_script_runs_none_of_it(page: Page, live_url: str) -> None:
    dialogs: list[str] = []

    def record(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    _submit(page, live_url, HOSTILE)
    report = page.frame_locator("iframe.report")
    assert "<script>" in report.locator(".article-text").first.inner_text()
    page.goto(page.url + "/report.html")
    page.goto(page.url.removesuffix("/report.html"))
    page.wait_for_timeout(500)
    _shot(page, "hostile")
    assert dialogs == []
    assert page.title() != "pwned"
    assert page.locator("a[href^='javascript:']").count() == 0
    assert report.locator("a[href^='javascript:']").count() == 0
