"""``chronocheck corpus``: commands over the tables a ``chronocheck batch`` run wrote.

``corpus report`` writes the aggregate report of a whole corpus (issue #8), a thin
wrapper over :func:`chronocheck.corpus.report.summarise_corpus`. Failures are one
line on stderr and exit status 2 (:func:`chronocheck.cli_errors.one_line_errors`).
"""

from __future__ import annotations

import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from chronocheck.cli_errors import one_line_errors
from chronocheck.errors import ReportError

LOGGER = logging.getLogger(__name__)

corpus_app = typer.Typer(
    help="Reports over the tables of a `chronocheck batch` run.", no_args_is_help=True
)


class CorpusFormat(StrEnum):
    """Formats ``corpus report`` can write."""

    html = "html"
    json = "json"


@corpus_app.command("report")
@one_line_errors
def report(
    results: Annotated[Path, typer.Argument(help="The output folder of `chronocheck batch`.")],
    out: Annotated[
        Path | None, typer.Option(help="Write the report to this file (default: stdout).")
    ] = None,
    fmt: Annotated[
        CorpusFormat, typer.Option("--format", "-f", help="Report format.")
    ] = CorpusFormat.html,
) -> None:
    """Write the corpus report: verdicts by outlet and month, repeated contradicted
    claims, the corpus's dates against the reference, persuasion techniques."""
    # Imported here so that `chronocheck --help` does not load DuckDB.
    from chronocheck.corpus.report import summarise_corpus
    from chronocheck.corpus.report_html import render_corpus_report

    text = render_corpus_report(summarise_corpus(results), fmt.value)
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as e:
        raise ReportError(f"Cannot write '{out}': {e.strerror}.") from e
    typer.echo(f"chronocheck: corpus report in {out}", err=True)
