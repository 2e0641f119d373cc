"""The web app: one FastAPI application for the pages and the JSON API.

``create_app`` opens the store, settles what a previous process left
unfinished (running analyses fail with a reason, queued ones are queued again),
starts the pool of analysis processes, and mounts the API (``/api``), the pages and the static
files. Every error reaches the client in one shape, JSON under ``/api`` and a
page elsewhere, with a 4xx status for bad input and never a stack trace::

    {"error": {"status": 422, "message": "text: the text is empty."}}
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from chronocheck import __version__
from chronocheck.errors import (
    ChronocheckError,
    ConfigError,
    IngestError,
    NotFoundError,
    StoreError,
)
from chronocheck.settings import Settings
from chronocheck.store import Store
from chronocheck.web import api, pages
from chronocheck.web.context import AppState, TokenRequired
from chronocheck.web.security import (
    WRITES_PER_MINUTE,
    BodyTooLarge,
    GuardMiddleware,
    RateLimiter,
)
from chronocheck.web.worker import Analyse, Worker, check_with_library, default_processes

LOGGER = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
#: Room for the JSON or multipart wrapping around the largest article allowed.
BODY_OVERHEAD_BYTES = 64_000
#: The status each of chronocheck's errors is answered with.
ERROR_STATUS: tuple[tuple[type[ChronocheckError], int], ...] = (
    (NotFoundError, 404),
    (TokenRequired, 401),
    (StoreError, 503),
    (IngestError, 422),
    (ConfigError, 422),
)


def create_app(
    settings: Settings,
    db_url: str,
    *,
    token: str | None = None,
    analyse: Analyse = check_with_library,
    writes_per_minute: int = WRITES_PER_MINUTE,
    workers: int | None = None,
) -> FastAPI:
    """Build the app over the database at ``db_url``.

    Args:
        settings: The settings analyses run with (size limits, packs, rhetoric...).
        db_url: ``sqlite:///FILE`` or ``postgresql://...``.
        token: The write token; None lets anyone write (for a loopback server).
        analyse: What runs one analysis (the library's check; a stand-in in tests).
        writes_per_minute: Writes allowed per client address a minute, counted in
            this process (see :class:`RateLimiter`).
        workers: Analyses run at once, each in its own process (default
            :func:`default_processes`); the HTTP server stays one process.

    Returns:
        The ASGI application; the store opens when it starts (lifespan).
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = Store(db_url)
        processes = workers if workers is not None else default_processes()
        worker = Worker(store, settings, analyse, processes=processes)
        app.state.chronocheck = AppState(settings, store, worker, token)
        recovery = store.recover()
        if recovery.failed:
            LOGGER.warning(
                "%d analyses were running when the server stopped: failed.", len(recovery.failed)
            )
        worker.start()
        for analysis_id in recovery.requeued:
            worker.submit(analysis_id)
        try:
            yield
        finally:
            worker.stop()
            store.close()

    app = FastAPI(
        title="chronocheck",
        version=__version__,
        description="Check the history in an article, offline: claims, dates, verdicts, rhetoric.",
        lifespan=lifespan,
    )
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _add_error_handlers(app)
    max_body = max(settings.max_text_bytes, settings.max_download_bytes) + BODY_OVERHEAD_BYTES
    app.add_middleware(
        GuardMiddleware,
        max_body_bytes=max_body,
        limiter=RateLimiter(writes_per_minute),
        refuse=_refusal,
    )

    @app.get("/healthz")
    def healthz(request: Request) -> dict[str, object]:
        """Whether the app and its database answer, and how many analyses wait."""
        state: AppState = request.app.state.chronocheck
        return {
            "status": "ok",
            "version": __version__,
            "database": state.store.engine.dialect.name,
            "queued": state.worker.pending(),
            "workers": state.worker.processes,
        }

    return app


def error_body(status: int, message: str) -> dict[str, object]:
    """The one shape of every error the API answers."""
    return {"error": {"status": status, "message": message}}


def _refusal(status: int, message: str, headers: dict[str, str]) -> Response:
    return JSONResponse(error_body(status, message), status_code=status, headers=headers)


def _answer(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api") or request.url.path == "/healthz":
        return JSONResponse(error_body(status, message), status_code=status)
    return pages.error_page(request, status, message)


def _add_error_handlers(app: FastAPI) -> None:
    async def on_chronocheck_error(request: Request, exc: Exception) -> Response:
        status = next((code for kind, code in ERROR_STATUS if isinstance(exc, kind)), 500)
        if status == 503:
            LOGGER.error("Store error on %s: %s", request.url.path, exc)
            return _answer(request, status, "The database is not available; try again soon.")
        return _answer(request, status, str(exc))

    async def on_validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(part) for part in first.get("loc", ()))
        return _answer(request, 422, f"{where}: {first.get('msg', 'invalid')}")

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return _answer(request, exc.status_code, str(exc.detail))

    async def on_too_large(request: Request, exc: Exception) -> Response:
        return _answer(request, 413, f"The request is larger than {exc.args[0]:,} bytes.")

    async def on_bug(request: Request, exc: Exception) -> Response:
        LOGGER.exception("Unexpected error on %s", request.url.path)
        return _answer(request, 500, "chronocheck failed on this request; the server log has it.")

    app.add_exception_handler(ChronocheckError, on_chronocheck_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(BodyTooLarge, on_too_large)
    app.add_exception_handler(Exception, on_bug)


__all__ = ["create_app", "error_body"]
