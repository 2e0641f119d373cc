"""Link claims to the reference events they may be about.

Candidates come from three places: events whose participants the claim names
(entity linking by alias), events lexically close to the claim (BM25), and
events named outright ("Operation Mersad"). Each candidate is then scored on
five signals, each in [0, 1]:

- ``semantic``: cosine of the claim and the event under the MiniLM sentence
  encoder (rescaled: unrelated sentences sit near 0.1, paraphrases above 0.6);
- ``lexical``: BM25 relevance, divided by the best relevance for this claim
  plus :data:`LEXICAL_SOFTNESS`;
- ``entities``: the weighted share of the event's participants the claim names
  (countries weigh less than people, groups, places and resolutions, since
  almost every event of a war involves the belligerents);
- ``type_fit``: whether the claim's wording can describe the event's type;
- ``date_fit``: how close the claim's dates are to the event's. Weighed lightly
  on purpose: a claim with a wrong date must still find its event.

The weighted sum ranks the candidates; :data:`MIN_SCORE` and the judge decide
whether the best is trustworthy.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from chronocheck.models import Claim
from chronocheck.verify.compare_dates import DateSpan, days_apart, span_of_event, span_of_timex
from chronocheck.verify.event_types import claim_words, type_fit
from chronocheck.verify.index import Encoder, PackedEvent, ReferenceIndex

LOGGER = logging.getLogger(__name__)

WEIGHTS = {"semantic": 0.35, "lexical": 0.2, "entities": 0.2, "type_fit": 0.15, "date_fit": 0.1}
#: Cosines below the floor count as unrelated, above the ceiling as the same event.
COSINE_FLOOR = 0.15
COSINE_CEILING = 0.65
#: BM25 relevance added to the best hit's when scaling: one weak hit is not a full match.
LEXICAL_SOFTNESS = 3.0
#: Days over which date closeness halves.
DATE_HALF_LIFE_DAYS = 365.0
#: Candidates kept per claim, and how many BM25 hits are considered.
KEEP = 5
LEXICAL_HITS = 25
#: Below this a candidate is not worth showing.
MIN_SCORE = 0.2


@dataclass(frozen=True, slots=True)
class Match:
    """A candidate reference event for a claim, with each signal and the total."""

    packed: PackedEvent
    score: float
    semantic: float
    lexical: float
    entities: float
    type_fit: float
    date_fit: float


def claim_spans(claim: Claim) -> list[DateSpan]:
    """The dated intervals a claim asserts (durations and unresolved dates left out)."""
    return [span for timex in claim.times if (span := span_of_timex(timex)) is not None]


def date_fit(spans: Sequence[DateSpan], event: DateSpan) -> float:
    """1 when a claim date overlaps the event, decaying with distance; 0.5 when undated."""
    if not spans:
        return 0.5
    nearest = min(days_apart(span, event) for span in spans)
    return math.pow(0.5, nearest / DATE_HALF_LIFE_DAYS)


def _entity_fit(index: ReferenceIndex, linked: set[str], packed: PackedEvent) -> float:
    participants = index.participants(packed)
    if not participants:
        return 0.0
    named = sum(index.entity_weight(k) for k in participants & linked)
    share = named / sum(index.entity_weight(k) for k in participants)
    named_outright = bool(index.event_names(packed.key) & linked)
    return min(1.0, share + (0.5 if named_outright else 0))


def _rescale(cosine: float) -> float:
    return min(1.0, max(0.0, (cosine - COSINE_FLOOR) / (COSINE_CEILING - COSINE_FLOOR)))


def _candidates(index: ReferenceIndex, text: str, linked: set[str]) -> dict[str, float]:
    """Candidate event keys with their raw BM25 relevance (0 if found by entity only)."""
    found = dict(index.search_events(text, limit=LEXICAL_HITS))
    for entity_key in linked:
        entity = index.entities.get(entity_key)
        if entity is not None and entity.type != "country":
            for key in index.events_with(entity_key):
                found.setdefault(key, 0.0)
    return found


def match_claims(
    claims: Sequence[Claim],
    texts: Mapping[str, str],
    index: ReferenceIndex,
    encoder: Encoder | None,
) -> dict[str, list[Match]]:
    """The best candidate events of each claim, best first (at most :data:`KEEP`).

    Args:
        claims: The claims.
        texts: The text each claim is matched by (its own words, without the
            clauses that are claims of their own), by claim id.
        index: The reference packs.
        encoder: Sentence encoder, or None to match on words alone.
    """
    pools: dict[str, tuple[dict[str, float], set[str]]] = {}
    for claim in claims:
        linked = set(index.link_entities(texts[claim.id]))
        pools[claim.id] = (_candidates(index, texts[claim.id], linked), linked)
    semantic = _semantic_scores(claims, texts, pools, index, encoder)
    matches: dict[str, list[Match]] = {}
    for claim in claims:
        found, linked = pools[claim.id]
        # Relative to the best hit, and damped when even the best is weak.
        lexical_scale = max(found.values(), default=0.0) + LEXICAL_SOFTNESS
        words = claim_words(texts[claim.id], claim.predicate)
        spans = claim_spans(claim)
        scored = []
        for key, relevance in found.items():
            packed = index.events[key]
            signals = {
                "semantic": semantic.get((claim.id, key), 0.0),
                "lexical": relevance / lexical_scale,
                "entities": _entity_fit(index, linked, packed),
                "type_fit": type_fit(words, packed.event.type),
                "date_fit": date_fit(spans, span_of_event(packed.event)),
            }
            score = sum(WEIGHTS[name] * value for name, value in signals.items())
            if score >= MIN_SCORE:
                scored.append(Match(packed=packed, score=round(score, 4), **signals))
        scored.sort(key=lambda m: (-m.score, m.packed.key))
        matches[claim.id] = scored[:KEEP]
    return matches


def _semantic_scores(
    claims: Sequence[Claim],
    texts: Mapping[str, str],
    pools: dict[str, tuple[dict[str, float], set[str]]],
    index: ReferenceIndex,
    encoder: Encoder | None,
) -> dict[tuple[str, str], float]:
    """Rescaled cosines of each claim against its candidates, encoded in two batches.

    Only claims an event can decide are encoded (those of kind event or with a
    date): a quote or an opinion is never judged by its events, and encoding
    is most of the cost of verification.
    """
    claims = [c for c in claims if pools[c.id][0] and ("event" in c.kinds or claim_spans(c))]
    if encoder is None:
        return {}
    keys = sorted({key for claim in claims for key in pools[claim.id][0]})
    if not keys or not claims:
        return {}
    claim_vectors = encoder.encode([texts[claim.id] for claim in claims])
    event_vectors = index.event_vectors(keys, encoder)
    row_of_key = {key: row for row, key in enumerate(keys)}
    cosines = claim_vectors @ event_vectors.T
    return {
        (claim.id, key): _rescale(float(cosines[row, row_of_key[key]]))
        for row, claim in enumerate(claims)
        for key in pools[claim.id][0]
    }
