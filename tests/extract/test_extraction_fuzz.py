"""Fuzz the extractors: random text never crashes them and every span lies inside it.

Issue #5, part 4. Texts are built from ingredients news text mixes: words,
numbers, dates, punctuation, currency signs, "per cent", long digit runs and
arbitrary unicode. Each family of ingredients is its own parametrised property,
so that a failure names the family of text that found it.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from spacy.language import Language
from typer.testing import CliRunner

from chronocheck.annotate.pipeline import annotate
from chronocheck.cli import app
from chronocheck.extract.extraction import Extraction, extract_article
from chronocheck.extract.quantities import extract_quantities
from chronocheck.models import Claim, EntityMention, Quantity, TimeAnchor, Timex
from tests.extract.date_phrases import SURFACE_FORMS, render

LOGGER = logging.getLogger(__name__)

pytestmark = pytest.mark.slow

#: Examples per ingredient family; each runs the whole pipeline on a text of up
#: to MAX_PIECES pieces (about 5 ms a text).
EXAMPLES_PER_FAMILY = 100
MAX_PIECES = 40
#: Exit codes of ``chronocheck check``: a report, or one line about bad input.
CLEAN_EXITS = (0, 2)
CLI_EXAMPLES = 15

WORDS = (
    "the a an of in on over about nearly up to between and or from by rose fell to per cent"
    " percent million billion bn m k thousand hundred dozen half one two three ten people"
    " troops dollars rials years days weeks months ago later earlier before after since"
    " Resolution Iran Iraq UN said war began ended early late mid the 1980s century"
).split()
PUNCTUATION = list(".,;:!?-–—()[]{}\"'’“”/\\%&*#@…") + ["\n", "\n\n", "\t", " - ", "..."]
CURRENCY = ["$", "£", "€", "¥", "₹", "US$", "USD", "EUR", "IRR", "¢", "₽"]
NUMBERS = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.integers(min_value=0, max_value=10**9).map("{:,}".format),
    st.floats(min_value=0, max_value=1e9, allow_nan=False).map(lambda x: f"{x:.2f}"),
    st.from_regex(r"\d{1,3}(,\d{3}){0,4}(\.\d{1,3})?", fullmatch=True),
    st.from_regex(r"\d{4}[-–/]\d{2}", fullmatch=True),
)
DATES = st.builds(
    render,
    st.sampled_from(sorted(SURFACE_FORMS)),
    st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2099, 12, 31)),
).map(lambda phrase: phrase.text if phrase else "1980")
#: Digit runs up to 300 digits: a float holds them (an overflow is its own family).
LONG_DIGITS = st.from_regex(r"[1-9]\d{10,300}", fullmatch=True)
#: Runs beyond a float's range (1.8e308).
OVERFLOWING_DIGITS = st.from_regex(r"[1-9]\d{309,400}", fullmatch=True)
#: ISO-like dates whose month or day may be out of range ("1980-13-01").
ISO_LIKE_DATES = st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True)
#: Phrases the quantity grammar reads, to be cut and glued at random.
QUANTITY_PHRASES = (
    "half a million|one and a half|a dozen|2.5bn|$3tn|sub-300|EUR50m|250ml|sixfold|rose by 3%"
    "|fell 5 per cent to|up to 5,000|nearly 1m|more than 290 people|2012-13|Resolution 598"
    "|between 5 and 3 million|from $2 to $1bn|tens of thousands|a third|1 in 5|No. 10"
).split("|")
#: Relative and anchored time phrases, to chain anchors in any order.
RELATIVE_PHRASES = (
    "eight days after|six months before|that day|the previous year|two weeks earlier"
    "|since 1980|until 1988|between 1983 and 1986|from 1980 to 1988|a year later|last Friday"
    "|this weekend|next April|the following decade|in the early months|decades ago|annually"
).split("|")
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", ", ", ". "])

COMMON = st.one_of(st.sampled_from(WORDS), st.sampled_from(PUNCTUATION), NUMBERS)
FAMILIES = {
    "words-and-numbers": COMMON,
    "dates": st.one_of(COMMON, DATES),
    "currency-and-percent": st.one_of(
        COMMON, st.sampled_from(CURRENCY), st.sampled_from(["per cent", "%", "percent"])
    ),
    "unicode": st.one_of(COMMON, st.text(max_size=8)),
    "long-digit-runs": st.one_of(COMMON, LONG_DIGITS),
    "overflowing-digit-runs": st.one_of(COMMON, OVERFLOWING_DIGITS),
    "iso-like-dates": st.one_of(COMMON, ISO_LIKE_DATES),
    "quantity-phrases": st.one_of(COMMON, st.sampled_from(QUANTITY_PHRASES)),
    "relative-phrases": st.one_of(COMMON, DATES, st.sampled_from(RELATIVE_PHRASES)),
}


SEED_DCT = dt.date(2024, 10, 8)
DCTS = st.none() | st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2099, 12, 31))


def _texts(pieces: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Texts of up to MAX_PIECES pieces joined by spaces, newlines and punctuation."""
    pairs = st.lists(st.tuples(pieces, SEPARATORS), max_size=MAX_PIECES)
    return pairs.map(lambda items: "".join(piece + separator for piece, separator in items))


Located = Timex | Quantity | EntityMention | Claim | TimeAnchor


def _located(extraction: Extraction) -> Iterator[Located]:
    """Every item of an extraction that has offsets, nested ones included."""
    yield from extraction.timexes
    yield from extraction.quantities
    yield from extraction.entities
    for claim in extraction.claims:
        yield claim
        yield from claim.times
        yield from claim.quantities
        yield from claim.entities
    for timex in extraction.timexes:
        if timex.anchor is not None:
            yield timex.anchor


def _assert_inside(text: str, item: Located) -> None:
    if item.start is None or item.end is None:
        return
    assert 0 <= item.start < item.end <= len(text), item
    if item.text is not None:
        assert text[item.start : item.end] == item.text, item


def _assert_finite(quantity: Quantity) -> None:
    assert math.isfinite(quantity.value), quantity
    assert quantity.high is None or math.isfinite(quantity.high), quantity


def _check_extraction(nlp: Language, text: str, dct: dt.date | None) -> None:
    """Extract everything from ``text``; every span must lie inside it, every value be finite."""
    extraction = extract_article(annotate(nlp, text, dct=dct))
    for item in _located(extraction):
        _assert_inside(text, item)
    for quantity in extraction.quantities:
        _assert_finite(quantity)


@pytest.mark.parametrize("family", list(FAMILIES))
def test_extraction_never_raises_and_spans_stay_inside(nlp: Language, family: str) -> None:
    @hypothesis_settings(deadline=None, max_examples=EXAMPLES_PER_FAMILY)
    @given(text=_texts(FAMILIES[family]), dct=DCTS)
    def check(text: str, dct: dt.date | None) -> None:
        _check_extraction(nlp, text, dct)

    check()


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        ("It cost $.5 billion.", SEED_DCT),
        ("It rose 5 per cent per cent.", SEED_DCT),
        ("The 2012-13 budget.", SEED_DCT),
        ("On 1980-02-30 and 13/13/1980 and 00/00/0000.", SEED_DCT),
        ("In the 0th century, 99999 years ago, 9999999999 days ago.", SEED_DCT),
        ("The talks began on 22 September 1980. 99999999 years later they ended.", SEED_DCT),
        ("It cost 1,000,000,000,000,000,000,000,000,000,000,000,000 trillion dollars.", SEED_DCT),
        ("We saw " + "9" * 300 + " people.", SEED_DCT),
        ("\u200b\ufeff22\u00a0September\u00a01980\u2028was\u0301 \U0001f600 £5bn", SEED_DCT),
        ("Yesterday, last week, last month, last year and this century.", dt.date.min),
        ("Tomorrow, next week, next month and next year.", dt.date.max),
        ("Troops seized the town on 1980-13-01.", None),
        ("We saw " + "9" * 400 + " people.", None),
        ("They met last Friday.", dt.date.min),
        ("They meet this weekend.", dt.date.min),
        ("They meet next Friday.", dt.date.max),
    ],
)
def test_extraction_of_edge_cases(nlp: Language, text: str, dct: dt.date | None) -> None:
    _check_extraction(nlp, text, dct)


@hypothesis_settings(deadline=None, max_examples=EXAMPLES_PER_FAMILY)
@given(text=_texts(FAMILIES["currency-and-percent"]))
def test_quantities_never_raise_and_stay_inside(trained_nlp: Language, text: str) -> None:
    """``extract_quantities`` on a Doc without the component matches on its own."""
    end = 0
    for quantity in extract_quantities(trained_nlp(text)):
        _assert_inside(text, quantity)
        _assert_finite(quantity)
        assert quantity.start >= end, "quantities overlap or are out of order"
        assert quantity.high is None or quantity.high >= quantity.value, quantity
        end = quantity.end


@hypothesis_settings(deadline=None, max_examples=CLI_EXAMPLES)
@given(
    content=_texts(st.one_of(COMMON, DATES, st.text(max_size=8))).map(str.encode)
    | st.binary(max_size=200),
    fmt=st.sampled_from(["terminal", "json", "markdown", "html"]),
    verify=st.sampled_from(["--verify", "--no-verify"]),
)
def test_check_cli_exits_cleanly_on_random_files(
    tmp_path_factory: pytest.TempPathFactory, content: bytes, fmt: str, verify: str
) -> None:
    """``chronocheck check`` answers a random file with a report or one line, exit 0 or 2."""
    path = tmp_path_factory.mktemp("fuzz") / "article.txt"
    path.write_bytes(content)
    result = CliRunner().invoke(app, ["check", str(path), "--format", fmt, verify])
    assert result.exit_code in CLEAN_EXITS, result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "text",
    [
        "The talks began on 22 September 1980. Over 2 million people died.",
        "   \n\n   ",
        "Troops seized the town on 1980-13-01.",
    ],
)
def test_check_cli_exits_cleanly_on_edge_cases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    # With CHRONOCHECK_DEBUG a bug escapes as its own exception, which the xfail names.
    monkeypatch.setenv("CHRONOCHECK_DEBUG", "1")
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json"])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code in CLEAN_EXITS, result.output
