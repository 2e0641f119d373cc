"""Read an article from an HTML page: its main text, title and publication date.

trafilatura finds the main text and drops navigation, footers, comments and
figure captions; each block it keeps (paragraph, heading, list, quote, table)
becomes one paragraph of ``Article.text``, separated by blank lines. htmldate
finds the publication date in the page's metadata (``<meta>``, ``<time>``,
JSON-LD, the URL), never in the prose, where a history article has many dates.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

import htmldate
import trafilatura
from trafilatura.settings import Document
from trafilatura.xml import xmltotxt

from chronocheck.errors import IngestError
from chronocheck.ingest import messages
from chronocheck.ingest.article import build_article, pick_publication_date
from chronocheck.models import Article
from chronocheck.settings import Settings

LOGGER = logging.getLogger(__name__)

#: ``Article.date_source`` for a date found in the page's metadata.
DATE_FROM_HTML = "html-metadata"

#: What a page starts with (after whitespace), lower-cased, for sniffing.
HTML_SIGNATURES = (b"<!doctype html", b"<html")

#: Bytes searched for a ``<meta charset>`` declaration; HTML requires it within 1024.
META_CHARSET_WINDOW = 4096
META_CHARSET_PATTERN = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.IGNORECASE
)

#: trafilatura refuses a page that keeps its XML declaration once decoded to a string.
XML_DECLARATION_PATTERN = re.compile(r"\A\s*<\?xml[^>]*\?>")

#: Dropped before extraction even when trafilatura would keep them: figure captions
#: describe pictures, not the story, and asides hold pull quotes that repeat the text.
PRUNED_XPATHS = ["//figure", "//figcaption", "//nav", "//footer", "//aside"]


def looks_like_html(data: bytes) -> bool:
    """Return True if the bytes start like an HTML document (after a UTF-8 BOM or spaces)."""
    start = data.removeprefix(b"\xef\xbb\xbf").lstrip()[:32].lower()
    return start.startswith(HTML_SIGNATURES)


def find_meta_charset(data: bytes) -> str | None:
    """Return the charset an HTML page declares in a ``<meta>`` element, if any."""
    match = META_CHARSET_PATTERN.search(data[:META_CHARSET_WINDOW])
    return match[1].decode("ascii") if match else None


def article_from_html(
    html: str,
    *,
    source: str,
    settings: Settings,
    date: dt.date | None = None,
    url: str | None = None,
) -> Article:
    """Extract an article from a decoded HTML page.

    Args:
        html: The page's markup.
        source: The path or URL, recorded in the article and named in errors.
        settings: The settings in force.
        date: The publication date given by the caller; it wins over the page's.
        url: The page's address, which trafilatura and htmldate use as a hint.

    Returns:
        The article, its text the page's main text.

    Raises:
        IngestError: If the page cannot be parsed or has no main text, or the text
            fails the common checks (size, language).
    """
    html = XML_DECLARATION_PATTERN.sub("", html, count=1)
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            prune_xpath=PRUNED_XPATHS,
        )
    except (ValueError, TypeError) as e:
        raise IngestError(messages.HTML_UNPARSABLE.format(source=source, reason=e)) from e
    if not isinstance(document, Document) or document.body is None:
        raise IngestError(messages.NO_MAIN_TEXT.format(source=source))
    text = _paragraphs_text(document.body)
    if not text.strip():
        raise IngestError(messages.NO_MAIN_TEXT.format(source=source))
    published, date_source = pick_publication_date(
        date, find=lambda: _find_metadata_date(html, url=url), found_by=DATE_FROM_HTML
    )
    return build_article(
        text,
        source=source,
        settings=settings,
        content_type="html",
        title=document.title or None,
        published=published,
        date_source=date_source,
    )


def _paragraphs_text(body: Any) -> str:
    """Join the text of trafilatura's top-level blocks with blank lines.

    ``body`` is an lxml element, typed ``Any`` because lxml ships no type stubs.
    """
    blocks = (xmltotxt(block, include_formatting=False).strip() for block in body)
    return "\n\n".join(block for block in blocks if block)


def _find_metadata_date(html: str, *, url: str | None) -> dt.date | None:
    try:
        # No extensive search: it would take a date from the prose, e.g. "September 22, 1980".
        found = htmldate.find_date(html, extensive_search=False, original_date=True, url=url)
    except (ValueError, TypeError) as e:
        LOGGER.info("no publication date in the HTML metadata: %s", e)
        return None
    return dt.date.fromisoformat(found) if found else None
