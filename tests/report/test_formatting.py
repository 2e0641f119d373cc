"""Tests of the words every renderer uses for dates, quantities and intervals."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.models import Article, Quantity, TimeAnchor, Timex
from chronocheck.report.formatting import (
    describe_anchor,
    describe_duration,
    describe_interval,
    describe_published,
    describe_quantity_value,
    describe_timex_value,
    format_number,
    line_number,
    trim,
)


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 10, "short"),
        ("  spread \n over\tlines ", 40, "spread over lines"),
        ("one two three four", 10, "one two…"),
        ("abcdef", 1, "…"),
    ],
)
def test_trim(text: str, limit: int, expected: str) -> None:
    assert trim(text, limit) == expected


@settings(deadline=None)
@given(text=st.text(), limit=st.integers(1, 80))
def test_trim_never_exceeds_its_limit(text: str, limit: int) -> None:
    trimmed = trim(text, limit)
    assert len(trimmed) <= limit
    assert "\n" not in trimmed


@pytest.mark.parametrize(
    ("value", "expected"),
    [(2e6, "2,000,000"), (1234.5, "1,234.5"), (0.0, "0"), (-40.0, "-40"), (0.25, "0.25")],
)
def test_format_number(value: float, expected: str) -> None:
    assert format_number(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("P6M", "6 months"),
        ("P1Y", "1 year"),
        ("P1Y2M10D", "1 year 2 months 10 days"),
        ("P2W", "2 weeks"),
        ("PT1H30M", "1 hour 30 minutes"),
        ("P1DT12H", "1 day 12 hours"),
        ("P1.5Y", "1.5 years"),
        ("PXY", "PXY"),
        ("PAST_REF", "PAST_REF"),
        ("P", "P"),
        ("PT", "PT"),
    ],
)
def test_describe_duration(value: str, expected: str) -> None:
    assert describe_duration(value) == expected


@settings(deadline=None)
@given(
    parts=st.lists(st.tuples(st.integers(0, 999), st.sampled_from("YMWD")), min_size=1, max_size=4)
)
def test_describe_duration_names_every_number(parts: list[tuple[int, str]]) -> None:
    value = "P" + "".join(f"{number}{unit}" for number, unit in parts)
    words = describe_duration(value).split()
    assert words[0::2] == [str(number) for number, _ in parts]
    assert all(word.rstrip("s") in {"year", "month", "week", "day"} for word in words[1::2])


@pytest.mark.parametrize(
    ("earliest", "latest", "expected"),
    [
        ("1980-09-22", "1980-09-23", "1980-09-22"),
        ("1980-09-01", "1980-10-01", "1980-09"),
        ("1980-12-01", "1981-01-01", "1980-12"),
        ("1980-01-01", "1981-01-01", "1980"),
        ("1980-01-01", "1989-01-01", "1980 – 1988"),
        ("1980-09-01", "1981-03-01", "1980-09 – 1981-02"),
        ("1980-09-22", "1988-08-21", "1980-09-22 – 1988-08-20"),
        ("1980-01-01", "1980-02-15", "1980-01-01 – 1980-02-14"),
        ("not a date", "1980-01-01", "not a date – 1980-01-01"),
        ("1980-02-01", "1980-01-01", "1980-02-01 – 1980-01-01"),
    ],
)
def test_describe_interval(earliest: str, latest: str, expected: str) -> None:
    assert describe_interval(earliest, latest) == expected


@settings(deadline=None)
@given(first=st.dates(max_value=date(9000, 1, 1)), days=st.integers(1, 5000))
def test_describe_interval_starts_at_the_first_day(first: date, days: int) -> None:
    after = first + timedelta(days=days)
    words = describe_interval(first.isoformat(), after.isoformat())
    assert first.isoformat().startswith(words.split(" – ")[0])
    last = (after - timedelta(days=1)).isoformat()
    assert last.startswith(words.split(" – ")[-1])


def _quantity(**fields: Any) -> Quantity:
    return Quantity(text="x", start=0, end=1, **fields)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"value": 2e6, "unit": "casualties", "qualifier": "more-than"},
            "more than 2,000,000 casualties",
        ),
        ({"value": 40.0, "unit": "percent", "qualifier": "approximately"}, "about 40%"),
        (
            {"value": 8e10, "unit": "USD", "qualifier": "estimate"},
            "an estimated 80,000,000,000 USD",
        ),
        ({"value": 10.0, "unit": "year", "kind": "duration"}, "10 years"),
        ({"value": 1.0, "unit": "year", "kind": "duration"}, "1 year"),
        ({"value": 3.0, "unit": None}, "3"),
        (
            {"value": 1e5, "high": 1.5e5, "unit": "soldiers", "qualifier": "range"},
            "100,000–150,000 soldiers",
        ),
    ],
)
def test_describe_quantity_value(fields: dict[str, Any], expected: str) -> None:
    assert describe_quantity_value(_quantity(**fields)) == expected


def _timex(**fields: Any) -> Timex:
    defaults: dict[str, Any] = {"id": "t1", "text": "x", "start": 0, "end": 1, "type": "DATE"}
    return Timex(**(defaults | fields))


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"value": "1980-09-22", "precision": "day"}, "1980-09-22 (day)"),
        ({"value": None}, "unresolved"),
        ({"value": "1982", "precision": "year", "mod": "START"}, "start of 1982 (year)"),
        ({"value": "P8Y", "type": "DURATION", "mod": "APPROX"}, "about 8 years (P8Y)"),
        ({"value": "1980-SU", "precision": "season", "vague": True}, "1980-SU (season), vague"),
        ({"value": "1981", "mod": "ODD"}, "odd 1981"),
        (
            {
                "value": "1981-03",
                "precision": "month",
                "anchor": TimeAnchor(
                    kind="event",
                    text="the invasion",
                    offset="P6M",
                    direction="after",
                    resolved=True,
                ),
            },
            "1981-03 (month), 6 months after “the invasion”",
        ),
    ],
)
def test_describe_timex_value(fields: dict[str, Any], expected: str) -> None:
    assert describe_timex_value(_timex(**fields)) == expected


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        (TimeAnchor(kind="document", resolved=True), "same as the publication date"),
        (
            TimeAnchor(kind="document", direction="before"),
            "before the publication date (unresolved)",
        ),
        (
            TimeAnchor(kind="timex", text="1980", offset="P2Y", direction="after", resolved=True),
            "2 years after “1980”",
        ),
    ],
)
def test_describe_anchor(anchor: TimeAnchor, expected: str) -> None:
    assert describe_anchor(anchor) == expected


@pytest.mark.parametrize(
    ("published", "date_source", "expected"),
    [
        ("2024-10-08", "dateline", "2024-10-08 (from the dateline)"),
        ("2024-10-08", "html-metadata", "2024-10-08 (from the page metadata)"),
        ("2024-10-08", "carrier pigeon", "2024-10-08 (carrier pigeon)"),
        ("2024-10-08", None, "2024-10-08 (source unknown)"),
        (None, None, "unknown"),
    ],
)
def test_describe_published(published: str | None, date_source: str | None, expected: str) -> None:
    article = Article(text="x", source="-", published=published, date_source=date_source)
    assert describe_published(article) == expected


@pytest.mark.parametrize(("offset", "expected"), [(0, 1), (3, 1), (4, 2), (9, 3)])
def test_line_number(offset: int, expected: int) -> None:
    assert line_number("abc\ndef\nghi", offset) == expected
