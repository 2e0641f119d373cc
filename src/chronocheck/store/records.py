"""What the store hands back: frozen records of stored analyses.

The web app and the API read these, never the ORM rows, so a session can close
as soon as a query is done and nothing outside ``store`` sees SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any, Literal

from chronocheck.models import Article

LOGGER = logging.getLogger(__name__)

Status = Literal["queued", "running", "done", "failed"]
STATUSES: tuple[Status, ...] = ("queued", "running", "done", "failed")


@dataclass(frozen=True, slots=True)
class AnalysisSummary:
    """One line of the history of analyses.

    Attributes:
        id: The analysis id (32 hex digits).
        status: ``queued``, ``running``, ``done`` or ``failed``.
        title: The article's title, if it has one.
        source: Where the article came from.
        sha256: The article text's SHA-256.
        created_at: When the analysis was asked for (UTC).
        verdicts: Claims per verdict label, for a finished analysis.
    """

    id: str
    status: Status
    title: str | None
    source: str
    sha256: str
    created_at: dt.datetime
    verdicts: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields; the time in ISO 8601."""
        return {
            "id": self.id,
            "status": self.status,
            "title": self.title,
            "source": self.source,
            "sha256": self.sha256,
            "created_at": self.created_at.isoformat(),
            "verdicts": dict(self.verdicts),
        }


@dataclass(frozen=True, slots=True)
class StoredAnalysis:
    """An analysis with everything the store keeps of it.

    Attributes:
        summary: Its line in the history.
        text: The article text.
        published: The article's publication date, if known.
        error: Why it failed, for a failed one.
        options: What was asked for (date, packs...).
        pipeline_version: The chronocheck version that ran (or will run) it.
        schema_version: The report schema of ``result``.
        packs: ``name@version`` of each reference pack it was checked against.
        started_at: When a worker took it.
        finished_at: When it was done or failed.
        result: The JSON report, for a finished analysis.
        queue_position: For a queued analysis, 1 + the queued ones asked for before it.
        reused_from: For a result served from an identical finished analysis, that
            analysis's id (the one that really ran).
    """

    summary: AnalysisSummary
    text: str
    published: str | None
    error: str | None
    options: dict[str, Any]
    pipeline_version: str
    schema_version: str | None
    packs: tuple[str, ...]
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    result: dict[str, Any] | None
    queue_position: int | None = None
    reused_from: str | None = None

    @property
    def id(self) -> str:
        """The analysis id."""
        return self.summary.id

    @property
    def status(self) -> Status:
        """Where the analysis stands."""
        return self.summary.status


@dataclass(frozen=True, slots=True)
class Submission:
    """What :meth:`Store.queue_or_reuse` did with a new submission.

    Attributes:
        id: The new analysis's id.
        status: ``queued``, or ``done`` when it was served from a stored result.
        reused_from: The id of the analysis whose result it copies, if any.
    """

    id: str
    status: Status
    reused_from: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimedAnalysis:
    """An analysis a worker has claimed (:meth:`Store.claim`): what to analyse, and how.

    Attributes:
        id: The analysis id.
        article: The article, with this submission's date.
        options: What the submission asked for (date, packs...).
    """

    id: str
    article: Article
    options: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Recovery:
    """What :meth:`Store.recover` found after a restart.

    Attributes:
        requeued: Ids of queued analyses, to hand to a worker again.
        failed: Ids of analyses that were running when the process stopped,
            now failed with a reason.
    """

    requeued: tuple[str, ...]
    failed: tuple[str, ...]
