"""The line-break sentencizer, alone on a blank pipeline and in the full pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from chronocheck.annotate import factories  # noqa: F401  (registers the factories)


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Monday, March 3, 2025\nThe war began.", ["Monday", "The"]),
        ("A title\n\nFirst paragraph. Still it.", ["A", "First"]),
        ("One line only.", ["One"]),
        ("Trailing break\n", ["Trailing"]),
    ],
)
def test_marks_the_token_after_each_line_break(text: str, starts: list[str]) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("chronocheck_line_breaks")
    doc = nlp(text)
    assert [t.text for t in doc if t.is_sent_start] == starts


def test_parser_keeps_the_boundaries(nlp: Language) -> None:
    doc = nlp("Monday, March 3, 2025\nThe Iran-Iraq war: a history\nIraq invaded Iran in 1980.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[:2] == ["Monday, March 3, 2025", "The Iran-Iraq war: a history"]
