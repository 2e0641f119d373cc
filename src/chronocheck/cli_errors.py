"""How every ``chronocheck`` command reports failure.

Every error chronocheck raises on purpose becomes one line on stderr and exit
status 2; anything else is a bug, reported in one line with exit status 1 (set
``CHRONOCHECK_DEBUG=1`` to see the traceback). Shared by ``cli`` and its
sub-apps so that they all fail the same way.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import ParamSpec

import typer

from chronocheck.errors import ChronocheckError

P = ParamSpec("P")

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 1


def one_line_errors(command: Callable[P, None]) -> Callable[P, None]:
    """Turn chronocheck's errors into one line on stderr and exit status 2."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except ChronocheckError as e:
            typer.echo(f"chronocheck: error: {e}", err=True)
            raise typer.Exit(EXIT_BAD_INPUT) from e
        except Exception as e:  # a bug: one line, not a traceback, unless asked
            if os.environ.get("CHRONOCHECK_DEBUG"):
                raise
            typer.echo(f"chronocheck: internal error: {type(e).__name__}: {e}", err=True)
            raise typer.Exit(EXIT_INTERNAL) from e

    return run
