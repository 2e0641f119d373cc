"""verify_report end to end on a short article and the small test pack.

The article is ours, written for these tests: each sentence has a known
verdict against ``small_pack`` (true, false, disputed, or about something the
pack does not know).
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from chronocheck.annotate.pipeline import annotate
from chronocheck.extract.extraction import extract_article
from chronocheck.models import Article, Claim, Report
from chronocheck.timeline import build_timeline, find_inconsistencies
from chronocheck.verify.embeddings import load_encoder
from chronocheck.verify.index import ReferenceIndex
from chronocheck.verify.verification import verify_report
from tests.verify.small_pack import small_pack

ARTICLE = """\
Argentine forces invaded the Falkland Islands on 2 April 1982.

The Security Council adopted Resolution 502 on 3 April 1982, demanding a withdrawal.

The submarine HMS Conqueror sank the General Belgrano on 2 June 1982.

General Leopoldo Galtieri resigned on 18 June 1982.

In all, 907 Argentine and British servicemen were killed in the war, Argentina and Britain said.

A hospital ship called at Montevideo on 20 May 1982.
"""


def _claim(report: Report, words: str) -> Claim:
    found = [c for c in report.claims if words in c.text]
    assert found, f"no claim contains {words!r}"
    return min(found, key=lambda c: len(c.text))


@pytest.fixture(scope="module")
def report(nlp: Language) -> Report:
    article = Article(text=ARTICLE, source="test", published="2022-04-02")
    doc = annotate(nlp, ARTICLE, dct=dt.date(2022, 4, 2))
    extraction = extract_article(doc)
    extracted = Report(
        article=article,
        claims=extraction.claims,
        timexes=extraction.timexes,
        quantities=extraction.quantities,
        entities=extraction.entities,
        timeline=build_timeline(extraction.claims),
        inconsistencies=find_inconsistencies(extraction.claims),
    )
    index = ReferenceIndex([small_pack()])
    return verify_report(extracted, index, encoder=load_encoder(), max_omissions=5)


@pytest.mark.parametrize(
    ("words", "label", "reference"),
    [
        ("invaded the Falkland Islands", "supported", "E1"),
        ("adopted Resolution 502", "supported", "E2"),
        ("sank the General Belgrano", "contradicted", "E3"),
        ("Galtieri resigned", "contested", "E5"),
        ("907 Argentine and British", "contested", "Q2"),
        ("hospital ship", "unverifiable", None),
    ],
)
def test_verdicts(report: Report, words: str, label: str, reference: str | None) -> None:
    verdict = _claim(report, words).verdict
    assert verdict.label == label, verdict
    if reference is not None:
        assert reference in {e.reference_id for e in verdict.evidence}


def test_contradiction_says_what_differs(report: Report) -> None:
    verdict = _claim(report, "sank the General Belgrano").verdict
    assert verdict.difference is not None
    assert "2 Jun 1982" in verdict.difference and "2 May 1982" in verdict.difference
    assert verdict.evidence[0].source_url == "https://example.org/source"
    assert verdict.confidence is not None and 0 < verdict.confidence <= 1


def test_candidates_are_kept_with_scores(report: Report) -> None:
    candidates = _claim(report, "invaded the Falkland Islands").verdict.candidates
    assert candidates[0].reference_id == "E1"
    assert [c.score for c in candidates] == sorted((c.score for c in candidates), reverse=True)


def test_omissions_are_unmentioned_events_of_the_period(report: Report) -> None:
    omitted = {o.reference_id for o in report.omissions}
    assert "E4" in omitted  # the surrender: same period and actors, never mentioned
    assert omitted.isdisjoint({"E1", "E2", "E3", "E5"})  # all mentioned
    first = report.omissions[0]
    assert first.reason.startswith("the article covers 1982")
    assert first.evidence.source_title == "Test source"


def test_reference_timeline_joins_claims_and_omissions(report: Report) -> None:
    statuses = {e.reference_id: e.status for e in report.reference_timeline}
    assert statuses["E3"] == "contradicted"
    assert statuses["E1"] == "supported"
    assert statuses["E4"] == "omitted"
    belgrano = next(e for e in report.reference_timeline if e.reference_id == "E3")
    assert _claim(report, "sank the General Belgrano").id in belgrano.claim_ids


def test_packs_are_recorded(report: Report) -> None:
    assert [p.name for p in report.packs] == ["falklands-test"]


def test_without_embeddings_the_verdicts_still_hold(report: Report) -> None:
    index = ReferenceIndex([small_pack()])
    lexical = verify_report(report, index, encoder=None, max_omissions=5)
    assert _claim(lexical, "invaded the Falkland Islands").verdict.label == "supported"
