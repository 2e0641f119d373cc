"""The rhetoric stage: persuasion techniques in an article (SemEval-2020 Task 11, #6)."""

from __future__ import annotations

from chronocheck.rhetoric.techniques import classify_span, find_techniques

__all__ = ["classify_span", "find_techniques"]
