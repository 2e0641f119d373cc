"""Words every renderer uses for the rhetoric layer: technique names, summary, ranking.

The techniques keep their PTC names in the JSON report (``Loaded_Language``,
``Name_Calling,Labeling``); people read them as "loaded language" or "name
calling, labeling". The check-worthiness ranking is shared too, so the terminal,
Markdown and HTML reports list the same claims in the same order.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from chronocheck.models import Claim, Rhetoric, TechniqueSpan

LOGGER = logging.getLogger(__name__)

#: How people read each PTC technique name.
TECHNIQUE_NAMES = {
    "Appeal_to_Authority": "appeal to authority",
    "Appeal_to_fear-prejudice": "appeal to fear or prejudice",
    "Bandwagon,Reductio_ad_hitlerum": "bandwagon, reductio ad Hitlerum",
    "Black-and-White_Fallacy": "black-and-white fallacy",
    "Causal_Oversimplification": "causal oversimplification",
    "Doubt": "doubt",
    "Exaggeration,Minimisation": "exaggeration or minimisation",
    "Flag-Waving": "flag waving",
    "Loaded_Language": "loaded language",
    "Name_Calling,Labeling": "name calling, labeling",
    "Repetition": "repetition",
    "Slogans": "slogan",
    "Thought-terminating_Cliches": "thought-terminating cliché",
    "Whataboutism,Straw_Men,Red_Herring": "whataboutism, straw man, red herring",
}
#: The claims listed under "most worth checking"; the JSON report has every score.
CHECKWORTHY_LIMIT = 10
NOT_ANALYSED = "Rhetoric was not analysed."
NO_TECHNIQUES = "No persuasion technique found."


def describe_technique(technique: str) -> str:
    """The technique's name as a reader says it ("loaded language")."""
    return TECHNIQUE_NAMES.get(technique, technique.replace("_", " ").lower())


def technique_css(technique: str) -> str:
    """A CSS class for the technique: ``technique-loaded-language``."""
    return "technique-" + re.sub(r"[^a-z]+", "-", technique.lower()).strip("-")


def describe_rhetoric_summary(rhetoric: Rhetoric) -> str:
    """One line: how many spans of how many techniques, and the share of loaded sentences.

    >>> describe_rhetoric_summary(Rhetoric(sentences=0))
    'No persuasion technique found.'
    """
    spans = len(rhetoric.techniques)
    if not spans:
        return NO_TECHNIQUES + _weaker(rhetoric)
    kinds = len(rhetoric.counts)
    line = (
        f"{spans} {'span' if spans == 1 else 'spans'} of {kinds} "
        f"{'technique' if kinds == 1 else 'techniques'}"
    )
    if rhetoric.sentences:
        share = rhetoric.loaded_sentences / rhetoric.sentences
        line += (
            f"; loaded language or name calling in {rhetoric.loaded_sentences} of "
            f"{rhetoric.sentences} sentences ({share:.0%})"
        )
    return line + "." + _weaker(rhetoric)


def _weaker(rhetoric: Rhetoric) -> str:
    """The note on the spans left out for scoring below the floor, if any."""
    if not rhetoric.below_floor:
        return ""
    spans = "span" if rhetoric.below_floor == 1 else "spans"
    # A report of schema 1.4 counted its weaker spans without keeping them.
    where = "listed apart" if rhetoric.weaker else "not shown"
    return f" {rhetoric.below_floor} weaker {spans} (score below {rhetoric.floor:g}) {where}."


def describe_weaker_heading(rhetoric: Rhetoric) -> str:
    """The heading of the weaker spans' list: "Weaker spans (score below 0.375), not marked"."""
    return f"Weaker spans (score below {rhetoric.floor:g}), not marked in the text"


def describe_counts_by_technique(rhetoric: Rhetoric) -> str:
    """The per-technique counts, most frequent first: "loaded language 12 · flag waving 3"."""
    return " · ".join(
        f"{describe_technique(count.technique)} {count.count}" for count in rhetoric.counts
    )


def describe_span_techniques(span: TechniqueSpan) -> str:
    """The span's technique, with its runner-up when it has one.

    Technique names hold "or" and commas of their own ("exaggeration or
    minimisation"), so the runner-up is set apart: "loaded language (runner-up:
    flag waving)".
    """
    if span.runner_up is None:
        return describe_technique(span.technique)
    return f"{describe_technique(span.technique)} (runner-up: {describe_technique(span.runner_up)})"


def describe_technique_span(span: TechniqueSpan) -> str:
    """The span's technique and score: "loaded language (0.82)", or with a runner-up
    "loaded language (0.41; runner-up: flag waving)"."""
    marker = "" if span.source == "model" else ", lexicon"
    runner_up = (
        "" if span.runner_up is None else f"; runner-up: {describe_technique(span.runner_up)}"
    )
    return f"{describe_technique(span.technique)} ({span.score:.2f}{marker}{runner_up})"


def claims_by_checkworthiness(
    claims: Sequence[Claim], limit: int = CHECKWORTHY_LIMIT
) -> list[Claim]:
    """The claims most worth checking, highest score first, ties in text order.

    Args:
        claims: The report's claims.
        limit: How many to keep.

    Returns:
        At most ``limit`` claims with a score above zero.
    """
    scored = [claim for claim in claims if claim.checkworthiness > 0]
    ranked = sorted(scored, key=lambda claim: (-claim.checkworthiness, claim.start, claim.id))
    return ranked[:limit]
