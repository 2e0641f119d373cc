"""``chronocheck evaluate rhetoric`` through typer's test runner: on PTC dev and on a tiny copy."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronocheck.cli import app
from chronocheck.rhetoric import model_file
from chronocheck.rhetoric.model_file import load_technique_model
from tests.shared_paths import PTC

runner = CliRunner()

needs_ptc = pytest.mark.skipif(not PTC.is_dir(), reason="PTC is not beside the repo")

TINY_ARTICLE = (
    "Our nation is under attack\n\nThe so-called experts lied.\nThe vote was on Monday.\n"
)


@pytest.fixture
def tiny_ptc(tmp_path: Path) -> Path:
    """A PTC-shaped folder with one dev article and its gold labels."""
    data = tmp_path / "ptc" / "data"
    (data / "dev-articles").mkdir(parents=True)
    (data / "dev-articles" / "article1.txt").write_text(TINY_ARTICLE, encoding="utf-8")
    start = TINY_ARTICLE.index("so-called")
    (data / "dev-task-si.labels").write_text(f"1\t0\t10\n1\t{start}\t{start + 9}\n")
    (data / "dev-task-flc-tc.labels").write_text(
        f"1\tFlag-Waving\t0\t10\n1\tDoubt\t{start}\t{start + 9}\n"
    )
    return tmp_path / "ptc"


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setattr(model_file, "MODEL_PATH", tmp_path / "absent.json")
    yield
    load_technique_model.cache_clear()


@needs_ptc
def test_dev_figures_as_json_and_the_prediction_files(tmp_path: Path) -> None:
    out = tmp_path / "predictions"
    result = runner.invoke(
        app,
        ["evaluate", "rhetoric", "--data", str(PTC), "--format", "json", "--predictions", str(out)],
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert (scores["split"], scores["articles"], scores["source"]) == ("dev", 75, "model")
    assert scores["tc"]["gold"] == 1063
    assert 0 < scores["si"]["f1"] < 1 and 0 < scores["tc"]["micro_f1"] < 1
    # Our figures beat the trivial ones.
    assert scores["tc"]["micro_f1"] > scores["baselines"]["tc_majority"]["micro_f1"]
    assert scores["si"]["f1"] > scores["baselines"]["si_lexicon"]["f1"]
    assert {p["name"] for p in scores["published"]} >= {"Hitachi (SI winner)"}
    tc_rows = (out / "dev-task-tc.predictions.tsv").read_text(encoding="utf-8").splitlines()
    assert len(tc_rows) == 1063
    assert all(len(row.split("\t")) == 4 for row in tc_rows)
    si_rows = (out / "dev-task-si.predictions.tsv").read_text(encoding="utf-8").splitlines()
    assert si_rows and all(len(row.split("\t")) == 3 for row in si_rows)


@needs_ptc
def test_the_table_shows_ours_beside_the_baselines_and_published_figures() -> None:
    result = runner.invoke(
        app, ["evaluate", "rhetoric", "--data", str(PTC)], env={"COLUMNS": "160"}
    )
    assert result.exit_code == 0, result.output
    for row in ("chronocheck", "every sentence", "Loaded_Language", "Hitachi", "ApplicaAI"):
        assert row in result.output


def test_the_fallback_is_scored_when_no_model_is_shipped(tiny_ptc: Path, no_model: None) -> None:
    result = runner.invoke(app, ["evaluate", "rhetoric", "--data", str(tiny_ptc), "-f", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["source"] == "lexicon"
    # The lexicon marks "Our nation" (Flag-Waving, 10 of 10 gold characters) and
    # "so-called" (Doubt): every predicted and gold character matches.
    assert scores["si"]["f1"] == pytest.approx(1.0)
    assert scores["tc"]["micro_f1"] == pytest.approx(1.0)
    assert scores["baselines"]["tc_majority"]["micro_f1"] == 0.0


def test_a_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["evaluate", "rhetoric", "--data", str(tmp_path / "none")])
    assert result.exit_code != 0
    assert "No PTC data" in result.output
