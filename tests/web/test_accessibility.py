"""Accessibility: axe-core on every page in a real browser, and the home form by keyboard alone.

axe-core comes from the ``axe-playwright-python`` package (a pinned dev
dependency that ships ``axe.min.js``), read from disk and evaluated in the page
through Playwright: nothing is fetched at run time. Every page must have no
violation of serious or critical impact under axe's WCAG 2 A/AA rules, which
include colour contrast. The framed report is audited as its own page.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page

from tests.report.verified_report import VERIFIED_TEXT
from tests.shared_paths import SEED_ARTICLE

pytestmark = pytest.mark.slow
#: The impacts the pages must never have.
BLOCKING = ("serious", "critical")
#: WCAG 2.0 and 2.1, levels A and AA (colour contrast is AA).
RULE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
#: Longest wait for an analysis, in seconds.
ANALYSIS_SECONDS = 180.0
#: Tab presses allowed to reach a field of the home form.
MAX_TABS = 20


@cache
def _axe_script() -> str:
    return (files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")


def _audit(page: Page, *, frames: bool = True) -> dict[str, Any]:
    """Run axe on the page as it stands; return its results."""
    page.evaluate(_axe_script())
    options = {"runOnly": {"type": "tag", "values": RULE_TAGS}, "iframes": frames}
    results: dict[str, Any] = page.evaluate("options => axe.run(document, options)", options)
    return results


def _describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        targets = [node["target"] for node in violation["nodes"][:3]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
    return "\n".join(lines)


def _wait_done(base: str, analysis_id: str) -> None:
    deadline = time.monotonic() + ANALYSIS_SECONDS
    while httpx.get(f"{base}/api/analyses/{analysis_id}").json()["status"] not in ("done",):
        assert time.monotonic() < deadline, f"analysis {analysis_id} did not finish"
        time.sleep(0.2)


@pytest.fixture(scope="module")
def analyses(live_url: str) -> Iterator[tuple[str, str]]:
    """Two finished analyses of one article: the first and a rerun of it."""
    text = SEED_ARTICLE.read_text(encoding="utf-8") if SEED_ARTICLE.is_file() else VERIFIED_TEXT
    body = {"text": text, "date": "2024-10-08"}
    first = httpx.post(f"{live_url}/api/analyses", json=body).json()["id"]
    _wait_done(live_url, first)
    second = httpx.post(f"{live_url}/api/analyses/{first}/rerun").json()["id"]
    _wait_done(live_url, second)
    yield first, second


PAGES = {
    "home": "/",
    "analysis": "/analyses/{a}",
    "rhetoric": "/analyses/{a}/rhetoric",
    "report": "/analyses/{a}/report.html",
    "history": "/analyses?q=Iran&verdict=contradicted",
    "compare": "/compare?a={a}&b={b}",
    "packs": "/packs",
    "pack events": "/packs/iran-iraq-war?q=ceasefire",
    "error": "/analyses/no-such-analysis",
}


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_no_page_has_a_serious_accessibility_violation(
    page: Page, live_url: str, analyses: tuple[str, str], path: str
) -> None:
    first, second = analyses
    page.goto(live_url + path.format(a=first, b=second))
    # The report frame is audited as its own page ("report"); its CSP lets no script in.
    results = _audit(page, frames=False)
    blocking = [v for v in results["violations"] if v["impact"] in BLOCKING]
    assert blocking == [], _describe(blocking)
    run = {rule["id"] for kind in ("passes", "violations", "incomplete") for rule in results[kind]}
    if page.locator("main").inner_text().strip():
        assert "color-contrast" in run, "axe did not check the colour contrast"


def test_the_audit_finds_what_it_must(page: Page) -> None:
    # The same audit on a page with known faults, so a pass above means something.
    page.set_content(
        '<html lang="en"><title>t</title><main><p style="color:#ccc;background:#fff">faint</p>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></html>'
    )
    found = {v["id"]: v["impact"] for v in _audit(page)["violations"]}
    assert found.get("color-contrast") == "serious" and found.get("image-alt") == "critical"


def test_the_home_form_can_be_filled_and_sent_by_keyboard(page: Page, live_url: str) -> None:
    page.goto(live_url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the content"
    reached: list[str] = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.id || document.activeElement.tagName"))
        if reached[-1] == "text":
            break
    assert reached[-1] == "text", f"Tab never reached the article text: {reached}"
    page.keyboard.type(VERIFIED_TEXT)
    order = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.id || document.activeElement.tagName"))
        if order[-1] == "BUTTON":
            break
    # The fields in reading order, then the button (the date field is one stop per part).
    fields = [name for name in dict.fromkeys(order) if name != "BUTTON"]
    assert fields == ["url", "file", "date", "packs"] and order[-1] == "BUTTON"
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_url}/analyses/*")
    assert page.locator("h1").inner_text()
    status = page.get_by_role("status").inner_text()
    assert status.split(":")[0] in ("queued", "running", "done")
