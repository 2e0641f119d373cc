"""Golden-file tests: each case rendered in each format, compared byte for byte.

Run ``pytest --update-golden`` to rewrite ``tests/golden/`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronocheck.models import Report
from chronocheck.report import render_report

#: (file suffix, format, colour) of each golden rendering.
GOLDEN_FORMATS = [
    ("txt", "terminal", False),
    ("ansi.txt", "terminal", True),
    ("json", "json", False),
    ("html", "html", False),
    ("md", "markdown", False),
]
CASES = ["small_report", "empty_report", "verified_report"]
FIXTURE_OF_CASE = {"small_report": "small", "empty_report": "empty", "verified_report": "verified"}


@pytest.mark.parametrize(("suffix", "fmt", "color"), GOLDEN_FORMATS)
@pytest.mark.parametrize("case", CASES)
def test_rendering_matches_golden_file(
    case: str,
    suffix: str,
    fmt: str,
    color: bool,
    golden_dir: Path,
    update_golden: bool,
    request: pytest.FixtureRequest,
) -> None:
    report: Report = request.getfixturevalue(FIXTURE_OF_CASE[case])
    rendered = render_report(report, fmt, color=color, width=100)
    golden = golden_dir / f"{case}.{suffix}"
    if update_golden:
        golden.write_bytes(rendered.encode("utf-8"))
    assert golden.exists(), f"{golden} is missing; run pytest --update-golden"
    assert rendered.encode("utf-8") == golden.read_bytes()
