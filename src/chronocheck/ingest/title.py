"""The title of a plain-text article: its first short line, when it looks like one."""

from __future__ import annotations

import logging

from chronocheck.ingest.dateline import find_dateline

LOGGER = logging.getLogger(__name__)

#: A headline is at most this long; a longer first line is the first paragraph.
MAX_TITLE_CHARS = 150
#: A line ending like this is a sentence, not a headline.
SENTENCE_ENDINGS = (".", "!", "?", ":", ";", ",")


def find_title(text: str) -> str | None:
    """The first non-empty line after any dateline, if it reads as a headline.

    Args:
        text: The article text.

    Returns:
        The line, stripped, or None when it is long, ends like a sentence, or is
        the article's only line.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and find_dateline(text) is not None:
        lines = lines[1:]
    if len(lines) < 2:
        return None
    first = lines[0]
    if len(first) > MAX_TITLE_CHARS or first.endswith(SENTENCE_ENDINGS):
        return None
    return first
