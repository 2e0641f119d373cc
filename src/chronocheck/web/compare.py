"""Compare two analyses of the same story: which claims changed verdict, appeared or went.

Claims are paired by their words (an article checked twice has the same claims;
two versions of a story share most of them). The comparison is computed from
the stored JSON reports, so it works across pipeline and pack versions.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ClaimChange:
    """A claim in both analyses whose verdict differs."""

    text: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class Comparison:
    """What differs between analysis ``a`` (before) and ``b`` (after).

    Attributes:
        same_text: Whether both analysed the same article text.
        changed: Claims in both whose verdict changed.
        only_a: Claims only the first has.
        only_b: Claims only the second has.
        unchanged: How many claims have the same verdict in both.
    """

    same_text: bool
    changed: tuple[ClaimChange, ...]
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]
    unchanged: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {
            "same_text": self.same_text,
            "changed": [
                {"text": c.text, "before": c.before, "after": c.after} for c in self.changed
            ],
            "only_a": list(self.only_a),
            "only_b": list(self.only_b),
            "unchanged": self.unchanged,
        }


def compare_reports(a: dict[str, Any], b: dict[str, Any]) -> Comparison:
    """Compare two JSON reports claim by claim.

    Args:
        a: The first (older) report, as ``Report.to_dict()`` wrote it.
        b: The second report.

    Returns:
        The claims whose verdict changed, those only one report has, and the count of the rest.
    """
    verdicts_a = _verdicts(a)
    verdicts_b = _verdicts(b)
    changed = tuple(
        ClaimChange(text, verdicts_a[text], verdicts_b[text])
        for text in verdicts_a
        if text in verdicts_b and verdicts_a[text] != verdicts_b[text]
    )
    return Comparison(
        same_text=a["article"]["sha256"] == b["article"]["sha256"],
        changed=changed,
        only_a=tuple(text for text in verdicts_a if text not in verdicts_b),
        only_b=tuple(text for text in verdicts_b if text not in verdicts_a),
        unchanged=sum(1 for text, label in verdicts_a.items() if verdicts_b.get(text) == label),
    )


def _verdicts(report: dict[str, Any]) -> dict[str, str]:
    """Each claim's words and verdict, in text order (a repeated claim counts once)."""
    return {claim["text"]: claim["verdict"]["label"] for claim in report["claims"]}
