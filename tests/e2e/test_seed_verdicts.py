"""End to end on the seed article with the built-in pack: what issue #4 asks for.

The claims are found by words of the article (which is not copied into the
repository); the expected verdicts are the historical record in the pack's
sources, not what chronocheck happened to say.
"""

from __future__ import annotations

import pytest

from chronocheck.analysis import check_article
from chronocheck.ingest import read_article
from chronocheck.models import Claim, Report
from chronocheck.settings import Settings
from tests.shared_paths import SEED_ARTICLE


@pytest.fixture(scope="module")
def report() -> Report:
    settings = Settings()
    return check_article(read_article(str(SEED_ARTICLE), settings=settings), settings=settings)


def _claim(report: Report, words: str) -> Claim:
    start = report.article.text.index(words)
    found = [c for c in report.claims if c.start <= start < c.end]
    assert found, f"no claim covers {words!r}"
    return min(found, key=lambda c: c.end - c.start)


def test_the_builtin_pack_is_chosen_by_itself(report: Report) -> None:
    assert [p.name for p in report.packs] == ["iran-iraq-war"]


@pytest.mark.parametrize(
    ("words", "label", "differs"),
    [
        # Resolution 598 was adopted on 20 July 1987, not 19 August.
        ("its issuance on August 19, 1987", "contradicted", ("19 Aug 1987", "20 Jul 1987")),
        # Iraq announced its withdrawal on 20 June 1982 and completed it on 29 June.
        ("withdrew from Iranian territories in May 1982", "contradicted", ("May 1982", "Jun 1982")),
        # The NLA's formation was announced in June 1987, a year later.
        ("Rajavi established the National Liberation Army", "contradicted", ("1986", "1987")),
    ],
)
def test_contradicted(report: Report, words: str, label: str, differs: tuple[str, str]) -> None:
    verdict = _claim(report, words).verdict
    assert verdict.label == label, verdict
    assert verdict.difference is not None
    for part in differs:
        assert part in verdict.difference
    assert verdict.evidence and verdict.evidence[0].source_title


@pytest.mark.parametrize(
    "words",
    [
        "initiated an invasion of Iranian territory on September 22, 1980",
        "traveled to Iraq on June 7, 1986",
    ],
)
def test_supported(report: Report, words: str) -> None:
    assert _claim(report, words).verdict.label == "supported"


@pytest.mark.parametrize(
    ("words", "shown"),
    [("over 2 million casualties", "2 million"), ("$1 trillion", "trillion")],
)
def test_contested_with_ranges(report: Report, words: str, shown: str) -> None:
    verdict = _claim(report, words).verdict
    assert verdict.label == "contested", verdict
    assert verdict.difference is not None and shown in verdict.difference
    assert len({e.source_title for e in verdict.evidence if e.kind == "quantity"}) >= 2
    assert not [e.fact for e in verdict.evidence if ".:" in e.fact]


def test_omissions(report: Report) -> None:
    titles = " | ".join(o.title for o in report.omissions).lower()
    assert "mersad" in titles
    assert "execution" in titles
    assert "655" in titles
    assert all(o.evidence.source_title for o in report.omissions)
