"""The store's tests run on each database of ``tests/databases.py``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from chronocheck.store import Store


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An open store on an empty database of each kind."""
    opened = Store(db_url)
    try:
        yield opened
    finally:
        opened.close()
