"""``chronocheck.ingest`` exports a complete, sorted ``__all__``."""

from __future__ import annotations

import inspect

import chronocheck.ingest as ingest


def test_all_is_sorted_and_complete() -> None:
    assert ingest.__all__ == sorted(ingest.__all__)
    public = {
        name
        for name, value in vars(ingest).items()
        if not name.startswith("_") and (inspect.isfunction(value) or inspect.isclass(value))
    }
    assert set(ingest.__all__) == public


def test_read_article_signature() -> None:
    parameters = inspect.signature(ingest.read_article).parameters
    assert list(parameters) == ["source", "settings", "date", "stdin"]
    assert all(
        parameters[name].kind is inspect.Parameter.KEYWORD_ONLY
        for name in ("settings", "date", "stdin")
    )
