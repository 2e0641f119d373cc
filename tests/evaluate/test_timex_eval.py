"""TempEval-3 Task A evaluation: TimeML reading and writing, the metric, and a run on the data."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from chronocheck.evaluate.timeml import TimemlDocument, TimemlTimex, read_timeml, render_timeml
from chronocheck.evaluate.timex import (
    BASELINES,
    TimexScores,
    evaluate_timex,
    te3_timexes,
    write_predictions,
)
from chronocheck.evaluate.timex_scoring import TimexCounts, score_document, tokenize
from chronocheck.extract.timex_grammar import find_timexes
from tests.shared_paths import TEMPEVAL

SAMPLE = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>sample</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">'
    "March 22, 2013</TIMEX3></DCT>\n"
    "<TITLE>Ignored &amp; untagged</TITLE>\n<TEXT>\n"
    'The season <EVENT eid="e1" class="ASPECTUAL">started</EVENT> about '
    '<TIMEX3 tid="t1" type="DURATION" value="P1M">a month</TIMEX3> earlier, AT&amp;T '
    '<SIGNAL sid="s1">said</SIGNAL> '
    '<TIMEX3 tid="t2" type="DATE" value="2013-03-22">Friday</TIMEX3>.'
    "\n</TEXT>\n</TimeML>\n"
)


@pytest.fixture
def sample(tmp_path: Path) -> TimemlDocument:
    path = tmp_path / "sample.tml"
    path.write_text(SAMPLE, encoding="utf-8")
    return read_timeml(path)


def _timex(document: TimemlDocument, words: str, type_: str, value: str) -> TimemlTimex:
    start = document.text.index(words)
    return TimemlTimex(start, start + len(words), type_, value)


def test_read_timeml(sample: TimemlDocument) -> None:
    assert sample.dct == dt.date(2013, 3, 22)
    assert "AT&T said Friday." in sample.text
    assert [(sample.text[t.start : t.end], t.type, t.value) for t in sample.timexes] == [
        ("a month", "DURATION", "P1M"),
        ("Friday", "DATE", "2013-03-22"),
    ]


def test_render_then_read_gives_the_same_document(sample: TimemlDocument, tmp_path: Path) -> None:
    path = tmp_path / "out.tml"
    path.write_text(render_timeml(sample, sample.timexes), encoding="utf-8")
    assert read_timeml(path) == TimemlDocument("out.tml", sample.text, sample.dct, sample.timexes)


def test_a_file_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML></TimeML>", encoding="utf-8")
    with pytest.raises(ValueError, match="has no <TEXT> element"):
        read_timeml(path)


def test_tokenize_splits_punctuation() -> None:
    text = "said Friday, at 10 p.m."
    assert [text[a:b] for a, b in tokenize(text)] == ["said", "Friday", ",", "at", "10", "p.m", "."]


def test_perfect_predictions_score_everything(sample: TimemlDocument) -> None:
    counts = score_document(sample, sample.timexes)
    assert counts == TimexCounts(gold=2, system=2, strict=2, relaxed=2, same_type=2, same_value=2)


def test_span_type_value_missed_and_spurious_errors(sample: TimemlDocument) -> None:
    predicted = [
        _timex(sample, "about a month", "DURATION", "P1M"),  # relaxed only
        _timex(sample, "Friday", "TIME", "2013-03-15"),  # wrong type and value
        _timex(sample, "season", "DATE", "XXXX-WI"),  # spurious
    ]
    counts = score_document(sample, predicted)
    assert (counts.strict, counts.relaxed, counts.same_type, counts.same_value) == (1, 2, 1, 1)
    assert sorted(error.kind for error in counts.errors) == ["span", "spurious", "type", "value"]
    scores = TimexScores.from_counts("test", 1, counts)
    assert (scores.strict_precision, scores.strict_recall) == (33.33, 50.0)
    assert (scores.relaxed_precision, scores.relaxed_recall, scores.relaxed_f1) == (
        66.67,
        100.0,
        80.0,
    )
    assert (scores.type_accuracy, scores.type_f1) == (50.0, 40.0)
    assert scores.to_dict()["errors"][0]["file"] == "sample.tml"


def test_nothing_predicted(sample: TimemlDocument) -> None:
    scores = TimexScores.from_counts("test", 1, score_document(sample, []))
    assert (scores.relaxed_f1, scores.value_f1) == (0.0, 0.0)
    assert [error.kind for error in scores.errors] == ["missed", "missed"]


@pytest.mark.parametrize(
    ("text", "exported"),
    [
        ("eight days after its issuance", [("eight days", "DURATION", "P8D")]),
        ("Between 1983 and 1986", [("1983", "DATE", "1983"), ("1986", "DATE", "1986")]),
        ("a year earlier", [("a year earlier", "DATE", "")]),
        ("in May 1982", [("May 1982", "DATE", "1982-05")]),
    ],
)
def test_export_in_tempeval_convention(text: str, exported: list[tuple[str, str, str]]) -> None:
    (parse,) = find_timexes(text)
    assert [(text[t.start : t.end], t.type, t.value) for t in te3_timexes(parse)] == exported


def test_baselines_hold_the_published_and_measured_figures() -> None:
    by_name = {baseline.name: baseline for baseline in BASELINES}
    assert by_name["HeidelTime"].value_f1 == 77.61
    assert by_name["SUTime"].value_f1 == 67.38
    measured = by_name["HeidelTime (measured here)"]
    assert (measured.strict_f1, measured.relaxed_f1, measured.type_f1, measured.value_f1) == (
        81.78,
        90.71,
        83.27,
        78.07,
    )


@settings(deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=80))
def test_any_text_survives_render_and_read(text: str) -> None:
    document = TimemlDocument("x.tml", text, None, ())
    rendered = render_timeml(document, [])
    body = rendered[rendered.index("<TEXT>") + 6 : rendered.index("</TEXT>")]
    assert body.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == text


def _require_tempeval() -> Path:
    if not (TEMPEVAL / "Evaluation" / "te3-platinum").is_dir():
        pytest.skip(f"the TempEval-3 data is not at {TEMPEVAL}")
    return TEMPEVAL


@pytest.mark.slow
def test_evaluate_on_the_platinum_test_set(nlp: Language) -> None:
    data_dir = _require_tempeval()
    started = time.perf_counter()
    scores = evaluate_timex(data_dir, split="test", nlp=nlp)
    assert time.perf_counter() - started < 30  # seconds, not minutes
    assert (scores.files, scores.gold) == (20, 138)
    # Floors a little under what we measured (value F1 79.55), to catch regressions.
    assert scores.relaxed_f1 >= 88
    assert scores.value_f1 >= 76


@pytest.mark.slow
def test_write_predictions(nlp: Language, tmp_path: Path) -> None:
    data_dir = _require_tempeval()
    written = write_predictions(data_dir, tmp_path, nlp=nlp)
    assert len(written) == 20
    document = read_timeml(written[0])
    gold = read_timeml(data_dir / "Evaluation" / "te3-platinum" / written[0].name)
    assert (document.text, document.dct) == (gold.text, gold.dct)
    assert document.timexes
