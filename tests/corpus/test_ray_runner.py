"""``batch --ray``: the same tables as the process pool, and one-line errors (issue #8)."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronocheck.cli import app
from chronocheck.corpus.run import run_batch
from chronocheck.corpus.tables import TABLES
from chronocheck.settings import load_settings
from tests.corpus.conftest import TIMING_COLUMNS, view_rows

runner = CliRunner()

#: Runs a small batch without --ray, then says whether Ray was imported.
NO_RAY_SCRIPT = """
import sys
from pathlib import Path
from chronocheck.corpus.run import run_batch
from chronocheck.settings import load_settings
settings = load_settings(environ={}, overrides={"verify": False})
summary = run_batch(Path(sys.argv[1]), Path(sys.argv[2]), settings, workers=2, progress=False)
assert summary.done == 4, summary
print("ray" in sys.modules, any(name.startswith("ray.") for name in sys.modules))
"""


@pytest.mark.slow
def test_ray_gives_the_same_tables_and_manifest_as_the_pool(
    text_folder: Path, tmp_path: Path
) -> None:
    # With verification, so that the evidence table has rows to compare too.
    settings = load_settings(environ={})
    pool, ray = tmp_path / "pool", tmp_path / "ray"
    run_batch(text_folder, pool, settings, workers=2, batch_size=1, progress=False)
    summary = run_batch(
        text_folder, ray, settings, workers=2, ray_address="local", batch_size=1, progress=False
    )
    assert (summary.done, summary.failed, summary.batches) == (4, 0, 4)
    assert view_rows(pool, "evidence")
    for table in TABLES:
        # The batch column too: batch numbers are given by the driver, in corpus order.
        assert view_rows(pool, table, exclude=()) == view_rows(ray, table, exclude=()), table
    assert view_rows(pool, "manifest", exclude=TIMING_COLUMNS) == view_rows(
        ray, "manifest", exclude=TIMING_COLUMNS
    )
    # A re-run on Ray skips everything, like a re-run without it.
    again = run_batch(text_folder, ray, settings, workers=1, ray_address="local", progress=False)
    assert (again.done, again.skipped, again.batches) == (0, 4, 0)


@pytest.mark.slow
@pytest.mark.issue(8)
def test_a_run_without_ray_never_imports_it(text_folder: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", NO_RAY_SCRIPT, str(text_folder), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["False", "False"]


def test_ray_not_installed_is_one_line_and_exit_2(
    text_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # makes `import ray` raise ImportError
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(text_folder), "--out", str(out), "--ray", "local"])
    assert result.exit_code == 2
    assert "--ray needs Ray, which is not installed: pip install 'chronocheck[ray]'" in (
        result.output
    )
    assert result.output.count("\n") == 1
    assert not out.exists()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    ("address", "message"),
    [
        (f"ray://127.0.0.1:{_closed_port()}", "Cannot reach the Ray cluster at 'ray://127.0.0.1:"),
        (f"127.0.0.1:{_closed_port()}", "Cannot reach the Ray cluster at '127.0.0.1:"),
        ("head-without-port", "is not a Ray address"),
    ],
)
def test_an_unreachable_or_bad_address_is_one_line_and_exit_2(
    text_folder: Path, tmp_path: Path, address: str, message: str
) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(text_folder), "--out", str(out), "--ray", address])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert result.output.count("\n") == 1
    assert not out.exists()
