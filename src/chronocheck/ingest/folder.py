"""Read every document of a folder, skipping those that cannot be read.

Used for the user's evidence documents (``--evidence DIR``): one unreadable or
non-English file must not stop a check, so each is skipped with one warning.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from pathlib import Path

from chronocheck.errors import IngestError
from chronocheck.ingest.read import read_article
from chronocheck.models import Article
from chronocheck.settings import Settings

LOGGER = logging.getLogger(__name__)

#: Extensions read from a folder of documents.
DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml"})


def read_folder(
    folder: Path, *, settings: Settings, suffixes: Collection[str] = DOCUMENT_SUFFIXES
) -> list[Article]:
    """The readable documents under ``folder`` (recursively), in path order.

    Raises:
        IngestError: If ``folder`` is not a folder.
    """
    if not folder.is_dir():
        raise IngestError(f"Evidence folder '{folder}' does not exist or is not a folder.")
    articles = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in suffixes:
            continue
        try:
            articles.append(read_article(str(path), settings=settings))
        except IngestError as e:
            LOGGER.warning("Skipped evidence file %s: %s", path, e)
    return articles
