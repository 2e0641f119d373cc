"""The command line: each format, standard input, and one clear line for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronocheck import SCHEMA_VERSION
from chronocheck.cli import app
from chronocheck.report.json_report import validate_report_json
from tests.shared_paths import REPO

EXAMPLE = REPO / "examples" / "iran-iraq-war-1980-1988.txt"
runner = CliRunner()


def test_check_json_validates_against_the_schema() -> None:
    result = runner.invoke(app, ["check", str(EXAMPLE), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    validate_report_json(data)
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["article"]["published"] == "2025-03-03"
    assert data["claims"] and data["timeline"]


@pytest.mark.parametrize(("fmt", "marker"), [("html", "<svg"), ("markdown", "| ")])
def test_check_writes_other_formats(tmp_path: Path, fmt: str, marker: str) -> None:
    out = tmp_path / f"report.{fmt}"
    result = runner.invoke(app, ["check", str(EXAMPLE), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert marker in out.read_text(encoding="utf-8")


def test_terminal_report_names_claims_and_inconsistencies() -> None:
    result = runner.invoke(app, ["check", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    assert "22 September 1980" in result.stdout or "1980-09-22" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when not a terminal


def test_standard_input_with_date() -> None:
    text = "Last year the council met in Paris. Two days later it adjourned."
    result = runner.invoke(
        app, ["check", "-", "--date", "2024-10-08", "--format", "json"], input=text
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["published"] == "2024-10-08"
    assert data["article"]["date_source"] == "option"
    assert any(t["value"] == "2023" for t in data["timexes"])


def _run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "chronocheck", *args], input=stdin, capture_output=True, check=False
    )


@pytest.mark.parametrize(
    ("args", "stdin", "needle"),
    [
        (["check", "/nonexistent/article.txt"], b"", "/nonexistent/article.txt"),
        (["check", "-"], b"   \n", "empty"),
        (["check", "-"], b"\x00\x01\x02binary\x00", "binary"),
        (["check", "-", "--date", "08/10/2024"], b"Text.", "--date"),
        (["check", "-", "--setting", "max_text_bytes=10"], b"x" * 100, "10"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], stdin: bytes, needle: str) -> None:
    result = _run(*args, stdin=stdin)
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert needle.lower() in err.lower()


def test_version() -> None:
    result = _run("version")
    assert result.returncode == 0
    assert result.stdout.decode().strip() == "0.1.0"
