"""``chronocheck evaluate rhetoric``: the technique tagger on PTC dev with the official metrics.

Registers on :data:`chronocheck.cli_evaluate.evaluate_app` when imported (``cli.py``
imports it).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from chronocheck.cli_errors import one_line_errors
from chronocheck.cli_evaluate import DEFAULT_PTC, ScoreFormat, evaluate_app
from chronocheck.errors import ConfigError


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def _si(score: Any) -> list[str]:
    return [_pct(score.precision), _pct(score.recall), _pct(score.f1)]


def _scores_json(scores: Any, seconds: float) -> dict[str, Any]:
    from chronocheck.evaluate.ptc import PUBLISHED

    def si(score: Any) -> dict[str, Any]:
        return {
            "precision": round(score.precision, 4),
            "recall": round(score.recall, 4),
            "f1": round(score.f1, 4),
            "predicted": score.predicted,
            "gold": score.gold,
        }

    def tc(score: Any) -> dict[str, Any]:
        return {
            "micro_f1": round(score.f1, 4),
            "correct": score.correct,
            "gold": score.gold,
            "per_technique": {k: round(v, 4) for k, v in score.per_technique.items()},
        }

    return {
        "split": scores.split,
        "articles": scores.articles,
        "source": scores.source,
        "seconds": round(seconds, 2),
        "si": si(scores.si),
        "tc": tc(scores.tc),
        "si_reported": si(scores.si_reported),
        "si_features": si(scores.si_features),
        "tc_with_runner_up": round(scores.tc_with_runner_up, 4),
        "baselines": {
            "si_every_sentence": si(scores.si_sentences),
            "si_lexicon": si(scores.si_lexicon),
            "tc_majority": tc(scores.tc_majority),
        },
        "published": [
            {"name": p.name, "si_f1": p.si_f1, "tc_micro_f1": p.tc_f1, "note": p.note}
            for p in PUBLISHED
        ],
    }


@evaluate_app.command("rhetoric")
@one_line_errors
def evaluate_rhetoric_command(
    data: Annotated[Path, typer.Option(help="The PTC folder.")] = DEFAULT_PTC,
    fmt: Annotated[ScoreFormat, typer.Option("--format", "-f")] = ScoreFormat.table,
    predictions: Annotated[
        Path | None, typer.Option(help="Also write our SI and TC output in the task's formats.")
    ] = None,
) -> None:
    """Score the persuasion-technique tagger on PTC dev (SemEval-2020 Task 11)."""
    from chronocheck.evaluate.ptc import PUBLISHED, evaluate_rhetoric, write_predictions

    if not data.is_dir():
        raise ConfigError(f"No PTC data at '{data}': pass --data PATH.")
    started = time.perf_counter()
    scores = evaluate_rhetoric(data, "dev")
    seconds = time.perf_counter() - started
    if predictions is not None:
        write_predictions(data, predictions, "dev")
    if fmt is ScoreFormat.json:
        sys.stdout.write(json.dumps(_scores_json(scores, seconds), indent=2) + "\n")
        return
    title = (
        f"PTC dev ({scores.articles} articles, {scores.si.gold} SI / {scores.tc.gold} TC gold), "
        f"official metrics, % — ours: {scores.source}"
    )
    table = Table(title=title)
    for column in ("system", "SI P", "SI R", "SI F1", "TC micro-F1", "note"):
        table.add_column(column, justify="left" if column in ("system", "note") else "right")
    table.add_row("chronocheck", *_si(scores.si), _pct(scores.tc.f1), "dev, encoder + linear TC")
    table.add_row(
        "  spans a report shows", *_si(scores.si_reported), "—", "dev, score >= display floor"
    )
    table.add_row("  string features only", *_si(scores.si_features), "—", "dev, faster tagger")
    table.add_row(
        "  technique or its runner-up",
        "—",
        "—",
        "—",
        _pct(scores.tc_with_runner_up),
        "dev, accuracy: gold is first or runner-up",
    )
    table.add_row("every sentence", *_si(scores.si_sentences), "—", "dev, trivial")
    table.add_row("lexicon fallback", *_si(scores.si_lexicon), "—", "dev, trivial")
    table.add_row("Loaded_Language", "—", "—", "—", _pct(scores.tc_majority.f1), "dev, majority")
    for published in PUBLISHED:
        table.add_row(
            published.name, "—", "—", _pct(published.si_f1), _pct(published.tc_f1), published.note
        )
    Console().print(table)
    print(f"{seconds:.1f} s")
