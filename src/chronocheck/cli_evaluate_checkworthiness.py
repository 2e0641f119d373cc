"""``chronocheck evaluate checkworthiness``: the check-worthiness model on CheckThat! 2019 (#6).

Registers on :data:`chronocheck.cli_evaluate.evaluate_app`; importing this
module (as :mod:`chronocheck.cli` does) adds the command.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from chronocheck.cli_errors import one_line_errors
from chronocheck.cli_evaluate import DEFAULT_CHECKTHAT, ScoreFormat, Split, evaluate_app
from chronocheck.errors import ConfigError

#: Table label -> key of the figures' JSON form.
METRICS = {"MAP": "map", "R-precision": "r_precision", "P@5": "p@5", "P@10": "p@10", "P@20": "p@20"}


@evaluate_app.command("checkworthiness")
@one_line_errors
def evaluate_checkworthiness_command(
    data: Annotated[Path, typer.Option(help="The CheckThat! 2019 folder.")] = DEFAULT_CHECKTHAT,
    split: Annotated[
        Split, typer.Option(help="test: the 7 gold test transcripts; train: the 19 training ones.")
    ] = Split.test,
    fmt: Annotated[ScoreFormat, typer.Option("--format", "-f")] = ScoreFormat.table,
    predictions: Annotated[
        Path | None,
        typer.Option(help="Also write one line_number<TAB>score file per transcript here."),
    ] = None,
) -> None:
    """Rank CheckThat! 2019 Task 1 debate sentences by check-worthiness (official metric)."""
    from chronocheck.evaluate.checkthat import evaluate_checkworthiness, write_predictions

    if not data.is_dir():
        raise ConfigError(f"No CheckThat! 2019 data at '{data}': pass --data PATH.")
    evaluation = evaluate_checkworthiness(data, split=split.value)
    if predictions is not None:
        write_predictions(evaluation.transcripts, predictions)
    result = evaluation.to_dict()
    if fmt is ScoreFormat.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return
    systems = [("chronocheck", result)]
    systems += [(baseline["name"], baseline) for baseline in result["baselines"]]
    title = (
        f"CheckThat! 2019 Task 1 ({split.value}: {result['transcripts']} transcripts, "
        f"{result['sentences']} sentences, {result['positives']} check-worthy), official metric"
    )
    table = Table(title=title)
    table.add_column("metric")
    for name, _ in systems:
        table.add_column(name, justify="right")
    for label, key in METRICS.items():
        table.add_row(label, *(f"{figures[key]:.4f}" for _, figures in systems))
    Console().print(table)
    if predictions is not None:
        print(f"Wrote {len(evaluation.transcripts)} prediction files to {predictions}.")
