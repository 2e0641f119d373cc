"""Databases for the tests of the store and the web app: SQLite and PostgreSQL.

PostgreSQL comes from ``CHRONOCHECK_TEST_POSTGRES`` (a URL; ``scripts/test``
starts a throwaway server and sets it). Without it the PostgreSQL cases are
skipped on a developer's machine and fail in CI, where the server must be there.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

POSTGRES_ENV = "CHRONOCHECK_TEST_POSTGRES"


def _postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{POSTGRES_ENV} is not set: scripts/test starts PostgreSQL for CI.")
        pytest.skip(f"{POSTGRES_ENV} is not set (scripts/test starts a server)")
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database, dropped after the test."""
    base = make_url(_postgres_url()).set(drivername="postgresql+psycopg")
    name = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'analyses.sqlite'}"
    return str(request.getfixturevalue("postgres_url"))
