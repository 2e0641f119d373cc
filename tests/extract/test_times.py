"""``extract_timexes``: the tagger's spans as ``models.Timex`` values, and the seed article."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language

from chronocheck.annotate import factories  # noqa: F401  (registers the component)
from chronocheck.annotate.pipeline import annotate
from chronocheck.extract.times import extract_timexes
from chronocheck.models import TimeAnchor, Timex

SEED_DCT = dt.date(2024, 10, 8)


def _timexes(nlp: Language, text: str, dct: dt.date | None = SEED_DCT) -> tuple[Timex, ...]:
    return extract_timexes(annotate(nlp, text, dct=dct))


def test_ids_offsets_and_intervals(blank_nlp: Language) -> None:
    text = "Between 1983 and 1986, and then in May 1982, it rained."
    interval, month = _timexes(blank_nlp, text)
    assert (interval.id, month.id) == ("t1", "t2")
    assert text[interval.start : interval.end] == interval.text == "Between 1983 and 1986"
    assert (interval.value, interval.precision) == ("1983/1986", "year")
    assert (interval.earliest, interval.latest) == ("1983-01-01", "1987-01-01")
    assert (month.value, month.earliest, month.latest) == ("1982-05", "1982-05-01", "1982-06-01")


def test_an_offset_is_anchored_on_the_date_in_its_phrase(blank_nlp: Language) -> None:
    text = "He dismissed it eight days after its issuance on August 19, 1987."
    offset, date = _timexes(blank_nlp, text)
    assert (offset.text, offset.type, offset.value) == ("eight days after", "DATE", "1987-08-27")
    assert offset.anchor == TimeAnchor(
        kind="timex",
        text="August 19, 1987",
        start=text.index("August"),
        end=text.index("August") + len("August 19, 1987"),
        offset="P8D",
        direction="after",
        ref=date.id,
        resolved=True,
    )
    assert (date.text, date.value) == ("August 19, 1987", "1987-08-19")


def test_a_deictic_expression_records_the_document_anchor(blank_nlp: Language) -> None:
    (last_year,) = _timexes(blank_nlp, "Sales fell last year.")
    assert (last_year.value, last_year.earliest, last_year.latest) == (
        "2023",
        "2023-01-01",
        "2024-01-01",
    )
    assert last_year.anchor == TimeAnchor(
        kind="document", offset="P1Y", direction="before", resolved=True
    )


def test_without_a_document_date_relative_values_are_unknown(blank_nlp: Language) -> None:
    (yesterday,) = _timexes(blank_nlp, "It rained yesterday.", dct=None)
    assert (yesterday.value, yesterday.earliest) == (None, None)
    assert yesterday.anchor is not None and not yesterday.anchor.resolved


def test_a_doc_without_the_component_has_no_timexes() -> None:
    assert extract_timexes(spacy.blank("en")("In 1986.")) == ()


@pytest.mark.slow
def test_the_seed_article(nlp: Language, seed_text: str) -> None:
    """The acceptance list of issue #3, offsets located in the text by the test."""
    timexes = _timexes(nlp, seed_text)
    by_text = {t.text: t for t in timexes}
    for timex in timexes:
        assert seed_text[timex.start : timex.end] == timex.text

    def at(words: str, after: str = "") -> Timex:
        start = seed_text.index(words, seed_text.index(after) if after else 0)
        found = [t for t in timexes if t.start == start and t.text == words]
        assert found, f"no timex {words!r} at {start}"
        return found[0]

    expected_values = {
        "Tuesday, October 8, 2024": "2024-10-08",
        "April 1979": "1979-04",
        "September 22, 1980": "1980-09-22",
        "May 1982": "1982-05",
        "Between 1983 and 1986": "1983/1986",
        "June 7, 1986": "1986-06-07",
        "June 20, 1986": "1986-06-20",
        "June 18, 1988": "1988-06-18",
        "August 19, 1987": "1987-08-19",
        "July 17, 1988": "1988-07-17",
    }
    for words, value in expected_values.items():
        assert (by_text[words].type, by_text[words].value) == ("DATE", value), words
    assert at("Tuesday, October 8, 2024").start == 0

    onset = at("September 22", after="annually celebrates")
    assert (onset.type, onset.value) == ("DATE", "XXXX-09-22")

    years = at("over 13 years")
    assert (years.type, years.value, years.mod) == ("DURATION", "P13Y", "MORE_THAN")

    interval = by_text["Between 1983 and 1986"]
    assert (interval.precision, interval.earliest, interval.latest) == (
        "year",
        "1983-01-01",
        "1987-01-01",
    )

    before = at("six months before")
    assert (before.type, before.value) == ("DATE", None)
    assert before.anchor is not None
    assert (before.anchor.kind, before.anchor.text) == ("event", "Iraq\u2019s invasion")
    assert seed_text[before.anchor.start or 0 : before.anchor.end] == "Iraq\u2019s invasion"
    assert (before.anchor.offset, before.anchor.direction, before.anchor.resolved) == (
        "P6M",
        "before",
        False,
    )

    after = at("Approximately seven months after")
    assert after.mod == "APPROX" and after.anchor is not None
    assert after.anchor.text == "the withdrawal of Iraqi forces from Iran"
    assert (after.anchor.kind, after.anchor.offset, after.anchor.direction) == (
        "event",
        "P7M",
        "after",
    )

    early = at("the early months of the conflict")
    assert (early.vague, early.mod) == (True, "START")
    assert early.anchor is not None and early.anchor.text == "the conflict"

    eight = at("eight days after")
    issuance = by_text["August 19, 1987"]
    assert (eight.type, eight.value, eight.precision) == ("DATE", "1987-08-27", "day")
    assert eight.anchor == TimeAnchor(
        kind="timex",
        text="August 19, 1987",
        start=issuance.start,
        end=issuance.end,
        offset="P8D",
        direction="after",
        ref=issuance.id,
        resolved=True,
    )

    counted = [t.text for t in timexes if "5,000" in t.text or "598" in t.text]
    assert counted == []
