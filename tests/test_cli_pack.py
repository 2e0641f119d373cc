"""The ``chronocheck pack`` commands, through typer's test runner."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronocheck.cli_pack import pack_app
from chronocheck.errors import KnowledgePackError
from chronocheck.packs import PackData, catalog, read_pack_dir
from chronocheck.packs.example import example_pack
from tests.packs.pack_fixtures import write_broken_pack, write_pack

runner = CliRunner()


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Compile packs into the test's own cache folder."""
    monkeypatch.setenv("CHRONOCHECK_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def builtins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two built-in packs, "alpha" and "beta", in place of the shipped ones."""
    folder = tmp_path / "builtin"
    for name in ("alpha", "beta"):
        files = write_pack(folder / name)
        toml = (files / "pack.toml").read_text(encoding="utf-8")
        (files / "pack.toml").write_text(toml.replace("test-pack", name), encoding="utf-8")
    monkeypatch.setattr(catalog, "BUILTIN_DIR", folder)
    return folder


def test_validate_a_good_pack(tmp_path: Path) -> None:
    result = runner.invoke(pack_app, ["validate", str(write_pack(tmp_path / "pack"))])
    assert result.exit_code == 0, result.output
    assert "is valid: 3 entities, 4 events, 2 quantities, 2 disputes." in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("file", "old", "new", "problem"),
    [
        ("events.csv", ",importance,", ",", "events.csv:1: missing column 'importance'"),
        (
            "events.csv",
            "1980-09-22",
            "1980-13-22",
            "events.csv:2: date_start '1980-13-22' is not a date",
        ),
        (
            "events.csv",
            "Iraq;N1",
            "Iraq;Narnia",
            "events.csv:2: participants: 'Narnia' is not an entity id, name or alias",
        ),
        ("events.csv", "E3,", "E1,", "events.csv:4: duplicate id 'E1' (first at events.csv:2)"),
    ],
)
def test_validate_reports_each_problem_and_exits_2(
    tmp_path: Path, file: str, old: str, new: str, problem: str
) -> None:
    folder = write_broken_pack(tmp_path / "pack", file, old, new)
    result = runner.invoke(pack_app, ["validate", str(folder)])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0] == problem
    assert lines[
        -1
    ] == f"chronocheck: error: Pack '{folder}' is not valid: {len(lines) - 1} problem" + (
        "s." if len(lines) > 2 else "."
    )


@pytest.mark.parametrize(
    ("file", "old", "new", "problem"),
    [
        ("events.csv", "1980-09-22", "1980-13-22", "events.csv:2: date_start '1980-13-22'"),
        ("events.csv", "Iraq;N1", "Iraq;Narnia", "events.csv:2: participants: 'Narnia'"),
    ],
)
def test_build_and_show_fail_in_one_line_on_a_bad_pack(
    tmp_path: Path, file: str, old: str, new: str, problem: str
) -> None:
    folder = write_broken_pack(tmp_path / "pack", file, old, new)
    for command in (["build", str(folder)], ["show", str(folder)]):
        result = runner.invoke(pack_app, command)
        assert result.exit_code == 2
        assert len(result.stderr.splitlines()) == 1
        assert problem in result.stderr


def test_validate_prints_warnings_and_exits_0(tmp_path: Path) -> None:
    folder = write_broken_pack(tmp_path / "pack", "events.csv", "withdrawal,iraqi", "retreat,iraqi")
    result = runner.invoke(pack_app, ["validate", str(folder)])
    assert result.exit_code == 0
    assert "warning: events.csv:3: type 'retreat'" in result.stderr
    assert "(1 warnings)" in result.stdout or "(1 warning" in result.stdout


def test_build_writes_name_sqlite_in_the_folder_by_default(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    result = runner.invoke(pack_app, ["build", str(folder)])
    assert result.exit_code == 0, result.output
    assert (folder / "test-pack.sqlite").is_file()
    assert "test-pack 1.0.0, 3 entities, 4 events" in result.stdout


def test_build_out(tmp_path: Path) -> None:
    out = tmp_path / "compiled" / "x.sqlite"
    result = runner.invoke(pack_app, ["build", str(write_pack(tmp_path / "p")), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file()


def test_new_writes_an_example_that_validates(tmp_path: Path) -> None:
    folder = tmp_path / "My Pack"
    result = runner.invoke(pack_app, ["new", str(folder)])
    assert result.exit_code == 0, result.output
    data = read_pack_dir(folder)
    assert data.info.name == "my-pack"
    assert (len(data.entities), len(data.events), len(data.quantities), len(data.disputes)) == (
        2,
        2,
        2,
        1,
    )
    assert len({q.group for q in data.quantities}) == 1
    assert runner.invoke(pack_app, ["validate", str(folder)]).exit_code == 0


def test_new_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    result = runner.invoke(pack_app, ["new", str(tmp_path), "--name", "x"])
    assert result.exit_code == 2
    assert "is not an empty folder" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt"]


def test_show_json_with_events(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    result = runner.invoke(pack_app, ["show", str(folder), "--format", "json", "--events"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown["info"]["name"] == "test-pack"
    assert shown["counts"]["events"] == 4
    assert [e["id"] for e in shown["events"]] == ["E1", "E2", "E3", "E4"]
    assert len(shown["content_hash"]) == 64


def test_show_table(tmp_path: Path) -> None:
    result = runner.invoke(pack_app, ["show", str(write_pack(tmp_path / "p")), "--events"])
    assert result.exit_code == 0, result.output
    assert "Test pack" in result.stdout
    assert "Iran, Iraq" in result.stdout  # scope entities by name
    assert "E4" in result.stdout and "1982-06 – 1982-07" in result.stdout


def test_show_an_unknown_name_lists_the_builtin_packs(builtins: Path) -> None:
    result = runner.invoke(pack_app, ["show", "gamma"])
    assert result.exit_code == 2
    assert "Unknown pack 'gamma'" in result.stderr
    assert "available: alpha, beta" in result.stderr


def test_list_builtin_packs(builtins: Path) -> None:
    result = runner.invoke(pack_app, ["list"])
    assert result.exit_code == 0, result.output
    assert "alpha" in result.stdout and "beta" in result.stdout
    assert "1.0.0" in result.stdout


def test_list_without_builtin_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog, "BUILTIN_DIR", tmp_path / "none")
    result = runner.invoke(pack_app, ["list"])
    assert result.exit_code == 0
    assert "No built-in packs." in result.stdout


@pytest.fixture
def importer(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, str]]:
    """Stand in for the Wikidata importer; record its calls."""
    calls: list[tuple[Path, str]] = []

    def import_wikidata(path: Path, *, name: str) -> PackData:
        calls.append((path, name))
        if path.name == "bad.json":
            raise KnowledgePackError(f"'{path}' is not a Wikidata JSON export.")
        return example_pack(name)

    module = types.ModuleType("chronocheck.packs.wikidata")
    module.import_wikidata = import_wikidata  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "chronocheck.packs.wikidata", module)
    return calls


def test_import_wikidata_writes_a_valid_pack(
    tmp_path: Path, importer: list[tuple[Path, str]]
) -> None:
    source, out = tmp_path / "export.json", tmp_path / "wd-pack"
    result = runner.invoke(pack_app, ["import-wikidata", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert importer == [(source, "wd-pack")]
    assert read_pack_dir(out).info.name == "wd-pack"
    assert "2 entities, 2 events" in result.stdout


def test_import_wikidata_name_option(tmp_path: Path, importer: list[tuple[Path, str]]) -> None:
    out = tmp_path / "out"
    args = ["import-wikidata", str(tmp_path / "e.json"), "--out", str(out), "--name", "wars"]
    assert runner.invoke(pack_app, args).exit_code == 0
    assert read_pack_dir(out).info.name == "wars"


def test_import_wikidata_bad_file_exits_2(tmp_path: Path, importer: list[tuple[Path, str]]) -> None:
    out = tmp_path / "out"
    args = ["import-wikidata", str(tmp_path / "bad.json"), "--out", str(out)]
    result = runner.invoke(pack_app, args)
    assert result.exit_code == 2
    assert "is not a Wikidata JSON export" in result.stderr
    assert not out.exists()
