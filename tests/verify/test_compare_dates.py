"""Comparing a claim's date with a reference date, and the difference in words."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronocheck.dates import format_date, interval_of
from chronocheck.models import Precision, TimeAnchor, Timex
from chronocheck.packs.records import RefEvent, Source
from chronocheck.verify.compare_dates import (
    DateSpan,
    compare_dates,
    compare_month_day,
    describe_date_difference,
    describe_gap,
    describe_span,
    span_of_event,
    span_of_iso,
    span_of_timex,
)


def _span(value: str, *, approximate: bool = False) -> DateSpan:
    """A span from TIMEX3 values: "1987-07-20", or "1982-06-20..1982-06-29" inclusive."""
    first, _, last = value.partition("..")
    start = span_of_iso(first)
    end = span_of_iso(last) if last else start
    return DateSpan(start.earliest, end.latest, start.precision, approximate)


def _timex(value: str | None, **fields: object) -> Timex:
    interval = interval_of(value) if value else None
    defaults: dict[str, object] = {
        "id": "t1",
        "text": value or "",
        "start": 0,
        "end": 1,
        "type": "DATE",
        "value": value,
        "precision": interval.precision if interval else None,
        "earliest": interval.earliest.isoformat() if interval else None,
        "latest": interval.latest.isoformat() if interval else None,
    }
    return Timex(**(defaults | fields))  # type: ignore[arg-type]


def _event(start: str, end: str | None, precision: str) -> RefEvent:
    return RefEvent(
        id="E1",
        title="Event",
        type="other",
        date_start=start,
        date_end=end,
        precision=precision,  # type: ignore[arg-type]
        participants=(),
        location="",
        description="",
        importance=2,
        source=Source("Test source"),
    )


@pytest.mark.parametrize(
    ("claim", "reference", "agrees", "precision", "gap", "gap_text"),
    [
        # The examples.
        ("1982-05", "1982-06-20..1982-06-29", False, "month", -1, "a month later"),
        ("1982", "1982-05-24", True, "year", 0, ""),
        ("1987-08-19", "1987-07-20", False, "day", 30, "30 days earlier"),
        ("1986-06-20", "1987-06-19..1987-06-20", False, "day", -364, "about a year later"),
        ("1986-06-07", "1986-06-07", True, "day", 0, ""),
        ("1983/1986", "1985", True, "year", 0, ""),
        ("1983/1986", "1985-03-12", True, "year", 0, ""),
        # Coarser reference: the claim is widened to the reference's unit.
        ("1982-06-25", "1982-06", True, "month", 0, ""),
        ("1982-07-01", "1982-06", False, "month", 1, "a month earlier"),
        ("1980-09-22", "1980-09-22..1988-08-20", True, "day", 0, ""),
        ("1988-08-21", "1980-09-22..1988-08-20", False, "day", 1, "a day earlier"),
        ("1979-12", "1980", False, "year", -1, "a year later"),
        ("1984", "1982-05-24", False, "year", 2, "2 years earlier"),
        ("1987-03", "1986-05", False, "month", 10, "10 months earlier"),
        ("1987-03", "1985-01", False, "month", 26, "about 2 years earlier"),
        ("1983-01", "1982-01-15", False, "month", 12, "a year earlier"),
        ("1987-09-01", "1987-07-20", False, "day", 43, "43 days earlier"),
        ("1987-10-01", "1987-07-20", False, "day", 73, "about 2 months earlier"),
        # Seasons, quarters, decades.
        ("1988-SP", "1988-04-17", True, "season", 0, ""),
        ("1988-SP", "1988-07", False, "season", -1, "a season later"),
        ("1988-Q2", "1988-04-17", True, "quarter", 0, ""),
        ("198", "1988-08-20", True, "decade", 0, ""),
        ("197", "1980-09-22", False, "decade", -1, "a decade later"),
        ("1988-W29", "1988-07-18", True, "week", 0, ""),
    ],
)
def test_compare_dates(
    claim: str, reference: str, agrees: bool, precision: str, gap: int, gap_text: str
) -> None:
    comparison = compare_dates(_span(claim), _span(reference))
    assert (comparison.agrees, comparison.precision, comparison.gap) == (agrees, precision, gap)
    assert comparison.gap_text == gap_text


@pytest.mark.parametrize(
    ("claim", "reference", "agrees", "gap"),
    [
        # "about December 1982" reaches one month either side.
        ("1982-12", "1983-01-09", True, 0),
        ("1982-12", "1983-02-01", False, -1),
        ("1982-12", "1982-11-30", True, 0),
        # "about 1985" reaches 1984 and 1986.
        ("1985", "1986-03-12", True, 0),
        ("1985", "1987-01-01", False, -1),
        # "about 19 August 1987" reaches only the days either side.
        ("1987-08-19", "1987-08-20", True, 0),
        ("1987-08-19", "1987-07-20", False, 29),
    ],
)
def test_compare_approximate_dates(claim: str, reference: str, agrees: bool, gap: int) -> None:
    comparison = compare_dates(_span(claim, approximate=True), _span(reference))
    assert (comparison.agrees, comparison.gap) == (agrees, gap)


@pytest.mark.parametrize(
    ("value", "reference", "agrees", "gap", "claim_text"),
    [
        ("XXXX-09-22", "1980-09-22", True, 0, "22 Sep"),
        ("XXXX-09-22", "1980-09", True, 0, "22 Sep"),
        ("XXXX-09-21", "1980-09-22", False, -1, "21 Sep"),
        ("XXXX-09-22", "1980-06", False, 3, "22 Sep"),
        # The nearest year is taken: 2 January is a day after 1 January of the next year.
        ("XXXX-01-02", "1980-12-31", False, 2, "2 Jan"),
        ("XXXX-02-29", "1988-02-29", True, 0, "29 Feb"),
        ("XXXX-02-29", "1988-03-01", False, -1, "29 Feb"),
        # Of 1986, 1987 and 1988 only 1988 has a 29 February.
        ("XXXX-02-29", "1987-03-01", False, 365, "29 Feb"),
    ],
)
def test_compare_month_day(
    value: str, reference: str, agrees: bool, gap: int, claim_text: str
) -> None:
    comparison = compare_month_day(value, _span(reference))
    assert comparison is not None
    assert (comparison.agrees, comparison.gap, comparison.claim_text) == (agrees, gap, claim_text)


@pytest.mark.parametrize("value", ["1980-09-22", "XXXX-09", "XXXX-WXX-1", "PAST_REF", "P6M"])
def test_compare_month_day_needs_a_month_and_day_without_year(value: str) -> None:
    assert compare_month_day(value, _span("1980-09-22")) is None


@pytest.mark.parametrize(
    ("claim", "reference", "subject", "expected"),
    [
        (
            "1987-08-19",
            "1987-07-20",
            "UN Security Council adopts Resolution 598",
            'the article says 19 Aug 1987; the reference dates "UN Security Council adopts'
            ' Resolution 598" to 20 Jul 1987, 30 days earlier',
        ),
        (
            "1982-05",
            "1982-06-20..1982-06-29",
            "Iraqi withdrawal",
            'the article says May 1982; the reference dates "Iraqi withdrawal" to'
            " 20–29 Jun 1982, a month later",
        ),
        (
            "1986-06-20",
            "1987-06-19..1987-06-20",
            "NLA founded",
            'the article says 20 Jun 1986; the reference dates "NLA founded" to'
            " 19–20 Jun 1987, about a year later",
        ),
        (
            "1982",
            "1982-05-24",
            "Khorramshahr retaken",
            'the article says 1982; the reference dates "Khorramshahr retaken" to'
            " 24 May 1982, which agrees",
        ),
    ],
)
def test_describe_date_difference(claim: str, reference: str, subject: str, expected: str) -> None:
    comparison = compare_dates(_span(claim), _span(reference))
    text = describe_date_difference(comparison, claim_text=comparison.claim_text, subject=subject)
    assert text == expected


@pytest.mark.parametrize(
    ("span", "approximate", "expected"),
    [
        ("1987-08-19", False, "19 Aug 1987"),
        ("1982-06-20..1982-06-29", False, "20–29 Jun 1982"),
        ("1982-06-28..1982-07-03", False, "28 Jun–3 Jul 1982"),
        ("1982-12-28..1983-01-03", False, "28 Dec 1982–3 Jan 1983"),
        ("1982-06", False, "Jun 1982"),
        ("1982-06..1982-08", False, "Jun–Aug 1982"),
        ("1982-12", True, "about Dec 1982"),
        ("1983/1986", False, "1983–1986"),
        ("1988-SP", False, "spring 1988"),
        ("1988-WI", False, "winter 1988"),
        ("1988-Q3", False, "Q3 1988"),
        ("1988-W29", False, "week of 18 Jul 1988"),
        ("198", False, "the 1980s"),
        ("19", False, "the 20th century"),
    ],
)
def test_describe_span(span: str, approximate: bool, expected: str) -> None:
    assert describe_span(_span(span, approximate=approximate)) == expected


@pytest.mark.parametrize(
    ("gap", "precision", "expected"),
    [
        (0, "day", ""),
        (1, "day", "a day earlier"),
        (-59, "day", "59 days later"),
        (-60, "day", "about 2 months later"),
        (335, "day", "about 11 months earlier"),
        (364, "day", "about a year earlier"),
        (-730, "day", "about 2 years later"),
        (-11, "month", "11 months later"),
        (12, "month", "a year earlier"),
        (-24, "month", "2 years later"),
        (3, "year", "3 years earlier"),
        (2, "century", "2 centuries earlier"),
    ],
)
def test_describe_gap(gap: int, precision: Precision, expected: str) -> None:
    assert describe_gap(gap, precision) == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, DateSpan(dt.date(1982, 5, 1), dt.date(1982, 6, 1), "month")),
        ({"mod": "APPROX"}, DateSpan(dt.date(1982, 5, 1), dt.date(1982, 6, 1), "month", True)),
        ({"mod": "MORE_THAN"}, DateSpan(dt.date(1982, 5, 1), dt.date(1982, 6, 1), "month", True)),
        ({"vague": True}, DateSpan(dt.date(1982, 5, 1), dt.date(1982, 6, 1), "month", True)),
        # Part of a period keeps the whole period: it is compared at that precision anyway.
        ({"mod": "END"}, DateSpan(dt.date(1982, 5, 1), dt.date(1982, 6, 1), "month")),
        (
            {"anchor": TimeAnchor(kind="timex", offset="P1.5Y", direction="after", resolved=True)},
            DateSpan(dt.date(1982, 5, 1), dt.date(1982, 6, 1), "month", True),
        ),
        (
            {"anchor": TimeAnchor(kind="timex", offset="P2M", direction="after", resolved=True)},
            DateSpan(dt.date(1982, 5, 1), dt.date(1982, 6, 1), "month"),
        ),
        ({"mod": "BEFORE"}, None),
        ({"type": "DURATION"}, None),
        ({"type": "SET"}, None),
        ({"anchor": TimeAnchor(kind="event", offset="P1Y", resolved=False)}, None),
    ],
)
def test_span_of_timex(fields: dict[str, object], expected: DateSpan | None) -> None:
    assert span_of_timex(_timex("1982-05", **fields)) == expected


@pytest.mark.parametrize("value", [None, "PAST_REF", "XXXX-09-22", "XXXX-09"])
def test_span_of_timex_without_days(value: str | None) -> None:
    assert span_of_timex(_timex(value)) is None


def test_span_of_timex_interval() -> None:
    span = span_of_timex(_timex("1983/1986"))
    assert span == DateSpan(dt.date(1983, 1, 1), dt.date(1987, 1, 1), "year")


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        ("1987-07-20", None, "day", (dt.date(1987, 7, 20), dt.date(1987, 7, 21))),
        ("1982-06-20", "1982-06-29", "day", (dt.date(1982, 6, 20), dt.date(1982, 6, 30))),
        ("1982-06", "1982-07", "month", (dt.date(1982, 6, 1), dt.date(1982, 8, 1))),
        ("1988", None, "year", (dt.date(1988, 1, 1), dt.date(1989, 1, 1))),
        ("1980", "1988", "year", (dt.date(1980, 1, 1), dt.date(1989, 1, 1))),
    ],
)
def test_span_of_event(
    start: str, end: str | None, precision: Precision, expected: tuple[dt.date, dt.date]
) -> None:
    span = span_of_event(_event(start, end, precision))
    assert (span.earliest, span.latest, span.precision) == (*expected, precision)


@pytest.mark.parametrize("value", ["1987-13", "June 1987", "", "1987-02-30"])
def test_span_of_iso_rejects_bad_dates(value: str) -> None:
    with pytest.raises(ValueError, match="is not an ISO date"):
        span_of_iso(value)


PRECISIONS: tuple[Precision, ...] = ("day", "week", "month", "season", "quarter", "year", "decade")


@st.composite
def spans(draw: st.DrawFn, *, approximate: bool = False) -> DateSpan:
    """A span of whole units of a precision, from a real TIMEX3 value."""
    first = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
    length = draw(st.integers(min_value=0, max_value=400))
    precision = draw(st.sampled_from(PRECISIONS))
    return _widen(first, first + dt.timedelta(days=length + 1), precision, approximate)


def _widen(earliest: dt.date, latest: dt.date, precision: Precision, approximate: bool) -> DateSpan:
    """The whole units of ``precision`` that ``earliest..latest`` touches."""
    first = interval_of(format_date(earliest, precision))
    last = interval_of(format_date(latest - dt.timedelta(days=1), precision))
    assert first is not None and last is not None
    return DateSpan(first.earliest, last.latest, precision, approximate)


@given(spans(), spans())
def test_agreement_is_symmetric(first: DateSpan, second: DateSpan) -> None:
    forward, backward = compare_dates(first, second), compare_dates(second, first)
    assert forward.agrees == backward.agrees
    assert forward.gap == -backward.gap
    assert forward.agrees == (forward.gap == 0)


@given(spans(), st.booleans())
def test_a_date_agrees_with_itself(span: DateSpan, approximate: bool) -> None:
    claim = DateSpan(span.earliest, span.latest, span.precision, approximate)
    assert compare_dates(claim, span).agrees


@given(spans(), spans(), st.sampled_from(PRECISIONS))
def test_widening_never_breaks_agreement(
    claim: DateSpan, reference: DateSpan, precision: Precision
) -> None:
    """A claim made coarser or hedged still agrees with what it agreed with."""
    if not compare_dates(claim, reference).agrees:
        return
    if PRECISIONS.index(precision) >= PRECISIONS.index(claim.precision):
        coarser = _widen(claim.earliest, claim.latest, precision, approximate=False)
        assert compare_dates(coarser, reference).agrees
    hedged = DateSpan(claim.earliest, claim.latest, claim.precision, approximate=True)
    assert compare_dates(hedged, reference).agrees


@given(spans(), spans())
def test_gap_sign_follows_order(claim: DateSpan, reference: DateSpan) -> None:
    comparison = compare_dates(claim, reference)
    if claim.earliest >= reference.latest:
        assert comparison.gap >= 0
        assert comparison.gap_text.endswith("earlier") or comparison.agrees
    if claim.latest <= reference.earliest:
        assert comparison.gap <= 0
        assert comparison.gap_text.endswith("later") or comparison.agrees
