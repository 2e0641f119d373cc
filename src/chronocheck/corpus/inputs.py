"""Stream the items of a corpus: a folder, a JSONL or CSV file, or a WARC file.

Each item is yielded as its raw bytes with a stable id and what the source says
about it (date, URL, content type); turning the bytes into an ``Article`` is
left to :func:`ingest_item`, which the batch workers call, so that the costly
HTML extraction runs in parallel. Nothing reads a corpus whole: files are read
one item at a time. An item that cannot be read becomes an ``InputItem`` with an
``error`` rather than an exception, so one bad item never stops a run.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import logging
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chronocheck.errors import ConfigError, IngestError
from chronocheck.ingest import article_from_bytes
from chronocheck.ingest.read import HTML_CONTENT_TYPE
from chronocheck.models import Article
from chronocheck.settings import Settings

LOGGER = logging.getLogger(__name__)

#: Extensions read from a folder corpus (the issue's ".txt/.html" plus the usual aliases).
FOLDER_SUFFIXES = frozenset({".txt", ".html", ".htm"})
#: File name endings of each file format.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
WARC_SUFFIXES = (".warc", ".warc.gz")
#: WARC payload media types that hold an article.
WARC_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
#: CSV fields hold whole articles, far above the csv module's 128 KiB default.
CSV_FIELD_LIMIT = 2**31 - 1


@dataclass(frozen=True, slots=True)
class Columns:
    """Names of the JSONL/CSV columns that hold each part of an item."""

    text: str = "text"
    id: str = "id"
    date: str = "date"
    url: str = "url"
    outlet: str = "outlet"


@dataclass(frozen=True, slots=True)
class InputItem:
    """One item of a corpus, not yet ingested.

    Attributes:
        id: Stable id: the id column, else the relative path, line or row number,
            or the WARC record id.
        source: Where it came from, for messages and the ``articles`` table.
        data: The raw bytes (empty when ``error`` is set).
        sha256: Hex digest of ``data``: a changed input is analysed again.
        content_type: A ``Content-Type`` hint (``text/html``) or None to sniff.
        date: The publication date given by the source, as ``YYYY-MM-DD``.
        url: The article's URL, when the source gives it.
        outlet: The publisher, when a JSONL/CSV column names it (else the URL's host
            stands for it in the corpus report).
        error: Why the item could not be read, if it could not.
    """

    id: str
    source: str
    data: bytes
    sha256: str
    content_type: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    error: str | None = None


def detect_format(path: Path) -> str:
    """The format of a corpus path: ``folder``, ``jsonl``, ``csv`` or ``warc``.

    Raises:
        IngestError: If the path does not exist or its format is not known.
    """
    if path.is_dir():
        return "folder"
    if not path.is_file():
        raise IngestError(f"Corpus '{path}' does not exist.")
    name = path.name.lower()
    for fmt, suffixes in (
        ("jsonl", JSONL_SUFFIXES),
        ("csv", CSV_SUFFIXES),
        ("warc", WARC_SUFFIXES),
    ):
        if name.endswith(suffixes):
            return fmt
    raise IngestError(
        f"Corpus '{path}' has an unknown format: expected a folder, .jsonl, .csv or .warc(.gz)."
    )


def iter_items(path: Path, *, columns: Columns = Columns()) -> Iterator[InputItem]:
    """Stream the items of the corpus at ``path``, in a stable order.

    Raises:
        IngestError: If the corpus itself cannot be opened (bad items are yielded).
    """
    fmt = detect_format(path)
    try:
        if fmt == "folder":
            yield from _folder_items(path)
        elif fmt == "jsonl":
            yield from _jsonl_items(path, columns)
        elif fmt == "csv":
            yield from _csv_items(path, columns)
        else:
            yield from _warc_items(path)
    except OSError as e:
        raise IngestError(f"Cannot read corpus '{path}': {e.strerror or e}.") from e


def count_items(path: Path, *, columns: Columns = Columns()) -> int | None:
    """How many items the corpus holds (one streaming pass), or None for WARC files."""
    fmt = detect_format(path)
    if fmt == "warc":
        return None  # counting would decompress the whole archive once more
    if fmt == "folder":
        return sum(1 for _ in _folder_paths(path))
    if fmt == "jsonl":
        with path.open("rb") as file:
            return sum(1 for line in file if line.strip())
    return sum(1 for _ in _csv_items(path, columns))


def ingest_item(item: InputItem, *, settings: Settings) -> Article:
    """The article an item holds, read by the usual ingest functions.

    Raises:
        IngestError: If the item could not be read or is not an English article.
    """
    if item.error is not None:
        raise IngestError(item.error)
    return article_from_bytes(
        item.data,
        source=item.source,
        settings=settings,
        date=_parse_date(item.date, item.source),
        content_type_hint=item.content_type,
        url=item.url,
    )


def _parse_date(value: str | None, source: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as e:
        raise IngestError(f"{source}: date '{value}' is not YYYY-MM-DD.") from e


def _item(item_id: str, source: str, data: bytes, **meta: Any) -> InputItem:
    return InputItem(item_id, source, data, hashlib.sha256(data).hexdigest(), **meta)


def _failed(item_id: str, source: str, error: str) -> InputItem:
    return _item(item_id, source, b"", error=error)


def _folder_paths(root: Path) -> Iterator[Path]:
    # os.walk with sorted names streams a stable order without listing the tree first.
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if Path(name).suffix.lower() in FOLDER_SUFFIXES:
                yield Path(folder, name)


def _folder_items(root: Path) -> Iterator[InputItem]:
    for path in _folder_paths(root):
        item_id = path.relative_to(root).as_posix()
        is_html = path.suffix.lower() in {".html", ".htm"}
        try:
            data = path.read_bytes()
        except OSError as e:
            yield _failed(item_id, str(path), f"Cannot read '{path}': {e.strerror or e}.")
            continue
        yield _item(item_id, str(path), data, content_type=HTML_CONTENT_TYPE if is_html else None)


def _record_item(record: dict[str, Any], item_id: str, source: str, columns: Columns) -> InputItem:
    given_id = record.get(columns.id)
    if given_id not in (None, ""):
        item_id = str(given_id)
    text = record.get(columns.text)
    if not isinstance(text, str):
        return _failed(item_id, source, f"{source}: no text in column '{columns.text}'.")
    return _item(
        item_id,
        source,
        text.encode("utf-8"),
        date=_given(record, columns.date),
        url=_given(record, columns.url),
        outlet=_given(record, columns.outlet),
    )


def _given(record: dict[str, Any], column: str) -> str | None:
    value = record.get(column)
    return None if value in (None, "") else str(value)


def _jsonl_items(path: Path, columns: Columns) -> Iterator[InputItem]:
    with path.open("rb") as file:
        for number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            item_id, source = f"line-{number}", f"{path}:{number}"
            try:
                record = json.loads(line)
            except (ValueError, UnicodeDecodeError) as e:
                yield _failed(item_id, source, f"{source}: not a JSON object ({e}).")
                continue
            if not isinstance(record, dict):
                yield _failed(item_id, source, f"{source}: not a JSON object.")
                continue
            yield _record_item(record, item_id, source, columns)


def _csv_items(path: Path, columns: Columns) -> Iterator[InputItem]:
    csv.field_size_limit(min(CSV_FIELD_LIMIT, sys.maxsize))
    with path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file)
        if reader.fieldnames is None or columns.text not in reader.fieldnames:
            raise ConfigError(f"CSV corpus '{path}' has no text column '{columns.text}'.")
        for number, row in enumerate(reader, start=1):
            yield _record_item(dict(row), f"row-{number}", f"{path}:row {number}", columns)


def _warc_items(path: Path) -> Iterator[InputItem]:
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as file:
        for record in ArchiveIterator(file):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if content_type.split(";")[0].strip().lower() not in WARC_MEDIA_TYPES:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            item_id = record.rec_headers.get_header("WARC-Record-ID") or url
            data = record.content_stream().read()
            yield _item(str(item_id), url or str(path), data, content_type=content_type, url=url)
