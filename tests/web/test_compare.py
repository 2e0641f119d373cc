"""Run an analysis again and compare two analyses, through the API, the pages and alone."""

from __future__ import annotations

from dataclasses import replace

from fastapi.testclient import TestClient

from chronocheck.models import Article, Report, Verdict
from chronocheck.settings import Settings
from chronocheck.web.compare import compare_reports
from tests.report.verified_report import verified_report
from tests.web.conftest import MakeClient, submit_text, wait_until_finished


def _relabelled(report: Report, label: str) -> Report:
    first = replace(report.claims[0], verdict=Verdict(label=label))  # type: ignore[arg-type]
    return replace(report, claims=(first, *report.claims[1:]))


def test_compare_reports_pairs_claims_by_their_words() -> None:
    before = verified_report()
    after = replace(
        _relabelled(before, "contradicted"), claims=_relabelled(before, "contradicted").claims[:-1]
    )
    compared = compare_reports(before.to_dict(), after.to_dict())
    assert compared.same_text
    assert [(c.before, c.after) for c in compared.changed] == [("supported", "contradicted")]
    assert compared.only_a == (before.claims[-1].text,)
    assert compared.only_b == ()
    assert compared.unchanged == len(before.claims) - 2


def test_rerun_then_compare_shows_what_changed(make_client: MakeClient) -> None:
    runs: list[int] = []

    def flip_second_time(article: Article, settings: Settings) -> Report:
        runs.append(1)
        report = replace(verified_report(), article=article)
        return _relabelled(report, "contradicted") if len(runs) > 1 else report

    client: TestClient = make_client(analyse=flip_second_time)
    first = submit_text(client)
    wait_until_finished(client, first)
    rerun = client.post(f"/api/analyses/{first}/rerun")
    assert rerun.status_code == 202
    second = rerun.json()["id"]
    wait_until_finished(client, second)
    body = client.get("/api/compare", params={"a": first, "b": second}).json()
    assert body["comparison"]["changed"] == [
        {"text": verified_report().claims[0].text, "before": "supported", "after": "contradicted"}
    ]
    assert body["a"]["id"] == first and body["b"]["result"] is None
    page = client.get("/compare", params={"a": first, "b": second}).text
    assert "Verdicts that changed (1)" in page and "Both analysed the same text." in page
    form = client.post(f"/analyses/{first}/rerun", follow_redirects=False)
    assert form.status_code == 303 and f"previous={first}" in form.headers["location"]


def test_comparing_an_unfinished_analysis_is_404(client: TestClient) -> None:
    done = submit_text(client)
    wait_until_finished(client, done)
    response = client.get("/api/compare", params={"a": done, "b": "missing"})
    assert response.status_code == 404
