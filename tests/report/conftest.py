"""Fixtures of the report tests: the golden-file folder and the hand-built reports.

``--update-golden`` and its ``update_golden`` fixture live in ``tests/conftest.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronocheck.models import Report
from tests.report.report_fixtures import empty_report, hostile_report, small_report
from tests.report.verified_report import unchecked_report, verified_report

GOLDEN_DIR = Path(__file__).parent.parent / "golden"


@pytest.fixture(scope="session")
def golden_dir() -> Path:
    """Directory holding the golden files."""
    return GOLDEN_DIR


@pytest.fixture(scope="session")
def small() -> Report:
    """The five-sentence report with every kind of finding."""
    return small_report()


@pytest.fixture(scope="session")
def empty() -> Report:
    """The report of an article where nothing was found."""
    return empty_report()


@pytest.fixture(scope="session")
def hostile() -> Report:
    """The report whose strings try to inject markup."""
    return hostile_report()


@pytest.fixture(scope="session")
def verified() -> Report:
    """A report checked against a pack: every verdict, evidence, reference events, omissions."""
    return verified_report()


@pytest.fixture(scope="session")
def unchecked() -> Report:
    """The verified report's article before verification."""
    return unchecked_report()
