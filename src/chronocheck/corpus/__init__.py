"""Corpus mode (issue #8): analyse a whole corpus into Parquet tables, resumably.

``run_batch`` is the entry point behind ``chronocheck batch``; ``inputs`` streams
the corpus, ``work`` checks a batch, ``tables`` turns reports into rows,
``manifest`` commits batches atomically and ``views`` builds the DuckDB file.
"""

from __future__ import annotations

import logging

from chronocheck.corpus.inputs import Columns, InputItem, iter_items
from chronocheck.corpus.run import RunSummary, run_batch

__all__ = ["Columns", "InputItem", "RunSummary", "iter_items", "run_batch"]

LOGGER = logging.getLogger(__name__)
LOGGER.addHandler(logging.NullHandler())
