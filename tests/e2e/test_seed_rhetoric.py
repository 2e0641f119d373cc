"""End to end on the seed article: its rhetoric and which claims most need checking (#6).

The expectations are what a reader sees in the seed: the regime's branding of
dissenters as "agents of the foreign enemy" is name calling, "further
bloodshed and destruction" is marked, plain dates are not, and the casualty
and cost figures are among the claims most worth checking. Khomeini's
"poison chalice" (loaded language), his call to defend "the homeland" (flag
waving) and "disseminating falsehoods" are found too, with scores (about 0.37,
0.28 and 0.33) under the display floor chosen on held-back PTC articles
(0.375), so a report shows them only with ``technique_floor=0``. They pin the
behaviour of the shipped models on text they were never trained on.
"""

from __future__ import annotations

import pytest

from chronocheck.analysis import check_article
from chronocheck.ingest import read_article
from chronocheck.models import Report
from chronocheck.settings import Settings
from tests.shared_paths import SEED_ARTICLE

pytestmark = pytest.mark.skipif(not SEED_ARTICLE.is_file(), reason="no seed article")


def _checked(settings: Settings) -> Report:
    return check_article(read_article(str(SEED_ARTICLE), settings=settings), settings=settings)


@pytest.fixture(scope="module")
def report() -> Report:
    return _checked(Settings())


@pytest.fixture(scope="module")
def every_span() -> Report:
    return _checked(Settings(technique_floor=0.0))


def _techniques_over(report: Report, words: str) -> set[str]:
    assert report.rhetoric is not None
    start = report.article.text.index(words)
    end = start + len(words)
    return {
        span.technique
        for span in report.rhetoric.techniques
        if span.start < end and start < span.end
    }


def test_branding_dissenters_as_agents_of_the_enemy_is_name_calling(report: Report) -> None:
    assert "Name_Calling,Labeling" in _techniques_over(report, "agents of the foreign enemy")


def test_charged_passages_are_marked(report: Report) -> None:
    assert _techniques_over(report, "bloodshed and destruction")


@pytest.mark.parametrize(
    ("words", "technique"),
    [
        ("poison chalice", "Loaded_Language"),
        ("defending the homeland", "Flag-Waving"),
        ("disseminating falsehoods", "Loaded_Language"),
    ],
)
def test_weaker_charged_passages_are_found_under_the_floor(
    report: Report, every_span: Report, words: str, technique: str
) -> None:
    assert report.rhetoric is not None and report.rhetoric.below_floor > 0
    assert not _techniques_over(report, words)
    assert technique in _techniques_over(every_span, words)


def test_plain_dates_are_not_marked(report: Report) -> None:
    assert _techniques_over(report, "June 18, 1988") == set()


def test_spans_lie_in_the_text_and_the_summary_adds_up(report: Report) -> None:
    rhetoric = report.rhetoric
    assert rhetoric is not None and rhetoric.techniques
    text = report.article.text
    assert all(text[s.start : s.end] == s.text for s in rhetoric.techniques)
    assert all(0 <= s.score <= 1 and s.explanation for s in rhetoric.techniques)
    assert sum(count.count for count in rhetoric.counts) == len(rhetoric.techniques)
    assert 0 < rhetoric.loaded_sentences <= rhetoric.sentences
    assert [s.id for s in rhetoric.techniques] == [
        f"t{n}" for n in range(1, len(rhetoric.techniques) + 1)
    ]


def test_the_casualty_figure_is_among_the_claims_most_worth_checking(report: Report) -> None:
    ranked = sorted(report.claims, key=lambda claim: -claim.checkworthiness)
    top = " ".join(claim.text for claim in ranked[:5])
    assert "2 million casualties" in top


def test_without_rhetoric_the_report_says_so() -> None:
    settings = Settings(rhetoric=False)
    plain = check_article(read_article(str(SEED_ARTICLE), settings=settings), settings=settings)
    assert plain.rhetoric is None
