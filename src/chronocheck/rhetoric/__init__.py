"""The rhetoric stage: how an article argues, read from its plain text (#6).

* :func:`find_techniques` marks the spans of the 14 persuasion techniques of
  SemEval-2020 Task 11, and :func:`classify_span` names the technique of a span;
* :func:`score_checkworthiness` scores how much each claim deserves a check;
* :func:`analyse_rhetoric` does both for a report, as ``check_article`` runs it.

Like every stage after ``extract``, it sees no spaCy object.
"""

from __future__ import annotations

import logging

from chronocheck.rhetoric.analyse import analyse_rhetoric
from chronocheck.rhetoric.checkworthiness import score_checkworthiness
from chronocheck.rhetoric.techniques import classify_span, find_techniques

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["analyse_rhetoric", "classify_span", "find_techniques", "score_checkworthiness"]
