"""End to end: the technique spans a reader sees, on articles we wrote (#6).

``loaded-editorial.txt`` is an op-ed written to be full of name calling,
loaded words and slogans around one plain factual sentence; the others are
written in a neutral news style, with loaded words only in quotations. A
report should mark the first's charged phrases, leave its factual sentence
alone, and mark little in the others. The shipped models never saw these texts.
"""

from __future__ import annotations

from typing import Any

import pytest

from chronocheck.analysis import check_article
from chronocheck.ingest import read_article
from chronocheck.models import Report
from chronocheck.settings import Settings
from tests.shared_paths import REPO

ARTICLES = REPO / "tests" / "articles"
#: Reported spans allowed in a neutral article of ours (they quote loaded words).
NEUTRAL_MOST = 5


def _report(name: str, **fields: Any) -> Report:
    settings = Settings(verify=False, **fields)
    return check_article(read_article(str(ARTICLES / name), settings=settings), settings=settings)


@pytest.fixture(scope="module")
def editorial() -> Report:
    return _report("loaded-editorial.txt")


def _marked(report: Report, words: str) -> bool:
    assert report.rhetoric is not None
    start = report.article.text.index(words)
    end = start + len(words)
    return any(s.start < end and start < s.end for s in report.rhetoric.techniques)


@pytest.mark.parametrize(
    "words", ["corrupt cabal", "greedy bureaucrats", "monstrous scheme", "spineless puppet"]
)
def test_the_editorial_s_insults_are_marked(editorial: Report, words: str) -> None:
    assert _marked(editorial, words)


def test_the_parasites_insult_is_found_under_the_floor(editorial: Report) -> None:
    """Its span scores about 0.34, under the display floor (0.375) chosen on
    held-back PTC articles: the span model is unsure of it (strongest token
    0.37), so a report shows it only with ``technique_floor=0``."""
    assert not _marked(editorial, "parasites")
    assert editorial.rhetoric is not None and editorial.rhetoric.below_floor > 0
    assert _marked(_report("loaded-editorial.txt", technique_floor=0.0), "parasites")


def test_the_editorial_s_slogan_is_marked(editorial: Report) -> None:
    assert _marked(editorial, "Our river, our future")


def test_the_editorial_s_factual_sentence_is_not_marked(editorial: Report) -> None:
    assert not _marked(editorial, "The dam was approved on 14 March 2019 by a vote of 52 to 41")


@pytest.mark.parametrize(
    "name", ["berlin-wall-1989.txt", "falklands-1982.txt", "iran-iraq-1980-1982.txt"]
)
def test_a_neutral_article_gets_few_spans(name: str) -> None:
    report = _report(name)
    assert report.rhetoric is not None
    assert len(report.rhetoric.techniques) <= NEUTRAL_MOST


def test_the_editorial_has_more_spans_than_a_neutral_article(editorial: Report) -> None:
    neutral = _report("falklands-1982.txt")
    assert editorial.rhetoric is not None and neutral.rhetoric is not None
    assert len(editorial.rhetoric.techniques) > 2 * len(neutral.rhetoric.techniques)


def test_the_features_tagger_alone_still_marks_the_editorial() -> None:
    report = _report("loaded-editorial.txt", technique_tagger="features")
    assert report.rhetoric is not None and report.rhetoric.techniques
    assert report.rhetoric.floor == 0.0
