"""The ``chronocheck evaluate`` commands, through typer's test runner, on the real benchmarks."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronocheck.cli_evaluate import evaluate_app
from chronocheck.evaluate import heideltime
from chronocheck.evaluate.gate import read_floors
from chronocheck.evaluate.timeml import TimemlDocument, TimemlTimex
from tests.shared_paths import CHECKTHAT, NEWSQUANT, PTC, TEMPEVAL

runner = CliRunner()

pytestmark = pytest.mark.skipif(
    not (TEMPEVAL.is_dir() and NEWSQUANT.is_dir()), reason="the benchmarks are not beside the repo"
)


def test_timex_as_json_has_the_figures_and_the_baselines() -> None:
    result = runner.invoke(evaluate_app, ["timex", "--data", str(TEMPEVAL), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert (scores["files"], scores["gold"]) == (20, 138)
    assert 0 < scores["value_f1"] <= scores["relaxed_f1"] <= 100
    assert "errors" not in scores
    assert {b["name"] for b in scores["baselines"]} >= {"HeidelTime", "SUTime"}


def test_timex_compares_with_heideltime_in_the_same_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def gold_tagger(documents: Sequence[TimemlDocument]) -> list[tuple[TimemlTimex, ...]]:
        return [document.timexes for document in documents]

    monkeypatch.setattr(heideltime, "heideltime_available", lambda: True)
    monkeypatch.setattr(heideltime, "tag_with_heideltime", gold_tagger)
    result = runner.invoke(
        evaluate_app,
        ["timex", "--data", str(TEMPEVAL), "--compare", "heideltime", "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    compared = json.loads(result.output)["compared"]
    assert compared["name"] == "HeidelTime"
    assert compared["scores"]["value_f1"] == 100.0


def test_quantities_table_shows_the_published_rows_beside_ours() -> None:
    result = runner.invoke(
        evaluate_app, ["quantities", "--data", str(NEWSQUANT)], env={"COLUMNS": "140"}
    )
    assert result.exit_code == 0, result.output
    assert "NewsQuant (all: 590 sentences, 904 gold" in result.output
    for system in ("chronocheck", "CQE", "GPT-3"):
        assert system in result.output


def test_quantities_errors_and_predictions_on_the_dev_part(tmp_path: Path) -> None:
    result = runner.invoke(
        evaluate_app,
        ["quantities", "--data", str(NEWSQUANT), "--part", "dev", "--errors"]
        + ["--predictions", str(tmp_path)],
    )
    assert result.exit_code == 0, result.output
    listed = [line for line in result.output.splitlines() if line.count("\t") >= 4]
    assert listed and all(int(line.split("\t")[0]) % 5 == 0 for line in listed)
    (written,) = tmp_path.glob("*.json")
    assert len(json.loads(written.read_text(encoding="utf-8"))) == 118


@pytest.mark.parametrize("command", ["timex", "quantities"])
def test_a_missing_data_folder_is_one_clear_error(command: str, tmp_path: Path) -> None:
    result = runner.invoke(evaluate_app, [command, "--data", str(tmp_path / "absent")])
    assert result.exit_code == 2
    assert "pass --data PATH" in result.output
    assert "Traceback" not in result.output


def test_the_gate_fails_below_a_floor_and_raises_the_others(tmp_path: Path) -> None:
    floors = tmp_path / "floors.toml"
    floors.write_text("[tempeval3.test]\nvalue_f1 = 100.0\n", encoding="utf-8")
    result = runner.invoke(
        evaluate_app,
        ["gate", "--floors", str(floors), "--tempeval", str(TEMPEVAL)]
        + ["--newsquant", str(NEWSQUANT), "--ptc", str(PTC), "--checkthat", str(CHECKTHAT)]
        + ["--raise"],
    )
    assert result.exit_code == 1, result.output
    assert "below" in result.output
    written = read_floors(floors)
    assert written["tempeval3.test.value_f1"] == 100.0
    assert len(written) == 23
