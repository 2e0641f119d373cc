"""``chronocheck serve``: the web app and JSON API over a database of analyses."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from chronocheck.cli_errors import one_line_errors
from chronocheck.cli_options import settings_from_options
from chronocheck.store import Store, default_db_url
from chronocheck.web.security import WRITES_PER_MINUTE, read_token
from chronocheck.web.worker import default_processes

LOGGER = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


@one_line_errors
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = DEFAULT_HOST,
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = DEFAULT_PORT,
    db: Annotated[
        str | None,
        typer.Option(
            help="sqlite:///FILE or postgresql://...; default: a file in the user data dir."
        ),
    ] = None,
    token_file: Annotated[
        Path | None,
        typer.Option(help="A file holding the write token; required beyond loopback."),
    ] = None,
    setting: Annotated[
        list[str] | None, typer.Option("--setting", "-s", help="NAME=VALUE, repeatable.")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="A TOML settings file.")] = None,
    writes_per_minute: Annotated[
        int,
        typer.Option(
            min=1,
            help="Writes (submissions, reruns) one client address may make a minute,"
            " counted in this server's memory.",
        ),
    ] = WRITES_PER_MINUTE,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Analysis processes: how many analyses run at once (each loads the pipeline,"
            " about 350 MB); default: 2, or 1 on a one-core machine. The HTTP server stays"
            " one process, so the write rate limit (counted in memory) holds for the server.",
        ),
    ] = None,
) -> None:
    """Serve the web app and the JSON API; every analysis is kept in the database.

    Writes are limited per client address, counted in the memory of the one HTTP
    process; under several HTTP processes (uvicorn --workers) each would count
    apart.
    """
    import uvicorn

    from chronocheck.web.app import create_app

    settings = settings_from_options(setting, config)
    token = read_token(str(token_file) if token_file else None, host)
    url = db or default_db_url()
    # Open once here, so a bad URL is one line on stderr before the server starts.
    Store(url).close()
    processes = workers or default_processes()
    typer.echo(
        f"chronocheck: serving http://{host}:{port} (database {url}, {processes} analysis"
        f" {'process' if processes == 1 else 'processes'})",
        err=True,
    )
    app = create_app(
        settings, url, token=token, workers=processes, writes_per_minute=writes_per_minute
    )
    uvicorn.run(app, host=host, port=port, log_level="info")
