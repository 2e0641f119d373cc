"""The store of analyses on SQLite and PostgreSQL: queue, run, finish, find, recover."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import inspect

from chronocheck.errors import NotFoundError, StoreError
from chronocheck.models import Article, Report
from chronocheck.store import Store
from chronocheck.store.search import fts5_query, search_body
from tests.report.verified_report import verified_report


def _queued(store: Store, report: Report) -> str:
    return store.queue(report.article, {"date": report.article.published})


def _finished(store: Store, report: Report) -> str:
    analysis_id = _queued(store, report)
    store.claim(analysis_id)
    store.finish(analysis_id, report)
    return analysis_id


def test_the_migrations_create_every_table(store: Store) -> None:
    tables = set(inspect(store.engine).get_table_names())
    assert {"articles", "analyses", "claims", "evidence", "techniques", "alembic_version"} <= tables


def test_an_analysis_goes_from_queued_to_done_with_its_report(store: Store) -> None:
    report = verified_report()
    analysis_id = _queued(store, report)
    assert store.get(analysis_id).status == "queued"
    claimed = store.claim(analysis_id)
    assert claimed is not None
    article = claimed.article
    assert (article.text, article.title, article.published) == (
        report.article.text,
        report.article.title,
        report.article.published,
    )
    assert store.get(analysis_id).status == "running"
    store.finish(analysis_id, report)
    stored = store.get(analysis_id)
    assert stored.status == "done"
    assert stored.result == report.to_dict()
    assert Report.from_dict(stored.result) == report
    assert stored.packs == ("iran-iraq-war@1.0.0",)
    assert stored.schema_version == report.schema_version
    assert stored.summary.verdicts == {
        "supported": 1,
        "contradicted": 2,
        "contested": 2,
        "unverifiable": 1,
    }
    assert stored.started_at is not None and stored.finished_at is not None
    assert stored.finished_at >= stored.started_at >= stored.summary.created_at


def test_the_same_text_is_stored_once_for_many_analyses(store: Store) -> None:
    report = verified_report()
    first, second = _finished(store, report), _queued(store, report)
    assert first != second
    assert store.get(first).summary.sha256 == store.get(second).summary.sha256
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM articles").scalar() == 1


def test_a_failed_analysis_says_why(store: Store) -> None:
    analysis_id = _queued(store, verified_report())
    store.claim(analysis_id)
    store.fail(analysis_id, "The text is not in English.")
    stored = store.get(analysis_id)
    assert (stored.status, stored.error, stored.result) == (
        "failed",
        "The text is not in English.",
        None,
    )


def test_an_unknown_id_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError, match="'nope'"):
        store.get("nope")
    with pytest.raises(NotFoundError):
        store.claim("nope")


def test_recover_fails_what_was_running_and_requeues_what_waited(store: Store) -> None:
    report = verified_report()
    running, waiting, done = (
        _queued(store, report),
        _queued(store, report),
        _finished(store, report),
    )
    store.claim(running)
    recovery = store.recover()
    assert recovery.failed == (running,)
    assert recovery.requeued == (waiting,)
    assert store.get(running).status == "failed"
    assert "stopped" in (store.get(running).error or "")
    assert store.get(done).status == "done"


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Resolution 598", True),
        ("ceasefire", True),
        ("casualty", True),  # stemmed: "casualties" in the text
        ("Falklands", False),
        ("Iran* (shelled)", True),  # query syntax is read as words
        ("  ", True),  # no words: no filter
    ],
)
def test_history_finds_analyses_by_words(store: Store, query: str, found: bool) -> None:
    analysis_id = _finished(store, verified_report())
    ids = [summary.id for summary in store.history(query=query)]
    assert ids == ([analysis_id] if found else [])


def test_history_filters_by_verdict_and_time_newest_first(store: Store) -> None:
    report = verified_report()
    older = _finished(store, report)
    unchecked = replace(
        report,
        article=Article(text="Another text about 1980.", source="other.txt"),
        claims=tuple(replace(claim, verdict=replace(claim.verdict, label="unverifiable"))
                     for claim in report.claims),
    )  # fmt: skip
    newer = _finished(store, unchecked)
    assert [s.id for s in store.history()] == [newer, older]
    assert [s.id for s in store.history(verdict="contradicted")] == [older]
    assert [s.id for s in store.history(verdict="unverifiable")] == [newer, older]
    created = store.get(newer).summary.created_at
    assert [s.id for s in store.history(since=created)] == [newer]
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert store.history(since=future) == []
    assert [s.id for s in store.history(limit=1, offset=1)] == [older]


def test_delete_forgets_an_analysis(store: Store) -> None:
    analysis_id = _finished(store, verified_report())
    store.delete(analysis_id)
    with pytest.raises(NotFoundError):
        store.get(analysis_id)
    assert store.history(query="ceasefire") == []


def test_reopening_keeps_every_analysis(db_url: str) -> None:
    first = Store(db_url)
    analysis_id = _finished(first, verified_report())
    first.close()
    first.close()  # closing twice is harmless
    again = Store(db_url)
    try:
        assert again.get(analysis_id).status == "done"
    finally:
        again.close()


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'a.sqlite'}")
    try:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        store.close()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "is not a database URL"),
        ("mysql://localhost/x", "not 'mysql'"),
        ("postgresql://nobody@127.0.0.1:1/none", "Cannot open the database"),
    ],
)
def test_a_bad_database_url_is_one_clear_error(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        Store(url)


def test_search_body_holds_the_title_text_and_claims() -> None:
    report = verified_report()
    body = search_body(report)
    assert report.article.title is not None and report.article.title in body
    assert all(claim.text in body for claim in report.claims)


@pytest.mark.parametrize(
    ("words", "query"),
    [("Resolution 598", '"resolution" "598"'), ('"AND" NEAR(', '"and" "near"'), ("--", None)],
)
def test_fts5_query_quotes_every_word(words: str, query: str | None) -> None:
    assert fts5_query(words) == query
