"""The pages: submit an article, follow its analysis, read its report, browse the history and packs.

Server-rendered Jinja2 templates with no script at all: the analysis page
refreshes itself with a ``<meta http-equiv="refresh">`` while it waits, and the
report is the self-contained HTML report in a frame. Every page links its JSON
twin under ``/api``.
"""

from __future__ import annotations

import datetime as dt
import logging
from functools import cache
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from chronocheck.errors import NotFoundError
from chronocheck.models import Report
from chronocheck.packs import builtin_pack_names
from chronocheck.report import render_report
from chronocheck.report.html_report import rhetoric_pieces
from chronocheck.report.verdicts import STATUS_SYMBOLS
from chronocheck.store import STATUSES
from chronocheck.web import api
from chronocheck.web.context import TOKEN_FIELD, AppState, app_state, require_token

LOGGER = logging.getLogger(__name__)

router = APIRouter()
TEMPLATES = Path(__file__).parent / "templates"
#: Seconds between reloads of the page of an analysis that is not finished.
REFRESH_SECONDS = 2
#: Analyses on the front page.
RECENT = 10
#: The downloadable reports: file suffix -> (report format, media type).
DOWNLOADS = {
    "json": ("json", "application/json"),
    "html": ("html", "text/html; charset=utf-8"),
    "md": ("markdown", "text/markdown; charset=utf-8"),
}
VERDICT_FILTERS = ("supported", "contradicted", "contested", "unverifiable")
#: The order verdict counts are shown in, as in the reports.
VERDICT_ORDER = (*VERDICT_FILTERS, "unchecked")


def describe_time(moment: dt.datetime | None) -> str:
    """A stored time as a reader sees it (UTC, to the minute)."""
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else ""


@cache
def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(symbols=STATUS_SYMBOLS, verdict_order=VERDICT_ORDER)
    environment.filters["when"] = describe_time
    return environment


def _page(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("refresh", None)
    context.setdefault("twin", None)
    html = _environment().get_template(name).render(**context)
    return HTMLResponse(html, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> Response:
    """The page of an error: its status and message, nothing else."""
    return _page("error.html", status, title=f"Error {status}", message=message)


async def _require_form_token(request: Request, state: AppState) -> None:
    """Refuse a form write without the token (a header or the form's token field)."""
    token = (await request.form()).get(TOKEN_FIELD)
    require_token(request, state, token if isinstance(token, str) else None)


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    """The submission form and the latest analyses."""
    state = app_state(request)
    return _page(
        "index.html",
        title="Check an article",
        packs=builtin_pack_names(),
        needs_token=state.token is not None,
        recent=state.store.history(limit=RECENT),
        twin="/api/analyses",
    )


@router.post("/analyses")
async def submit_form(request: Request) -> Response:
    """Queue the form's article and go to its analysis page."""
    state = app_state(request)
    await _require_form_token(request, state)
    submission = await api.submit(request, state)
    return RedirectResponse(f"/analyses/{submission.id}", status_code=303)


@router.get("/analyses", response_class=HTMLResponse)
def history(
    request: Request,
    q: Annotated[str | None, Query(max_length=500)] = None,
    verdict: Annotated[str | None, Query()] = None,
) -> HTMLResponse:
    """Past analyses, newest first, searchable by words and verdict."""
    chosen = verdict if verdict in VERDICT_FILTERS else None
    found = app_state(request).store.history(query=q, verdict=chosen, limit=200)
    return _page(
        "history.html",
        title="Analyses",
        analyses=found,
        query=q or "",
        verdict=chosen or "",
        verdicts=VERDICT_FILTERS,
        twin="/api/analyses",
    )


@router.get("/analyses/{analysis_id}", response_class=HTMLResponse)
def analysis_page(
    analysis_id: str,
    request: Request,
    previous: Annotated[str | None, Query(max_length=64, pattern=r"^[0-9a-f]{32}$")] = None,
) -> HTMLResponse:
    """An analysis: its progress, then its verdicts, its report and the downloads."""
    state = app_state(request)
    stored = state.store.get(analysis_id)
    waiting = stored.status in ("queued", "running")
    return _page(
        "analysis.html",
        title=stored.summary.title or "Analysis",
        analysis=stored,
        statuses=STATUSES,
        refresh=REFRESH_SECONDS if waiting else None,
        links=api.analysis_links(analysis_id),
        previous=previous,
        tab="report",
        needs_token=state.token is not None,
        twin=f"/api/analyses/{analysis_id}",
    )


@router.get("/analyses/{analysis_id}/report.{suffix}")
def report_file(
    analysis_id: str, suffix: str, request: Request, download: bool = False
) -> Response:
    """A finished analysis's report as JSON, HTML or Markdown."""
    if suffix not in DOWNLOADS:
        raise NotFoundError(f"No report format '{suffix}': json, html or md.")
    stored = app_state(request).store.get(analysis_id)
    fmt, media_type = DOWNLOADS[suffix]
    body = render_report(Report.from_dict(api.finished_result(stored)), fmt)
    headers = {}
    if download:
        headers["content-disposition"] = (
            f'attachment; filename="chronocheck-{analysis_id}.{suffix}"'
        )
    return Response(body, media_type=media_type, headers=headers)


@router.get("/analyses/{analysis_id}/rhetoric", response_class=HTMLResponse)
def rhetoric_page(analysis_id: str, request: Request) -> HTMLResponse:
    """A finished analysis's persuasion techniques in the text, their counts, and the
    claims most worth checking first."""
    view, report = api.rhetoric_of(app_state(request), analysis_id)
    return _page(
        "rhetoric.html",
        title=f"Rhetoric · {report.article.title or report.article.source}",
        view=view,
        tab="rhetoric",
        pieces=rhetoric_pieces(report) if report.rhetoric else [],
        links=api.analysis_links(analysis_id),
        twin=f"/api/analyses/{analysis_id}/rhetoric",
    )


@router.get("/compare", response_class=HTMLResponse)
def compare_page(
    request: Request,
    a: Annotated[str, Query(max_length=64)],
    b: Annotated[str, Query(max_length=64)],
) -> HTMLResponse:
    """Two analyses side by side: the claims whose verdict changed, appeared or went."""
    compared = api.comparison(app_state(request), a, b)
    return _page(
        "compare.html", title="Compare analyses", **compared, twin=f"/api/compare?a={a}&b={b}"
    )


@router.post("/analyses/{analysis_id}/rerun")
async def rerun_form(analysis_id: str, request: Request) -> Response:
    """Analyse the article again and compare the two analyses once it is done."""
    state = app_state(request)
    await _require_form_token(request, state)
    new_id = api.rerun(state, analysis_id)
    return RedirectResponse(f"/analyses/{new_id}?previous={analysis_id}", status_code=303)


@router.get("/packs", response_class=HTMLResponse)
def packs_page() -> HTMLResponse:
    """The built-in reference packs."""
    packs = [api.pack_json(name) for name in builtin_pack_names()]
    return _page("packs.html", title="Reference packs", packs=packs, twin="/api/packs")


@router.get("/packs/{name}", response_class=HTMLResponse)
def pack_page(name: str, q: Annotated[str | None, Query(max_length=500)] = None) -> HTMLResponse:
    """A pack's events and their sources, searchable."""
    events = api.pack_events(name, q)
    return _page(
        "pack.html",
        title=name,
        pack=api.pack_json(name),
        events=events,
        query=q or "",
        twin=f"/api/packs/{name}/events",
    )
