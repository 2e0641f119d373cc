"""Tests of looking renderers up by format name, and of the package's public names."""

from __future__ import annotations

import pytest

import chronocheck.report
from chronocheck.errors import ReportError
from chronocheck.models import Report
from chronocheck.report import (
    FORMATS,
    register_renderer,
    registered_formats,
    registry,
    render_report,
)


@pytest.fixture
def isolated_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let a test register renderers without leaking them into other tests."""
    monkeypatch.setattr(registry, "_RENDERERS", dict(registry._RENDERERS))


def test_builtin_formats_are_registered_in_order() -> None:
    assert FORMATS == ("terminal", "json", "html", "markdown")
    assert registered_formats()[: len(FORMATS)] == FORMATS


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_builtin_format_renders(small: Report, fmt: str) -> None:
    rendered = render_report(small, fmt)
    assert "Iraq invaded Iran" in rendered


def test_unknown_format_names_the_known_ones(small: Report) -> None:
    with pytest.raises(ReportError) as caught:
        render_report(small, "pdf")
    message = str(caught.value)
    assert "'pdf'" in message
    assert "terminal, json, html, markdown" in message


@pytest.mark.usefixtures("isolated_registry")
def test_plugin_renderer_is_used_with_the_options(small: Report) -> None:
    def render_csv(report: Report, *, color: bool, width: int) -> str:
        return f"{len(report.claims)},{color},{width}"

    register_renderer("csv", render_csv)
    assert render_report(small, "csv", color=True, width=42) == "5,True,42"
    assert "csv" in registered_formats()


@pytest.mark.usefixtures("isolated_registry")
def test_registering_a_taken_name_needs_replace(small: Report) -> None:
    def render_nothing(report: Report, *, color: bool, width: int) -> str:
        return ""

    with pytest.raises(ReportError, match="'json' is already registered"):
        register_renderer("json", render_nothing)
    register_renderer("json", render_nothing, replace=True)
    assert render_report(small, "json") == ""


@pytest.mark.parametrize("name", ["", "  "])
def test_empty_format_name_is_refused(name: str) -> None:
    with pytest.raises(ReportError, match="non-empty format name"):
        register_renderer(name, registry.get_renderer("json"))


def test_all_is_sorted_and_complete() -> None:
    exported = chronocheck.report.__all__
    assert exported == sorted(exported)
    public = {
        name
        for name, value in vars(chronocheck.report).items()
        if not name.startswith("_")
        and getattr(value, "__module__", "").startswith("chronocheck.report")
    }
    assert public <= set(exported)
    assert all(hasattr(chronocheck.report, name) for name in exported)
