"""The temporal grammar on plain text: which words are time expressions, and what they say."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.extract.timex_grammar import find_timexes
from chronocheck.extract.timex_parse import TimexParse

MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
MONTH_ABBREVIATIONS = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sept. Oct. Nov. Dec.".split()
DATES = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2099, 12, 31))


def _only(text: str) -> tuple[str, TimexParse]:
    parses = find_timexes(text)
    assert len(parses) == 1, [text[p.start : p.end] for p in parses]
    return text[parses[0].start : parses[0].end], parses[0]


@pytest.mark.parametrize(
    ("text", "words", "type_", "value", "precision"),
    [
        ("Tuesday, October 8, 2024", "Tuesday, October 8, 2024", "DATE", "2024-10-08", "day"),
        (
            "troops crossed on September 22, 1980.",
            "September 22, 1980",
            "DATE",
            "1980-09-22",
            "day",
        ),
        ("on 22 September 1980", "22 September 1980", "DATE", "1980-09-22", "day"),
        ("on Sept. 22, 1980,", "Sept. 22, 1980", "DATE", "1980-09-22", "day"),
        ("filed 10/25/89 in", "10/25/89", "DATE", "1989-10-25", "day"),
        ("a broadcast in April 1979, urging", "April 1979", "DATE", "1979-04", "month"),
        ("withdrew in May 1982.", "May 1982", "DATE", "1982-05", "month"),
        ("It happened in 1986.", "1986", "DATE", "1986", "year"),
        ("the 1980s were", "the 1980s", "DATE", "198", "decade"),
        ("in the late 1970s", "the late 1970s", "DATE", "197", "decade"),
        ("the nineteenth century", "the nineteenth century", "DATE", "18", "century"),
        ("in the 20th century", "the 20th century", "DATE", "19", "century"),
        ("the summer of 1998", "the summer of 1998", "DATE", "1998-SU", "season"),
        ("the third quarter of 1989", "the third quarter of 1989", "DATE", "1989-Q3", "quarter"),
        ("Between 1983 and 1986, Tehran", "Between 1983 and 1986", "DATE", "1983/1986", "year"),
        ("from 1980 to 1988", "from 1980 to 1988", "DATE", "1980/1988", "year"),
        ("over 13 years", "over 13 years", "DURATION", "P13Y", None),
        ("for six months", "six months", "DURATION", "P6M", None),
        ("for several years", "several years", "DURATION", "PXY", None),
        ("a two-year plan", "two-year", "DURATION", "P2Y", None),
        ("It lasted 5 hours", "5 hours", "DURATION", "PT5H", None),
        ("the regime annually celebrates", "annually", "SET", "P1Y", None),
        ("she runs every week", "every week", "SET", "P1W", None),
        ("twice a year", "twice a year", "SET", "P1Y", None),
        ("every Monday", "every Monday", "SET", "XXXX-WXX-1", None),
        ("Prices are now higher", "now", "DATE", "PRESENT_REF", None),
        ("as was recently shown", "recently", "DATE", "PAST_REF", None),
        ("in the future", "the future", "DATE", "FUTURE_REF", None),
        ("in the near term", "the near term", "DATE", "FUTURE_REF", None),
        ("for two decades", "two decades", "DURATION", "P20Y", None),
        ("for decades", "decades", "DURATION", "PXDE", None),
        ("in recent weeks", "recent weeks", "DURATION", "PXW", None),
        ("at the end of 1990", "the end of 1990", "DATE", "1990", "year"),
        ("on Thanksgiving Day 1999", "Thanksgiving Day 1999", "DATE", "1999-11-25", "day"),
    ],
)
def test_expressions_the_words_alone_fix(
    text: str, words: str, type_: str, value: str, precision: str | None
) -> None:
    found, parse = _only(text)
    assert (found, parse.type, parse.value, parse.precision) == (words, type_, value, precision)


@pytest.mark.parametrize(
    ("text", "words", "mod"),
    [
        ("over 13 years", "over 13 years", "MORE_THAN"),
        ("for about two weeks", "two weeks", "APPROX"),
        ("for nearly two years", "nearly two years", "APPROX"),
        ("for at least 72 hours", "at least 72 hours", "EQUAL_OR_MORE"),
        ("in late November", "late November", "END"),
        ("in mid-1996", "mid-1996", "MID"),
        ("in the early 1990s", "the early 1990s", "START"),
    ],
)
def test_modifiers(text: str, words: str, mod: str) -> None:
    found, parse = _only(text)
    assert (found, parse.mod) == (words, mod)


@pytest.mark.parametrize(
    ("text", "words", "offset", "direction", "mod"),
    [
        ("(six months before Iraq's invasion)", "six months before", "P6M", "before", None),
        (
            "Approximately seven months after the withdrawal",
            "Approximately seven months after",
            "P7M",
            "after",
            "APPROX",
        ),
        ("just eight days after its issuance", "eight days after", "P8D", "after", None),
        ("two years prior to the war", "two years prior to", "P2Y", "before", None),
        ("A year earlier, it", "A year earlier", "P1Y", "before", None),
    ],
)
def test_anchored_offsets(
    text: str, words: str, offset: str, direction: str, mod: str | None
) -> None:
    found, parse = _only(text)
    assert (found, parse.type, parse.reference) == (words, "DATE", "anchor")
    assert (parse.offset, parse.direction, parse.mod) == (offset, direction, mod)


def test_an_offset_before_a_phrase_exports_its_duration_part() -> None:
    text = "eight days after its issuance"
    _, parse = _only(text)
    assert [(text[p.start : p.end], p.type, p.value) for p in parse.parts] == [
        ("eight days", "DURATION", "P8D")
    ]


def test_an_interval_keeps_its_two_ends_as_parts() -> None:
    text = "Between 1983 and 1986"
    _, parse = _only(text)
    assert [p.value for p in parse.parts] == ["1983", "1986"]


def test_a_vague_period_of_an_event() -> None:
    text = "in the early months of the conflict, members"
    found, parse = _only(text)
    assert found == "the early months of the conflict"
    assert (parse.vague, parse.mod, parse.value) == (True, "START", None)
    assert parse.anchor is not None and parse.anchor.kind == "event"
    assert parse.anchor.text == "the conflict"


@pytest.mark.parametrize(
    ("text", "words", "reference", "value"),
    [
        ("on September 22.", "September 22", "narrative", "XXXX-09-22"),
        ("in April the", "April", "narrative", "XXXX-04"),
        ("last year", "last year", "document", None),
        ("yesterday", "yesterday", "document", None),
        ("two weeks ago", "two weeks ago", "document", None),
        ("said Friday", "Friday", "document", None),
        ("said Friday night", "Friday night", "document", "XXXX-XX-XXTNI"),
        ("on Christmas Day", "Christmas Day", "narrative", "XXXX-12-25"),
    ],
)
def test_expressions_that_need_context(
    text: str, words: str, reference: str, value: str | None
) -> None:
    found, parse = _only(text)
    assert (found, parse.reference, parse.value) == (words, reference, value)


@pytest.mark.parametrize(
    "text",
    [
        "collecting 5,000 signatures from heads of state",
        "UN Security Council Resolution 598 as",
        "over 2 million casualties",
        "damage amounting to an estimated $1 trillion",
        "you may go",
        "they march on",
        "a 13-year-old boy",
        "room 1204B",
        "three-quarters of the vote",
        "a quarter of the budget",
        "an easter egg hunt",
    ],
)
def test_numbers_and_words_that_are_not_dates(text: str) -> None:
    assert find_timexes(text) == []


@pytest.mark.parametrize(
    "template",
    [
        "{day} {month} {year}",
        "{month} {day}, {year}",
        "{abbr} {day}, {year}",
        "{weekday}, {month} {day}, {year}",
        "the {day}th of {month} {year}",
        "{iso}",
        "{dd}/{mm}/{year}",
    ],
)
@settings(deadline=None)
@given(date=DATES)
def test_surface_forms_of_a_date_normalize_to_the_same_value(template: str, date: dt.date) -> None:
    if template.startswith("{dd}") and date.day <= 12:
        return  # 05/06/1980 reads month first; only unambiguous day-first forms here
    text = (
        template.format(
            day=date.day,
            month=MONTH_NAMES[date.month - 1],
            abbr=MONTH_ABBREVIATIONS[date.month - 1],
            year=date.year,
            weekday=date.strftime("%A"),
            iso=date.isoformat(),
            dd=f"{date.day:02d}",
            mm=f"{date.month:02d}",
        )
        .replace("1th", "1st")
        .replace("2th", "2nd")
        .replace("3th", "3rd")
    )
    sentence = f"It happened on {text} in the city."
    found, parse = _only(sentence)
    assert found.endswith(str(date.year)) or found == date.isoformat()
    assert parse.value == date.isoformat()


@settings(deadline=None)
@given(st.text(max_size=300))
def test_any_text_parses_into_spans_inside_it(text: str) -> None:
    parses = find_timexes(text)
    for parse in parses:
        assert 0 <= parse.start < parse.end <= len(text)
    for first, second in zip(parses, parses[1:], strict=False):
        assert first.end <= second.start


@settings(deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "in",
                "May",
                "1986",
                "the",
                "early",
                "months",
                "of",
                "ago",
                "two",
                "years",
                "after",
                "between",
                "and",
                ",",
                "last",
            ]
        ),
        max_size=40,
    )
)
def test_time_words_in_any_order_parse_into_spans_inside_the_text(words: list[str]) -> None:
    text = " ".join(words)
    for parse in find_timexes(text):
        assert 0 <= parse.start < parse.end <= len(text)
        assert text[parse.start : parse.end].strip() == text[parse.start : parse.end]
