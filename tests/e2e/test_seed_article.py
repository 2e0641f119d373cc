"""End to end on the seed article (../shared/seed/article.txt): what issue #3 asks for.

Offsets are found in the text by the test (the article is not copied into the
repository), then compared with what chronocheck reports.
"""

from __future__ import annotations

import pytest

from chronocheck.analysis import check_article
from chronocheck.ingest import read_article
from chronocheck.models import Claim, Report, Timex
from chronocheck.settings import Settings
from tests.shared_paths import SEED_ARTICLE


@pytest.fixture(scope="module")
def report(seed_text: str) -> Report:
    settings = Settings()
    article = read_article(str(SEED_ARTICLE), settings=settings)
    assert article.text == seed_text.replace("\r\n", "\n")
    return check_article(article, settings=settings)


def _offset(report: Report, text: str) -> int:
    return report.article.text.index(text)


def _timex_at(report: Report, text: str) -> Timex:
    start = _offset(report, text)
    found = [t for t in report.timexes if t.start <= start < t.end]
    assert found, f"no time expression covers {text!r} at {start}"
    return found[0]


def _claim_with(report: Report, timex: Timex) -> Claim:
    claims = [c for c in report.claims if any(t.id == timex.id for t in c.times)]
    assert claims, f"no claim is dated by {timex.text!r}"
    return claims[0]


def test_publication_date_comes_from_the_dateline(report: Report) -> None:
    assert report.article.published == "2024-10-08"
    assert report.article.date_source == "dateline"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("September 22, 1980", "1980-09-22"),  # the invasion
        ("June 20, 1986", "1986-06-20"),  # the NLA's founding
        ("June 7, 1986", "1986-06-07"),  # Rajavi's arrival in Iraq
        ("June 18, 1988", "1988-06-18"),  # Mehran
        ("July 17, 1988", "1988-07-17"),  # the ceasefire
        ("August 19, 1987", "1987-08-19"),  # Resolution 598, as the article dates it
        ("April 1979", "1979-04"),
        ("May 1982", "1982-05"),
    ],
)
def test_explicit_dates_with_offsets(report: Report, text: str, value: str) -> None:
    timex = _timex_at(report, text)
    assert (timex.start, timex.end) == (_offset(report, text), _offset(report, text) + len(text))
    assert timex.type == "DATE"
    assert timex.value == value
    _claim_with(report, timex)


def test_eight_days_after_the_issuance(report: Report) -> None:
    timex = _timex_at(report, "eight days after")
    assert timex.value == "1987-08-27"
    assert timex.anchor is not None and timex.anchor.resolved
    assert timex.anchor.text == "August 19, 1987"
    claim = _claim_with(report, timex)
    assert "Resolution 598" in claim.text


def test_six_months_before_the_invasion(report: Report) -> None:
    timex = _timex_at(report, "six months before")
    assert timex.anchor is not None
    assert timex.anchor.kind == "event" and timex.anchor.resolved
    assert timex.value == "1980-03"  # 22 September 1980 minus six months
    invasion = _timex_at(report, "September 22, 1980")
    assert timex.anchor.ref == invasion.id


def test_six_months_contradicts_april_1979(report: Report) -> None:
    found = [i for i in report.inconsistencies if i.kind == "relative-offset"]
    assert len(found) == 1
    [inconsistency] = found
    assert [p.text for p in inconsistency.places][:2] == ["April 1979", "six months before"]
    assert inconsistency.places[0].start == _offset(report, "April 1979")
    assert "17 months, not 6" in inconsistency.message


def test_paris_meeting_seven_months_after_the_withdrawal(report: Report) -> None:
    timex = _timex_at(report, "Approximately seven months after")
    assert timex.anchor is not None and timex.anchor.kind == "event"
    assert timex.anchor.resolved
    assert timex.mod == "APPROX"
    may_1982 = _timex_at(report, "May 1982")
    assert timex.anchor.ref == may_1982.id
    assert timex.value == "1982-12"
    claim = _claim_with(report, timex)
    assert "Paris" in claim.text


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("over 2 million casualties", 2_000_000, "casualties", "more-than"),
        ("an estimated $1 trillion", 1e12, "USD", "estimate"),
        ("5,000 signatures", 5000, "signatures", "exact"),
        ("over 100 operations", 100, "operations", "more-than"),
    ],
)
def test_quantities(report: Report, text: str, value: float, unit: str, qualifier: str) -> None:
    start = _offset(report, text)
    [quantity] = [q for q in report.quantities if q.start == start]
    assert quantity.end == start + len(text)
    assert (quantity.value, quantity.unit, quantity.qualifier) == (value, unit, qualifier)
    assert any(quantity in c.quantities for c in report.claims)


def test_no_quantity_from_resolution_numbers_or_years(report: Report) -> None:
    texts = [q.text for q in report.quantities]
    assert not any("598" in t or "1987" in t or "1980" in t for t in texts)


def test_timeline_is_ordered_and_every_offset_is_in_the_text(report: Report) -> None:
    days = [e.earliest for e in report.timeline]
    assert days == sorted(days)
    assert days[0] <= "1979-04-01"
    text = report.article.text
    for claim in report.claims:
        assert text[claim.start : claim.end] == claim.text
        for timex in claim.times:
            assert text[timex.start : timex.end] == timex.text
    for timex in report.timexes:
        assert text[timex.start : timex.end] == timex.text
    for quantity in report.quantities:
        assert text[quantity.start : quantity.end] == quantity.text


def test_opinion_is_not_a_claim(report: Report) -> None:
    opinion = "charting a path forward was immensely complex"
    start = _offset(report, opinion)
    assert not [c for c in report.claims if c.start <= start < c.end]
