"""Streaming corpus items from folders, JSONL, CSV and WARC files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from chronocheck.corpus.inputs import Columns, count_items, detect_format, ingest_item, iter_items
from chronocheck.errors import ConfigError, IngestError
from chronocheck.settings import Settings
from tests.corpus.conftest import TEXTS


def test_folder_is_recursive_sorted_and_filtered(text_folder: Path, settings: Settings) -> None:
    items = list(iter_items(text_folder))
    assert [item.id for item in items] == ["a.txt", "c.txt", "d.html", "sub/b.txt"]
    assert count_items(text_folder) == 4
    html = ingest_item(items[2], settings=settings)
    assert html.content_type == "html"
    assert "Falkland Islands" in html.text
    assert ingest_item(items[0], settings=settings).text == TEXTS[0]


def test_jsonl_columns_ids_dates_and_bad_lines(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"body": TEXTS[0], "key": "war", "day": "1988-08-21", "link": "https://x/1"}),
        "",
        "{not json",
        json.dumps({"body": TEXTS[1]}),
        json.dumps({"key": "no-text"}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    columns = Columns(text="body", id="key", date="day", url="link")
    items = list(iter_items(path, columns=columns))
    assert [item.id for item in items] == ["war", "line-3", "line-4", "no-text", "line-6"]
    assert [item.error is None for item in items] == [True, False, True, False, False]
    article = ingest_item(items[0], settings=settings)
    assert (article.published, article.date_source) == ("1988-08-21", "option")
    assert items[0].url == "https://x/1"
    with pytest.raises(IngestError, match="not a JSON object"):
        ingest_item(items[1], settings=settings)
    assert count_items(path, columns=columns) == 5


def test_csv_with_multiline_texts(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "corpus.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "text", "date"])
        writer.writerow(["", TEXTS[0].replace(". ", ".\n"), ""])
        writer.writerow(["x7", TEXTS[2], "2024-01-08"])
        writer.writerow(["x8", TEXTS[3], "8 Jan 2024"])
    items = list(iter_items(path))
    assert [item.id for item in items] == ["row-1", "x7", "x8"]
    assert count_items(path) == 3
    assert ingest_item(items[1], settings=settings).published == "2024-01-08"
    with pytest.raises(IngestError, match="not YYYY-MM-DD"):
        ingest_item(items[2], settings=settings)


def test_csv_without_the_text_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    path.write_text("id,body\n1,hello\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="no text column 'text'"):
        list(iter_items(path))


def _warc(path: Path) -> None:
    with path.open("wb") as file:
        writer = WARCWriter(file, gzip=True)
        bodies = [
            ("https://news/1", "text/html; charset=utf-8", f"<html><body><p>{TEXTS[0]}</p>"),
            ("https://news/logo", "image/png", "PNG"),
            ("https://news/2", "text/plain", TEXTS[1]),
        ]
        for url, content_type, body in bodies:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
            data = body.encode("utf-8")
            # A given length spares warcio a temporary file it would not close.
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(data), length=len(data), http_headers=headers
            )
            writer.write_record(record)
        writer.write_record(writer.create_warc_record("https://news/3", "request"))


def test_warc_response_records_with_text(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    items = list(iter_items(path))
    assert [item.url for item in items] == ["https://news/1", "https://news/2"]
    assert all(item.id.startswith("<urn:uuid:") for item in items)
    assert [item.id for item in iter_items(path)] == [item.id for item in items]
    articles = [ingest_item(item, settings=settings) for item in items]
    assert [a.content_type for a in articles] == ["html", "text"]
    assert articles[1].text == TEXTS[1]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.jsonl", "jsonl"), ("a.NDJSON", "jsonl"), ("a.csv", "csv"), ("a.warc.gz", "warc")],
)
def test_detect_format(tmp_path: Path, name: str, expected: str) -> None:
    (tmp_path / name).write_bytes(b"")
    assert detect_format(tmp_path / name) == expected


def test_unknown_and_missing_corpora(tmp_path: Path) -> None:
    (tmp_path / "a.xlsx").write_bytes(b"")
    with pytest.raises(IngestError, match="unknown format"):
        detect_format(tmp_path / "a.xlsx")
    with pytest.raises(IngestError, match="does not exist"):
        list(iter_items(tmp_path / "missing.jsonl"))
