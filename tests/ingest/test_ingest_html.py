"""Tests for ``chronocheck.ingest.html``: main text, title and date from a page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.errors import IngestError
from chronocheck.ingest.html import article_from_html, find_meta_charset, looks_like_html
from chronocheck.settings import Settings

DATA_DIR = Path(__file__).parent / "data"
SETTINGS = Settings()


def _read_fixture(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"<!DOCTYPE html><html>", True),
        (b"<!doctype HTML>", True),
        (b"\xef\xbb\xbf  \n<html lang='en'>", True),
        (b"<HTML>", True),
        (b"<p>not a document</p>", False),
        (b"Text about <html> tags.", False),
        (b"", False),
    ],
)
def test_looks_like_html(data: bytes, expected: bool) -> None:
    assert looks_like_html(data) is expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'<head><meta charset="windows-1252"></head>', "windows-1252"),
        (b"<meta charset=ISO-8859-1>", "ISO-8859-1"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', "koi8-r"),
        (b"<head><title>No charset</title></head>", None),
    ],
)
def test_find_meta_charset(data: bytes, expected: str | None) -> None:
    assert find_meta_charset(data) == expected


def test_boilerplate_is_dropped_and_paragraphs_kept() -> None:
    article = article_from_html(
        _read_fixture("article_with_boilerplate.html"), source="page.html", settings=SETTINGS
    )
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "How the Iran-Iraq war began"
    assert paragraphs[1].startswith("Iraqi forces crossed into Iran on September 22, 1980")
    assert paragraphs[-1].endswith("Security Council Resolution 598.")
    assert len(paragraphs) == 4
    for boilerplate in ("World news", "Subscribe", "Copyright", "Photograph", "southern front"):
        assert boilerplate not in article.text
    assert article.title == "How the Iran-Iraq war began"
    assert article.content_type == "html"


@pytest.mark.parametrize(
    ("fixture", "published"),
    [
        ("article_with_boilerplate.html", "2023-09-22"),  # <meta property=article:published_time>
        ("time_element_date.html", "2018-08-20"),  # <time datetime> only
    ],
)
def test_publication_date_comes_from_metadata(fixture: str, published: str) -> None:
    article = article_from_html(_read_fixture(fixture), source=fixture, settings=SETTINGS)
    assert (article.published, article.date_source) == (published, "html-metadata")


def test_dates_in_the_prose_are_not_publication_dates() -> None:
    html = (
        "<html><head><title>Two wars</title></head><body><article><p>The invasion of Iraq "
        "began on March 20, 2003, fifteen years after the ceasefire of August 20, 1988 had "
        "ended the war with Iran.</p><p>Both wars are still debated by "
        "historians in both countries.</p></article></body></html>"
    )
    article = article_from_html(html, source="page.html", settings=SETTINGS)
    assert (article.published, article.date_source) == (None, None)


def test_date_option_wins_over_metadata() -> None:
    article = article_from_html(
        _read_fixture("article_with_boilerplate.html"),
        source="page.html",
        settings=SETTINGS,
        date=dt.date(2024, 1, 31),
    )
    assert (article.published, article.date_source) == ("2024-01-31", "option")


def test_xml_declaration_is_tolerated() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?>\n' + _read_fixture("time_element_date.html")
    article = article_from_html(html, source="page.xhtml", settings=SETTINGS)
    assert article.text.startswith("Remembering the ceasefire")


@pytest.mark.parametrize(
    "html",
    [
        _read_fixture("navigation_only.html"),
        "<html></html>",
        "<html><body><figure><figcaption>Only a caption here.</figcaption></figure></body></html>",
        "<!doctype html>\x01\x02",
    ],
)
def test_page_without_main_text_is_refused(html: str) -> None:
    with pytest.raises(IngestError, match="^Cannot read 'p.html': the HTML page has no main text"):
        article_from_html(html, source="p.html", settings=SETTINGS)


def test_foreign_page_is_refused() -> None:
    html = (
        "<html><body><article><p>La guerre entre l'Irak et l'Iran a duré huit ans et a fait "
        "des centaines de milliers de morts dans les deux pays.</p></article></body></html>"
    )
    with pytest.raises(IngestError, match="looks like French"):
        article_from_html(html, source="fr.html", settings=SETTINGS)


@settings(deadline=None, max_examples=50)
@given(st.text(max_size=500), st.sampled_from(["", "<p>", "<article><p>", "<body>", "</html>"]))
def test_random_markup_gives_an_article_or_ingest_error(text: str, tag: str) -> None:
    try:
        article = article_from_html(f"<html>{tag}{text}", source="r.html", settings=SETTINGS)
    except IngestError:
        return
    assert article.text.strip()
    assert "\r" not in article.text
