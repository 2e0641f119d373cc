"""The store of analyses: queue an analysis, record its result, find it again.

Every change is one transaction: an analysis is queued with its article, then
claimed (marked running by one conditional UPDATE, so only one worker gets it),
then finished (report, claims, evidence, technique spans and its search entry
written together) or failed. A submission with the result key of a finished
analysis is stored done at once with a copy of that result. A process killed
half-way leaves the last committed state, never a half-written result, and
:meth:`Store.recover` settles what it left unfinished.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Engine, Select, func, select, text, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, defer, selectinload

from chronocheck import __version__
from chronocheck.errors import NotFoundError, StoreError
from chronocheck.models import Article, Report
from chronocheck.store.db import open_engine
from chronocheck.store.records import (
    AnalysisSummary,
    ClaimedAnalysis,
    Recovery,
    Status,
    StoredAnalysis,
    Submission,
)
from chronocheck.store.results import write_result
from chronocheck.store.search import matching_analyses
from chronocheck.store.tables import MAX_SOURCE_LENGTH, AnalysisRow, ArticleRow, ClaimRow

LOGGER = logging.getLogger(__name__)

#: Most analyses one history page lists.
MAX_PAGE = 200
INTERRUPTED = "The server stopped while this analysis ran; submit it again."


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Store:
    """The analyses kept in one database.

    Not a dataclass: it owns an engine and its connection pool, which
    :meth:`close` releases.
    """

    def __init__(self, url: str) -> None:
        """Open (and migrate) the database at ``url``; see :func:`open_engine`."""
        self.url = url
        self.engine: Engine = open_engine(url)

    def close(self) -> None:
        """Release the connections; closing twice is harmless."""
        self.engine.dispose()

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on error."""
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except SQLAlchemyError as e:
            raise StoreError(f"The database failed: {e}") from e

    def queue(
        self,
        article: Article,
        options: Mapping[str, Any] | None = None,
        *,
        result_key: str | None = None,
    ) -> str:
        """Record a new analysis of ``article``, queued, and return its id."""
        return self.queue_or_reuse(article, options, result_key=result_key, reuse=False).id

    def queue_or_reuse(
        self,
        article: Article,
        options: Mapping[str, Any] | None = None,
        *,
        result_key: str | None,
        reuse: bool = True,
    ) -> Submission:
        """Record a new analysis; done at once with a copied result if one has ``result_key``.

        Args:
            article: What to analyse.
            options: What the submission asked for (date, packs...).
            result_key: The digest of everything the result depends on
                (:func:`chronocheck.web.reuse.result_key`); None never reuses.
            reuse: Whether a finished analysis with the same key may serve this one.

        Returns:
            The new analysis: ``queued``, or ``done`` with the id it was copied from.
        """
        try:
            return self._insert(article, options or {}, result_key, reuse)
        except StoreError as e:
            if not isinstance(e.__cause__, IntegrityError):
                raise
            # Another writer stored the same new text at the same moment: it is there now.
            return self._insert(article, options or {}, result_key, reuse)

    def _insert(
        self, article: Article, options: Mapping[str, Any], result_key: str | None, reuse: bool
    ) -> Submission:
        with self._session() as session:
            row = _queued(self._article_row(session, article), options, result_key)
            session.add(row)
            found = self._finished_with(session, result_key) if reuse and result_key else None
            if found is None:
                return Submission(row.id, "queued")
            row.reused_from = found.reused_from or found.id
            row.started_at = _now()
            assert found.report is not None  # a done analysis has its report
            write_result(session, row, Report.from_dict(found.report), now=row.started_at)
            return Submission(row.id, "done", row.reused_from)

    def _finished_with(self, session: Session, result_key: str) -> AnalysisRow | None:
        """The newest finished analysis with this result key, if any."""
        return session.scalar(
            select(AnalysisRow)
            .where(AnalysisRow.result_key == result_key, AnalysisRow.status == "done")
            .order_by(AnalysisRow.finished_at.desc())
            .limit(1)
        )

    def _article_row(self, session: Session, article: Article) -> ArticleRow:
        found = session.scalar(select(ArticleRow).where(ArticleRow.sha256 == article.sha256))
        if found is not None:
            return found
        return ArticleRow(
            sha256=article.sha256,
            text=article.text,
            title=article.title,
            source=article.source[:MAX_SOURCE_LENGTH],
            published=article.published,
            created_at=_now(),
        )

    def requeue_copy(self, analysis_id: str) -> str:
        """Queue a new analysis of the same article with the same options; return its id."""
        with self._session() as session:
            old = self._row(session, analysis_id)
            # A rerun runs again (that is its point), but its result may serve later copies.
            row = _queued(old.article, old.options, old.result_key)
            session.add(row)
        return row.id

    def claim(self, analysis_id: str) -> ClaimedAnalysis | None:
        """Mark a queued analysis running and return what to analyse; None if it is not queued.

        One conditional UPDATE (``WHERE status = 'queued'``) makes the claim, so of
        two processes claiming the same analysis at once exactly one gets it: on
        PostgreSQL the second waits for the first's row lock and then matches no
        row; on SQLite writers take the database lock one at a time.

        Raises:
            NotFoundError: If there is no analysis with this id.
        """
        claimed = (
            update(AnalysisRow)
            .where(AnalysisRow.id == analysis_id, AnalysisRow.status == "queued")
            .values(status="running", started_at=_now())
        )
        with self._session() as session:
            taken = session.connection().execute(claimed).rowcount == 1
            row = self._row(session, analysis_id)
            if not taken:
                return None
            stored = row.article
            # The text is stored once, with the date of its first submission; this one's wins.
            published = row.options.get("date") or stored.published
            article = Article(
                text=stored.text,
                source=stored.source,
                title=stored.title,
                published=str(published) if published else None,
                date_source="option" if published else None,
            )
            return ClaimedAnalysis(analysis_id, article, dict(row.options))

    def finish(self, analysis_id: str, report: Report) -> None:
        """Store a finished analysis: its report, claims, evidence and technique spans."""
        with self._session() as session:
            write_result(session, self._row(session, analysis_id), report, now=_now())

    def fail(self, analysis_id: str, reason: str) -> None:
        """Mark an analysis failed, saying why."""
        with self._session() as session:
            row = self._row(session, analysis_id)
            row.status = "failed"
            row.error = reason
            row.finished_at = _now()

    def recover(self) -> Recovery:
        """After a restart: fail what was running, and list what is still queued."""
        with self._session() as session:
            running = session.scalars(
                select(AnalysisRow.id).where(AnalysisRow.status == "running")
            ).all()
            session.execute(
                update(AnalysisRow)
                .where(AnalysisRow.status == "running")
                .values(status="failed", error=INTERRUPTED, finished_at=_now())
            )
            queued = session.scalars(
                select(AnalysisRow.id)
                .where(AnalysisRow.status == "queued")
                .order_by(AnalysisRow.created_at)
            ).all()
        return Recovery(requeued=tuple(queued), failed=tuple(running))

    def get(self, analysis_id: str) -> StoredAnalysis:
        """The analysis with this id.

        Raises:
            NotFoundError: If there is none.
        """
        with self._session() as session:
            row = self._row(session, analysis_id)
            summary = _summary(row, _verdicts(row.report))
            return StoredAnalysis(
                summary=summary,
                text=row.article.text,
                published=row.article.published,
                error=row.error,
                options=dict(row.options),
                pipeline_version=row.pipeline_version,
                schema_version=row.schema_version,
                packs=tuple(row.packs),
                started_at=_utc(row.started_at),
                finished_at=_utc(row.finished_at),
                result=row.report,
                queue_position=self._queue_position(session, row),
                reused_from=row.reused_from,
            )

    def _queue_position(self, session: Session, row: AnalysisRow) -> int | None:
        """1 + the queued analyses asked for before ``row``, for a queued one."""
        if row.status != "queued":
            return None
        ahead = select(func.count()).where(
            AnalysisRow.status == "queued",
            (AnalysisRow.created_at < row.created_at)
            | ((AnalysisRow.created_at == row.created_at) & (AnalysisRow.id < row.id)),
        )
        return 1 + (session.scalar(ahead) or 0)

    def history(
        self,
        *,
        query: str | None = None,
        verdict: str | None = None,
        since: dt.datetime | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[AnalysisSummary]:
        """Analyses newest first, filtered by words, a claim verdict and a start time.

        Args:
            query: Words to find in the title, the article text or a claim.
            verdict: Keep analyses with at least one claim of this verdict.
            since: Keep analyses asked for at or after this time.
            limit: Most analyses returned (at most ``MAX_PAGE``).
            offset: Analyses skipped first, for paging.
        """
        # A history page needs neither the reports nor the article texts: leave them unread.
        statement: Select[AnalysisRow] = (
            select(AnalysisRow)
            .options(
                defer(AnalysisRow.report),
                defer(AnalysisRow.options),
                selectinload(AnalysisRow.article).load_only(
                    ArticleRow.title, ArticleRow.source, ArticleRow.sha256
                ),
            )
            .order_by(AnalysisRow.created_at.desc(), AnalysisRow.id)
        )
        if query and query.strip():
            statement = statement.where(
                AnalysisRow.id.in_(matching_analyses(self.engine.dialect.name, query))
            )
        if verdict:
            having = select(ClaimRow.analysis_id).where(ClaimRow.verdict == verdict)
            statement = statement.where(AnalysisRow.id.in_(having))
        if since is not None:
            statement = statement.where(AnalysisRow.created_at >= since)
        statement = statement.limit(max(1, min(limit, MAX_PAGE))).offset(max(0, offset))
        with self._session() as session:
            rows = session.scalars(statement).all()
            counts: dict[str, dict[str, int]] = {row.id: {} for row in rows}
            verdicts = (
                select(ClaimRow.analysis_id, ClaimRow.verdict, func.count())
                .where(ClaimRow.analysis_id.in_(list(counts)))
                .group_by(ClaimRow.analysis_id, ClaimRow.verdict)
            )
            for analysis_id, label, count in session.execute(verdicts):
                counts[analysis_id][label] = count
            return [_summary(row, counts[row.id]) for row in rows]

    def delete(self, analysis_id: str) -> None:
        """Forget one analysis (its article stays for the others that share it)."""
        with self._session() as session:
            row = self._row(session, analysis_id)
            session.delete(row)
            if self.engine.dialect.name == "sqlite":
                session.execute(
                    text("DELETE FROM search_index WHERE analysis_id = :id"), {"id": analysis_id}
                )

    def count(self, status: Status | None = None) -> int:
        """How many analyses there are (of one status)."""
        statement = select(AnalysisRow.id)
        if status is not None:
            statement = statement.where(AnalysisRow.status == status)
        with self._session() as session:
            return len(session.scalars(statement).all())

    def _row(self, session: Session, analysis_id: str) -> AnalysisRow:
        row = session.get(AnalysisRow, analysis_id)
        if row is None:
            raise NotFoundError(f"No analysis has the id '{analysis_id}'.")
        return row


def _queued(article: ArticleRow, options: Mapping[str, Any], result_key: str | None) -> AnalysisRow:
    """A new analysis of ``article``, queued, to be run by this version of chronocheck."""
    return AnalysisRow(
        id=uuid.uuid4().hex,
        article=article,
        status="queued",
        options=dict(options),
        result_key=result_key,
        pipeline_version=__version__,
        packs=[],
        created_at=_now(),
    )


def _verdicts(report: dict[str, Any] | None) -> dict[str, int]:
    if report is None:
        return {}
    return dict(Counter(claim["verdict"]["label"] for claim in report["claims"]))


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    """The time with its zone: SQLite keeps none, and every time the store writes is UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=dt.UTC)


def _summary(row: AnalysisRow, verdicts: dict[str, int]) -> AnalysisSummary:
    created = _utc(row.created_at)
    assert created is not None  # the column is NOT NULL
    return AnalysisSummary(
        id=row.id,
        status=cast(Status, row.status),
        title=row.article.title,
        source=row.article.source,
        sha256=row.article.sha256,
        created_at=created,
        verdicts=verdicts,
    )
