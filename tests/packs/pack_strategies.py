"""Hypothesis strategies for valid packs, with any text in their cells."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from chronocheck.packs import (
    PackData,
    PackInfo,
    RefDispute,
    RefEntity,
    RefEvent,
    RefQuantity,
    Source,
)
from chronocheck.packs.schema import MEASURES, NAME_RE, PRECISIONS, SLUG_RE

#: Any text a cell holds as read: every character but surrogates, NUL and "\r"
#: (line breaks in cells are read and written as "\n").
CELL_CHARS = st.characters(exclude_categories=["Cs"], exclude_characters="\x00\r")
DATE_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def _stripped(*, required: bool) -> st.SearchStrategy[str]:
    return st.text(CELL_CHARS, min_size=1 if required else 0, max_size=30).filter(
        lambda s: s == s.strip() and (bool(s) or not required)
    )


REQUIRED = _stripped(required=True)
OPTIONAL = _stripped(required=False)
ITEM = REQUIRED.filter(lambda s: ";" not in s)
ITEMS = st.lists(ITEM, max_size=3).map(tuple)
SLUGS = st.from_regex(SLUG_RE, fullmatch=True)
SOURCES = st.builds(
    Source,
    title=REQUIRED,
    url=st.none() | st.from_regex(r"https://[a-z]{1,10}\.org/[a-z0-9/]{0,12}", fullmatch=True),
)
DATES = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31))
NUMBERS = st.floats(allow_nan=False, allow_infinity=False, width=64)


@st.composite
def _event(draw: st.DrawFn, index: int, entity_ids: tuple[str, ...]) -> RefEvent:
    precision = draw(st.sampled_from(PRECISIONS))
    first, last = sorted(draw(st.lists(DATES, min_size=2, max_size=2)))
    fmt = DATE_FORMATS[precision]
    return RefEvent(
        id=f"E{index}",
        title=draw(REQUIRED),
        type=draw(SLUGS),
        date_start=first.strftime(fmt),
        date_end=draw(st.none() | st.just(last.strftime(fmt))),
        precision=precision,  # type: ignore[arg-type]
        participants=tuple(draw(st.lists(st.sampled_from(entity_ids), unique=True, max_size=3))),
        location=draw(OPTIONAL),
        description=draw(OPTIONAL),
        importance=draw(st.integers(1, 3)),
        source=draw(SOURCES),
        aliases=draw(ITEMS),
        quote=draw(st.none() | REQUIRED),
    )


@st.composite
def _quantity(draw: st.DrawFn, index: int, entity_ids: tuple[str, ...]) -> RefQuantity:
    low = draw(NUMBERS)
    high = draw(st.none() | NUMBERS.filter(lambda x: x >= low))
    return RefQuantity(
        id=f"Q{index}",
        group=draw(SLUGS),
        subject=draw(OPTIONAL),
        measure=draw(st.sampled_from(MEASURES)),
        description=draw(OPTIONAL),
        low=low,
        high=high,
        unit=draw(REQUIRED),
        as_of=draw(st.just("") | DATES.map(lambda d: d.strftime("%Y-%m"))),
        entities=tuple(draw(st.lists(st.sampled_from(entity_ids), unique=True, max_size=2))),
        source=draw(SOURCES),
        notes=draw(OPTIONAL),
    )


@st.composite
def packs(draw: st.DrawFn) -> PackData:
    """Valid packs of a few rows each, with any text in their cells."""
    entities = tuple(
        RefEntity(
            id=f"N{n}",
            name=draw(REQUIRED),
            type=draw(SLUGS),
            aliases=draw(ITEMS),
            description=draw(OPTIONAL),
            source=draw(SOURCES),
            wikidata_qid=draw(st.none() | st.integers(1, 10**9).map(lambda q: f"Q{q}")),
        )
        for n in range(draw(st.integers(1, 3)))
    )
    ids = tuple(e.id for e in entities)
    events = tuple(draw(_event(n, ids)) for n in range(draw(st.integers(1, 3))))
    quantities = tuple(draw(_quantity(n, ids)) for n in range(draw(st.integers(0, 3))))
    disputes = tuple(
        RefDispute(
            id=f"D{n}",
            target=draw(st.sampled_from(events)).id,
            field="date",
            value=draw(DATES).isoformat(),
            source=draw(SOURCES),
            note=draw(OPTIONAL),
        )
        for n in range(draw(st.integers(0, 2)))
    )
    first, last = sorted(draw(st.lists(DATES, min_size=2, max_size=2)))
    info = PackInfo(
        name=draw(st.from_regex(NAME_RE, fullmatch=True)),
        title=draw(REQUIRED),
        version=".".join(map(str, draw(st.tuples(*[st.integers(0, 99)] * 3)))),
        license=draw(REQUIRED),
        description=draw(OPTIONAL),
        period_start=first.isoformat(),
        period_end=last.isoformat(),
        scope_entities=tuple(draw(st.lists(st.sampled_from(ids), unique=True, max_size=2))),
    )
    return PackData(info, entities, events, quantities, disputes)
