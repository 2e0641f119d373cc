"""The JSON API on SQLite and PostgreSQL: submit, read, search, packs, errors."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.report.verified_report import VERIFIED_TEXT, verified_report
from tests.web.conftest import MakeClient, submit_text, wait_until_finished

NOT_ENGLISH = "Der Krieg begann im September und dauerte acht Jahre lang, sagte er gestern. " * 3


def _error(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["status"] == status
    message: str = body["error"]["message"]
    assert "Traceback" not in message
    return message


def test_a_submission_is_queued_then_done_with_the_report(client: TestClient) -> None:
    response = client.post("/api/analyses", json={"text": VERIFIED_TEXT, "date": "2024-10-08"})
    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "queued" and len(body["id"]) == 32
    assert response.headers["location"] == f"/api/analyses/{body['id']}"
    finished = wait_until_finished(client, body["id"])
    assert finished["status"] == "done" and finished["error"] is None
    expected = verified_report().to_dict()
    assert finished["result"]["claims"] == expected["claims"]
    assert finished["result"]["article"]["text"] == VERIFIED_TEXT
    assert finished["result"]["article"]["published"] == "2024-10-08"
    assert finished["options"] == {"date": "2024-10-08"}
    assert finished["verdicts"]["contradicted"] == 2


def test_a_file_upload_is_analysed(client: TestClient) -> None:
    files = {"file": ("article.txt", VERIFIED_TEXT.encode(), "text/plain")}
    response = client.post("/api/analyses", files=files, data={"packs": "iran-iraq-war"})
    assert response.status_code == 202, response.text
    finished = wait_until_finished(client, response.json()["id"])
    assert finished["source"] == "article.txt"
    assert finished["options"] == {"packs": ["iran-iraq-war"]}


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        ({}, "exactly one of 'text' and 'url'"),
        ({"text": "a", "url": "https://example.org"}, "exactly one"),
        ({"text": "   "}, "empty"),
        ({"text": NOT_ENGLISH}, "English"),
        ({"text": VERIFIED_TEXT, "packs": ["../../etc"]}, "Unknown pack"),
        ({"text": VERIFIED_TEXT, "date": "yesterday"}, "date"),
        ({"text": VERIFIED_TEXT, "colour": "red"}, "colour"),
        ({"url": "http://127.0.0.1:9/x"}, "private"),
        ({"url": "ftp://example.org/x"}, ""),
    ],
)
def test_bad_submissions_are_422_with_a_clear_message(
    client: TestClient, payload: dict[str, Any], words: str
) -> None:
    assert words in _error(client.post("/api/analyses", json=payload), 422)


def test_malformed_json_is_422(client: TestClient) -> None:
    response = client.post(
        "/api/analyses", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert _error(response, 422)


def test_a_too_large_request_is_413(client: TestClient) -> None:
    body = b'{"text": "' + b"a" * 11_000_000 + b'"}'
    response = client.post(
        "/api/analyses", content=body, headers={"content-type": "application/json"}
    )
    assert "larger than" in _error(response, 413)


def test_an_unknown_analysis_is_404(client: TestClient) -> None:
    assert "no-such-id" in _error(client.get("/api/analyses/no-such-id"), 404)


def test_history_searches_words_and_verdicts(client: TestClient) -> None:
    analysis_id = submit_text(client)
    wait_until_finished(client, analysis_id)
    found = client.get("/api/analyses", params={"q": "Resolution 598"}).json()["analyses"]
    assert [item["id"] for item in found] == [analysis_id]
    assert client.get("/api/analyses", params={"q": "Falklands"}).json()["analyses"] == []
    by_verdict = client.get("/api/analyses", params={"verdict": "contradicted"}).json()
    assert [item["id"] for item in by_verdict["analyses"]] == [analysis_id]
    since = client.get("/api/analyses", params={"since": "2999-01-01T00:00:00"}).json()
    assert since["analyses"] == []
    assert _error(client.get("/api/analyses", params={"limit": 0}), 422)


def test_packs_and_their_events(client: TestClient) -> None:
    packs = client.get("/api/packs").json()["packs"]
    pack = next(pack for pack in packs if pack["name"] == "iran-iraq-war")
    assert pack["counts"]["events"] > 50 and pack["period_start"] <= "1980"
    events = client.get("/api/packs/iran-iraq-war/events", params={"q": "Resolution 598"})
    titles = [event["title"] for event in events.json()["events"]]
    assert any("598" in title for title in titles)
    assert all(event["source"]["title"] for event in events.json()["events"])
    assert "No built-in pack" in _error(client.get("/api/packs/nope/events"), 404)


def test_health_and_openapi(client: TestClient) -> None:
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["database"] in ("sqlite", "postgresql")
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/analyses", "/api/analyses/{analysis_id}", "/api/packs"} <= set(paths)
    content = paths["/api/analyses"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} <= set(content)


def test_every_response_forbids_inline_scripts(client: TestClient) -> None:
    for path in ("/", "/api/packs", "/healthz", "/api/analyses/missing"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert client.get(path).headers["x-content-type-options"] == "nosniff"


def test_writes_need_the_token_when_the_server_has_one(make_client: MakeClient) -> None:
    client = make_client(token="s3cret")
    assert "token" in _error(client.post("/api/analyses", json={"text": VERIFIED_TEXT}), 401)
    wrong = {"authorization": "Bearer nope"}
    assert _error(client.post("/api/analyses", json={"text": VERIFIED_TEXT}, headers=wrong), 401)
    right = {"authorization": "Bearer s3cret"}
    response = client.post("/api/analyses", json={"text": VERIFIED_TEXT}, headers=right)
    assert response.status_code == 202
    assert client.get(f"/api/analyses/{response.json()['id']}").status_code == 200


def test_writes_are_rate_limited_per_client(make_client: MakeClient) -> None:
    client = make_client(writes_per_minute=2)
    for _ in range(2):
        submit_text(client)
    refused = client.post("/api/analyses", json={"text": VERIFIED_TEXT})
    assert "Too many" in _error(refused, 429)
    assert int(refused.headers["retry-after"]) >= 1
    assert client.get("/api/analyses").status_code == 200
