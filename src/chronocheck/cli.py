"""The ``chronocheck`` command: thin wrappers over the library functions.

Failures are reported by :func:`chronocheck.cli_errors.one_line_errors`.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, ParamSpec

import typer
from rich.console import Console
from rich.table import Table

from chronocheck import __version__
from chronocheck.analysis import check_article
from chronocheck.cli_errors import one_line_errors
from chronocheck.cli_pack import pack_app
from chronocheck.errors import ChronocheckError, ConfigError
from chronocheck.ingest import read_article
from chronocheck.models import Report
from chronocheck.report import render_report
from chronocheck.settings import Settings, load_settings, parse_setting_option

LOGGER = logging.getLogger(__name__)

P = ParamSpec("P")

DEFAULT_TEMPEVAL = Path("../shared/benchmarks/tempeval3")

app = typer.Typer(
    name="chronocheck",
    help="Check the history in an article: claims, dates, quantities and timeline, offline.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
evaluate_app = typer.Typer(help="Score chronocheck on public benchmarks.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")
app.add_typer(pack_app, name="pack")


class ReportFormat(StrEnum):
    """Formats ``check`` can write."""

    terminal = "terminal"
    json = "json"
    html = "html"
    markdown = "markdown"


class ScoreFormat(StrEnum):
    """Formats ``evaluate`` can print."""

    table = "table"
    json = "json"


class Split(StrEnum):
    """Benchmark splits."""

    test = "test"
    train = "train"


def _settings(options: list[str] | None, config: Path | None, **flags: Any) -> Settings:
    overrides: dict[str, Any] = dict(parse_setting_option(o) for o in options or [])
    overrides.update({k: v for k, v in flags.items() if v is not None})
    return load_settings(file=config, overrides=overrides)


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise ConfigError(f"--date must be YYYY-MM-DD, not '{value}'.") from e


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
) -> None:
    """Check one article and print or write its report."""
    settings = _settings(
        setting,
        config,
        allow_private_urls=allow_private_urls,
        packs=",".join(pack) if pack else None,
        evidence_dir=str(evidence) if evidence else None,
        verify=verify,
    )
    article = read_article(source, settings=settings, date=_parse_date(date))
    report = check_article(article, settings=settings)
    use_color = sys.stdout.isatty() and out is None if color is None else color
    width = Console().width if fmt is ReportFormat.terminal and out is None else 100
    _write(render_report(report, fmt.value, color=use_color, width=width), out)


def _print_table(title: str, systems: list[str], rows: list[list[str]]) -> None:
    """A table with one row per metric and one column per system."""
    table = Table(title=title)
    table.add_column("metric")
    for system in systems:
        table.add_column(system, justify="right")
    for row in rows:
        table.add_row(*row)
    Console().print(table)


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


@evaluate_app.command("timex")
@one_line_errors
def evaluate_timex_command(
    data: Annotated[Path, typer.Option(help="The TempEval-3 folder.")] = DEFAULT_TEMPEVAL,
    split: Annotated[Split, typer.Option(help="test: platinum; train: TBAQ-cleaned.")] = Split.test,
    fmt: Annotated[ScoreFormat, typer.Option("--format", "-f")] = ScoreFormat.table,
    predictions: Annotated[
        Path | None, typer.Option(help="Also write our TimeML output to this folder.")
    ] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List every disagreement.")] = False,
) -> None:
    """Score the temporal tagger on TempEval-3 with the official metric."""
    from chronocheck.annotate import load_pipeline
    from chronocheck.evaluate.timex import BASELINES, evaluate_timex, write_predictions

    if not data.is_dir():
        raise ConfigError(f"No TempEval-3 data at '{data}': pass --data PATH.")
    nlp = load_pipeline(load_settings().spacy_model)
    scores = evaluate_timex(data, split=split.value, nlp=nlp)
    if predictions is not None:
        write_predictions(data, predictions, nlp=nlp, split=split.value)
    result = scores.to_dict()
    if not errors:
        del result["errors"]
    if fmt is ScoreFormat.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return
    metrics = {
        "strict P": "strict_precision",
        "strict R": "strict_recall",
        "strict F1": "strict_f1",
        "relaxed P": "relaxed_precision",
        "relaxed R": "relaxed_recall",
        "relaxed F1": "relaxed_f1",
        "type F1": "type_f1",
        "value F1": "value_f1",
    }
    # The published figures are for the platinum test set: show them beside that only.
    baselines = BASELINES if split is Split.test else ()
    systems = ["chronocheck", *(b.name for b in baselines)]
    rows = [
        [label, _figure(getattr(scores, name))]
        + [_figure(getattr(b, name, None)) for b in baselines]
        for label, name in metrics.items()
    ]
    title = (
        f"TempEval-3 TIMEX3 ({split.value}: {scores.files} docs, {scores.gold} gold), "
        "official metric, %"
    )
    _print_table(title, systems, rows)
    if errors:
        for error in scores.errors:
            print(
                f"{error.file}\t{error.kind}\t{error.text!r}\tgold={error.gold}\tours={error.predicted}"
            )


@app.command()
def version() -> None:
    """Print chronocheck's version."""
    print(__version__)


@evaluate_app.command("verdicts")
@one_line_errors
def evaluate_verdicts_command(
    cases: Annotated[Path, typer.Argument(help="A JSON Lines file of labelled claims.")],
    fmt: Annotated[ScoreFormat, typer.Option("--format", "-f")] = ScoreFormat.table,
    errors: Annotated[bool, typer.Option("--errors", help="List every wrong verdict.")] = False,
    setting: Annotated[
        list[str] | None, typer.Option("--setting", "-s", help="NAME=VALUE, repeatable.")
    ] = None,
) -> None:
    """Score claim verdicts against hand-labelled claims (accuracy, per-label F1)."""
    from chronocheck.evaluate.verdicts import (
        evaluate_verdicts,
        format_verdict_errors,
        format_verdict_table,
        load_cases,
        scores_to_json,
    )

    settings = _settings(setting, None)

    def check(path: Path, date: str | None) -> Report:
        article = read_article(str(path), settings=settings, date=_parse_date(date))
        return check_article(article, settings=settings)

    scores = evaluate_verdicts(load_cases(cases), check=check)
    if fmt is ScoreFormat.json:
        sys.stdout.write(json.dumps(scores_to_json(scores), indent=2, ensure_ascii=False) + "\n")
        return
    sys.stdout.write(format_verdict_table(scores))
    if errors:
        sys.stdout.write(format_verdict_errors(scores))


def main() -> None:
    """Entry point of the ``chronocheck`` command."""
    logging.basicConfig(level=os.environ.get("CHRONOCHECK_LOG", "WARNING").upper())
    app()
