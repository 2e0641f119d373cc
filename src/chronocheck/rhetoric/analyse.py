"""The rhetoric stage: mark the persuasion techniques and score each claim's check-worthiness.

It reads the report the earlier stages wrote (the article text, the claims)
and the sentence ranges the extraction found, and returns the same report with
``rhetoric`` filled in and every claim's ``checkworthiness`` set by the model.
Like the stages after ``extract``, it sees no spaCy object.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from chronocheck.models import Report, Rhetoric, SpanTagger, TechniqueCount, TechniqueSpan
from chronocheck.rhetoric.checkworthiness import score_checkworthiness
from chronocheck.rhetoric.techniques import display_floor, find_techniques

LOGGER = logging.getLogger(__name__)

#: The techniques that make a sentence count as loaded in the summary.
LOADED_TECHNIQUES = frozenset({"Loaded_Language", "Name_Calling,Labeling"})
#: Digits kept of a check-worthiness score: enough to rank, stable in golden files.
SCORE_DIGITS = 4


def analyse_rhetoric(
    report: Report,
    sentences: Sequence[tuple[int, int]],
    *,
    floor: float | None = None,
    tagger: SpanTagger = "encoder",
) -> Report:
    """Add the techniques and the check-worthiness scores to ``report``.

    Args:
        report: The report of the earlier stages.
        sentences: Each sentence's half-open character range in the article text.
        floor: The lowest score of a reported span; None takes the shipped
            model's display floor (:func:`~chronocheck.rhetoric.techniques.display_floor`).
        tagger: Which model finds the spans (see :func:`find_techniques`).

    Returns:
        The report with ``rhetoric`` set and the claims re-scored.
    """
    floor = display_floor(tagger) if floor is None else floor
    found = find_techniques(report.article.text, sentences, tagger=tagger)
    spans = tuple(
        replace(span, id=f"t{number}")
        for number, span in enumerate((span for span in found if span.score >= floor), 1)
    )
    weaker = tuple(
        replace(span, id=f"w{number}")
        for number, span in enumerate((span for span in found if span.score < floor), 1)
    )
    scores = score_checkworthiness([claim.text for claim in report.claims])
    claims = tuple(
        replace(claim, checkworthiness=round(score, SCORE_DIGITS))
        for claim, score in zip(report.claims, scores, strict=True)
    )
    rhetoric = Rhetoric(
        techniques=spans,
        counts=count_techniques(spans),
        sentences=len(sentences),
        loaded_sentences=count_loaded_sentences(spans, sentences),
        floor=floor,
        below_floor=len(weaker),
        weaker=weaker,
    )
    return replace(report, claims=claims, rhetoric=rhetoric)


def count_techniques(spans: Sequence[TechniqueSpan]) -> tuple[TechniqueCount, ...]:
    """Spans per technique, most frequent first, ties by name."""
    counts = Counter(span.technique for span in spans)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(TechniqueCount(technique=name, count=count) for name, count in ordered)


def count_loaded_sentences(
    spans: Sequence[TechniqueSpan], sentences: Sequence[tuple[int, int]]
) -> int:
    """How many sentences hold at least part of a loaded-language or name-calling span."""
    loaded = [span for span in spans if span.technique in LOADED_TECHNIQUES]
    return sum(
        1
        for start, end in sentences
        if any(span.start < end and start < span.end for span in loaded)
    )
