"""Find the reference quantity group a number in a claim measures.

"over 2 million casualties" in a claim about Iran measures the group whose
rows count Iranian casualties; "$1 trillion" of damage to Iran, the group of
the war's cost to Iran. A group fits when its measure is the claim's (read from
the counted noun and the claim's words), its unit is of the same kind (money
against USD rows, counts against persons), and it concerns the entities the
claim names. Durations and counts of things no pack measures find no group.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from chronocheck.models import Claim, Quantity
from chronocheck.verify.index import PackedQuantity, ReferenceIndex

LOGGER = logging.getLogger(__name__)

#: Pack measure slug -> words of a claim that name it.
MEASURE_WORDS: dict[str, frozenset[str]] = {
    "killed": frozenset(
        "killed killing kill kills dead deaths death died fatalities lives martyrs martyred"
        " slain perished".split()
    ),
    "wounded": frozenset("wounded injured injuries maimed disabled".split()),
    "casualties": frozenset("casualties casualty toll losses".split()),
    "captured": frozenset("prisoners prisoner pows captured captives pow".split()),
    "executed": frozenset("executed executions execution hanged".split()),
    "cost": frozenset("cost costs spent spending bill price expense expenses".split()),
    "damage": frozenset("damage damages destruction reparations devastation".split()),
    "fighters": frozenset("fighters troops soldiers men combatants members strong".split()),
    "sorties": frozenset("sorties sortie".split()),
    "area": frozenset("territory square km² km2 kilometres kilometers".split()),
    "displaced": frozenset("displaced refugees homeless fled".split()),
}
#: Measures that say who is counted rather than what befell them.
POPULATION_MEASURES = frozenset({"fighters"})
#: Measures close enough that a claim of one may be checked against the other.
RELATED_MEASURES = {("cost", "damage"), ("damage", "cost"), ("casualties", "killed")}
#: Pack units a claim's money amounts can be compared with.
MONEY_UNITS = frozenset({"USD"})
WORD = re.compile(r"[\w²]+")
#: Minimum fit for a group to be used.
MIN_FIT = 0.5


@dataclass(frozen=True, slots=True)
class GroupMatch:
    """The quantity group a claim's number is checked against."""

    key: str
    rows: tuple[PackedQuantity, ...]
    fit: float


def claim_measures(claim: Claim, quantity: Quantity) -> set[str]:
    """Measures a claim's number may be: from its counted noun, else the claim's words.

    What happened to people outranks who they were: in "190,000 soldiers
    killed" the number counts the dead, not the strength of an army, so
    ``fighters`` is a measure only when no other is named.
    """
    unit = _measures_named(quantity.unit or "")
    if unit - POPULATION_MEASURES:
        return unit - POPULATION_MEASURES  # "900 lives": the counted noun says it
    in_claim = _measures_named(claim.text) - POPULATION_MEASURES
    return in_claim or unit or _measures_named(claim.text)


def _measures_named(text: str) -> set[str]:
    words = set(WORD.findall(text.lower()))
    return {m for m, cues in MEASURE_WORDS.items() if words & cues}


def _unit_compatible(quantity: Quantity, unit: str) -> bool:
    if quantity.kind == "money":
        return unit in MONEY_UNITS
    return unit not in MONEY_UNITS and quantity.kind in {"count", "measure"}


def _measure_fit(measures: set[str], measure: str) -> float:
    if measure in measures:
        return 1.0
    return 0.6 if any((m, measure) in RELATED_MEASURES for m in measures) else 0.0


def find_group(
    claim: Claim, quantity: Quantity, index: ReferenceIndex, linked: set[str]
) -> GroupMatch | None:
    """The best-fitting quantity group for ``quantity``, or None if none fits.

    Args:
        claim: The claim the number is part of.
        quantity: The number.
        index: The reference packs.
        linked: Entity keys that say whose the number is.
    """
    if quantity.kind in {"duration", "percent"}:
        return None
    measures = claim_measures(claim, quantity)
    best: GroupMatch | None = None
    for key, rows in index.quantity_groups.items():
        first = rows[0].row
        if not _unit_compatible(quantity, first.unit):
            continue
        measure = _measure_fit(measures, first.measure)
        if not measure:
            continue
        # Whom every source of the group counts, less the pack's own subject.
        group_entities = (
            set.intersection(*({f"{r.pack}:{e}" for e in r.row.entities} for r in rows))
            - index.subjects
        )
        if not group_entities <= linked:
            continue  # the group counts someone the claim's number does not
        # A group covering more of the claim's entities is the closer subject
        # ("Iran and Iraq lost..." is the two countries' total, not Iran's).
        weight = index.entity_weight
        named = linked - index.subjects
        coverage = (
            sum(map(weight, group_entities)) / sum(map(weight, named)) if group_entities else 0.5
        )
        fit = measure * coverage
        if fit >= MIN_FIT and (best is None or fit > best.fit):
            best = GroupMatch(key=key, rows=tuple(rows), fit=round(fit, 4))
    return best
