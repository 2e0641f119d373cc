"""What one part of a claim came to, before the parts are combined into a verdict."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from chronocheck.models import Evidence, VerdictLabel

LOGGER = logging.getLogger(__name__)

#: Worst first: the order in which the parts of a claim decide its verdict.
SEVERITY: tuple[VerdictLabel, ...] = ("contradicted", "contested", "supported", "unverifiable")


@dataclass(frozen=True, slots=True)
class Finding:
    """What one part of a claim (a date, a number) came to.

    ``agrees`` is true when the claim's value matches a source, even if other
    sources make the verdict ``contested``; ``confidence`` is how sure the
    finding is that it compared the right things.
    """

    label: VerdictLabel
    difference: str | None
    evidence: tuple[Evidence, ...]
    agrees: bool
    confidence: float
