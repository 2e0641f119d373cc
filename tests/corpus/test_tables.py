"""Reports to table rows, through Parquet and back."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from chronocheck.corpus.tables import SCHEMAS, TABLES, report_rows, to_table
from chronocheck.models import (
    Article,
    Claim,
    Evidence,
    Inconsistency,
    Omission,
    Place,
    Report,
    Rhetoric,
    TechniqueCount,
    TechniqueSpan,
    TimelineEntry,
    Timex,
    Verdict,
)

EVIDENCE = Evidence(fact="Iraq invades Iran, 22 Sep 1980", source_title="UN", pack="iran-iraq-war")


def _report() -> Report:
    when = Timex("t1", "22 September 1980", 20, 37, "DATE", "1980-09-22", "day", "1980-09-22",
                 "1980-09-23")  # fmt: skip
    claims = (
        Claim(
            "c1",
            "Iraq invaded Iran on 22 September 1980",
            0,
            37,
            ("event",),
            times=(when,),
            predicate="invade",
            verdict=Verdict("supported", 0.9, (EVIDENCE, EVIDENCE), difference=None),
        ),
        Claim("c2", "the war lasted", 39, 53, ("event",), hedged=True, parent="c1"),
    )
    return Report(
        article=Article("Iraq invaded Iran on 22 September 1980; the war lasted.", "a.txt"),
        claims=claims,
        timexes=(when,),
        quantities=(),
        entities=(),
        timeline=(TimelineEntry("c1", "t1", "invaded", "1980-09-22", "1980-09-23", "day", 0, 37),),
        inconsistencies=(
            Inconsistency("conflicting-dates", "two dates", (Place("x", 1, 2),), ("c1", "c2")),
        ),
        omissions=(
            Omission(
                "e9",
                "Ceasefire",
                "1988-08-20",
                "1988-08-21",
                "day",
                ("Iran",),
                0.5,
                "same period",
                EVIDENCE,
            ),  # fmt: skip
        ),
        rhetoric=Rhetoric(
            techniques=(TechniqueSpan("t1", "Doubt", 0, 4, "Iraq", 0.7, "why"),),
            counts=(TechniqueCount("Doubt", 1),),
            sentences=1,
            loaded_sentences=0,
        ),
    )


def test_rows_match_the_report_through_parquet(tmp_path: Path) -> None:
    report = _report()
    rows = report_rows(report, article_id="a.txt", batch=3)
    assert {name: len(rows[name]) for name in TABLES} == {
        "articles": 1,
        "claims": 2,
        "evidence": 2,
        "timeline": 1,
        "inconsistencies": 1,
        "omissions": 1,
        "rhetoric": 1,
    }
    for name in TABLES:
        path = tmp_path / f"{name}.parquet"
        pq.write_table(to_table(name, rows[name]), path)
        table = pq.read_table(path)
        assert table.schema.equals(SCHEMAS[name])
        assert table.to_pylist() == rows[name]
    first = rows["claims"][0]
    assert (first["verdict"], first["verdict_confidence"], first["evidence_count"]) == (
        "supported",
        0.9,
        2,
    )
    assert (first["date_value"], first["date_precision"]) == ("1980-09-22", "day")
    assert rows["claims"][1]["verdict"] == "unchecked"
    assert rows["claims"][1]["date_value"] is None
    assert [r["rank"] for r in rows["evidence"]] == [1, 2]
    assert rows["articles"][0]["sha256"] == report.article.sha256
    assert rows["articles"][0]["claims"] == 2
    assert rows["omissions"][0]["evidence_fact"] == EVIDENCE.fact
    assert rows["rhetoric"][0]["span_id"] == "t1"
    assert all(
        row["article_id"] == "a.txt" and row["batch"] == 3 for r in rows.values() for row in r
    )


def test_a_report_without_rhetoric_has_no_rhetoric_rows() -> None:
    rows = report_rows(
        Report(Article("Text.", "s"), (), (), (), (), (), ()), article_id="s", batch=0
    )
    assert rows["rhetoric"] == []
    assert rows["articles"][0]["rhetoric_sentences"] is None
