"""The values that flow between chronocheck's stages.

Every stage hands the next one frozen dataclasses from this module and nothing
else: spaCy types stay inside ``annotate`` and ``extract``. Each class has
``to_dict`` (JSON-ready, the layout of the JSON report) and ``from_dict``.

Offsets are character offsets into ``Article.text`` and are half-open
``[start, end)``. Date intervals are half-open too: ``earliest`` is the first
day inside, ``latest`` the first day after.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from types import UnionType
from typing import Any, Literal, TypeVar, Union, cast, get_args, get_origin, get_type_hints

SCHEMA_VERSION = "1.5.0"

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Precision = Literal[
    "millennium", "century", "decade", "year", "season", "quarter", "month", "week", "day", "time"
]
AnchorKind = Literal["document", "timex", "event"]
Direction = Literal["before", "after", "same"]
Qualifier = Literal[
    "exact",
    "approximately",
    "estimate",
    "more-than",
    "at-least",
    "less-than",
    "at-most",
    "range",
]
QuantityKind = Literal["count", "money", "duration", "percent", "measure"]
#: Which way a number moved: "rose by 3%" is up, "cut 500 jobs" down.
QuantityChange = Literal["up", "down"]
ClaimKind = Literal["event", "quantity", "attribution", "quote", "causal"]
VerdictLabel = Literal["unchecked", "supported", "contradicted", "contested", "unverifiable"]
InconsistencyKind = Literal["relative-offset", "conflicting-dates"]
ReferenceStatus = Literal["supported", "contradicted", "contested", "unverifiable", "omitted"]
EvidenceKind = Literal["event", "quantity", "dispute", "entity", "document"]
#: The 14 persuasion techniques of SemEval-2020 Task 11, named as in the PTC corpus.
Technique = Literal[
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
]
#: Which model finds technique spans: the fine-tuned encoder, or string features alone.
SpanTagger = Literal["encoder", "features"]
#: What marked a technique span: the trained model, or the lexicon-and-pattern fallback.
TechniqueSource = Literal["model", "lexicon"]

T = TypeVar("T")


def _to_json(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_to_json(v) for v in value]
    return value


class _Serializable:
    """Mixin giving a dataclass ``to_dict`` / ``from_dict``.

    Not a dataclass itself: it only adds methods to the frozen dataclasses below.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return cast(dict[str, Any], _to_json(self))

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        hints = _type_hints(cast(type, cls))
        kwargs = {
            f.name: _from_json(hints[f.name], data[f.name])
            for f in fields(cast(Any, cls))
            if f.name in data
        }
        return cls(**kwargs)


@cache
def _type_hints(cls: type) -> dict[str, Any]:
    """The class's resolved type hints, once: resolving them took most of a report's
    ``from_dict`` (#7: 120 ms of the seed report's 125 ms)."""
    return get_type_hints(cls)


def _from_json(hint: Any, value: Any) -> Any:
    """Rebuild a field's value from JSON, guided by the field's type hint."""
    if value is None:
        return None
    args = [a for a in get_args(hint) if a is not type(None)]
    if get_origin(hint) is tuple:
        return tuple(_from_json(args[0], v) for v in value)
    if len(args) == 1 and get_origin(hint) in (UnionType, Union):
        return _from_json(args[0], value)
    if isinstance(hint, type) and issubclass(hint, _Serializable):
        return hint.from_dict(value)
    return value


@dataclass(frozen=True, slots=True)
class Article(_Serializable):
    """An article as ingested: the text every offset refers to.

    Attributes:
        text: The main text, after boilerplate removal for HTML.
        source: Where it came from: a path, a URL, or ``"-"`` for standard input.
        title: The title, when the source gives one.
        published: Publication date as ``YYYY-MM-DD``, when known.
        date_source: How ``published`` was found: ``"option"``, ``"html-metadata"``,
            ``"dateline"`` or ``None``.
        content_type: ``"text"`` or ``"html"``.
        language: ISO 639-1 code of the detected language.
        sha256: Hex digest of ``text`` encoded as UTF-8 (computed when empty).
    """

    text: str
    source: str
    title: str | None = None
    published: str | None = None
    date_source: str | None = None
    content_type: str = "text"
    language: str | None = "en"
    sha256: str = ""

    def __post_init__(self) -> None:
        if not self.sha256:
            digest = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
            object.__setattr__(self, "sha256", digest)


@dataclass(frozen=True, slots=True)
class TimeAnchor(_Serializable):
    """What a relative time expression was resolved against.

    Attributes:
        kind: ``"document"`` (publication date), ``"timex"`` (another time
            expression in the text) or ``"event"`` (an event the article dates elsewhere).
        text: The anchor's words, e.g. ``"Iraq's invasion"`` or ``"August 19, 1987"``.
        start: Offset of the anchor's words, when they are in the text.
        end: End offset of the anchor's words.
        offset: ISO 8601 duration between anchor and expression (``"P6M"``), if any.
        direction: Whether the expression lies ``before``, ``after`` or at the anchor.
        ref: Id of the anchoring timex or claim, once resolved.
        resolved: Whether the anchor was found and the value computed.
    """

    kind: AnchorKind
    text: str | None = None
    start: int | None = None
    end: int | None = None
    offset: str | None = None
    direction: Direction = "same"
    ref: str | None = None
    resolved: bool = False


@dataclass(frozen=True, slots=True)
class Timex(_Serializable):
    """A TIMEX3-style time expression.

    Attributes:
        id: ``"t1"``, ``"t2"``... in text order (``"w1"``... for a span below the floor).
        text: The expression as written.
        start: Start offset in the article text.
        end: End offset (exclusive).
        type: TIMEX3 type: DATE, TIME, DURATION or SET.
        value: TIMEX3 value (``"1980-09-22"``, ``"1982-05"``, ``"P6M"``, ``"PAST_REF"``,
            ``"1983/1986"`` for an interval); ``None`` while unresolved.
        precision: Granularity of a DATE/TIME value.
        earliest: First day of the interval the value covers (``YYYY-MM-DD``).
        latest: First day after that interval.
        mod: TIMEX3 modifier: APPROX, BEFORE, AFTER, START, MID, END, ON_OR_BEFORE...
        anchor: How a relative expression was resolved.
        vague: True for coarse expressions ("the early months of the conflict").
    """

    id: str
    text: str
    start: int
    end: int
    type: TimexType
    value: str | None
    precision: Precision | None = None
    earliest: str | None = None
    latest: str | None = None
    mod: str | None = None
    anchor: TimeAnchor | None = None
    vague: bool = False


@dataclass(frozen=True, slots=True)
class Quantity(_Serializable):
    """A number with its unit and qualifier ("over 2 million casualties").

    Attributes:
        text: The quantity as written, including qualifier and unit words.
        start: Start offset in the article text.
        end: End offset (exclusive).
        value: The number (for a range, its lower bound).
        unit: Normalized unit: a currency code (``"USD"``), ``"percent"``, a time unit
            for durations, or the counted noun (``"casualties"``).
        qualifier: How the number bounds the truth.
        kind: count, money, duration, percent or measure.
        high: Upper bound of a range.
        change: Whether the number is a rise or a fall ("rose by 3%"), or None for
            an amount.
    """

    text: str
    start: int
    end: int
    value: float
    unit: str | None
    qualifier: Qualifier = "exact"
    kind: QuantityKind = "count"
    high: float | None = None
    change: QuantityChange | None = None


@dataclass(frozen=True, slots=True)
class EntityMention(_Serializable):
    """A named entity in the text (person, organization, place...)."""

    text: str
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Evidence(_Serializable):
    """A reference fact that bears on a claim, with its source.

    ``fact`` states the fact in words ("UN Security Council Resolution 598
    adopted, 20 Jul 1987"); ``reference_id`` names the pack row it comes from
    and ``date`` its ISO date (the first day, if the fact is dated).
    """

    fact: str
    source_title: str
    source_url: str | None = None
    quote: str | None = None
    pack: str | None = None
    reference_id: str | None = None
    kind: EvidenceKind = "event"
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Candidate(_Serializable):
    """A reference fact considered for a claim, with its match score in [0, 1]."""

    reference_id: str
    title: str
    pack: str
    score: float


@dataclass(frozen=True, slots=True)
class Verdict(_Serializable):
    """What checking concluded about a claim.

    ``"unchecked"`` until verification runs; ``difference`` says in words which
    part of the claim disagrees with the evidence.
    """

    label: VerdictLabel = "unchecked"
    confidence: float | None = None
    evidence: tuple[Evidence, ...] = ()
    difference: str | None = None
    candidates: tuple[Candidate, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim(_Serializable):
    """One checkable assertion of the article.

    Attributes:
        id: ``"c1"``, ``"c2"``... in text order.
        text: The assertion's words.
        start: Start offset in the article text.
        end: End offset (exclusive).
        kinds: What makes it checkable: event, quantity, attribution, quote, causal.
        times: Time expressions that date it; the first dates the event.
        quantities: Quantities it asserts.
        entities: Entities it involves.
        predicate: Lemma of its main verb or event noun.
        negated: Whether the predicate is negated.
        hedged: Whether it is hedged ("reportedly", "may have").
        asserted_by: Who the article says asserts it, if not the author.
        checkworthiness: 0..1, how much it is worth checking.
        parent: Id of the claim whose clause contains this one, if any.
        verdict: Result of verification.
    """

    id: str
    text: str
    start: int
    end: int
    kinds: tuple[ClaimKind, ...]
    times: tuple[Timex, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    predicate: str | None = None
    negated: bool = False
    hedged: bool = False
    asserted_by: str | None = None
    checkworthiness: float = 0.0
    parent: str | None = None
    verdict: Verdict = field(default_factory=Verdict)


@dataclass(frozen=True, slots=True)
class TimelineEntry(_Serializable):
    """An event of the article placed on its own timeline."""

    claim_id: str
    timex_id: str
    label: str
    earliest: str
    latest: str
    precision: Precision | None
    start: int
    end: int
    relative: bool = False


@dataclass(frozen=True, slots=True)
class Place(_Serializable):
    """A span of the article that takes part in an inconsistency."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Inconsistency(_Serializable):
    """Where the article contradicts itself, with the arithmetic."""

    kind: InconsistencyKind
    message: str
    places: tuple[Place, ...]
    claim_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PackRef(_Serializable):
    """A reference pack a report was checked against."""

    name: str
    version: str
    title: str


@dataclass(frozen=True, slots=True)
class ReferenceEntry(_Serializable):
    """One reference event on the reference timeline drawn beside the article's.

    ``claim_ids`` are the claims matched to it; ``status`` is the verdict of
    those claims (the worst one) or ``"omitted"`` for an omission.
    """

    reference_id: str
    title: str
    earliest: str
    latest: str
    precision: Precision
    pack: str
    claim_ids: tuple[str, ...] = ()
    status: ReferenceStatus = "supported"


@dataclass(frozen=True, slots=True)
class Omission(_Serializable):
    """A reference event of the article's period and actors that it never mentions."""

    reference_id: str
    title: str
    earliest: str
    latest: str
    precision: Precision
    participants: tuple[str, ...]
    importance: float
    reason: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class TechniqueSpan(_Serializable):
    """A stretch of the article that uses a persuasion technique.

    Attributes:
        id: ``"t1"``, ``"t2"``... in text order (``"w1"``... for a span below the floor).
        technique: The SemEval-2020 Task 11 technique.
        start: Start offset in the article text.
        end: End offset (exclusive).
        text: The span's words.
        score: 0..1, how sure the tagger is.
        explanation: One line saying why the span was marked.
        source: ``model`` or ``lexicon`` (the fallback when no model is shipped).
        technique_score: 0..1, the model's probability of ``technique`` for
            this span; None from the lexicon.
        runner_up: The second most probable technique when the model rates it
            nearly as probable as the first (the span may use either); else None.
        runner_up_score: Its probability, 0..1; None without a runner-up.
    """

    id: str
    technique: Technique
    start: int
    end: int
    text: str
    score: float
    explanation: str
    source: TechniqueSource = "model"
    technique_score: float | None = None
    runner_up: Technique | None = None
    runner_up_score: float | None = None


@dataclass(frozen=True, slots=True)
class TechniqueCount(_Serializable):
    """How many spans of one technique the article has."""

    technique: Technique
    count: int


@dataclass(frozen=True, slots=True)
class Rhetoric(_Serializable):
    """The article's persuasion techniques and their summary.

    Attributes:
        techniques: The technique spans in text order.
        counts: Spans per technique, most frequent first.
        sentences: Sentences in the article.
        loaded_sentences: Sentences with at least one span of loaded language or
            name calling.
        floor: The lowest score a span needed to be reported (0: every span).
        below_floor: How many spans the tagger found with a lower score; they are
            left out of ``techniques``, ``counts`` and ``loaded_sentences``.
        weaker: Those spans, in text order, ids ``"w1"``, ``"w2"``...: reports
            list them apart, for the reader who wants what the tagger was
            unsure of.
    """

    techniques: tuple[TechniqueSpan, ...] = ()
    counts: tuple[TechniqueCount, ...] = ()
    sentences: int = 0
    loaded_sentences: int = 0
    floor: float = 0.0
    below_floor: int = 0
    weaker: tuple[TechniqueSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class Report(_Serializable):
    """Everything chronocheck found in one article."""

    article: Article
    claims: tuple[Claim, ...]
    timexes: tuple[Timex, ...]
    quantities: tuple[Quantity, ...]
    entities: tuple[EntityMention, ...]
    timeline: tuple[TimelineEntry, ...]
    inconsistencies: tuple[Inconsistency, ...]
    packs: tuple[PackRef, ...] = ()
    reference_timeline: tuple[ReferenceEntry, ...] = ()
    omissions: tuple[Omission, ...] = ()
    rhetoric: Rhetoric | None = None
    generator: str = "chronocheck"
    schema_version: str = SCHEMA_VERSION


#: Allowed values of the literal types, for validation and the JSON schema.
TIMEX_TYPES: tuple[str, ...] = get_args(TimexType)
PRECISIONS: tuple[str, ...] = get_args(Precision)
QUALIFIERS: tuple[str, ...] = get_args(Qualifier)
QUANTITY_KINDS: tuple[str, ...] = get_args(QuantityKind)
CLAIM_KINDS: tuple[str, ...] = get_args(ClaimKind)
VERDICT_LABELS: tuple[str, ...] = get_args(VerdictLabel)
REFERENCE_STATUSES: tuple[str, ...] = get_args(ReferenceStatus)
EVIDENCE_KINDS: tuple[str, ...] = get_args(EvidenceKind)
TECHNIQUES: tuple[str, ...] = get_args(Technique)
