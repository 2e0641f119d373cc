"""Claiming queued analyses atomically, queue positions and reuse of a stored result."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from chronocheck.errors import NotFoundError
from chronocheck.models import Report
from chronocheck.store import Store
from tests.report.verified_report import verified_report

#: Threads racing to claim one analysis.
CLAIMERS = 8
KEY = "a" * 64


def _done(store: Store, report: Report, key: str | None = KEY) -> str:
    analysis_id = store.queue(report.article, {}, result_key=key)
    store.claim(analysis_id)
    store.finish(analysis_id, report)
    return analysis_id


def test_of_threads_claiming_one_analysis_at_once_exactly_one_gets_it(db_url: str) -> None:
    # One store per thread, like separate server processes with their own connections.
    stores = [Store(db_url) for _ in range(CLAIMERS)]
    try:
        analysis_id = stores[0].queue(verified_report().article)
        start = threading.Barrier(CLAIMERS)
        won: list[bool] = []

        def claim(store: Store) -> None:
            start.wait()
            won.append(store.claim(analysis_id) is not None)

        threads = [threading.Thread(target=claim, args=(store,)) for store in stores]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(won) == [False] * (CLAIMERS - 1) + [True]
        assert stores[0].get(analysis_id).status == "running"
    finally:
        for store in stores:
            store.close()


def test_only_a_queued_analysis_can_be_claimed(store: Store) -> None:
    report = verified_report()
    done = _done(store, report)
    failed = store.queue(report.article)
    store.fail(failed, "no")
    assert store.claim(done) is None
    assert store.claim(failed) is None
    with pytest.raises(NotFoundError):
        store.claim("nope")


def test_a_claim_carries_this_submissions_date_and_options(store: Store) -> None:
    article = replace(verified_report().article, published="2024-10-08")
    store.queue(article, {"date": "2024-10-08"})
    later = store.queue(article, {"date": "1990-01-01", "packs": ["iran-iraq-war"]})
    claimed = store.claim(later)
    assert claimed is not None
    assert claimed.article.published == "1990-01-01"
    assert claimed.options == {"date": "1990-01-01", "packs": ["iran-iraq-war"]}


def test_queued_analyses_know_their_place_in_the_queue(store: Store) -> None:
    article = verified_report().article
    first, second, third = (store.queue(article) for _ in range(3))
    assert [store.get(i).queue_position for i in (first, second, third)] == [1, 2, 3]
    store.claim(first)
    assert [store.get(i).queue_position for i in (first, second, third)] == [None, 1, 2]


def test_a_submission_with_the_key_of_a_finished_analysis_is_served_from_it(store: Store) -> None:
    report = verified_report()
    original = _done(store, report)
    submission = store.queue_or_reuse(report.article, {}, result_key=KEY)
    assert (submission.status, submission.reused_from) == ("done", original)
    assert submission.id != original
    copy, first = store.get(submission.id), store.get(original)
    assert copy.result == first.result
    assert copy.summary.verdicts == first.summary.verdicts
    assert copy.packs == first.packs and copy.reused_from == original
    # Its claims are rows of its own: the history filters and searches find the copy too.
    assert {s.id for s in store.history(verdict="contradicted")} == {original, submission.id}
    assert {s.id for s in store.history(query="ceasefire")} == {original, submission.id}
    # A copy of a copy names the analysis that really ran.
    again = store.queue_or_reuse(report.article, {}, result_key=KEY)
    assert again.reused_from == original


@pytest.mark.parametrize(
    ("key", "reuse"),
    [("b" * 64, True), (None, True), (KEY, False)],
    ids=["other key", "no key", "no reuse"],
)
def test_nothing_is_reused_without_the_same_key_or_when_refused(
    store: Store, key: str | None, reuse: bool
) -> None:
    report = verified_report()
    _done(store, report)
    submission = store.queue_or_reuse(report.article, {}, result_key=key, reuse=reuse)
    assert (submission.status, submission.reused_from) == ("queued", None)


def test_a_failed_or_unfinished_analysis_is_not_reused(store: Store) -> None:
    article = verified_report().article
    failed = store.queue(article, result_key=KEY)
    store.fail(failed, "no")
    store.queue(article, result_key=KEY)
    assert store.queue_or_reuse(article, {}, result_key=KEY).status == "queued"


def test_a_rerun_runs_again_but_keeps_the_key(store: Store) -> None:
    report = verified_report()
    original = _done(store, report)
    rerun = store.requeue_copy(original)
    assert store.get(rerun).status == "queued"
    store.claim(rerun)
    store.finish(rerun, report)
    assert store.queue_or_reuse(report.article, {}, result_key=KEY).reused_from == rerun
