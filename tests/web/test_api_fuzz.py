"""schemathesis fuzzes every operation of the API from its OpenAPI document: no 500, ever.

The app runs on a loopback port with the stand-in analysis (the fuzzing is about
the routes, not about spaCy); every answer must be a 2xx, 3xx or 4xx, and every
error under ``/api`` must have the one JSON error shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from chronocheck.settings import Settings
from chronocheck.web.app import create_app
from tests.web.conftest import stand_in_analysis
from tests.web.live_server import serve_in_thread

#: Examples per operation: enough to reach every parameter, cheap enough for CI.
EXAMPLES = 40


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    database: Path = tmp_path_factory.mktemp("fuzz") / "analyses.sqlite"
    app = create_app(
        Settings(), f"sqlite:///{database}", analyse=stand_in_analysis, writes_per_minute=100_000
    )
    with serve_in_thread(app) as base_url:
        yield schemathesis.openapi.from_url(f"{base_url}/openapi.json")


def _check(case: Any) -> None:
    response = case.call()
    assert response.status_code < 500, (case.method, case.formatted_path, response.text)
    if response.status_code >= 400 and case.formatted_path.startswith("/api"):
        error = response.json()["error"]
        assert error["status"] == response.status_code and error["message"]


def test_no_operation_answers_a_server_error(api_schema: Any) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 5
    for operation in operations:
        fuzz = settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        )(given(case=operation.as_strategy())(_check))
        fuzz()
