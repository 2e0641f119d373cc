"""--evidence DIR: the user's own documents checked against like a pack."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from chronocheck.analysis import check_article, check_articles
from chronocheck.errors import IngestError
from chronocheck.models import Article, Claim, Report
from chronocheck.packs.records import PackData
from chronocheck.settings import Settings
from chronocheck.verify.evidence import evidence_pack

EVIDENCE = """\
Harbour Records, 2 March 2001

The Millbrook harbour bridge opened to traffic on 14 June 1998, the harbour board said.
"""
ARTICLE = """\
Millbrook Weekly, 5 May 2020

The Millbrook harbour bridge opened to traffic on 14 July 1998 after years of delay.
"""


def _claim(report: Report, words: str) -> Claim:
    return min((c for c in report.claims if words in c.text), key=lambda c: len(c.text))


@pytest.fixture()
def evidence_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "evidence"
    folder.mkdir()
    (folder / "harbour.txt").write_text(EVIDENCE, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe")
    (folder / "notes.csv").write_text("ignored,because,of,its,extension\n", encoding="utf-8")
    return folder


def test_a_claim_is_judged_against_the_users_documents(
    evidence_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(evidence_dir=str(evidence_dir), packs="")
    article = Article(text=ARTICLE, source="article.txt", published="2020-05-05")
    with caplog.at_level(logging.WARNING):
        report = check_article(article, settings=settings)
    verdict = _claim(report, "bridge opened").verdict
    assert verdict.label == "contradicted", verdict
    assert verdict.difference is not None and "14 Jun 1998" in verdict.difference
    assert verdict.evidence[0].pack == "evidence"
    assert verdict.evidence[0].source_title.endswith("(harbour.txt)")
    assert "evidence" in [p.name for p in report.packs]
    # The unreadable file is skipped with one warning, never fatal.
    skipped = [r for r in caplog.records if "broken.txt" in r.getMessage()]
    assert len(skipped) == 1


def test_a_missing_evidence_folder_is_one_clear_error(tmp_path: Path) -> None:
    settings = Settings(evidence_dir=str(tmp_path / "nowhere"))
    article = Article(text=ARTICLE, source="article.txt", published="2020-05-05")
    with pytest.raises(IngestError, match="Evidence folder"):
        check_article(article, settings=settings)


@pytest.mark.issue(8)
def test_the_evidence_pack_is_built_once_per_folder_content(
    evidence_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds: list[int] = []
    build = evidence_pack

    def counting_build(reports: list[Report]) -> PackData:
        builds.append(len(reports))
        return build(reports)

    monkeypatch.setattr("chronocheck.analysis.evidence_pack", counting_build)
    settings = Settings(evidence_dir=str(evidence_dir), packs="")
    article = Article(text=ARTICLE, source="article.txt", published="2020-05-05")
    first = check_article(article, settings=settings)
    again = list(check_articles([article, article], settings=settings))
    assert builds == [1]
    assert {_claim(r, "bridge opened").verdict.label for r in (first, *again)} == {"contradicted"}

    # Rewritten with the article's date: a changed file (size and mtime) is read again.
    harbour = evidence_dir / "harbour.txt"
    harbour.write_text(EVIDENCE.replace("14 June", "14 July"), encoding="utf-8")
    os.utime(harbour, ns=(harbour.stat().st_atime_ns, harbour.stat().st_mtime_ns + 10**9))
    assert _claim(check_article(article, settings=settings), "bridge opened").verdict.label == (
        "supported"
    )
    assert builds == [1, 1]
    # A new file changes the folder too.
    (evidence_dir / "more.txt").write_text(EVIDENCE, encoding="utf-8")
    check_article(article, settings=settings)
    assert builds == [1, 1, 2]
