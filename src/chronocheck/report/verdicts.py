"""Words and symbols for verdicts, evidence, packs and omissions, shared by every renderer.

Colour is never the only cue for a verdict: each label and reference status has
a symbol (``✓``, ``✗``, ``±``, ``?``, ``○``) that the terminal, Markdown and
HTML reports print beside it, and the timeline picture puts in its labels.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from urllib.parse import urlsplit

from chronocheck.models import Candidate, Evidence, Omission, PackRef, Report, Verdict
from chronocheck.report.formatting import describe_interval

LOGGER = logging.getLogger(__name__)

#: A symbol for each verdict label and reference status, so no colour stands alone.
STATUS_SYMBOLS = {
    "unchecked": "–",
    "supported": "✓",
    "contradicted": "✗",
    "contested": "±",
    "unverifiable": "?",
    "omitted": "○",
}
#: What each label or status means, for legends.
STATUS_MEANINGS = {
    "unchecked": "not checked",
    "supported": "the reference agrees",
    "contradicted": "the reference disagrees",
    "contested": "sources disagree with each other",
    "unverifiable": "no trustworthy reference fact",
    "omitted": "not mentioned by the article",
}
#: Order of the verdict summary; "unchecked" is listed only when some claim is.
SUMMARY_ORDER = ("supported", "contradicted", "contested", "unverifiable", "unchecked")
#: Reference statuses whose claims the timeline joins to the reference event.
MISMATCH_STATUSES = frozenset({"contradicted", "contested"})
NOT_CHECKED = "not checked against any reference pack"
NO_OMISSIONS = "No major reference event of the article's period and actors is missing."
#: Only these addresses become links; any other (``javascript:``, ``file:``) is shown as text.
LINKABLE_SCHEMES = frozenset({"http", "https"})


def is_checked(report: Report) -> bool:
    """Whether ``report`` was checked against at least one reference pack."""
    return bool(report.packs)


def describe_status(status: str) -> str:
    """Write a verdict label or reference status with its symbol: ``"✗ contradicted"``."""
    return f"{STATUS_SYMBOLS.get(status, '')} {status}".strip()


def describe_verdict(verdict: Verdict) -> str:
    """Write a verdict's label with its symbol and its confidence when known.

    Args:
        verdict: A claim's verdict.

    Returns:
        For example ``"✗ contradicted (0.80)"`` or ``"– unchecked"``.
    """
    words = describe_status(verdict.label)
    if verdict.confidence is None:
        return words
    return f"{words} ({verdict.confidence:.2f})"


def verdict_counts(report: Report) -> list[tuple[str, int]]:
    """Count the claims of each verdict label, in :data:`SUMMARY_ORDER`.

    Args:
        report: What chronocheck found.

    Returns:
        ``(label, count)`` for every checked label, and for ``"unchecked"`` when
        some claim is unchecked.
    """
    counts: Counter[str] = Counter(claim.verdict.label for claim in report.claims)
    return [
        (label, counts[label]) for label in SUMMARY_ORDER if label != "unchecked" or counts[label]
    ]


def describe_verdict_count(label: str, count: int) -> str:
    """Write how many claims got a verdict, with its symbol: ``"✗ 2 contradicted"``."""
    return f"{STATUS_SYMBOLS.get(label, '')} {count:,} {label}".strip()


def describe_verdict_counts(report: Report) -> str:
    """Summarize the verdicts in words: ``"✓ 2 supported · ✗ 1 contradicted · ..."``."""
    return " · ".join(describe_verdict_count(*item) for item in verdict_counts(report))


def describe_pack(pack: PackRef) -> str:
    """Name a pack with its version and title: ``"iran-iraq-war 1.0.0 (The Iran–Iraq war)"``."""
    return (
        f"{pack.name} {pack.version} ({pack.title})"
        if pack.title
        else f"{pack.name} {pack.version}"
    )


def describe_packs(report: Report) -> str:
    """List the packs a report was checked against, or say that it was not checked."""
    if not report.packs:
        return NOT_CHECKED
    return "; ".join(describe_pack(pack) for pack in report.packs)


def linkable_url(url: str | None) -> str | None:
    """Return ``url`` when it is safe to make a link of it (http or https), else None.

    Args:
        url: A source address from a pack or an evidence document.

    Returns:
        The address unchanged, or None for a missing, relative or non-web address.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in LINKABLE_SCHEMES or not parts.netloc:
        return None
    return url.strip()


def describe_reference_row(evidence: Evidence) -> str | None:
    """Name the pack row a piece of evidence comes from: ``"iran-iraq-war event E045"``."""
    if evidence.pack is None and evidence.reference_id is None:
        return None
    parts = [evidence.pack, evidence.kind, evidence.reference_id]
    return " ".join(part for part in parts if part)


def describe_evidence(evidence: Evidence) -> str:
    """Put a piece of evidence into one line of plain text.

    Args:
        evidence: A reference fact with its source.

    Returns:
        For example ``"Resolution 598 adopted, 1987-07-20 — UN Security Council
        <https://...> [iran-iraq-war event E045]"``.
    """
    words = f"{evidence.fact} — {evidence.source_title}"
    if evidence.source_url:
        words += f" <{evidence.source_url}>"
    row = describe_reference_row(evidence)
    return f"{words} [{row}]" if row else words


def describe_evidence_source(evidence: Evidence) -> str:
    """Write a source as its title and address: ``"Britannica <https://...>"``."""
    if evidence.source_url:
        return f"{evidence.source_title} <{evidence.source_url}>"
    return evidence.source_title


def describe_candidate(candidate: Candidate) -> str:
    """Write a candidate match: ``"Operation Ramadan (iran-iraq-war E012, score 0.63)"``."""
    row = f"{candidate.pack} {candidate.reference_id}"
    return f"{candidate.title} ({row}, score {candidate.score:.2f})"


def describe_omission_date(omission: Omission) -> str:
    """Say when an omitted event happened, as briefly as its bounds allow."""
    return describe_interval(omission.earliest, omission.latest)


def describe_omission(omission: Omission) -> str:
    """Name an omitted event with its date: ``"Operation Mersad (1988-07-26 – 1988-07-29)"``."""
    return f"{omission.title} ({describe_omission_date(omission)})"


def describe_claim_ids(claim_ids: Iterable[str]) -> str:
    """List claim ids for a sentence: ``"claims c1, c4"``, ``"claim c2"`` or ``"no claim"``."""
    ids = list(claim_ids)
    if not ids:
        return "no claim"
    return f"{'claim' if len(ids) == 1 else 'claims'} {', '.join(ids)}"
