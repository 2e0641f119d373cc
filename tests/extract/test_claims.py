"""Claims from short texts of our own: what is a claim, how many, and their parts."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from chronocheck.annotate.pipeline import annotate
from chronocheck.extract.extraction import Extraction, extract_article

DCT = dt.date(2024, 10, 8)


def _extract(nlp: Language, text: str) -> Extraction:
    return extract_article(annotate(nlp, text, dct=DCT))


@pytest.mark.parametrize(
    "text",
    [
        "The war was a tragedy for everyone involved.",
        "Charting a path forward was immensely complex.",
        "The so-called “experts” were wrong about everything.",
        "Monday, March 3, 2025",
    ],
)
def test_opinion_and_headers_are_not_claims(nlp: Language, text: str) -> None:
    assert _extract(nlp, text).claims == ()


@pytest.mark.parametrize(
    ("text", "kinds", "dates"),
    [
        ("Iraq invaded Iran on 22 September 1980.", ("event",), ["1980-09-22"]),
        ("The attack killed 290 people.", ("quantity",), []),
        ("Iran recaptured Khorramshahr in May 1982.", ("event",), ["1982-05"]),
        (
            "The fighting cost an estimated $600 billion by 1988.",
            ("event", "quantity"),
            ["1988"],
        ),
    ],
)
def test_checkable_sentences(
    nlp: Language, text: str, kinds: tuple[str, ...], dates: list[str]
) -> None:
    [claim] = _extract(nlp, text).claims
    assert claim.kinds == kinds
    assert [t.value for t in claim.times] == dates
    assert text[claim.start : claim.end] == claim.text


def test_two_assertions_in_one_sentence_give_two_claims(nlp: Language) -> None:
    text = (
        "Iraq invaded Iran on 22 September 1980, and Iran recaptured Khorramshahr on 24 May 1982."
    )
    claims = _extract(nlp, text).claims
    assert [[t.value for t in c.times] for c in claims] == [["1980-09-22"], ["1982-05-24"]]
    assert claims[1].text.startswith("Iran recaptured")


def test_relative_clause_on_a_date_takes_the_date(nlp: Language) -> None:
    text = "Leading up to June 18, 1988, when the army captured Mehran, it had fought for years."
    claims = _extract(nlp, text).claims
    captured = [c for c in claims if "captured Mehran" in c.text]
    assert [t.value for t in captured[0].times] == ["1988-06-18"]


@pytest.mark.parametrize(
    ("text", "asserted_by"),
    [
        ("According to the UN, 290 people died in the attack.", "the UN"),
        ("The ministry said that 3,000 soldiers were killed in March 1984.", "The ministry"),
    ],
)
def test_attribution(nlp: Language, text: str, asserted_by: str) -> None:
    claims = _extract(nlp, text).claims
    assert asserted_by in [c.asserted_by for c in claims]


def test_pronoun_is_resolved_to_the_last_person(nlp: Language) -> None:
    text = (
        "Ruhollah Khomeini accepted the resolution in July 1988. "
        "He proclaimed on state radio that he had “drunk the poison chalice”."
    )
    claims = _extract(nlp, text).claims
    quote = [c for c in claims if "quote" in c.kinds]
    assert quote and quote[0].asserted_by == "Ruhollah Khomeini"
    # The reported words belong to the reporting clause: one claim, not two.
    assert len([c for c in claims if "chalice" in c.text]) == 1


@pytest.mark.parametrize(
    ("text", "negated", "hedged"),
    [
        ("Iraq did not withdraw in May 1982.", True, False),
        ("Iraq reportedly withdrew in June 1982.", False, True),
        ("Iraq may have withdrawn in June 1982.", False, True),
        ("Iraq withdrew in May 1982.", False, False),
    ],
)
def test_negation_and_hedging(nlp: Language, text: str, negated: bool, hedged: bool) -> None:
    [claim] = _extract(nlp, text).claims
    assert (claim.negated, claim.hedged) == (negated, hedged)


def test_dates_inside_a_quotation_are_not_the_claims(nlp: Language) -> None:
    text = (
        "The fighters reached the town on 18 June 1988 and chanted “Today Mehran, Tomorrow Tehran”."
    )
    times = [t.text for c in _extract(nlp, text).claims for t in c.times]
    assert "Today" not in times and "Tomorrow" not in times


def test_checkworthiness_ranks_dated_quantities_above_actions(nlp: Language) -> None:
    text = "The offensive killed 20,000 soldiers in February 1986. Tehran struck a deal with Paris."
    first, second = _extract(nlp, text).claims
    assert 0.0 <= second.checkworthiness < first.checkworthiness <= 1.0
