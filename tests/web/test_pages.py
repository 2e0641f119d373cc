"""The pages: every one renders, escapes the article, and links its JSON twin."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.report.verified_report import VERIFIED_TEXT
from tests.web.conftest import MakeClient, submit_text, wait_until_finished

HOSTILE = (
    'Iraq invaded Iran on September 22, 1980. <script>alert("x")</script> '
    '<img src=x onerror=alert(1)> <a href="javascript:alert(2)">here</a>.\n'
)


def test_the_front_page_has_the_form_and_its_labels(client: TestClient) -> None:
    page = client.get("/").text
    for field in ("text", "url", "file", "date", "packs"):
        assert f'<label for="{field}">' in page and f'id="{field}"' in page
    assert 'name="token"' not in page
    assert '<a href="/api/analyses"><code>/api/analyses</code></a>' in page


def test_the_form_needs_the_token_field_when_the_server_has_one(make_client: MakeClient) -> None:
    client = make_client(token="s3cret")
    assert 'name="token"' in client.get("/").text
    refused = client.post("/analyses", data={"text": VERIFIED_TEXT}, follow_redirects=False)
    assert refused.status_code == 401 and "<h1>Error 401</h1>" in refused.text
    sent = client.post(
        "/analyses", data={"text": VERIFIED_TEXT, "token": "s3cret"}, follow_redirects=False
    )
    assert sent.status_code == 303


def test_a_form_submission_leads_to_the_analysis_page(client: TestClient) -> None:
    response = client.post("/analyses", data={"text": VERIFIED_TEXT}, follow_redirects=False)
    assert response.status_code == 303
    location = response.headers["location"]
    analysis_id = location.rsplit("/", 1)[1]
    wait_until_finished(client, analysis_id)
    page = client.get(location).text
    # The text has no headline line, so the page names it by its source.
    assert "<h1>pasted text</h1>" in page
    assert f'src="/analyses/{analysis_id}/report.html"' in page
    assert 'http-equiv="refresh"' not in page
    assert "2 contradicted" in page


def test_a_waiting_analysis_page_reloads_itself(client: TestClient) -> None:
    analysis_id = submit_text(client)
    page = client.get(f"/analyses/{analysis_id}").text
    # A queued analysis's status goes on to name its place: "queued: number 1 in the queue".
    status = re.search(r'role="status">(\w+)(?:: number \d+ in the queue)?<', page)
    assert status is not None
    if status.group(1) in ("queued", "running"):
        assert 'http-equiv="refresh"' in page


def test_reports_download_in_three_formats(client: TestClient) -> None:
    analysis_id = submit_text(client)
    wait_until_finished(client, analysis_id)
    html = client.get(f"/analyses/{analysis_id}/report.html")
    assert html.headers["content-type"].startswith("text/html")
    assert "script-src" not in html.headers["content-security-policy"]
    assert "<!DOCTYPE html>" in html.text
    json_report = client.get(f"/analyses/{analysis_id}/report.json", params={"download": 1})
    assert json_report.json()["article"]["text"] == VERIFIED_TEXT
    assert "attachment" in json_report.headers["content-disposition"]
    markdown = client.get(f"/analyses/{analysis_id}/report.md")
    assert markdown.text.startswith("# chronocheck report")
    assert client.get(f"/analyses/{analysis_id}/report.pdf").status_code == 404


def test_article_text_is_escaped_everywhere(client: TestClient) -> None:
    analysis_id = submit_text(client, HOSTILE)
    wait_until_finished(client, analysis_id)
    for path in (f"/analyses/{analysis_id}", f"/analyses/{analysis_id}/report.html", "/analyses"):
        page = client.get(path).text
        assert "<script>" not in page and "<img src=x" not in page
        assert 'href="javascript:' not in page


def test_history_and_pack_pages_search(client: TestClient) -> None:
    analysis_id = submit_text(client)
    wait_until_finished(client, analysis_id)
    assert f"/analyses/{analysis_id}" in client.get("/analyses", params={"q": "ceasefire"}).text
    assert f"/analyses/{analysis_id}" not in client.get("/analyses", params={"q": "Falklands"}).text
    packs = client.get("/packs").text
    assert 'href="/packs/iran-iraq-war"' in packs
    pack = client.get("/packs/iran-iraq-war", params={"q": "Resolution 598"}).text
    assert "598" in pack and 'rel="noopener noreferrer external"' in pack


def test_errors_are_pages_outside_the_api(client: TestClient) -> None:
    page = client.get("/analyses/missing")
    assert page.status_code == 404 and "<h1>Error 404</h1>" in page.text
    assert "Traceback" not in page.text
    assert client.get("/packs/nope").status_code == 404
