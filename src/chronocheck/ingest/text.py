"""Read an article from bytes: plain text, or HTML handed on to ``ingest.html``.

HTML is recognized by its content type (from an HTTP header or a file's
extension) or, failing that, by how the bytes start. A plain-text article may
open with a dateline, which then gives the publication date.
"""

from __future__ import annotations

import datetime as dt
import logging
from email.message import Message

from chronocheck.errors import IngestError
from chronocheck.ingest import messages
from chronocheck.ingest.article import build_article, pick_publication_date
from chronocheck.ingest.dateline import find_dateline
from chronocheck.ingest.decode import decode_bytes
from chronocheck.ingest.html import article_from_html, find_meta_charset, looks_like_html
from chronocheck.ingest.title import find_title
from chronocheck.models import Article
from chronocheck.settings import Settings

LOGGER = logging.getLogger(__name__)

#: ``Article.date_source`` for a date read from the first line of a text.
DATE_FROM_DATELINE = "dateline"

#: Media types read as HTML.
HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def parse_content_type(content_type: str | None) -> tuple[str | None, str | None]:
    """Split a ``Content-Type`` value into its media type and charset.

    Args:
        content_type: E.g. ``"text/html; charset=ISO-8859-1"``, or None.

    Returns:
        ``(media_type, charset)``, lower-cased media type; each None when absent.
    """
    if not content_type or not content_type.strip():
        return None, None
    header = Message()
    header["content-type"] = content_type
    charset = header.get_param("charset")
    return header.get_content_type(), charset if isinstance(charset, str) else None


def article_from_bytes(
    data: bytes,
    *,
    source: str,
    settings: Settings,
    date: dt.date | None = None,
    content_type_hint: str | None = None,
    url: str | None = None,
) -> Article:
    """Read an article from raw bytes.

    Args:
        data: The file, standard input or response body.
        source: The path, URL or ``"-"``, recorded in the article and named in errors.
        settings: The settings in force.
        date: The publication date given by the caller.
        content_type_hint: A ``Content-Type`` value (``"text/html; charset=utf-8"``)
            from an HTTP header or a file's extension; without one, HTML is sniffed.
        url: The address the bytes came from, a hint for HTML metadata.

    Returns:
        The article.

    Raises:
        IngestError: If the bytes are empty, too large, binary, undecodable, HTML
            without main text, or not English.
    """
    media_type, declared_charset = parse_content_type(content_type_hint)
    is_html = media_type in HTML_MEDIA_TYPES or looks_like_html(data)
    # Markup outweighs its text, so a page may be as large as a download may be.
    limit = settings.max_download_bytes if is_html else settings.max_text_bytes
    if len(data) > limit:
        raise IngestError(messages.TOO_LARGE.format(source=source, limit=limit))
    if not data.strip():
        raise IngestError(messages.EMPTY.format(source=source))
    if is_html:
        charset = declared_charset or find_meta_charset(data)
        html = decode_bytes(data, source=source, declared_charset=charset)
        return article_from_html(html, source=source, settings=settings, date=date, url=url)
    text = decode_bytes(data, source=source, declared_charset=declared_charset)
    return article_from_text(text, source=source, settings=settings, date=date)


def article_from_text(
    text: str, *, source: str, settings: Settings, date: dt.date | None = None
) -> Article:
    """Read an article from plain text, taking its date from a dateline if it has one
    and its title from a headline line.

    Args:
        text: The decoded text, with ``\\n`` newlines; it becomes ``Article.text`` as is.
        source: The path, URL or ``"-"``.
        settings: The settings in force.
        date: The publication date given by the caller; it wins over a dateline.

    Returns:
        The article.

    Raises:
        IngestError: If the text is empty, too large or not English.
    """
    published, date_source = pick_publication_date(
        date, find=lambda: find_dateline(text), found_by=DATE_FROM_DATELINE
    )
    return build_article(
        text,
        source=source,
        settings=settings,
        content_type="text",
        title=find_title(text),
        published=published,
        date_source=date_source,
    )
