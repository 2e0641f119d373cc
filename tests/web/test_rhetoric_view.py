"""The rhetoric view of an analysis: technique spans, counts and claims by worth, page and JSON."""

from __future__ import annotations

from dataclasses import replace

from fastapi.testclient import TestClient

from chronocheck.models import Article, Report
from chronocheck.settings import Settings
from chronocheck.web.rhetoric_view import build_rhetoric_view
from tests.report.verified_report import verified_report
from tests.web.conftest import MakeClient, stand_in_analysis, submit_text, wait_until_finished


def test_the_view_lists_spans_counts_and_claims_by_worth() -> None:
    report = verified_report()
    view = build_rhetoric_view("a" * 32, report)
    assert view.analysed
    assert [line.id for line in view.techniques] == ["t1", "t2", "t3"]
    assert view.techniques[0].name == "doubt" and view.techniques[0].source == "lexicon"
    assert {line.name: line.count for line in view.counts} == {
        "doubt": 1,
        "exaggeration or minimisation": 1,
        "loaded language": 1,
    }
    scores = [line.score for line in view.checkworthy]
    assert scores == sorted(scores, reverse=True) and all(score > 0 for score in scores)
    assert [line.rank for line in view.checkworthy] == list(range(1, len(scores) + 1))
    worth = {claim.id: claim.checkworthiness for claim in report.claims}
    assert all(worth[line.claim_id] == line.score for line in view.checkworthy)


def test_without_the_rhetoric_stage_the_view_says_so() -> None:
    view = build_rhetoric_view("a" * 32, replace(verified_report(), rhetoric=None))
    assert not view.analysed and view.techniques == () and view.counts == ()
    assert view.summary == "Rhetoric was not analysed."
    assert view.checkworthy  # the claims keep their scores


def test_the_page_and_its_json_twin_show_the_same_rhetoric(client: TestClient) -> None:
    analysis_id = wait_until_finished(client, submit_text(client))["id"]
    body = client.get(f"/api/analyses/{analysis_id}/rhetoric").json()
    assert [span["id"] for span in body["techniques"]] == ["t1", "t2", "t3"]
    assert (
        body["techniques"][1]["name"] == "exaggeration or minimisation (runner-up: loaded language)"
    )
    assert body["techniques"][1]["runner_up"] == "Loaded_Language"
    assert body["counts"][0] == {"technique": "Doubt", "name": "doubt", "count": 1}
    assert body["checkworthiness"][0]["rank"] == 1
    assert body["links"]["rhetoric_page"] == f"/analyses/{analysis_id}/rhetoric"
    page = client.get(f"/analyses/{analysis_id}/rhetoric").text
    for span in body["techniques"]:
        assert f'id="detail-{span["id"]}"' in page and span["explanation"] in page.replace(
            "&#34;", '"'
        )
    assert [span["id"] for span in body["weaker"]] == ["w1"]
    weaker = page[page.index('<details class="weaker">') :]
    assert 'id="detail-w1"' in weaker and 'href="#technique-w1"' not in page
    assert f'href="/api/analyses/{analysis_id}/rhetoric"' in page
    assert "<script" not in page
    assert f'href="/analyses/{analysis_id}/rhetoric"' in client.get(f"/analyses/{analysis_id}").text


def test_the_view_escapes_the_article(make_client: MakeClient) -> None:
    def hostile(article: Article, settings: Settings) -> Report:
        report = stand_in_analysis(article, settings)
        text = "<script>alert(1)</script> " + report.article.text
        return replace(report, article=replace(report.article, text=text))

    client = make_client(analyse=hostile)
    analysis_id = wait_until_finished(client, submit_text(client))["id"]
    page = client.get(f"/analyses/{analysis_id}/rhetoric").text
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_an_unfinished_analysis_has_no_rhetoric_yet(client: TestClient) -> None:
    response = client.get("/api/analyses/nope/rhetoric")
    assert response.status_code == 404 and set(response.json()) == {"error"}
    assert client.get("/analyses/nope/rhetoric").status_code == 404
