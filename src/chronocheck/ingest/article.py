"""Build the ``Article`` every ingest path ends with, after the common checks.

Whatever the source, the text must not be empty, must fit
``Settings.max_text_bytes`` once encoded as UTF-8, and must look English.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from chronocheck.errors import IngestError
from chronocheck.ingest import messages
from chronocheck.ingest.language import check_english
from chronocheck.models import Article
from chronocheck.settings import Settings

LOGGER = logging.getLogger(__name__)

#: ``Article.date_source`` when the caller gave the date.
DATE_FROM_OPTION = "option"


def pick_publication_date(
    option: dt.date | None, *, find: Callable[[], dt.date | None], found_by: str
) -> tuple[str | None, str | None]:
    """Choose the publication date: the caller's, else the one ``find`` finds.

    Args:
        option: The date the caller gave, which wins.
        find: Looks for the date in the source; called only without ``option``.
        found_by: The ``date_source`` to record for a date ``find`` returns.

    Returns:
        ``(published, date_source)``: an ISO date and how it was found, or two Nones.
    """
    if option is not None:
        return option.isoformat(), DATE_FROM_OPTION
    found = find()
    if found is None:
        return None, None
    return found.isoformat(), found_by


def build_article(
    text: str,
    *,
    source: str,
    settings: Settings,
    content_type: str,
    title: str | None = None,
    published: str | None = None,
    date_source: str | None = None,
) -> Article:
    """Check the ingested text and wrap it in an ``Article``.

    Args:
        text: The article text, exactly as every later offset will refer to it.
        source: The path, URL or ``"-"``.
        settings: Supplies ``max_text_bytes`` and ``min_english_ratio``.
        content_type: ``"text"`` or ``"html"``.
        title: The title, if the source gives one.
        published: The publication date as ``YYYY-MM-DD``.
        date_source: How ``published`` was found.

    Returns:
        The article.

    Raises:
        IngestError: If the text is empty, too large or not English.
    """
    if not text.strip():
        raise IngestError(messages.EMPTY.format(source=source))
    if len(text.encode("utf-8")) > settings.max_text_bytes:
        raise IngestError(messages.TOO_LARGE.format(source=source, limit=settings.max_text_bytes))
    check_english(text, source=source, min_ratio=settings.min_english_ratio)
    article = Article(
        text=text,
        source=source,
        title=title,
        published=published,
        date_source=date_source,
        content_type=content_type,
        language="en",
    )
    LOGGER.info(
        "read %s: %d characters of %s, published %s (%s)",
        source,
        len(text),
        content_type,
        published,
        date_source,
    )
    return article
