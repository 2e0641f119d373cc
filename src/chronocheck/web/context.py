"""What every route needs: the app's state (settings, store, worker) and the write guard."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from fastapi import Request

from chronocheck.errors import ChronocheckError
from chronocheck.settings import Settings
from chronocheck.store import Store
from chronocheck.web.security import bearer_token, token_matches
from chronocheck.web.worker import Worker

LOGGER = logging.getLogger(__name__)

#: The form field that carries the write token from the page.
TOKEN_FIELD = "token"


class TokenRequired(ChronocheckError):
    """A write came without the server's token (answered with 401)."""


@dataclass(frozen=True, slots=True)
class AppState:
    """The app's long-lived parts, made once at start-up.

    Attributes:
        settings: The settings analyses run with.
        store: The database of analyses.
        worker: The pool of threads and processes that runs queued analyses.
        token: The write token, or None when writes need none (loopback only).
    """

    settings: Settings
    store: Store
    worker: Worker
    token: str | None


def app_state(request: Request) -> AppState:
    """The state of the app serving ``request``."""
    state: AppState = request.app.state.chronocheck
    return state


def require_token(request: Request, state: AppState, form_token: str | None = None) -> None:
    """Refuse a write without the token, when the server has one.

    Raises:
        TokenRequired: If the token is missing or wrong.
    """
    given = bearer_token(request.headers.get("authorization")) or form_token
    if not token_matches(state.token, given):
        raise TokenRequired("This server needs its write token: Authorization: Bearer TOKEN.")
