"""chronocheck: check the history in an article, offline.

Read an article, extract its checkable claims with normalized dates and
quantities, order its timeline, find where it contradicts itself, and report.
The entry point is :func:`chronocheck.analysis.check_article`; importing the
package itself stays light (no spaCy) so that the data model can be used alone.
"""

from __future__ import annotations

import logging

from chronocheck.models import (
    SCHEMA_VERSION,
    Article,
    Claim,
    EntityMention,
    Evidence,
    Inconsistency,
    Place,
    Quantity,
    Report,
    TimeAnchor,
    TimelineEntry,
    Timex,
    Verdict,
)

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Claim",
    "EntityMention",
    "Evidence",
    "Inconsistency",
    "Place",
    "Quantity",
    "Report",
    "SCHEMA_VERSION",
    "TimeAnchor",
    "TimelineEntry",
    "Timex",
    "Verdict",
    "__version__",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
