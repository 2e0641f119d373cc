"""``chronocheck evaluate checkworthiness`` through typer's test runner, on the real benchmark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronocheck.cli import app
from tests.shared_paths import SHARED

CHECKTHAT = SHARED / "benchmarks" / "checkthat2019"
runner = CliRunner()

pytestmark = pytest.mark.skipif(
    not CHECKTHAT.is_dir(), reason="the CheckThat! 2019 data is not beside the repo"
)


def test_json_has_our_figures_per_transcript_and_the_baselines(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "evaluate",
            "checkworthiness",
            "--data",
            str(CHECKTHAT),
            "--format",
            "json",
            "--predictions",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert (figures["transcripts"], figures["sentences"], figures["positives"]) == (7, 7080, 136)
    assert len(figures["per_transcript"]) == 7
    baselines = {b["name"]: b for b in figures["baselines"]}
    assert baselines["best 2019 (Copenhagen)"]["map"] == 0.166
    # Random order finds positives at their rate, about 2%: the model does far better.
    assert baselines["random order"]["map"] < 0.05 < figures["map"]
    assert figures["map"] > baselines["sentence length"]["map"]
    written = sorted(tmp_path.glob("*.tsv"))
    assert len(written) == 7
    assert len(written[0].read_text(encoding="utf-8").splitlines()) == 1388


def test_table_shows_the_metrics_beside_the_baselines() -> None:
    result = runner.invoke(
        app, ["evaluate", "checkworthiness", "--data", str(CHECKTHAT)], env={"COLUMNS": "160"}
    )
    assert result.exit_code == 0, result.output
    for text in ("CheckThat! 2019 Task 1 (test: 7 transcripts", "MAP", "P@20", "random order"):
        assert text in result.output


def test_a_missing_folder_is_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["evaluate", "checkworthiness", "--data", str(tmp_path / "missing")]
    )
    assert result.exit_code != 0
    assert "pass --data PATH" in result.output
