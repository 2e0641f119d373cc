"""The word lists and the fallback's phrase patterns."""

from __future__ import annotations

import pytest

from chronocheck.models import TECHNIQUES
from chronocheck.rhetoric.technique_lexicon import (
    DESCRIPTIONS,
    LABELS,
    find_lexicon_spans,
    technique_label,
    word_cues,
)


def _whole(text: str) -> list[tuple[int, int]]:
    return [(0, len(text))]


@pytest.mark.parametrize(
    ("sentence", "technique", "cue"),
    [
        ("The so-called experts lied.", "Doubt", "so-called"),
        ("He is just like Hitler.", "Bandwagon,Reductio_ad_hitlerum", "Hitler"),
        ("We must defend our nation.", "Flag-Waving", "our nation"),
        ("Well, it is what it is.", "Thought-terminating_Cliches", "it is what it is"),
        ("But what about her emails?", "Whataboutism,Straw_Men,Red_Herring", "But what about"),
        ("Crime rose simply because of them.", "Causal_Oversimplification", "simply because"),
        ("You are either with us or not.", "Black-and-White_Fallacy", "You are either"),
        ("The crowd chanted lock her up.", "Slogans", "lock her up"),
        ("These thugs must go.", "Name_Calling,Labeling", "thugs"),
        ("A brutal crackdown followed.", "Loaded_Language", "brutal"),
    ],
)
def test_each_pattern_finds_its_phrase(sentence: str, technique: str, cue: str) -> None:
    hits = find_lexicon_spans(sentence, _whole(sentence))
    assert [(hit.technique, hit.cue) for hit in hits] == [(technique, cue)]
    assert sentence[hits[0].start : hits[0].end] == cue


def test_the_explanation_names_the_cue() -> None:
    text = "A brutal crackdown followed."
    (hit,) = find_lexicon_spans(text, _whole(text))
    assert hit.explanation == 'Loaded language: "brutal" is an emotionally charged word'
    assert 0 < hit.score <= 1


def test_only_the_sentences_given_are_searched_and_hits_do_not_overlap() -> None:
    text = "A brutal war. Our nation, so-called free, is patriots' nation."
    hits = find_lexicon_spans(text, [(14, len(text))])
    assert all(hit.start >= 14 for hit in hits)
    assert [hit.cue for hit in hits] == ["Our nation", "so-called", "patriots"]
    spans = [(hit.start, hit.end) for hit in hits]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_plain_news_has_no_hit() -> None:
    text = "The committee met on Tuesday and approved the budget for next year."
    assert find_lexicon_spans(text, _whole(text)) == []


def test_word_cues_include_superlatives_but_not_lookalikes() -> None:
    assert word_cues("brutal") == ("loaded",)
    assert "superlative" in word_cues("greatest")
    assert word_cues("honest") == ()
    assert word_cues("table") == ()


def test_every_technique_has_a_label_and_a_description() -> None:
    assert set(LABELS) == set(DESCRIPTIONS) == set(TECHNIQUES)
    assert technique_label("Flag-Waving") == "Flag-waving"
