"""Tests for ``chronocheck.ingest.read_article``: paths, standard input and URLs."""

from __future__ import annotations

import io
import os
from dataclasses import replace
from pathlib import Path

import pytest

from chronocheck.errors import FetchError, IngestError
from chronocheck.ingest import read_article
from chronocheck.settings import Settings
from tests.shared_paths import SEED_ARTICLE

DATA_DIR = Path(__file__).parent / "data"
SETTINGS = Settings()
LOCAL = Settings(allow_private_urls=True)
BODY = b"Iraq invaded Iran in September 1980, and the war lasted for nearly eight years.\n"


def test_seed_article() -> None:
    article = read_article(str(SEED_ARTICLE), settings=SETTINGS)
    assert article.text == SEED_ARTICLE.read_text(encoding="utf-8")
    assert article.text.startswith("Tuesday, October 8, 2024\n")
    assert (article.published, article.date_source) == ("2024-10-08", "dateline")
    assert (article.content_type, article.language) == ("text", "en")
    # The first line after the dateline is the scraped page's breadcrumb and title.
    assert article.title is not None and article.title.endswith("Impact on the Iran-Iraq War")
    assert article.source == str(SEED_ARTICLE)


@pytest.mark.parametrize("suffix", [".html", ".HTM", ".xhtml"])
def test_html_file_by_extension(tmp_path: Path, suffix: str) -> None:
    page = (DATA_DIR / "article_with_boilerplate.html").read_bytes()
    # Without its doctype the page is not sniffed as HTML: the extension decides.
    path = tmp_path / f"page{suffix}"
    path.write_bytes(page.replace(b"<!DOCTYPE html>\n<html", b"<html", 1).lstrip())
    article = read_article(str(path), settings=SETTINGS)
    assert article.content_type == "html"
    assert article.published == "2023-09-22"


def test_html_without_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "saved_page"
    path.write_bytes((DATA_DIR / "time_element_date.html").read_bytes())
    assert read_article(str(path), settings=SETTINGS).content_type == "html"


def test_stdin(tmp_path: Path) -> None:
    article = read_article("-", settings=SETTINGS, stdin=io.BytesIO(b"8 October 2024\n" + BODY))
    assert (article.source, article.published) == ("-", "2024-10-08")


def test_stdin_over_the_limit() -> None:
    settings = replace(SETTINGS, max_text_bytes=50, max_download_bytes=60)
    with pytest.raises(IngestError, match="^Cannot read '-': .*limit of 60 bytes"):
        read_article("-", settings=settings, stdin=io.BytesIO(BODY))


def test_file_size_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(SETTINGS.max_text_bytes + 1)  # sparse: no 5 MB written

    def fail_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", fail_open)
    with pytest.raises(IngestError, match=f"'{path}'.*larger than the limit of 5,000,000 bytes"):
        read_article(str(path), settings=SETTINGS)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "it is empty"),
        ("blank.txt", b"\n \n\t", "it is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "binary file"),
        (
            "german.txt",
            "Der Krieg dauerte acht Jahre und war für beide Länder sehr teuer.".encode(),
            "German",
        ),
        ("nav.html", (DATA_DIR / "navigation_only.html").read_bytes(), "no main text"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError, match=f"^Cannot read '{path}': .*{message}"):
        read_article(str(path), settings=SETTINGS)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    with pytest.raises(IngestError, match=f"^Cannot read '{path}': no such file.$"):
        read_article(str(path), settings=SETTINGS)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="it is a directory"):
        read_article(str(tmp_path), settings=SETTINGS)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(BODY)
    path.chmod(0)
    with pytest.raises(IngestError, match="Permission denied"):
        read_article(str(path), settings=SETTINGS)


def test_path_with_nul_character() -> None:
    with pytest.raises(IngestError, match="^Cannot read 'a\x00b'"):
        read_article("a\x00b", settings=SETTINGS)


def test_url_html(http_server: str) -> None:
    url = f"{http_server}/article.html"
    article = read_article(url, settings=LOCAL)
    assert (article.source, article.content_type) == (url, "html")
    assert (article.published, article.date_source) == ("2023-09-22", "html-metadata")
    assert "Subscribe" not in article.text


def test_url_plain_text(http_server: str) -> None:
    article = read_article(f"{http_server}/plain.txt", settings=LOCAL)
    assert (article.content_type, article.published) == ("text", "1980-09-22")


def test_url_charset_from_http_header(http_server: str) -> None:
    article = read_article(f"{http_server}/latin1.html", settings=LOCAL)
    assert "The café owners in Basra" in article.text
    assert "résumés" in article.text


def test_url_after_redirects(http_server: str) -> None:
    article = read_article(f"{http_server}/redirect/2", settings=LOCAL)
    assert article.title == "How the Iran-Iraq war began"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("ftp://example.com/article.txt", "only http and https"),
        ("http://127.0.0.1:1/", "Refusing to fetch"),
    ],
)
def test_url_errors_are_fetch_errors(source: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        read_article(source, settings=SETTINGS)


def test_url_404(http_server: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        read_article(f"{http_server}/missing", settings=LOCAL)
