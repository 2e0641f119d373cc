"""TempEval-3 conventions for the extent and value of time expressions in news text."""

from __future__ import annotations

import pytest

from chronocheck.extract.timex_grammar import find_timexes


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
