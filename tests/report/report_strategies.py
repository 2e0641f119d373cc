"""Hypothesis strategies that build random but schema-valid ``Report`` objects.

Every offset lies inside the article text, ids follow the ``t<n>``/``c<n>``
patterns, dates are real dates and numbers are finite, as the JSON Schema
requires.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, TypeVar, get_args

from hypothesis import strategies as st

from chronocheck.models import (
    CLAIM_KINDS,
    EVIDENCE_KINDS,
    PRECISIONS,
    QUALIFIERS,
    QUANTITY_KINDS,
    REFERENCE_STATUSES,
    TECHNIQUES,
    TIMEX_TYPES,
    VERDICT_LABELS,
    AnchorKind,
    Article,
    Candidate,
    Claim,
    Direction,
    EntityMention,
    Evidence,
    Inconsistency,
    InconsistencyKind,
    Omission,
    PackRef,
    Place,
    Quantity,
    ReferenceEntry,
    Report,
    Rhetoric,
    TechniqueCount,
    TechniqueSpan,
    TimeAnchor,
    TimelineEntry,
    Timex,
    Verdict,
)

T = TypeVar("T")

SHORT_TEXT = st.text(max_size=30)
OPTIONAL_TEXT = st.none() | SHORT_TEXT
FINITE = st.floats(allow_nan=False, allow_infinity=False, width=64)
UNIT_INTERVAL = st.floats(min_value=0.0, max_value=1.0)
DATES = st.dates(min_value=date(1, 1, 1), max_value=date(9998, 12, 30))
ANCHOR_KINDS: tuple[AnchorKind, ...] = ("document", "timex", "event")
DIRECTIONS: tuple[Direction, ...] = ("before", "after", "same")
INCONSISTENCY_KINDS = get_args(InconsistencyKind)
NAME = st.text(min_size=1, max_size=20)
PRECISION: st.SearchStrategy[Any] = st.sampled_from(PRECISIONS)
#: ISO dates at year, month or day precision, as evidence carries them.
PARTIAL_DATES = DATES.map(date.isoformat).flatmap(
    lambda day: st.sampled_from([day[:4], day[:7], day])
)


def _span(draw: st.DrawFn, length: int) -> tuple[int, int]:
    """Draw half-open offsets inside a text of ``length`` characters."""
    start = draw(st.integers(0, length))
    return start, draw(st.integers(start, length))


def _interval(draw: st.DrawFn) -> tuple[str, str]:
    """Draw a non-empty half-open date interval as ISO strings."""
    first = draw(DATES)
    days = draw(st.integers(1, 4000))
    after = min(first + timedelta(days=days), date(9999, 12, 31))
    return first.isoformat(), after.isoformat()


def _pick(draw: st.DrawFn, values: tuple[T, ...]) -> T:
    return draw(st.sampled_from(values))


@st.composite
def timexes(draw: st.DrawFn, text_length: int, number: int) -> Timex:
    """Draw a time expression with id ``t<number>`` inside the text."""
    start, end = _span(draw, text_length)
    earliest, latest = _interval(draw) if draw(st.booleans()) else (None, None)
    anchor = None
    if draw(st.booleans()):
        anchor_start, anchor_end = _span(draw, text_length)
        anchor = TimeAnchor(
            kind=_pick(draw, ANCHOR_KINDS),
            text=draw(OPTIONAL_TEXT),
            start=anchor_start,
            end=anchor_end,
            offset=draw(st.none() | st.from_regex(r"P[0-9]{1,2}[YMWD]", fullmatch=True)),
            direction=_pick(draw, DIRECTIONS),
            ref=draw(st.none() | st.from_regex(r"[tc][0-9]{1,2}", fullmatch=True)),
            resolved=draw(st.booleans()),
        )
    fields: dict[str, Any] = {
        "type": _pick(draw, TIMEX_TYPES),
        "precision": draw(st.none() | st.sampled_from(PRECISIONS)),
        "mod": draw(st.none() | st.sampled_from(("APPROX", "BEFORE", "START", "END"))),
    }
    return Timex(
        id=f"t{number}",
        text=draw(SHORT_TEXT),
        start=start,
        end=end,
        value=draw(st.none() | st.text(min_size=1, max_size=12)),
        earliest=earliest,
        latest=latest,
        anchor=anchor,
        vague=draw(st.booleans()),
        **fields,
    )


@st.composite
def quantities(draw: st.DrawFn, text_length: int) -> Quantity:
    """Draw a quantity inside the text."""
    start, end = _span(draw, text_length)
    fields: dict[str, Any] = {
        "qualifier": _pick(draw, QUALIFIERS),
        "kind": _pick(draw, QUANTITY_KINDS),
    }
    return Quantity(
        text=draw(SHORT_TEXT),
        start=start,
        end=end,
        value=draw(FINITE),
        unit=draw(OPTIONAL_TEXT),
        high=draw(st.none() | FINITE),
        **fields,
    )


@st.composite
def entities(draw: st.DrawFn, text_length: int) -> EntityMention:
    """Draw an entity mention inside the text."""
    start, end = _span(draw, text_length)
    label = draw(st.sampled_from(("PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART")))
    return EntityMention(text=draw(SHORT_TEXT), start=start, end=end, label=label)


EVIDENCE = st.builds(
    Evidence,
    fact=SHORT_TEXT,
    source_title=SHORT_TEXT,
    source_url=OPTIONAL_TEXT | st.sampled_from(["https://example.org/a?b=1&c=(2)", "javascript:x"]),
    quote=OPTIONAL_TEXT,
    pack=OPTIONAL_TEXT,
    reference_id=OPTIONAL_TEXT,
    kind=st.sampled_from(EVIDENCE_KINDS),
    date=st.none() | PARTIAL_DATES,
)
CANDIDATES = st.builds(
    Candidate, reference_id=NAME, title=SHORT_TEXT, pack=NAME, score=UNIT_INTERVAL
)


@st.composite
def verdicts(draw: st.DrawFn) -> Verdict:
    """Draw a verdict, sometimes with evidence and candidates."""
    fields: dict[str, Any] = {"label": _pick(draw, VERDICT_LABELS)}
    return Verdict(
        confidence=draw(st.none() | UNIT_INTERVAL),
        evidence=tuple(draw(st.lists(EVIDENCE, max_size=2))),
        difference=draw(OPTIONAL_TEXT),
        candidates=tuple(draw(st.lists(CANDIDATES, max_size=2))),
        **fields,
    )


@st.composite
def claims(draw: st.DrawFn, text_length: int, number: int, pool: tuple[Timex, ...]) -> Claim:
    """Draw a claim with id ``c<number>`` dated by some of the report's time expressions."""
    start, end = _span(draw, text_length)
    kinds: list[Any] = draw(
        st.lists(st.sampled_from(CLAIM_KINDS), min_size=1, max_size=3, unique=True)
    )
    times = draw(st.lists(st.sampled_from(pool), max_size=2)) if pool else []
    return Claim(
        id=f"c{number}",
        text=draw(SHORT_TEXT),
        start=start,
        end=end,
        kinds=tuple(kinds),
        times=tuple(times),
        quantities=tuple(draw(st.lists(quantities(text_length), max_size=2))),
        entities=tuple(draw(st.lists(entities(text_length), max_size=2))),
        predicate=draw(OPTIONAL_TEXT),
        negated=draw(st.booleans()),
        hedged=draw(st.booleans()),
        asserted_by=draw(OPTIONAL_TEXT),
        checkworthiness=draw(UNIT_INTERVAL),
        parent=draw(st.none() | st.sampled_from([f"c{n}" for n in range(1, number)] or ["c0"])),
        verdict=draw(verdicts()),
    )


@st.composite
def timeline_entries(
    draw: st.DrawFn, text_length: int, claim: Claim, timex: Timex
) -> TimelineEntry:
    """Draw a timeline entry placing ``claim`` at some interval."""
    start, end = _span(draw, text_length)
    earliest, latest = _interval(draw)
    return TimelineEntry(
        claim_id=claim.id,
        timex_id=timex.id,
        label=draw(SHORT_TEXT),
        earliest=earliest,
        latest=latest,
        precision=draw(st.none() | st.sampled_from(PRECISIONS)),
        start=start,
        end=end,
        relative=draw(st.booleans()),
    )


@st.composite
def inconsistencies(draw: st.DrawFn, text_length: int, claim_ids: tuple[str, ...]) -> Inconsistency:
    """Draw an inconsistency with one to three places in the text."""
    places = []
    for _ in range(draw(st.integers(1, 3))):
        start, end = _span(draw, text_length)
        places.append(Place(text=draw(SHORT_TEXT), start=start, end=end))
    ids = draw(st.lists(st.sampled_from(claim_ids), max_size=2)) if claim_ids else []
    kind: Any = _pick(draw, INCONSISTENCY_KINDS)
    return Inconsistency(
        kind=kind,
        message=draw(SHORT_TEXT),
        places=tuple(places),
        claim_ids=tuple(ids),
    )


@st.composite
def reference_entries(draw: st.DrawFn, claim_ids: tuple[str, ...]) -> ReferenceEntry:
    """Draw a reference event matched to some claims, or omitted."""
    earliest, latest = _interval(draw)
    status: Any = _pick(draw, REFERENCE_STATUSES)
    ids = draw(st.lists(st.sampled_from(claim_ids), max_size=2)) if claim_ids else []
    return ReferenceEntry(
        reference_id=draw(NAME),
        title=draw(SHORT_TEXT),
        earliest=earliest,
        latest=latest,
        precision=draw(PRECISION),
        pack=draw(NAME),
        claim_ids=tuple(ids),
        status=status,
    )


@st.composite
def omissions(draw: st.DrawFn) -> Omission:
    """Draw a reference event the article does not mention."""
    earliest, latest = _interval(draw)
    return Omission(
        reference_id=draw(NAME),
        title=draw(SHORT_TEXT),
        earliest=earliest,
        latest=latest,
        precision=draw(PRECISION),
        participants=tuple(draw(st.lists(SHORT_TEXT, max_size=2))),
        importance=draw(st.floats(min_value=0, max_value=10)),
        reason=draw(SHORT_TEXT),
        evidence=draw(EVIDENCE),
    )


@st.composite
def technique_spans(draw: st.DrawFn, text: str, number: int) -> TechniqueSpan:
    """Draw a technique span ``t<number>`` whose words are the text's at its offsets."""
    start, end = _span(draw, len(text))
    technique: Any = draw(st.sampled_from(TECHNIQUES))
    return TechniqueSpan(
        id=f"t{number}",
        technique=technique,
        start=start,
        end=end,
        text=text[start:end],
        score=draw(UNIT_INTERVAL),
        explanation=draw(SHORT_TEXT),
        source=draw(st.sampled_from(("model", "lexicon"))),
    )


@st.composite
def rhetorics(draw: st.DrawFn, text: str) -> Rhetoric:
    """Draw the rhetoric of a text: spans, their counts and sentence figures."""
    spans = tuple(
        draw(technique_spans(text, number)) for number in range(1, draw(st.integers(0, 3)) + 1)
    )
    found: dict[Any, int] = {}
    for span in spans:
        found[span.technique] = found.get(span.technique, 0) + 1
    sentences = draw(st.integers(0, 20))
    return Rhetoric(
        techniques=spans,
        counts=tuple(TechniqueCount(technique=name, count=n) for name, n in found.items()),
        sentences=sentences,
        loaded_sentences=draw(st.integers(0, sentences)),
    )


@st.composite
def reports(draw: st.DrawFn) -> Report:
    """Draw a whole report whose every offset lies inside its article text."""
    text = draw(st.text(max_size=200))
    length = len(text)
    article = Article(
        text=text,
        source=draw(st.text(min_size=1, max_size=30)),
        title=draw(OPTIONAL_TEXT),
        published=draw(st.none() | DATES.map(date.isoformat)),
        date_source=draw(st.sampled_from((None, "option", "html-metadata", "dateline"))),
        content_type=draw(st.sampled_from(("text", "html"))),
        language=draw(st.none() | st.from_regex(r"[a-z]{2}", fullmatch=True)),
    )
    report_timexes = tuple(
        draw(timexes(length, number)) for number in range(1, draw(st.integers(0, 4)) + 1)
    )
    report_claims = tuple(
        draw(claims(length, number, report_timexes))
        for number in range(1, draw(st.integers(0, 3)) + 1)
    )
    dated = [(claim, timex) for claim in report_claims for timex in claim.times]
    timeline = tuple(draw(timeline_entries(length, claim, timex)) for claim, timex in dated)
    claim_ids = tuple(claim.id for claim in report_claims)
    return Report(
        article=article,
        claims=report_claims,
        timexes=report_timexes,
        quantities=tuple(draw(st.lists(quantities(length), max_size=3))),
        entities=tuple(draw(st.lists(entities(length), max_size=3))),
        timeline=timeline,
        inconsistencies=tuple(draw(st.lists(inconsistencies(length, claim_ids), max_size=2))),
        packs=tuple(
            draw(
                st.lists(st.builds(PackRef, name=NAME, version=NAME, title=SHORT_TEXT), max_size=2)
            )
        ),
        reference_timeline=tuple(draw(st.lists(reference_entries(claim_ids), max_size=3))),
        omissions=tuple(draw(st.lists(omissions(), max_size=2))),
        rhetoric=draw(st.none() | rhetorics(text)),
    )
