"""TempEval-3 conventions for the extent and value of time expressions in news text."""

from __future__ import annotations

import datetime as dt

import pytest

from chronocheck.extract.timex_grammar import find_timexes
from chronocheck.extract.timex_resolve import resolve
from chronocheck.extract.timex_rules_fractions import iso_duration


def _spans(text: str) -> list[tuple[str, str | None]]:
    return [(text[p.start : p.end], p.value) for p in find_timexes(text)]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("He ended the 23-year career.", "23-year", "P23Y"),
        ("after the two-week visit", "two-week", "P2W"),
        ("the third-quarter loss widened", "third-quarter", "XXXX-Q3"),
    ],
)
def test_a_hyphenated_adjective_leaves_the_article_to_its_noun(
    text: str, words: str, value: str
) -> None:
    assert _spans(text) == [(words, value)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("over the past 20 years", "the past 20 years"),
        ("in the third quarter", "the third quarter"),
        ("in the first nine months", "the first nine months"),
    ],
)
def test_a_period_named_as_a_noun_keeps_its_article(text: str, words: str) -> None:
    assert [w for w, _ in _spans(text)] == [words]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Polls close at 10 p.m. Wednesday.", "10 p.m. Wednesday", "1998-02-11T22:00"),
        ("starting at noon Thursday", "noon Thursday", "1998-02-12T12:00"),
        ("bids are due by 5 p.m. EST, Feb. 6", "5 p.m. EST, Feb. 6", "1998-02-06T17:00"),
        ("at 5 p.m. EST Nov. 9, 1989", "5 p.m. EST Nov. 9, 1989", "1989-11-09T17:00"),
    ],
)
def test_a_clock_time_followed_by_its_day_is_one_time_of_that_day(
    text: str, words: str, value: str
) -> None:
    resolved = resolve(find_timexes(text), dt.date(1998, 2, 13))
    assert [(text[p.start : p.end], p.type, p.value) for p in resolved] == [(words, "TIME", value)]


def test_a_day_with_its_own_part_keeps_a_clock_time_apart() -> None:
    assert [w for w, _ in _spans("at 9 a.m. Tuesday night")] == ["9 a.m.", "Tuesday night"]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("after 5 1/2 hours of talks", "5 1/2 hours", "PT5H30M"),
        ("jailed for 2 1/2 years", "2 1/2 years", "P2Y6M"),
        ("it lasted a minute and a half", "a minute and a half", "PT1M30S"),
        ("two and a half years", "two and a half years", "P2Y6M"),
        ("half an hour", "half an hour", "PT30M"),
        ("for 1 1/2 days", "1 1/2 days", "P1DT12H"),
        ("half a century", "half a century", "P50Y"),
    ],
)
def test_a_fraction_of_a_unit_is_written_in_the_smaller_unit(
    text: str, words: str, value: str
) -> None:
    assert _spans(text) == [(words, value)]


@pytest.mark.parametrize(
    ("amount", "unit", "value"),
    [(5.5, "TH", "PT5H30M"), (0.5, "Y", "P6M"), (1.5, "W", "P1.5W"), (3.0, "D", "P3D")],
)
def test_iso_duration_of_a_fractional_amount(amount: float, unit: str, value: str) -> None:
    assert iso_duration(amount, unit) == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("net fell in the 1988 second quarter", "the 1988 second quarter", "1988-Q2"),
        ("in this year's third quarter", "this year's third quarter", "1989-Q3"),
        ("by next year's first quarter", "next year's first quarter", "1990-Q1"),
        ("for the fiscal-first quarter", "the fiscal-first quarter", "1990-Q1"),
        ("fiscal second-quarter profit", "fiscal second-quarter", "1989-Q2"),
        ("a first quarterly dividend", "quarterly", "P1Q"),
    ],
)
def test_quarters_named_with_their_year_or_fiscal(text: str, words: str, value: str) -> None:
    resolved = resolve(find_timexes(text), dt.date(1989, 10, 26))
    assert [(text[p.start : p.end], p.value) for p in resolved] == [(words, value)]


def test_a_years_unnamed_quarter_is_the_quarter_reported_on() -> None:
    text = "Net rose in the third quarter from the 1988 period and last year's quarter."
    resolved = resolve(find_timexes(text), dt.date(1989, 10, 26))
    assert [p.value for p in resolved] == ["1989-Q3", "1988-Q3", "1988-Q3"]


def test_a_plural_quarter_recurs_every_year() -> None:
    (parse,) = find_timexes("losses in fourth quarters")
    assert (parse.type, parse.value) == ("SET", "XXXX-Q4")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Earlier Friday, police said", "Friday"),
        ("Later Thursday the talks resumed", "Thursday"),
        ("early Friday, police said", "early Friday"),
    ],
)
def test_earlier_or_later_before_a_day_is_left_out_of_it(text: str, words: str) -> None:
    assert [w for w, _ in _spans(text)] == [words]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("elected in nineteen ninety-six,", "nineteen ninety-six", "1996"),
        ("in January nineteen ninety-seven", "January nineteen ninety-seven", "1997-01"),
        ("the winter of nineteen ninety-four", "the winter of nineteen ninety-four", "1994-WI"),
        ("ready by the year two thousand", "the year two thousand", "2000"),
        ("growth in the nineties", "the nineties", "199"),
        ("built in nineteen oh five", "nineteen oh five", "1905"),
    ],
)
def test_a_year_said_in_words_is_a_date(text: str, words: str, value: str) -> None:
    assert _spans(text) == [(words, value)]


@pytest.mark.parametrize(
    "text", ["a man in his nineties", "nineteen people died", "two thousand troops"]
)
def test_ages_and_counts_in_words_are_not_years(text: str) -> None:
    assert _spans(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("said Friday night", "1998-02-13TNI"), ("met Wednesday morning", "1998-02-11TMO")],
)
def test_a_part_of_a_named_day_is_a_date_of_that_day(text: str, value: str) -> None:
    (parse,) = resolve(find_timexes(text), dt.date(1998, 2, 13))
    assert (parse.type, parse.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "words", "mod"),
    [
        ("shares fell late yesterday", "late yesterday", "END"),
        ("Earlier yesterday, the board met", "Earlier yesterday", "START"),
        ("he left yesterday", "yesterday", None),
    ],
)
def test_a_part_word_before_yesterday_belongs_to_it(text: str, words: str, mod: str | None) -> None:
    (parse,) = find_timexes(text)
    assert (text[parse.start : parse.end], parse.mod) == (words, mod)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("crowds come each July", "each July", "XXXX-07"),
        ("every Tuesday", "every Tuesday", "XXXX-WXX-2"),
    ],
)
def test_each_named_month_or_day_recurs(text: str, words: str, value: str) -> None:
    (parse,) = find_timexes(text)
    assert (text[parse.start : parse.end], parse.type, parse.value) == (words, "SET", value)


def test_the_latest_period_of_a_results_report_is_its_last_quarter() -> None:
    text = "Sales in the latest period rose 13%."
    (parse,) = resolve(find_timexes(text), dt.date(1989, 10, 26))
    assert (text[parse.start : parse.end], parse.value) == ("the latest period", "1989-Q3")


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("flights leave on Mondays", "Mondays", "XXXX-WXX-1"),
        ("the show airs Tuesday nights", "Tuesday nights", "XXXX-WXX-2TNI"),
    ],
)
def test_a_plural_weekday_recurs_every_week(text: str, words: str, value: str) -> None:
    (parse,) = find_timexes(text)
    assert (text[parse.start : parse.end], parse.type, parse.value) == (words, "SET", value)
