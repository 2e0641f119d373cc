"""Report renderers, registered by format name.

The built-in formats register themselves here exactly as a plugin would, with
:func:`register_renderer`; :func:`chronocheck.report.render_report` only looks
names up.
"""

from __future__ import annotations

import logging
from typing import Protocol

from chronocheck.errors import ReportError
from chronocheck.models import Report

LOGGER = logging.getLogger(__name__)


class Renderer(Protocol):
    """Turns a report into the text of one format."""

    def __call__(self, report: Report, *, color: bool, width: int) -> str:
        """Render ``report``.

        Args:
            report: What chronocheck found.
            color: Whether a terminal renderer may emit ANSI colour codes.
            width: Line width for renderers that wrap text.

        Returns:
            The rendered report.
        """
        ...


_RENDERERS: dict[str, Renderer] = {}


def register_renderer(name: str, renderer: Renderer, *, replace: bool = False) -> None:
    """Make ``renderer`` available as format ``name``.

    Args:
        name: The format name users pass (``"html"``).
        renderer: The function that renders that format.
        replace: Allow replacing a renderer already registered under ``name``.

    Raises:
        ReportError: ``name`` is empty, or taken and ``replace`` is false.
    """
    if not name or not name.strip():
        raise ReportError("A renderer needs a non-empty format name.")
    if name in _RENDERERS and not replace:
        msg = f"A renderer for format '{name}' is already registered; pass replace=True."
        raise ReportError(msg)
    LOGGER.debug("Registered renderer for format %r", name)
    _RENDERERS[name] = renderer


def get_renderer(name: str) -> Renderer:
    """Look up the renderer of format ``name``.

    Args:
        name: A format name.

    Returns:
        The registered renderer.

    Raises:
        ReportError: No renderer is registered under ``name``; the message lists
            the known formats.
    """
    renderer = _RENDERERS.get(name)
    if renderer is None:
        known = ", ".join(registered_formats())
        msg = f"Unknown report format '{name}'; known formats: {known}."
        raise ReportError(msg)
    return renderer


def registered_formats() -> tuple[str, ...]:
    """Return the registered format names, in registration order."""
    return tuple(_RENDERERS)
