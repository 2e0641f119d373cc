"""Read an article from a text or HTML file, standard input or a URL.

``read_article`` is the entry point; the lower-level functions serve callers that
already hold the bytes or the page. Every failure is an ``IngestError`` (a
``FetchError`` for URLs) whose one-line message names the bad value.
"""

from __future__ import annotations

import logging

from chronocheck.ingest.html import article_from_html
from chronocheck.ingest.language import check_english, measure_english
from chronocheck.ingest.read import read_article
from chronocheck.ingest.text import article_from_bytes, article_from_text
from chronocheck.ingest.url import FetchedDocument, fetch_url

__all__ = [
    "FetchedDocument",
    "article_from_bytes",
    "article_from_html",
    "article_from_text",
    "check_english",
    "fetch_url",
    "measure_english",
    "read_article",
]

LOGGER = logging.getLogger(__name__)
LOGGER.addHandler(logging.NullHandler())
