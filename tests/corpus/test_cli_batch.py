"""``chronocheck batch``: a run through the CLI, and bad input as one line and exit 2."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronocheck.cli import app

runner = CliRunner()


@pytest.mark.slow
def test_batch_runs_a_csv_with_its_columns(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.csv"
    text = "Iraq invaded Iran on 22 September 1980, and the war lasted eight years."
    corpus.write_text(f'key,body,day\nk1,"{text}",1990-01-01\n', encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        ["batch", str(corpus), "--out", str(out), "--text-column", "body", "--id-column", "key",
         "--date-column", "day", "--no-verify", "--no-progress"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "1 done, 0 failed, 0 skipped in 1 batches" in result.output
    assert (out / "claims" / "part-000000.parquet").is_file()
    assert (out / "chronocheck.duckdb").is_file()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing", "does not exist"),
        (lambda tmp: _file(tmp / "corpus.xlsx"), "unknown format"),
        (lambda tmp: _file(tmp / "corpus.csv", "id,body\n1,x\n"), "no text column 'text'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    corpus = make(tmp_path)
    result = runner.invoke(app, ["batch", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert message in result.output
    assert result.output.count("\n") == 1


def test_an_unwritable_output_folder_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some text.", encoding="utf-8")
    blocker = _file(tmp_path / "file")
    result = runner.invoke(app, ["batch", str(tmp_path), "--out", str(blocker / "out")])
    assert result.exit_code == 2
    assert "Cannot write to output folder" in result.output


def _file(path: Path, text: str = "") -> Path:
    path.write_text(text, encoding="utf-8")
    return path
