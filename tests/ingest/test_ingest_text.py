"""Tests for ``chronocheck.ingest.text``: articles from bytes, text or sniffed HTML."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.errors import IngestError
from chronocheck.ingest.text import article_from_bytes, article_from_text, parse_content_type
from chronocheck.settings import Settings

SETTINGS = Settings()
BODY = "Iraq invaded Iran in September 1980, and the war lasted for nearly eight years.\n"
PAGE = (
    "<!DOCTYPE html><html><head><title>The war</title></head><body><article>"
    f"<p>{BODY}</p><p>The ceasefire took effect in the summer of 1988 after long talks.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html; charset=ISO-8859-1", ("text/html", "ISO-8859-1")),
        ('Text/HTML;Charset="utf-8"', ("text/html", "utf-8")),
        ("text/plain", ("text/plain", None)),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_parse_content_type(header: str | None, expected: tuple[str | None, str | None]) -> None:
    assert parse_content_type(header) == expected


@pytest.mark.parametrize(
    ("text", "published", "date_source"),
    [
        (f"Tuesday, October 8, 2024\n\n{BODY}", "2024-10-08", "dateline"),
        (f"\n2024-10-08\n{BODY}", "2024-10-08", "dateline"),
        (BODY, None, None),
        (f"{BODY}October 8, 2024\n", None, None),
    ],
)
def test_text_article_dates(text: str, published: str | None, date_source: str | None) -> None:
    article = article_from_text(text, source="a.txt", settings=SETTINGS)
    assert (article.published, article.date_source) == (published, date_source)
    assert article.text == text, "the dateline stays in the text"


def test_date_option_wins_over_dateline() -> None:
    article = article_from_text(
        f"October 8, 2024\n{BODY}", source="a.txt", settings=SETTINGS, date=dt.date(2020, 1, 2)
    )
    assert (article.published, article.date_source) == ("2020-01-02", "option")


def test_text_is_kept_exactly_but_for_newlines_and_bom() -> None:
    data = b"\xef\xbb\xbfOctober 8, 2024\r\n\r\n  " + BODY.encode() + b"\rEnd of the story.  \n"
    article = article_from_bytes(data, source="a.txt", settings=SETTINGS)
    assert article.text == f"October 8, 2024\n\n  {BODY}\nEnd of the story.  \n"
    assert article.content_type == "text"
    assert article.language == "en"
    assert article.sha256 == hashlib.sha256(article.text.encode()).hexdigest()


@pytest.mark.parametrize(
    ("data", "hint"),
    [
        (PAGE.encode(), None),
        (b"  \n" + PAGE.encode(), None),
        (PAGE.replace("<!DOCTYPE html>", "").encode(), None),
        (PAGE.replace("<!DOCTYPE html>", "").encode(), "text/html; charset=utf-8"),
        (PAGE.replace("<!DOCTYPE html>", "").encode(), "application/xhtml+xml"),
    ],
)
def test_html_is_sniffed_or_hinted(data: bytes, hint: str | None) -> None:
    article = article_from_bytes(data, source="page", settings=SETTINGS, content_type_hint=hint)
    assert article.content_type == "html"
    assert "<p>" not in article.text
    assert article.text.startswith(BODY.strip())


def test_html_under_a_text_hint_without_markup_start_stays_text() -> None:
    data = f"A note on markup: <p> starts a paragraph. {BODY}".encode()
    article = article_from_bytes(
        data, source="n.txt", settings=SETTINGS, content_type_hint="text/plain"
    )
    assert article.content_type == "text"


def test_http_charset_decodes_html() -> None:
    page = PAGE.replace("the war", "the café war").encode("cp1252")
    article = article_from_bytes(
        page, source="p", settings=SETTINGS, content_type_hint="text/html; charset=windows-1252"
    )
    assert "the café war" in article.text


def test_meta_charset_decodes_html() -> None:
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').replace(
        "the war", "the café war"
    )
    article = article_from_bytes(page.encode("cp1252"), source="p", settings=SETTINGS)
    assert "the café war" in article.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b" \n\t\r\n ", "is empty"),
        ("\u00a0\u2003\n".encode(), "is empty"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary"),
        (
            b"Der Krieg zwischen Irak und Iran dauerte acht Jahre und war sehr blutig.",
            "English",
        ),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no main text"),
        (b"x" * 101, "larger than the limit of 100 bytes"),
    ],
)
def test_bad_bytes_raise_one_clear_error(data: bytes, message: str) -> None:
    settings_ = replace(SETTINGS, max_text_bytes=100)
    with pytest.raises(IngestError, match=f"^Cannot read 'in.txt': .*{message}"):
        article_from_bytes(data, source="in.txt", settings=settings_)


def test_html_may_be_as_large_as_a_download() -> None:
    padded = PAGE.replace("<body>", "<body><!--" + "x" * 2000 + "-->")
    settings_ = replace(SETTINGS, max_text_bytes=1000, max_download_bytes=5000)
    article = article_from_bytes(padded.encode(), source="p", settings=settings_)
    assert len(article.text.encode()) <= settings_.max_text_bytes
    with pytest.raises(IngestError, match="larger than the limit of 1,000 bytes"):
        article_from_bytes(
            padded.encode(), source="p", settings=replace(settings_, max_download_bytes=1000)
        )


ENGLISH_WORDS = ["the", "war", "of", "Iran", "and", "Iraq", "in", "1980s", "began", "was", "a"]
SEPARATORS = [" ", "\n", "\r\n", "\r", "\t", "  ", ", ", ". "]


@settings(deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_give_an_article_or_ingest_error(data: bytes) -> None:
    try:
        article = article_from_bytes(data, source="r.bin", settings=SETTINGS)
    except IngestError:
        return
    assert article.text.strip()
    assert "\r" not in article.text
    assert not article.text.startswith("\ufeff")
    assert article.sha256 == hashlib.sha256(article.text.encode()).hexdigest()


@settings(deadline=None)
@given(st.text(max_size=2000))
def test_random_text_gives_an_article_or_ingest_error(text: str) -> None:
    try:
        article_from_bytes(text.encode("utf-8", "surrogatepass"), source="r.txt", settings=SETTINGS)
    except IngestError:
        return


@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ENGLISH_WORDS), st.sampled_from(SEPARATORS)), min_size=1))
def test_accepted_text_is_the_input_with_newlines_normalized(
    pieces: list[tuple[str, str]],
) -> None:
    raw = "".join(word + separator for word, separator in pieces)
    article = article_from_bytes(raw.encode(), source="w.txt", settings=SETTINGS)
    assert article.text == raw.replace("\r\n", "\n").replace("\r", "\n")
    assert article.content_type == "text"
