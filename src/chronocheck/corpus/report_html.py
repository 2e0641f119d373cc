"""Render a :class:`~chronocheck.corpus.report.CorpusSummary` as HTML or JSON.

The HTML file is self-contained and works offline: CSS inline, charts inline SVG
drawn by :mod:`chronocheck.corpus.report_svg`, no script, no external resource
(a Content-Security-Policy says so to the browser). Jinja2 autoescapes every
value, so article text cannot inject markup.
"""

from __future__ import annotations

import json
import logging
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from chronocheck import __version__
from chronocheck.corpus.report import CorpusSummary
from chronocheck.corpus.report_svg import (
    BAR_COLOUR,
    VERDICT_COLOURS,
    reference_timeline,
    stacked_bars,
)

LOGGER = logging.getLogger(__name__)

#: The template lives with the article report's (package data of chronocheck.report).
TEMPLATE_PACKAGE = "chronocheck.report"
TEMPLATE = "corpus_report.html.j2"
#: The formats ``corpus report`` writes.
FORMATS = ("html", "json")


def render_corpus_report(summary: CorpusSummary, fmt: str = "html") -> str:
    """The report in ``fmt`` (``html`` or ``json``)."""
    if fmt == "json":
        return json.dumps(summary.to_dict(), indent=2, ensure_ascii=False) + "\n"
    charts = {
        "outlets": stacked_bars(
            [(r.label, r.verdicts) for r in summary.by_outlet],
            VERDICT_COLOURS,
            title="Claims by outlet and verdict",
        ),
        "months": stacked_bars(
            [(r.label, r.verdicts) for r in summary.by_month],
            VERDICT_COLOURS,
            title="Claims by month of publication and verdict",
        ),
        "timeline": reference_timeline(
            summary.timeline, title="Dates the corpus gives reference events"
        ),
        "techniques": stacked_bars(
            [(t.technique, {"spans": t.spans}) for t in summary.techniques],
            {"spans": BAR_COLOUR},
            title="Persuasion technique spans",
        ),
    }
    return (
        _environment()
        .get_template(TEMPLATE)
        .render(
            summary=summary,
            charts={name: Markup(svg) for name, svg in charts.items()},
            colours=VERDICT_COLOURS,
            generator=f"chronocheck {__version__}",
        )
    )


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader(TEMPLATE_PACKAGE, "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
