"""The JSON report: ``Report.to_dict()`` written out, and its JSON Schema.

The schema ships in the package (``report/schema/report.schema.json``) and
describes every field; :func:`validate_report_json` checks a parsed report
against it.
"""

from __future__ import annotations

import json
import logging
from functools import cache
from importlib import resources
from typing import Any, cast

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from chronocheck.errors import ReportError
from chronocheck.models import Report

LOGGER = logging.getLogger(__name__)

SCHEMA_PACKAGE = "chronocheck.report"
SCHEMA_RESOURCE = ("schema", "report.schema.json")
JSON_INDENT = 2


def report_to_json(report: Report) -> str:
    """Write ``report`` as JSON, keeping the dataclasses' field order.

    Args:
        report: What chronocheck found.

    Returns:
        Indented JSON ending in a newline; non-ASCII text is kept as is.

    Raises:
        ReportError: The report holds a value JSON cannot express (NaN, infinity).
    """
    try:
        text = json.dumps(report.to_dict(), indent=JSON_INDENT, ensure_ascii=False, allow_nan=False)
    except ValueError as e:
        msg = f"Report of {report.article.source!r} cannot be written as JSON: {e}"
        raise ReportError(msg) from e
    return text + "\n"


def render_json(report: Report, *, color: bool = False, width: int = 100) -> str:
    """Render the JSON report (the :class:`~chronocheck.report.registry.Renderer` form).

    Args:
        report: What chronocheck found.
        color: Ignored: JSON has no colour.
        width: Ignored: JSON is indented, not wrapped.

    Returns:
        The JSON text.
    """
    return report_to_json(report)


@cache
def load_schema() -> dict[str, Any]:
    """Read the report's JSON Schema from the package data.

    Returns:
        The schema (draft 2020-12). The same dict is returned on every call: do
        not modify it.
    """
    resource = resources.files(SCHEMA_PACKAGE).joinpath(*SCHEMA_RESOURCE)
    return cast(dict[str, Any], json.loads(resource.read_text(encoding="utf-8")))


@cache
def _validator() -> Draft202012Validator:
    """Build the schema validator once; ``format`` checks are on so dates are real dates."""
    return Draft202012Validator(load_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def validate_report_json(data: dict[str, Any]) -> None:
    """Check a parsed JSON report against the shipped schema.

    Args:
        data: The report as parsed from JSON.

    Raises:
        ReportError: The report does not match the schema; the message gives the
            JSON path of the most relevant error (``$.claims[0].kinds[0]``).
    """
    error = best_match(_validator().iter_errors(data))
    if error is not None:
        msg = f"Report JSON is invalid at {error.json_path}: {error.message}"
        raise ReportError(msg)
