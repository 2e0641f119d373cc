"""Turn the temporal tagger's spans into ``models.Timex`` values.

This is where a parse gets its id ("t1", "t2"... in text order), its day
interval, and an anchor record that names the anchoring timex by id.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc

from chronocheck.annotate.extensions import TIMEX_SPANS
from chronocheck.dates import format_duration, interval_of
from chronocheck.extract.timex_parse import TimexParse
from chronocheck.models import Direction, TimeAnchor, Timex

LOGGER = logging.getLogger(__name__)

#: Units of a document shift that read as an offset ("last year" = P1Y before).
OFFSET_UNITS = frozenset({"D", "W", "M", "Q", "Y", "DE", "CE"})


def extract_timexes(doc: Doc) -> tuple[Timex, ...]:
    """The normalized time expressions of an annotated Doc, in text order.

    Args:
        doc: A Doc that went through the ``chronocheck_temporal`` component.

    Returns:
        One :class:`Timex` per span of ``doc.spans["chronocheck_timex"]``; ids are
        ``"t1"``, ``"t2"``... and offsets are character offsets in ``doc.text``.
    """
    if TIMEX_SPANS not in doc.spans:
        return ()
    parses = sorted(
        (span._.cc_timex for span in doc.spans[TIMEX_SPANS] if span._.cc_timex is not None),
        key=lambda parse: parse.start,
    )
    ids = {parse.start: f"t{number}" for number, parse in enumerate(parses, start=1)}
    text = doc.text  # Doc.text joins every token on each access: read it once.
    return tuple(to_timex(text, parse, ids[parse.start], ids) for parse in parses)


def to_timex(text: str, parse: TimexParse, timex_id: str, ids: dict[int, str]) -> Timex:
    """Build the model value of one parse.

    Args:
        text: The text the parse's offsets point into.
        parse: A resolved parse.
        timex_id: Its id.
        ids: Ids of all timexes by start offset, to name an anchoring timex.

    Returns:
        The Timex.
    """
    interval = None
    if parse.type in ("DATE", "TIME") and parse.value is not None:
        interval = interval_of(parse.value)
    return Timex(
        id=timex_id,
        text=text[parse.start : parse.end],
        start=parse.start,
        end=parse.end,
        type=parse.type,
        value=parse.value,
        precision=interval.precision if interval else parse.precision,
        earliest=interval.earliest.isoformat() if interval else None,
        latest=interval.latest.isoformat() if interval else None,
        mod=parse.mod,
        anchor=_anchor(parse, ids),
        vague=parse.vague,
    )


def _anchor(parse: TimexParse, ids: dict[int, str]) -> TimeAnchor | None:
    if parse.reference == "document":
        return _document_anchor(parse)
    anchor = parse.anchor
    if parse.reference != "anchor" or anchor is None:
        return None
    ref = ids.get(anchor.timex_start) if anchor.timex_start is not None else None
    direction: Direction = parse.direction
    return TimeAnchor(
        kind=anchor.kind,
        text=anchor.text,
        start=anchor.start,
        end=anchor.end,
        offset=parse.offset,
        direction=direction,
        ref=ref,
        resolved=parse.resolved,
    )


def _document_anchor(parse: TimexParse) -> TimeAnchor:
    """The anchor of a deictic expression: the document date, shifted or not."""
    offset = None
    direction: Direction = "same"
    if parse.shift and parse.unit in OFFSET_UNITS:
        offset = format_duration(abs(parse.shift), parse.unit)
        direction = "before" if parse.shift < 0 else "after"
    return TimeAnchor(kind="document", offset=offset, direction=direction, resolved=parse.resolved)
