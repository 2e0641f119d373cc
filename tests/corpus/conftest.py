"""Small corpora for the corpus tests, written by hand into temporary folders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from chronocheck.settings import Settings, load_settings
from tests.shared_paths import SHARED

#: The PTC training articles, read in place (issue #8, part 7).
PTC_ARTICLES = SHARED / "benchmarks" / "ptc" / "data" / "train-articles"
#: The 446 PTC news articles: training and development sets.
PTC_FOLDERS = tuple(
    SHARED / "benchmarks" / "ptc" / "data" / n for n in (f"{n}-articles" for n in ("train", "dev"))
)
#: The manifest's columns that time a run: they differ from one run to the next.
TIMING_COLUMNS = ("ingest_seconds", "analysis_seconds", "finished_at")

#: Short English articles with dates, so that claims and a timeline come out.
TEXTS = (
    "Iraq invaded Iran on 22 September 1980. The war lasted until the ceasefire of "
    "20 August 1988, and the United Nations said that more than a million people died.",
    "The Berlin Wall fell on 9 November 1989. Less than a year later, on 3 October 1990, "
    "the two German states were reunited, as the chancellor had promised in his speech.",
    "The company said on Monday that its profits rose by 12 percent in 2023. It had cut "
    "500 jobs the year before, and the board expects more growth in the coming years.",
    "Argentina invaded the Falkland Islands on 2 April 1982. British forces landed in May "
    "and the Argentine garrison surrendered on 14 June 1982, after about ten weeks of war.",
)


@pytest.fixture()
def settings() -> Settings:
    """Settings without verification: the corpus tests check the plumbing, not verdicts."""
    return load_settings(environ={}, overrides={"verify": False})


@pytest.fixture()
def text_folder(tmp_path: Path) -> Path:
    """A folder of four articles, one in a subfolder, one as HTML, plus a file to ignore."""
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(TEXTS[1], encoding="utf-8")
    (folder / "c.txt").write_text(TEXTS[2], encoding="utf-8")
    html = f"<html><head><title>Falklands</title></head><body><article><p>{TEXTS[3]}</p>"
    (folder / "d.html").write_text(html + "</article></body></html>", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    return folder


def view_rows(out: Path, table: str, *, exclude: tuple[str, ...] = ("batch",)) -> list[Any]:
    """A table's rows through its DuckDB view, without the ``exclude`` columns, sorted."""
    conn = duckdb.connect(str(out / "chronocheck.duckdb"), read_only=True)
    try:
        columns = f" exclude ({', '.join(exclude)})" if exclude else ""
        rows = conn.sql(f"select *{columns} from {table}").fetchall()
    finally:
        conn.close()
    return sorted(rows, key=repr)


def link_corpus(folder: Path, sources: list[Path]) -> list[str]:
    """A folder of symbolic links to ``sources`` (read in place); the link names, sorted."""
    folder.mkdir()
    for source in sources:
        (folder / f"{source.parent.name}-{source.name}").symlink_to(source)
    return sorted(p.name for p in folder.iterdir())
