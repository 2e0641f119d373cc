"""The ``chronocheck`` command: thin wrappers over the library functions.

Failures are reported by :func:`chronocheck.cli_errors.one_line_errors`.
"""

from __future__ import annotations

import logging
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, ParamSpec

import typer
from rich.console import Console

# Imported for their side effect: they register `evaluate checkworthiness` and
# `evaluate rhetoric` on evaluate_app.
import chronocheck.cli_evaluate_checkworthiness
import chronocheck.cli_evaluate_rhetoric  # noqa: F401
from chronocheck import __version__
from chronocheck.analysis import check_article
from chronocheck.cli_batch import batch
from chronocheck.cli_corpus import corpus_app
from chronocheck.cli_errors import one_line_errors
from chronocheck.cli_evaluate import evaluate_app
from chronocheck.cli_options import parse_date_option, settings_from_options
from chronocheck.cli_pack import pack_app
from chronocheck.cli_serve import serve
from chronocheck.errors import ChronocheckError
from chronocheck.ingest import read_article
from chronocheck.report import render_report

LOGGER = logging.getLogger(__name__)

P = ParamSpec("P")

app = typer.Typer(
    name="chronocheck",
    help="Check the history in an article: claims, dates, quantities and timeline, offline.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(evaluate_app, name="evaluate")
app.add_typer(pack_app, name="pack")
app.add_typer(corpus_app, name="corpus")
app.command()(serve)
app.command()(batch)


class ReportFormat(StrEnum):
    """Formats ``check`` can write."""

    terminal = "terminal"
    json = "json"
    html = "html"
    markdown = "markdown"


def _write(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as e:
        raise ChronocheckError(f"Cannot write '{out}': {e.strerror}.") from e


@app.command()
@one_line_errors
def check(
    source: Annotated[str, typer.Argument(help="A file, an http(s) URL, or - for standard input.")],
    date: Annotated[
        str | None, typer.Option(help="Publication date, YYYY-MM-DD: anchors relative dates.")
    ] = None,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Report format.")
    ] = ReportFormat.terminal,
    out: Annotated[Path | None, typer.Option(help="Write the report to this file.")] = None,
    allow_private_urls: Annotated[
        bool | None,
        typer.Option(
            "--allow-private-urls",
            help="Fetch URLs on private, loopback or link-local addresses.",
        ),
    ] = None,
    setting: Annotated[
        list[str] | None, typer.Option("--setting", "-s", help="NAME=VALUE, repeatable.")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="A TOML settings file.")] = None,
    color: Annotated[
        bool | None, typer.Option("--color/--no-color", help="Colour the terminal report.")
    ] = None,
    pack: Annotated[
        list[str] | None,
        typer.Option(
            "--pack",
            "-p",
            help="A reference pack (built-in name, folder or compiled file), repeatable;"
            " default: the built-in packs that fit the article.",
        ),
    ] = None,
    evidence: Annotated[
        Path | None, typer.Option(help="A folder of your own evidence documents.")
    ] = None,
    verify: Annotated[
        bool | None, typer.Option("--verify/--no-verify", help="Check claims against packs.")
    ] = None,
    rhetoric: Annotated[
        bool | None,
        typer.Option(
            "--rhetoric/--no-rhetoric",
            help="Mark persuasion techniques and rank the claims by check-worthiness.",
        ),
    ] = None,
) -> None:
    """Check one article and print or write its report."""
    settings = settings_from_options(
        setting,
        config,
        allow_private_urls=allow_private_urls,
        packs=",".join(pack) if pack else None,
        evidence_dir=str(evidence) if evidence else None,
        verify=verify,
        rhetoric=rhetoric,
    )
    article = read_article(source, settings=settings, date=parse_date_option(date))
    report = check_article(article, settings=settings)
    use_color = sys.stdout.isatty() and out is None if color is None else color
    width = Console().width if fmt is ReportFormat.terminal and out is None else 100
    _write(render_report(report, fmt.value, color=use_color, width=width), out)


@app.command()
def version() -> None:
    """Print chronocheck's version."""
    print(__version__)


def main() -> None:
    """Entry point of the ``chronocheck`` command."""
    logging.basicConfig(level=os.environ.get("CHRONOCHECK_LOG", "WARNING").upper())
    app()
