"""Dates hung on events ("six months before the invasion") resolved from the article."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from chronocheck.actors import same_actor
from chronocheck.annotate.pipeline import annotate
from chronocheck.extract.extraction import extract_article
from chronocheck.models import Timex


def _relative(nlp: Language, text: str, phrase: str) -> Timex:
    extraction = extract_article(annotate(nlp, text, dct=dt.date(2024, 1, 1)))
    start = text.index(phrase)
    [timex] = [t for t in extraction.timexes if t.start == start]
    return timex


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Iraq invaded Iran on 22 September 1980. "
            "Six months before the invasion, Khomeini had called for revolt.",
            "Six months before",
            "1980-03",
        ),
        (
            "Three weeks after Iraq's invasion, the council met. "
            "Iraqi forces began their invasion of Iran on 22 September 1980.",
            "Three weeks after",
            "1980-W42",  # 22 September + 21 days = Monday 13 October
        ),
        (
            "Aircraft bombed Halabja on 16 March 1988. "
            "A month after the attack on Halabja, the army retook the peninsula.",
            "A month after",
            "1988-04",
        ),
    ],
)
def test_event_anchor_is_found_and_the_date_computed(
    nlp: Language, text: str, phrase: str, value: str
) -> None:
    timex = _relative(nlp, text, phrase)
    assert timex.anchor is not None and timex.anchor.kind == "event"
    assert timex.anchor.resolved
    assert timex.value == value


def test_an_event_the_article_never_dates_stays_unresolved(nlp: Language) -> None:
    text = "Honecker was forced out in October 1989, three months before the wall fell."
    timex = _relative(nlp, text, "three months before")
    assert timex.anchor is not None and not timex.anchor.resolved
    assert timex.value is None


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Iraq", "Iraqi", True),
        ("Iran", "Iranian", True),
        ("the UN", "UN", True),
        ("Iran", "Iraq", False),
        ("US", "USSR", False),
    ],
)
def test_same_actor(first: str, second: str, same: bool) -> None:
    assert same_actor(first, second) is same
