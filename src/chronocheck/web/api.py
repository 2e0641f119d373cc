"""The JSON API: submit analyses, read them, search the history, browse the packs.

Every route answers JSON; errors have one shape, ``{"error": {"status", "message"}}``
(see :mod:`chronocheck.web.app`). The pages of :mod:`chronocheck.web.pages` are
drawn from the same functions, so each page has this JSON twin.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from chronocheck.errors import KnowledgePackError, NotFoundError
from chronocheck.models import Report
from chronocheck.packs import builtin_pack_names, load_pack
from chronocheck.store import STATUSES, StoredAnalysis, Submission
from chronocheck.web.compare import compare_reports
from chronocheck.web.context import TOKEN_FIELD, AppState, app_state, require_token
from chronocheck.web.rhetoric_view import RhetoricView, build_rhetoric_view
from chronocheck.web.submissions import (
    AnalysisRequest,
    form_request,
    parse_request,
    read_submission,
    read_upload,
    submission_options,
)

LOGGER = logging.getLogger(__name__)

router = APIRouter(prefix="/api")
#: Most events one pack listing returns.
MAX_EVENTS = 500
MULTIPART = "multipart/form-data"
FORM = "application/x-www-form-urlencoded"
SUBMISSION_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/AnalysisRequest"}},
            MULTIPART: {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "date": {"type": "string", "format": "date"},
                        "packs": {"type": "string", "description": "Comma-separated names."},
                    },
                }
            },
        },
    }
}


def analysis_json(stored: StoredAnalysis) -> dict[str, Any]:
    """An analysis as the API shows it; ``result`` is the JSON report once done."""
    return {
        **stored.summary.to_dict(),
        "error": stored.error,
        "pipeline_version": stored.pipeline_version,
        "schema_version": stored.schema_version,
        "packs": list(stored.packs),
        "options": stored.options,
        "started_at": stored.started_at.isoformat() if stored.started_at else None,
        "finished_at": stored.finished_at.isoformat() if stored.finished_at else None,
        "queue_position": stored.queue_position,
        "reused_from": stored.reused_from,
        "links": analysis_links(stored.id),
        "result": stored.result,
    }


def analysis_links(analysis_id: str) -> dict[str, str]:
    """Where an analysis and its reports are."""
    return {
        "self": f"/api/analyses/{analysis_id}",
        "page": f"/analyses/{analysis_id}",
        "json": f"/analyses/{analysis_id}/report.json",
        "html": f"/analyses/{analysis_id}/report.html",
        "markdown": f"/analyses/{analysis_id}/report.md",
        "rhetoric": f"/api/analyses/{analysis_id}/rhetoric",
        "rhetoric_page": f"/analyses/{analysis_id}/rhetoric",
    }


async def submit(request: Request, state: AppState) -> Submission:
    """Read a JSON, form or multipart submission and queue its analysis (or reuse a result).

    Raises:
        ConfigError: For a malformed submission (422).
        IngestError: For an article that cannot be read (422).
    """
    settings = state.settings
    content_type = request.headers.get("content-type", "")
    if content_type.startswith((MULTIPART, FORM)):
        form = await request.form()
        fields = {k: v for k, v in form.items() if isinstance(v, str) and k != TOKEN_FIELD}
        upload = form.get("file")
        try:
            data = b"" if upload is None or isinstance(upload, str) else await upload.read()
        finally:
            await form.close()
        if data and upload is not None and not isinstance(upload, str):
            options = form_request(fields, upload=True)
            article = await run_in_threadpool(
                read_upload, data, upload.filename or "", upload.content_type, options, settings
            )
        else:
            options = form_request(fields, upload=False)
            assert isinstance(options, AnalysisRequest)
            article = await run_in_threadpool(read_submission, options, settings)
    else:
        options = parse_request(await request.body())
        article = await run_in_threadpool(read_submission, options, settings)
    return await run_in_threadpool(state.worker.queue_article, article, submission_options(options))


@router.post("/analyses", status_code=202, openapi_extra=SUBMISSION_BODY)
async def create_analysis(request: Request) -> JSONResponse:
    """Queue an analysis of a text, a URL or an uploaded file; answers at once.

    A text already analysed with the same options and versions is answered
    from that result: the new analysis is ``done`` at once, ``reused_from``
    naming the one that ran.
    """
    state = app_state(request)
    require_token(request, state)
    return _accepted(await submit(request, state))


def json_answer(body: dict[str, Any]) -> JSONResponse:
    """``body`` as JSON, as it is: every value is JSON already.

    FastAPI would otherwise walk a returned dict with ``jsonable_encoder``, which
    took 7.5 of the 8.5 ms of answering with a finished seed analysis (#7).
    """
    return JSONResponse(body)


@router.get("/analyses/{analysis_id}")
def read_analysis(analysis_id: str, request: Request) -> JSONResponse:
    """One analysis: its status, its error if it failed, its report once done."""
    return json_answer(analysis_json(app_state(request).store.get(analysis_id)))


@router.get("/analyses")
def list_analyses(
    request: Request,
    q: Annotated[str | None, Query(max_length=500, description="Words to find.")] = None,
    verdict: Annotated[str | None, Query(description="Keep analyses with a claim of it.")] = None,
    since: Annotated[dt.datetime | None, Query(description="ISO 8601 time.")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> dict[str, Any]:
    """The history, newest first, filtered by words, a verdict label and a start time."""
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=dt.UTC)
    found = app_state(request).store.history(
        query=q, verdict=verdict, since=since, limit=limit, offset=offset
    )
    return {"analyses": [summary.to_dict() for summary in found], "statuses": list(STATUSES)}


@router.post("/analyses/{analysis_id}/rerun", status_code=202)
def rerun_analysis(analysis_id: str, request: Request) -> JSONResponse:
    """Analyse a stored article again, with the same options, as a new analysis."""
    state = app_state(request)
    require_token(request, state)
    return _accepted(Submission(rerun(state, analysis_id), "queued"))


def rerun(state: AppState, analysis_id: str) -> str:
    """Queue a new analysis of a stored article, with its options; return the new id."""
    new_id = state.store.requeue_copy(analysis_id)
    state.worker.submit(new_id)
    return new_id


def _accepted(submission: Submission) -> JSONResponse:
    """The 202 answer to a write that made an analysis, queued or served from a stored result."""
    analysis_id = submission.id
    body = {
        "id": analysis_id,
        "status": submission.status,
        "reused_from": submission.reused_from,
        "links": analysis_links(analysis_id),
    }
    return JSONResponse(body, status_code=202, headers={"location": f"/api/analyses/{analysis_id}"})


def comparison(state: AppState, a: str, b: str) -> dict[str, Any]:
    """The comparison of two finished analyses, with both summaries.

    Raises:
        NotFoundError: If either is missing or not finished.
    """
    first, second = state.store.get(a), state.store.get(b)
    return {
        "a": analysis_json(first) | {"result": None},
        "b": analysis_json(second) | {"result": None},
        "comparison": compare_reports(finished_result(first), finished_result(second)).to_dict(),
    }


def finished_result(stored: StoredAnalysis) -> dict[str, Any]:
    """The JSON report of a finished analysis.

    Raises:
        NotFoundError: If it has none (queued, running or failed).
    """
    if stored.result is None:
        raise NotFoundError(f"Analysis '{stored.id}' has no report: it is {stored.status}.")
    return stored.result


def rhetoric_of(state: AppState, analysis_id: str) -> tuple[RhetoricView, Report]:
    """The rhetoric view of a finished analysis, with its report.

    Raises:
        NotFoundError: If the analysis is missing or not finished.
    """
    report = Report.from_dict(finished_result(state.store.get(analysis_id)))
    return build_rhetoric_view(analysis_id, report), report


@router.get("/analyses/{analysis_id}/rhetoric")
def read_rhetoric(analysis_id: str, request: Request) -> JSONResponse:
    """A finished analysis's persuasion techniques (spans, counts) and claims by worth checking."""
    view, _ = rhetoric_of(app_state(request), analysis_id)
    return json_answer(view.to_dict() | {"links": analysis_links(analysis_id)})


@router.get("/compare")
def compare_analyses(
    request: Request,
    a: Annotated[str, Query(max_length=64)],
    b: Annotated[str, Query(max_length=64)],
) -> JSONResponse:
    """Which claims changed verdict between analysis ``a`` and ``b``, appeared or went."""
    return json_answer(comparison(app_state(request), a, b))


def pack_json(name: str) -> dict[str, Any]:
    """A built-in pack's description and its numbers of records."""
    with load_pack(name) as pack:
        data = pack.data()
        return {
            **dataclasses.asdict(pack.info),
            "counts": {
                "entities": len(data.entities),
                "events": len(data.events),
                "quantities": len(data.quantities),
                "disputes": len(data.disputes),
            },
            "links": {"page": f"/packs/{name}", "events": f"/api/packs/{name}/events"},
        }


def pack_events(name: str, query: str | None) -> list[dict[str, Any]]:
    """A pack's events, or those matching ``query`` best first.

    Raises:
        NotFoundError: If no built-in pack has this name.
    """
    if name not in builtin_pack_names():
        raise NotFoundError(f"No built-in pack is named '{name}'.")
    try:
        with load_pack(name) as pack:
            events = {event.id: event for event in pack.data().events}
            if query and query.strip():
                ids = [event_id for event_id, _ in pack.search_events(query, limit=MAX_EVENTS)]
            else:
                ids = list(events)[:MAX_EVENTS]
            return [dataclasses.asdict(events[event_id]) for event_id in ids if event_id in events]
    except KnowledgePackError as e:
        raise NotFoundError(str(e)) from e


@router.get("/packs")
def list_packs() -> dict[str, Any]:
    """The built-in reference packs."""
    return {"packs": [pack_json(name) for name in builtin_pack_names()]}


@router.get("/packs/{name}/events")
def list_pack_events(
    name: str, q: Annotated[str | None, Query(max_length=500)] = None
) -> dict[str, Any]:
    """A pack's dated events with their sources; ``q`` searches them."""
    return {"pack": name, "query": q, "events": pack_events(name, q)}
