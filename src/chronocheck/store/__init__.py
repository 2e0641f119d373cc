"""The store of analyses: SQLite by default, PostgreSQL when configured.

>>> store = Store("sqlite:///analyses.sqlite")          # doctest: +SKIP
>>> analysis_id = store.queue(article)                  # doctest: +SKIP
>>> store.claim(analysis_id); store.finish(analysis_id, report)  # doctest: +SKIP
"""

from __future__ import annotations

import logging

from chronocheck.store.db import default_db_url
from chronocheck.store.records import (
    STATUSES,
    AnalysisSummary,
    ClaimedAnalysis,
    Recovery,
    Status,
    StoredAnalysis,
    Submission,
)
from chronocheck.store.store import Store

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "STATUSES",
    "AnalysisSummary",
    "ClaimedAnalysis",
    "Recovery",
    "Status",
    "Store",
    "StoredAnalysis",
    "Submission",
    "default_db_url",
]
