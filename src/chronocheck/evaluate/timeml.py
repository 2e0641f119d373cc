"""Read and write TimeML documents (TempEval-3 ``.tml`` files), TIMEX3 tags only.

A document's annotated text is the content of its ``<TEXT>`` element with the
tags removed; TIMEX3 tags become character spans into it. The document creation
time is the value of the TIMEX3 inside ``<DCT>``. Other tags (EVENT, SIGNAL) are
dropped: only time expressions are evaluated here.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

LOGGER = logging.getLogger(__name__)

_TEXT_RE = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_DCT_RE = re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})[^\"]*\".*?</DCT>", re.DOTALL)
_TAG_RE = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTRIBUTE_RE = re.compile(r"(\w+)=\"([^\"]*)\"")


@dataclass(frozen=True, slots=True)
class TimemlTimex:
    """A TIMEX3 as a character span of the document text."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimemlDocument:
    """One TimeML file: its text, creation date and time expressions."""

    name: str
    text: str
    dct: dt.date | None
    timexes: tuple[TimemlTimex, ...]


def read_timeml(path: Path) -> TimemlDocument:
    """Read a ``.tml`` file.

    Args:
        path: The file.

    Returns:
        The document; its text is the ``<TEXT>`` content without tags, unescaped.

    Raises:
        ValueError: If the file has no ``<TEXT>`` element.
    """
    raw = path.read_text(encoding="utf-8")
    body = _TEXT_RE.search(raw)
    if body is None:
        raise ValueError(f"TimeML file '{path}' has no <TEXT> element.")
    dct_match = _DCT_RE.search(raw)
    dct = dt.date.fromisoformat(dct_match.group(1)) if dct_match else None
    text, timexes = _strip_tags(body.group(1))
    return TimemlDocument(path.name, text, dct, tuple(timexes))


def _strip_tags(markup: str) -> tuple[str, list[TimemlTimex]]:
    """The plain text of ``markup`` and its TIMEX3 spans."""
    pieces: list[str] = []
    length = 0
    timexes: list[TimemlTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    for tag in _TAG_RE.finditer(markup):
        piece = html.unescape(markup[position : tag.start()])
        pieces.append(piece)
        length += len(piece)
        position = tag.end()
        closing, name, attributes = tag.groups()
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTRIBUTE_RE.findall(attributes)))
        elif open_timex is not None:
            start, attrs = open_timex
            timexes.append(
                TimemlTimex(start, length, attrs.get("type", "DATE"), attrs.get("value", ""))
            )
            open_timex = None
    pieces.append(html.unescape(markup[position:]))
    return "".join(pieces), timexes


def render_timeml(document: TimemlDocument, timexes: Sequence[TimemlTimex]) -> str:
    """Write a TimeML document whose ``<TEXT>`` holds ``timexes`` as TIMEX3 tags.

    Args:
        document: The document (its text and creation date are kept).
        timexes: Non-overlapping time expressions to tag.

    Returns:
        The TimeML markup.
    """
    chunks = []
    position = 0
    for number, timex in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if timex.start < position:
            continue
        chunks.append(escape(document.text[position : timex.start]))
        attributes = f'tid="t{number}" type={quoteattr(timex.type)} value={quoteattr(timex.value)}'
        chunks.append(
            f"<TIMEX3 {attributes}>{escape(document.text[timex.start : timex.end])}</TIMEX3>"
        )
        position = timex.end
    chunks.append(escape(document.text[position:]))
    dct = ""
    if document.dct is not None:
        dct = (
            '<DCT><TIMEX3 tid="t0" type="DATE" value="'
            f'{document.dct.isoformat()}" functionInDocument="CREATION_TIME">'
            f"{document.dct.isoformat()}</TIMEX3></DCT>\n"
        )
    docid = escape(Path(document.name).stem)
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f"<DOCID>{docid}</DOCID>\n{dct}<TEXT>{''.join(chunks)}</TEXT>\n</TimeML>\n"
    )
