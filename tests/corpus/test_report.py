"""``chronocheck corpus report``: aggregates of hand-made tables, golden files, escaping."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronocheck.cli import app
from chronocheck.corpus.manifest import ManifestRow, OutputFolder
from chronocheck.corpus.report import group_claims, normalise_words, outlet_of, summarise_corpus
from chronocheck.corpus.report_html import render_corpus_report
from chronocheck.corpus.tables import TABLES, Row, report_rows
from chronocheck.corpus.views import write_views
from chronocheck.models import (
    Article,
    Claim,
    Evidence,
    Report,
    Rhetoric,
    TechniqueCount,
    TechniqueSpan,
    Timex,
    Verdict,
)
from tests.shared_paths import REPO

GOLDEN = REPO / "tests" / "golden"
runner = CliRunner()

INVASION = Evidence(
    fact="Iraq invades Iran, 22 Sep 1980", source_title="UN", pack="iran-iraq-war",
    reference_id="E001", date="1980-09-22",
)  # fmt: skip
CEASEFIRE = Evidence(
    fact="Ceasefire takes effect, 20 Aug 1988", source_title="UN", pack="iran-iraq-war",
    reference_id="E090", date="1988-08-20",
)  # fmt: skip
#: Article text that must come out escaped, never as markup.
HOSTILE = "Iraq invaded Iran in 1979 <script>x</script>"
HOSTILE_IMAGE = '<img src="https://evil.example/x.png">'


def _claim(number: int, text: str, label: str, evidence: Evidence | None, date: str) -> Claim:
    when = Timex(f"t{number}", date, 0, 4, "DATE", date, "year" if len(date) == 4 else "day",
                 f"{date[:4]}-01-01", f"{int(date[:4]) + 1}-01-01")  # fmt: skip
    verdict = Verdict(label, 0.8, (evidence,) if evidence else (), f"differs: {date}")  # type: ignore[arg-type]
    return Claim(f"c{number}", text, 0, len(text), ("event",), times=(when,), verdict=verdict)


def _report(source: str, published: str | None, claims: tuple[Claim, ...], spans: int) -> Report:
    techniques = tuple(
        TechniqueSpan(f"t{i}", "Loaded_Language" if i % 2 else "Doubt", 0, 4, "Iraq", 0.7, "why")
        for i in range(spans)
    )
    rhetoric = Rhetoric(techniques, (TechniqueCount("Doubt", 1),), sentences=2, loaded_sentences=1)
    article = Article(" ".join(c.text for c in claims) or "Text.", source, published=published)
    return Report(article, claims, (), (), (), (), (), rhetoric=rhetoric)


#: (id, url, outlet column, report): three outlets, two months and an undated article.
ARTICLES = [
    ("a1", "https://www.daily.example/1", None, _report("x", "1990-03-01", (
        _claim(1, "Iraq invaded Iran in 1979", "contradicted", INVASION, "1979"),
        _claim(2, "The ceasefire came on 20 August 1988", "supported", CEASEFIRE, "1988-08-20"),
    ), 3)),
    ("a2", "https://daily.example/2", None, _report("y", "1990-03-20", (
        _claim(1, "In 1979, Iraq invaded Iran", "contradicted", INVASION, "1979"),
    ), 1)),
    ("a3", None, "The Herald", _report("z", "1991-01-05", (
        _claim(1, HOSTILE, "contradicted", None, "1979"),
        _claim(2, "The ceasefire took effect in 1989 " + HOSTILE_IMAGE, "contradicted",
               CEASEFIRE, "1989"),
    ), 0)),
    ("a4", None, None, _report("/corpus/a4.txt", None, (
        _claim(1, "Mines were laid in the Gulf", "unverifiable", None, "1987"),
    ), 0)),
]  # fmt: skip


@pytest.fixture()
def results(tmp_path: Path) -> Path:
    out = tmp_path / "results"
    folder = OutputFolder(out)
    try:
        rows: dict[str, list[Row]] = {name: [] for name in TABLES}
        manifest = []
        for article_id, url, outlet, report in ARTICLES:
            found = report_rows(report, article_id=article_id, batch=0, url=url, outlet=outlet)
            for name in TABLES:
                rows[name] += found[name]
            manifest.append(ManifestRow(article_id, "0" * 64, report.article.source, "done",
                                        None, 0.1, 0.2, 0, "2026-01-01T00:00"))  # fmt: skip
        manifest.append(ManifestRow("bad", "1" * 64, "bad.txt", "failed", "empty", 0, 0, 0, "-"))
        folder.commit_batch(0, rows, manifest)
        write_views(folder)
    finally:
        folder.close()
    return out


def test_the_aggregates(results: Path) -> None:
    summary = summarise_corpus(results)
    assert (summary.articles, summary.failed, summary.claims) == (4, 1, 6)
    assert summary.verdicts == {"unchecked": 0, "supported": 1, "contradicted": 4,
                                "contested": 0, "unverifiable": 1}  # fmt: skip
    outlets = {
        r.label: (r.articles, r.claims, r.verdicts["contradicted"]) for r in summary.by_outlet
    }
    assert outlets == {"daily.example": (2, 3, 2), "The Herald": (1, 2, 2), "unknown": (1, 1, 0)}
    assert [r.label for r in summary.by_month] == ["1990-03", "1991-01", "undated"]
    # The two wordings of the invasion claim and the hostile one (same words, no
    # reference) are one group; the ceasefire claim stands alone.
    top, other = summary.repeated
    assert (top.articles, top.claims, top.article_ids) == (3, 3, ("a1", "a2", "a3"))
    assert top.variants == ("In 1979, Iraq invaded Iran", HOSTILE)
    assert top.reference == INVASION.fact and top.asserted_dates == ("1979",)
    assert (other.text, other.articles, other.outlets) == (
        "The ceasefire took effect in 1989 " + HOSTILE_IMAGE, 1, ("The Herald",)
    )  # fmt: skip
    assert [(e.reference_date, e.asserted) for e in summary.timeline] == [
        ("1980-09-22", (("1979", "1979-01-01", "contradicted", 2),)),
        (
            "1988-08-20",
            (
                ("1988-08-20", "1988-01-01", "supported", 1),
                ("1989", "1989-01-01", "contradicted", 1),
            ),
        ),
    ]
    assert [(t.technique, t.spans, t.articles) for t in summary.techniques] == [
        ("Doubt", 3, 2), ("Loaded_Language", 1, 1)
    ]  # fmt: skip


@pytest.mark.parametrize("fmt", ["html", "json"])
def test_golden_report(results: Path, fmt: str, update_golden: bool) -> None:
    rendered = render_corpus_report(summarise_corpus(results), fmt)
    golden = GOLDEN / f"corpus_report.{fmt}"
    if update_golden:
        golden.write_text(rendered, encoding="utf-8")
    assert rendered == golden.read_text(encoding="utf-8")


def test_the_html_is_self_contained_and_escaped(results: Path) -> None:
    html = render_corpus_report(summarise_corpus(results))
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html
    assert "&lt;img src=&#34;https://evil.example/x.png&#34;&gt;" in html
    # No resource is fetched: no src/srcset/poster/data attribute, no CSS url() or
    # @import, no <link>; an http(s) address may only appear as text.
    assert not re.search(r"""\b(src|srcset|poster|data|href)\s*=\s*["']?\s*\w*:?//""", html)
    assert not re.search(r"url\(|@import|<link\b|<iframe\b|<object\b", html)
    assert "default-src 'none'" in html
    for section in ("outlets", "months", "repeated", "timeline", "techniques"):
        assert f'<h2 id="{section}">' in html
    assert html.count("<svg ") == 4


@pytest.mark.parametrize(
    ("outlet", "url", "source", "expected"),
    [
        ("  Le Monde ", "https://example.org/x", None, "Le Monde"),
        (None, "https://www.bbc.co.uk/news/1", None, "bbc.co.uk"),
        ("", None, "http://host.example:8080/a", "host.example"),
        (None, None, "/corpus/a.txt", "unknown"),
        (None, "ftp://files.example/a", None, "unknown"),
    ],
)
def test_outlet_of(outlet: str | None, url: str | None, source: str | None, expected: str) -> None:
    assert outlet_of(outlet, url, source) == expected


@pytest.mark.parametrize(
    ("texts", "events", "expected"),
    [
        (["Iraq invaded Iran in 1979", "In 1979, Iraq invaded Iran!"], [None, None], [[0, 1]]),
        (["Iraq invaded Iran in 1979", "Iraq invaded Kuwait in 1990"], [None, None], [[0], [1]]),
        (["The war began in 1979", "Iraq attacked in 1981"], ["p/E1", "p/E1"], [[0, 1]]),
        (["a b c", "x y z", "a b c d"], [None, "p/E2", "p/E2"], [[0, 1, 2]]),
    ],
)
def test_group_claims(
    texts: list[str], events: list[str | None], expected: list[list[int]]
) -> None:
    groups = group_claims([normalise_words(t) for t in texts], events)
    assert sorted(sorted(g) for g in groups) == expected


def test_cli_writes_html_and_json(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus.html"
    result = runner.invoke(app, ["corpus", "report", str(results), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    result = runner.invoke(app, ["corpus", "report", str(results), "--format", "json"])
    assert json.loads(result.stdout)["articles"] == 4


def test_cli_without_tables_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["corpus", "report", str(tmp_path)])
    assert result.exit_code == 2
    assert "has no chronocheck.duckdb" in result.output
    assert result.output.count("\n") == 1
