"""``chronocheck batch``: analyse a corpus into Parquet tables and a DuckDB file."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from chronocheck.cli_errors import one_line_errors
from chronocheck.cli_options import settings_from_options

LOGGER = logging.getLogger(__name__)

#: Matches chronocheck.corpus.run.DEFAULT_BATCH_SIZE; repeated so --help needs no pyarrow.
DEFAULT_BATCH_SIZE = 16


@one_line_errors
def batch(
    inputs: Annotated[
        Path, typer.Argument(help="A folder of .txt/.html, a .jsonl or .csv file, or a WARC file.")
    ],
    out: Annotated[Path, typer.Option(help="The output folder of tables (reused on re-runs).")],
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Worker processes (default 1), or Ray actors with --ray"
            " (default: one per CPU of the Ray cluster).",
        ),
    ] = None,
    ray: Annotated[
        str | None,
        typer.Option(
            "--ray",
            metavar="ADDRESS",
            help="Run on Ray: 'local' (a Ray of its own on this machine), 'auto' (the"
            " running cluster) or ray://HOST:10001. Needs chronocheck[ray].",
        ),
    ] = None,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Articles per committed batch.")
    ] = DEFAULT_BATCH_SIZE,
    text_column: Annotated[str, typer.Option(help="JSONL/CSV column of the text.")] = "text",
    id_column: Annotated[str, typer.Option(help="JSONL/CSV column of the id.")] = "id",
    date_column: Annotated[
        str, typer.Option(help="JSONL/CSV column of the publication date.")
    ] = "date",
    url_column: Annotated[str, typer.Option(help="JSONL/CSV column of the URL.")] = "url",
    outlet_column: Annotated[
        str, typer.Option(help="JSONL/CSV column of the outlet (default: the URL's host).")
    ] = "outlet",
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Run again the articles that failed.")
    ] = False,
    verify: Annotated[
        bool | None, typer.Option("--verify/--no-verify", help="Check claims against packs.")
    ] = None,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="A progress bar on stderr.")
    ] = True,
    setting: Annotated[
        list[str] | None, typer.Option("--setting", "-s", help="NAME=VALUE, repeatable.")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="A TOML settings file.")] = None,
) -> None:
    """Analyse every article of a corpus; a re-run skips the finished ones."""
    from chronocheck.corpus import Columns, run_batch

    settings = settings_from_options(setting, config, verify=verify)
    summary = run_batch(
        inputs,
        out,
        settings,
        workers=workers,
        ray_address=ray,
        batch_size=batch_size,
        columns=Columns(
            text=text_column,
            id=id_column,
            date=date_column,
            url=url_column,
            outlet=outlet_column,
        ),
        retry_failed=retry_failed,
        progress=progress,
    )
    typer.echo(
        f"chronocheck: {summary.done} done, {summary.failed} failed, {summary.skipped} skipped"
        f" in {summary.batches} batches; tables in {out}",
        err=True,
    )
