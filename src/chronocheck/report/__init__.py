"""Reports: render a :class:`~chronocheck.models.Report` as terminal text, JSON, HTML or Markdown.

Renderers are looked up by format name in :mod:`chronocheck.report.registry`;
the built-in ones are registered below exactly as a plugin would register its own.
"""

from __future__ import annotations

import logging

from chronocheck.models import Report
from chronocheck.report.html_report import render_html
from chronocheck.report.json_report import (
    load_schema,
    render_json,
    report_to_json,
    validate_report_json,
)
from chronocheck.report.markdown import render_markdown
from chronocheck.report.registry import (
    Renderer,
    get_renderer,
    register_renderer,
    registered_formats,
)
from chronocheck.report.terminal import render_terminal
from chronocheck.report.timeline_svg import render_timeline_svg

__all__ = [
    "FORMATS",
    "Renderer",
    "get_renderer",
    "load_schema",
    "register_renderer",
    "registered_formats",
    "render_html",
    "render_json",
    "render_markdown",
    "render_report",
    "render_terminal",
    "render_timeline_svg",
    "report_to_json",
    "validate_report_json",
]

LOGGER = logging.getLogger(__name__)

_BUILTIN_RENDERERS: tuple[tuple[str, Renderer], ...] = (
    ("terminal", render_terminal),
    ("json", render_json),
    ("html", render_html),
    ("markdown", render_markdown),
)
#: The built-in formats, in the order the CLI offers them.
FORMATS = tuple(name for name, _ in _BUILTIN_RENDERERS)

for _name, _renderer in _BUILTIN_RENDERERS:
    register_renderer(_name, _renderer)


def render_report(report: Report, fmt: str, *, color: bool = False, width: int = 100) -> str:
    """Render ``report`` in format ``fmt``.

    Args:
        report: What chronocheck found.
        fmt: A registered format name: one of :data:`FORMATS` or a plugin's.
        color: Let the terminal format emit ANSI colour codes.
        width: Line width of the terminal format.

    Returns:
        The rendered report.

    Raises:
        ReportError: ``fmt`` is not a registered format (the message lists the
            known ones), or the report cannot be rendered.
    """
    return get_renderer(fmt)(report, color=color, width=width)
