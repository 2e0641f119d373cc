"""Judge the numbers of a claim against the ranges of their quantity groups.

Whose number it is matters: in "255 British servicemen, 649 Argentine
military personnel and 3 islanders died", no number is the war's total. Each
number is read with the entities of its own stretch of the claim (between
commas, semicolons and an "and" that starts another number), else those of the
nearest stretch before it ("a toll on Iran: over 2 million casualties, damage
of $1 trillion": both are Iran's), else the whole claim's. A group is compared
only when every entity it concerns is among them.
"""

from __future__ import annotations

import logging
import re

from chronocheck.models import Claim, Evidence, Quantity
from chronocheck.packs.records import RefQuantity
from chronocheck.verify.compare_quantities import compare_quantity, format_amount
from chronocheck.verify.finding import Finding
from chronocheck.verify.index import ReferenceIndex
from chronocheck.verify.quantity_groups import GroupMatch, find_group

LOGGER = logging.getLogger(__name__)

#: Where a claim's stretches end: punctuation, contrast words, and an "and"
#: that starts another number ("255 British and 649 Argentine dead"), but not
#: one inside a noun phrase ("907 Argentine and British servicemen").
STRETCH_BREAK = re.compile(
    r"[,;()]|\bwhile\b|\bwhereas\b|\band\b(?=\s+(?:some |about |nearly |almost )?[\d$£€])"
)


def _stretches(claim: Claim) -> list[tuple[int, int]]:
    """Article offsets of the claim's stretches, in order."""
    bounds = [0, *(m.start() for m in STRETCH_BREAK.finditer(claim.text)), len(claim.text)]
    return [(claim.start + a, claim.start + b) for a, b in zip(bounds, bounds[1:], strict=False)]


def quantity_entities(
    claim: Claim, quantity: Quantity, index: ReferenceIndex, context: str
) -> set[str]:
    """Entity keys that say whose ``quantity`` is.

    ``context`` is the sentence around a claim that is a clause of another
    ("..., killing 37 sailors"), used when the claim itself names no one.
    The pack's subject ("the war") stands for the parties to it.
    """
    return index.with_parties(_named_near(claim, quantity, index, context))


def _named_near(claim: Claim, quantity: Quantity, index: ReferenceIndex, context: str) -> set[str]:
    stretches = _stretches(claim)
    own = next(
        (i for i, (a, b) in enumerate(stretches) if a <= quantity.start < b), len(stretches) - 1
    )
    for start, end in reversed(stretches[: own + 1]):
        found = set(index.link_entities(claim.text[start - claim.start : end - claim.start]))
        if found:
            return found
    return set(index.link_entities(context))


def _row_evidence(row: RefQuantity, pack: str) -> Evidence:
    amount = format_amount(row.low, row.unit)
    if row.high is None:
        amount = f"at least {amount}"
    elif row.high != row.low:
        amount = f"{amount}–{format_amount(row.high, row.unit)}"
    return Evidence(
        fact=f"{row.description.rstrip('. ')}: {amount}",
        source_title=row.source.title,
        source_url=row.source.url,
        quote=row.notes or None,
        pack=pack,
        reference_id=row.id,
        kind="quantity",
    )


def _judge(quantity: Quantity, group: GroupMatch, index: ReferenceIndex) -> Finding:
    rows = [packed.row for packed in group.rows]
    comparison = compare_quantity(quantity, rows, index.disputes.get(group.key, []))
    return Finding(
        label=comparison.label,
        difference=None if comparison.label == "supported" else comparison.describe,
        evidence=tuple(_row_evidence(packed.row, packed.pack) for packed in group.rows),
        agrees=bool(comparison.agreeing),
        confidence=group.fit,
    )


def judge_quantities(claim: Claim, index: ReferenceIndex, *, context: str) -> list[Finding]:
    """One finding per number of the claim that some quantity group measures.

    Args:
        claim: The claim.
        index: The reference packs.
        context: The text of the sentence the claim belongs to.
    """
    findings = []
    for quantity in claim.quantities:
        entities = quantity_entities(claim, quantity, index, context)
        group = find_group(claim, quantity, index, entities)
        if group is not None:
            findings.append(_judge(quantity, group, index))
    return findings
