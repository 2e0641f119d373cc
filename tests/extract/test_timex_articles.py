"""The temporal tagger on our test articles: recall of the expected time expressions.

``tests/articles/*.expected.json`` list what a correct tagger finds (see their
README). An expression counts as right when a timex overlaps it and has the
expected value, or, for one measured from an event that the tagger cannot date
("three days after the Belgrano went down"), when the tagger hands the event
phrase, offset and direction on to the event resolver.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from chronocheck.annotate.pipeline import annotate
from chronocheck.extract.times import extract_timexes
from chronocheck.models import Timex

REPO = Path(__file__).resolve().parents[2]
EXPECTED = sorted((REPO / "tests" / "articles").glob("*.expected.json"))
#: Measured on the articles developed against: 86 of 86 expressions found, 86
#: of 86 right (values, or event anchors).
FOUND_FLOOR = 1.0
RIGHT_FLOOR = 1.0
#: The held-out articles (see tests/e2e/test_articles.py), measured: found,
#: right (values, or event anchors) per article.
HELD_OUT_FLOORS = {
    "iran-iraq-1980-1982": (30 / 30, 28 / 30),
    "iran-iraq-1986-1988": (35 / 37, 32 / 37),
}


def _overlapping(timexes: tuple[Timex, ...], item: dict[str, Any]) -> Timex | None:
    found = [t for t in timexes if t.start < item["end"] and item["start"] < t.end]
    return found[0] if found else None


def _is_right(timex: Timex, item: dict[str, Any]) -> bool:
    if timex.value == item["value"]:
        return True
    anchor = timex.anchor
    if item.get("anchor_kind") != "event" or anchor is None or anchor.kind != "event":
        return False
    return (anchor.text, anchor.offset, anchor.direction) == (
        item["anchor_event"],
        item["offset"],
        item["direction"],
    )


def _score(nlp: Language, path: Path) -> tuple[int, int, int, list[str]]:
    expected = json.loads(path.read_text(encoding="utf-8"))
    text = (REPO / expected["article"]).read_text(encoding="utf-8")
    dct = dt.date.fromisoformat(expected["dct"]) if expected["dct"] else None
    timexes = extract_timexes(annotate(nlp, text, dct=dct))
    found = right = 0
    wrong = []
    for item in expected["timexes"]:
        timex = _overlapping(timexes, item)
        found += timex is not None
        if timex is not None and _is_right(timex, item):
            right += 1
        else:
            wrong.append(f"{item['text']!r}: {item['value']} != {timex and timex.value}")
    return len(expected["timexes"]), found, right, wrong


@pytest.mark.slow
@pytest.mark.parametrize("path", EXPECTED, ids=[p.name.split(".")[0] for p in EXPECTED])
def test_each_article_reaches_the_floor(nlp: Language, path: Path) -> None:
    total, found, right, wrong = _score(nlp, path)
    found_floor, right_floor = HELD_OUT_FLOORS.get(
        path.name.split(".")[0], (FOUND_FLOOR, RIGHT_FLOOR)
    )
    assert found / total >= found_floor, (found, total)
    assert right / total >= right_floor, wrong
