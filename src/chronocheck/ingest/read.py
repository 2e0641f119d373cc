"""Read an article from wherever the user points: a path, ``"-"`` or a URL.

This is ``ingest``'s entry point. A file is checked against the size limit
before it is read; standard input is read no further than one byte past it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sys
from pathlib import Path
from typing import BinaryIO

from chronocheck.errors import IngestError
from chronocheck.ingest import messages
from chronocheck.ingest.text import article_from_bytes
from chronocheck.ingest.url import fetch_url
from chronocheck.models import Article
from chronocheck.settings import Settings

LOGGER = logging.getLogger(__name__)

#: The source that means standard input.
STDIN_SOURCE = "-"

#: A source that starts like ``scheme://`` is a URL, whatever its scheme.
URL_PATTERN = re.compile(r"\A[a-zA-Z][a-zA-Z0-9+.-]*://")

#: File extensions read as HTML, with the content type they stand for.
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
HTML_CONTENT_TYPE = "text/html"


def read_article(
    source: str,
    *,
    settings: Settings,
    date: dt.date | None = None,
    stdin: BinaryIO | None = None,
) -> Article:
    """Read an article from a file, standard input or an http(s) URL.

    Args:
        source: A path, ``"-"`` for standard input, or an ``http``/``https`` URL.
        settings: The settings in force.
        date: The publication date, overriding any the article gives.
        stdin: The stream ``"-"`` reads (``sys.stdin.buffer`` by default).

    Returns:
        The article.

    Raises:
        IngestError: If the source cannot be read or is not an English article;
            ``FetchError``, a subclass, for URLs that cannot be fetched.
    """
    if source == STDIN_SOURCE:
        data = _read_stream(stdin or sys.stdin.buffer, source=source, settings=settings)
        return article_from_bytes(data, source=source, settings=settings, date=date)
    if URL_PATTERN.match(source):
        document = fetch_url(source, settings=settings)
        return article_from_bytes(
            document.content,
            source=source,
            settings=settings,
            date=date,
            content_type_hint=document.content_type,
            url=document.url,
        )
    path = Path(source)
    is_html = path.suffix.lower() in HTML_EXTENSIONS
    data = _read_file(path, source=source, settings=settings, is_html=is_html)
    return article_from_bytes(
        data,
        source=source,
        settings=settings,
        date=date,
        content_type_hint=HTML_CONTENT_TYPE if is_html else None,
    )


def _read_file(path: Path, *, source: str, settings: Settings, is_html: bool) -> bytes:
    # The same limits as article_from_bytes, checked before a large file is read whole.
    limit = settings.max_download_bytes if is_html else settings.max_text_bytes
    try:
        if path.is_dir():
            raise IngestError(messages.FILE_IS_DIRECTORY.format(source=source))
        if path.stat().st_size > limit:
            raise IngestError(messages.TOO_LARGE.format(source=source, limit=limit))
        with path.open("rb") as file:
            # Read one byte past the limit: a file can grow between stat and read.
            return _read_limited(file, source=source, limit=limit)
    except FileNotFoundError as e:
        raise IngestError(messages.FILE_MISSING.format(source=source)) from e
    except (OSError, ValueError) as e:
        # ValueError: a path with a NUL character cannot even be looked up.
        reason = getattr(e, "strerror", None) or str(e)
        raise IngestError(messages.FILE_UNREADABLE.format(source=source, reason=reason)) from e


def _read_stream(stream: BinaryIO, *, source: str, settings: Settings) -> bytes:
    # Standard input may carry HTML, which may be as large as a download.
    limit = max(settings.max_text_bytes, settings.max_download_bytes)
    try:
        return _read_limited(stream, source=source, limit=limit)
    except OSError as e:
        reason = e.strerror or str(e)
        raise IngestError(messages.FILE_UNREADABLE.format(source=source, reason=reason)) from e


def _read_limited(stream: BinaryIO, *, source: str, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise IngestError(messages.TOO_LARGE.format(source=source, limit=limit))
    return data
