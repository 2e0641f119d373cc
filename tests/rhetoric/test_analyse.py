"""The rhetoric stage alone: the floor on reported spans, the summary, the claims' scores."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chronocheck.models import Report, TechniqueSpan
from chronocheck.report.rhetoric import describe_rhetoric_summary
from chronocheck.rhetoric import analyse, techniques
from chronocheck.rhetoric.analyse import analyse_rhetoric
from tests.report.report_fixtures import SMALL_TEXT, small_report


def _sentences(text: str) -> list[tuple[int, int]]:
    ranges, start = [], 0
    for end in (i + 1 for i, c in enumerate(text) if c == "."):
        ranges.append((start, end))
        start = end + 1
    return ranges


def _span(text: str, phrase: str, technique: str, score: float) -> TechniqueSpan:
    start = text.index(phrase)
    return TechniqueSpan(
        id="t0",
        technique=technique,  # type: ignore[arg-type]
        start=start,
        end=start + len(phrase),
        text=phrase,
        score=score,
        explanation="because",
    )


@pytest.fixture
def stub_spans(monkeypatch: pytest.MonkeyPatch) -> tuple[TechniqueSpan, ...]:
    """Three spans of the small report's text, with scores 0.1, 0.5 and 0.9."""
    words = SMALL_TEXT.split()
    found = (
        _span(SMALL_TEXT, words[1], "Loaded_Language", 0.1),
        _span(SMALL_TEXT, words[3], "Doubt", 0.5),
        _span(SMALL_TEXT, words[-2], "Loaded_Language", 0.9),
    )
    monkeypatch.setattr(analyse, "find_techniques", lambda text, sentences, tagger: found)
    return found


def _report() -> Report:
    return replace(small_report(), rhetoric=None)


def test_spans_below_the_floor_are_kept_apart_and_counted(
    stub_spans: tuple[TechniqueSpan, ...],
) -> None:
    result = analyse_rhetoric(_report(), _sentences(SMALL_TEXT), floor=0.5)
    assert result.rhetoric is not None
    assert [s.score for s in result.rhetoric.techniques] == [0.5, 0.9]
    assert [s.id for s in result.rhetoric.techniques] == ["t1", "t2"]
    assert result.rhetoric.below_floor == 1
    assert result.rhetoric.floor == 0.5
    assert {(c.technique, c.count) for c in result.rhetoric.counts} == {
        ("Doubt", 1),
        ("Loaded_Language", 1),
    }
    assert [(s.id, s.score) for s in result.rhetoric.weaker] == [("w1", 0.1)]
    assert "1 weaker span (score below 0.5) listed apart." in describe_rhetoric_summary(
        result.rhetoric
    )
    # A schema 1.4 report counted its weaker spans without keeping them.
    counted_only = replace(result.rhetoric, weaker=())
    assert "1 weaker span (score below 0.5) not shown." in describe_rhetoric_summary(counted_only)


def test_floor_zero_reports_every_span(stub_spans: tuple[TechniqueSpan, ...]) -> None:
    result = analyse_rhetoric(_report(), _sentences(SMALL_TEXT), floor=0.0)
    assert result.rhetoric is not None
    assert len(result.rhetoric.techniques) == len(stub_spans)
    assert result.rhetoric.below_floor == 0 and result.rhetoric.weaker == ()
    assert "weaker" not in describe_rhetoric_summary(result.rhetoric)


def test_no_floor_given_takes_the_model_s_display_floor(
    stub_spans: tuple[TechniqueSpan, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(analyse, "display_floor", lambda tagger: 0.95)
    result = analyse_rhetoric(_report(), _sentences(SMALL_TEXT))
    assert result.rhetoric is not None
    assert result.rhetoric.techniques == ()
    assert result.rhetoric.below_floor == 3
    assert result.rhetoric.loaded_sentences == 0
    assert describe_rhetoric_summary(result.rhetoric).startswith("No persuasion technique found.")


def test_the_shipped_display_floor_is_a_score() -> None:
    assert 0.0 <= techniques.display_floor() < 1.0


def test_every_claim_gets_a_checkworthiness_score() -> None:
    result = analyse_rhetoric(_report(), _sentences(SMALL_TEXT), floor=0.0)
    assert len(result.claims) == len(small_report().claims)
    assert all(0.0 <= claim.checkworthiness <= 1.0 for claim in result.claims)
