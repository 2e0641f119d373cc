"""Narrative anchoring: relative expressions told from the last date mentioned, not the DCT."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from chronocheck.annotate import factories  # noqa: F401  (registers the component)
from chronocheck.annotate.pipeline import annotate
from chronocheck.extract.times import extract_timexes
from chronocheck.models import Timex

#: A document date far from the stories below, so that a DCT-based value shows.
DCT = dt.date(2021, 6, 15)


def _find(nlp: Language, text: str, words: str, dct: dt.date | None = DCT) -> Timex:
    timexes = extract_timexes(annotate(nlp, text, dct=dct))
    found = [timex for timex in timexes if timex.text == words]
    assert found, [timex.text for timex in timexes]
    return found[-1]


@pytest.mark.parametrize(
    ("text", "words", "value", "anchor_text", "offset", "direction"),
    [
        (
            "The dam opened on 3 March 1961. Two months later it burst.",
            "Two months later",
            "1961-05",
            "3 March 1961",
            "P2M",
            "after",
        ),
        (
            "The dam opened on 3 March 1961. Four days later it burst.",
            "Four days later",
            "1961-03-07",
            "3 March 1961",
            "P4D",
            "after",
        ),
        (
            "The dam opened on 3 March 1961. A week later it burst.",
            "A week later",
            "1961-03-10",
            "3 March 1961",
            "P1W",
            "after",
        ),
        (
            "The dam opened in May 1961. A year earlier a survey had warned.",
            "A year earlier",
            "1960",
            "May 1961",
            "P1Y",
            "before",
        ),
        (
            "The dam opened in May 1961. The following year it burst.",
            "The following year",
            "1962",
            "May 1961",
            "P1Y",
            "after",
        ),
        (
            "The dam opened on 3 March 1961; the previous year a survey warned.",
            "the previous year",
            "1960",
            "3 March 1961",
            "P1Y",
            "before",
        ),
        (
            "The dam opened on 3 March 1961. The next day it burst.",
            "The next day",
            "1961-03-04",
            "3 March 1961",
            "P1D",
            "after",
        ),
        (
            "The dam opened on 3 March 1961. That day it rained.",
            "That day",
            "1961-03-03",
            "3 March 1961",
            None,
            "same",
        ),
        (
            "The dam opened on 3 March 1961. That same month it burst.",
            "That same month",
            "1961-03",
            "3 March 1961",
            None,
            "same",
        ),
        (
            "The dam opened in March 1961. It was drained that year.",
            "that year",
            "1961",
            "March 1961",
            None,
            "same",
        ),
        (
            "The dam opened on 3 March 1961. By the end of the year it leaked.",
            "the end of the year",
            "1961",
            "3 March 1961",
            None,
            "same",
        ),
    ],
)
def test_anaphoric_expressions_count_from_the_last_date_told(
    blank_nlp: Language,
    text: str,
    words: str,
    value: str,
    anchor_text: str,
    offset: str | None,
    direction: str,
) -> None:
    timex = _find(blank_nlp, text, words)
    assert timex.value == value
    anchor = timex.anchor
    assert anchor is not None
    assert (anchor.kind, anchor.text, anchor.offset, anchor.direction) == (
        "timex",
        anchor_text,
        offset,
        direction,
    )
    assert anchor.resolved and anchor.ref is not None
    assert text[anchor.start or 0 : anchor.end] == anchor_text


def test_an_anaphoric_expression_resolves_without_a_document_date(blank_nlp: Language) -> None:
    timex = _find(
        blank_nlp, "It fell on 9 May 1970. Three days later it rose.", "Three days later", dct=None
    )
    assert timex.value == "1970-05-12"


def test_the_end_of_the_year_carries_its_mod(blank_nlp: Language) -> None:
    timex = _find(
        blank_nlp,
        "It began in June 1944. By the end of the year it was over.",
        "the end of the year",
    )
    assert (timex.value, timex.mod) == ("1944", "END")


def test_anaphoric_expressions_chain(blank_nlp: Language) -> None:
    text = "It began on 1 June 1950. Two days later it spread. A day later it stopped."
    assert _find(blank_nlp, text, "A day later").value == "1950-06-04"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Sales fell last year.", "last year", "2020"),
        ("The plant opened in 1950. It closed two years ago.", "two years ago", "2019"),
        ("The plant opened in 1950. It closed yesterday.", "yesterday", "2021-06-14"),
        ("The plant opened in 1950. Next month it reopens.", "Next month", "2021-07"),
        ("It landed thirty years ago today.", "thirty years ago today", "1991-06-15"),
        ("The plant opened in 1950. Profits for the full year rose.", "the full year", "2021"),
        ("The plant opened in 1950. It shut in March this year.", "March this year", "2021-03"),
    ],
)
def test_deictic_expressions_count_from_the_document_date(
    blank_nlp: Language, text: str, words: str, value: str
) -> None:
    timex = _find(blank_nlp, text, words)
    assert timex.value == value
    assert timex.anchor is not None and timex.anchor.kind == "document"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "The siege began on 2 April 1941 and lasted weeks; on 21 May it ended.",
            "21 May",
            "1941-05-21",
        ),
        (
            "Voting began on 2 April 1941. "
            + "Nothing happened for a while. " * 30
            + "On 21 May counting ended.",
            "21 May",
            "1941-05-21",
        ),
        (
            "The siege began on 2 April 1941. By the end of June it was over.",
            "the end of June",
            "1941-06",
        ),
        ("Results for Q3 2024 were weak.", "Q3 2024", "2024-Q3"),
        (
            "Results for the third quarter of 2024 were weak.",
            "the third quarter of 2024",
            "2024-Q3",
        ),
        ("The war cost six more years.", "six more years", "P6Y"),
    ],
)
def test_dates_without_a_year_and_business_periods(
    blank_nlp: Language, text: str, words: str, value: str
) -> None:
    assert _find(blank_nlp, text, words).value == value


def test_a_day_without_a_year_and_no_date_before_it_takes_the_document_year(
    blank_nlp: Language,
) -> None:
    assert _find(blank_nlp, "The vote was held on 21 May.", "21 May").value == "2021-05-21"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "offset_words", "event"),
    [
        (
            "The tower was hit on 4 May, three days after the bridge went down.",
            "three days after",
            "the bridge went down",
        ),
        (
            "The mayor resigned on 8 June 1990, two weeks before the flood.",
            "two weeks before",
            "the flood",
        ),
    ],
)
def test_a_date_before_the_offset_is_not_its_anchor(
    nlp: Language, text: str, offset_words: str, event: str
) -> None:
    timex = _find(nlp, text, offset_words)
    anchor = timex.anchor
    assert anchor is not None
    assert (anchor.kind, anchor.text, anchor.resolved, timex.value) == ("event", event, False, None)
    assert text[anchor.start or 0 : anchor.end] == event


@pytest.mark.slow
def test_a_date_inside_the_phrase_is_the_anchor(nlp: Language) -> None:
    text = "He resigned nine days after the vote on October 2, 1979."
    timex = _find(nlp, text, "nine days after")
    assert timex.value == "1979-10-11"
    assert timex.anchor is not None and timex.anchor.text == "October 2, 1979"


@pytest.mark.slow
def test_to_the_day_makes_an_event_offset_a_day(nlp: Language) -> None:
    timex = _find(
        nlp,
        "We met forty years to the day after the bridge opened.",
        "forty years to the day after",
    )
    assert timex.anchor is not None
    assert (timex.anchor.kind, timex.anchor.offset, timex.precision) == ("event", "P40Y", "day")


@pytest.mark.slow
def test_a_flashback_does_not_move_the_story(nlp: Language) -> None:
    text = (
        "The army crossed the river on 12 March 1915. Its general, who had taken command "
        "in July 1912, expected a quick war. Two months later the army was stuck."
    )
    timex = _find(nlp, text, "Two months later")
    assert timex.value == "1915-05"
    assert timex.anchor is not None and timex.anchor.text == "12 March 1915"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "It lost $5 million in the third quarter of 1989, against a profit in the "
            "year-earlier quarter. Year-earlier sales were higher.",
            "Year-earlier",
            "1988-Q3",
        ),
        (
            "It lost $5 million in the third quarter of 1989, against a profit in the "
            "year-earlier quarter.",
            "the year-earlier quarter",
            "1988-Q3",
        ),
        ("On 3 March 1961 prices hit a high for the year.", "the year", "1961"),
    ],
)
def test_periods_named_to_compare_count_from_the_period_reported(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert _find(nlp, text, words).value == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "Net rose in the third quarter from $4 million a year ago. "
            "Sales were flat with the year-earlier period.",
            "the year-earlier period",
            "2020-Q3",
        ),
        (
            "Net rose in the third quarter from $4 million a year earlier. "
            "Revenue was higher than a year ago.",
            "a year ago",
            "2020-Q3",
        ),
    ],
)
def test_a_year_comparison_does_not_move_the_story_back_a_year(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert _find(nlp, text, words, dt.date(2021, 10, 20)).value == value


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Clinton said in his weekly radio address.", ["weekly"]),
        ("Average hourly earnings rose 4 cents.", ["hourly"]),
        ("The board declared a quarterly dividend of 10 cents.", []),
    ],
)
def test_a_frequency_adjective_is_kept_unless_it_names_a_business_term(
    nlp: Language, text: str, words: list[str]
) -> None:
    timexes = extract_timexes(annotate(nlp, text, dct=DCT))
    assert [timex.text for timex in timexes] == words


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "Directors declared a dividend, payable Dec. 7 to stock of record Nov. 22.",
            "Dec. 7",
            "1989-12-07",
        ),
        (
            "Directors declared a dividend, payable Dec. 7 to stock of record Nov. 22.",
            "Nov. 22",
            "1989-11-22",
        ),
        ("The offer was extended to Nov. 16.", "Nov. 16", "1989-11-16"),
        ("The offer expired on Nov. 16.", "Nov. 16", "1988-11-16"),
    ],
)
def test_a_deadline_word_frees_a_date_from_the_past_tense(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert _find(nlp, text, words, dt.date(1989, 10, 30)).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The agency has given the family until Tuesday to sign.", "2000-04-04"),
        ("His father could come as early as Tuesday.", "2000-04-04"),
        ("Until Tuesday, they had not called him a suspect.", "2000-03-28"),
    ],
)
def test_a_weekday_after_until_is_ahead_unless_told_in_the_past_perfect(
    nlp: Language, text: str, value: str
) -> None:
    assert _find(nlp, text, "Tuesday", dt.date(2000, 4, 3)).value == value


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2067 saw the talks collapse.", ["2067"]),
        ("2085 was when the ceasefire took effect.", ["2085"]),
        ("1500 died in the attack.", []),
    ],
)
def test_a_bare_number_opening_a_sentence_is_a_year_when_a_time_is_its_subject(
    nlp: Language, text: str, words: list[str]
) -> None:
    timexes = extract_timexes(annotate(nlp, text, dct=DCT))
    assert [timex.text for timex in timexes] == words


def test_a_verb_joined_to_a_past_perfect_one_is_in_the_flashback(nlp: Language) -> None:
    text = (
        "The plant opened on 3 March 1961. He had fled in June 1998 and returned later that year."
    )
    assert _find(nlp, text, "later that year").value == "1998"
