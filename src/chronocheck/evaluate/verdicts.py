"""Score claim verdicts against hand-labelled cases (``chronocheck evaluate verdicts``).

A cases file is JSON Lines, one labelled claim per line::

    {"article": "iran-iraq-1980-1982.txt", "date": "2022-05-24",
     "quote": "the city fell on 26 October 1980", "label": "contested",
     "reference": "E013", "note": "24, 25 or 26 October by source"}

``article`` is relative to the cases file; ``date`` (optional) is the publication
date to check it with; ``quote`` is an exact substring that occurs once in the
article; ``label`` is the true verdict. Each article is checked once; a case is
predicted with the verdict of the smallest claim whose span covers the quote,
and a quote no claim covers counts as ``unverifiable`` ("no claim"), since
leaving a claim unchecked is what a system says when it cannot verify it.
A baseline that always answers ``unverifiable`` is scored beside ours.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from rich.console import Console
from rich.table import Table

from chronocheck.errors import ConfigError
from chronocheck.evaluate.timex import _percent, _prf
from chronocheck.models import Claim, Report

LOGGER = logging.getLogger(__name__)

CaseLabel = Literal["supported", "contradicted", "contested", "unverifiable"]
#: The labels a case may carry, in table order.
LABELS: tuple[CaseLabel, ...] = get_args(CaseLabel)
#: What the baseline always answers, and what an unchecked or uncovered quote counts as.
BASELINE_LABEL: CaseLabel = "unverifiable"
BASELINE_NAME = "always unverifiable"
SYSTEM_NAME = "chronocheck"
#: The per-label figures written to JSON.
LABEL_FIELDS = ("support", "predicted", "precision", "recall", "f1")
REQUIRED_KEYS = frozenset({"article", "quote", "label"})
OPTIONAL_KEYS = frozenset({"date", "reference", "note"})
#: Width of the rendered tables (they go to a file or a pipe as often as to a terminal).
TABLE_WIDTH = 100

#: Checks one article (path, publication date or None) and returns its report.
CheckArticle = Callable[[Path, str | None], Report]


@dataclass(frozen=True, slots=True)
class VerdictCase:
    """One labelled claim: where its quote is and what the verdict should be.

    Attributes:
        article: The article's path, resolved against the cases file's folder.
        quote: An exact substring of the article, occurring once, inside the claim.
        label: The true verdict.
        date: Publication date (``YYYY-MM-DD``) to check the article with, if given.
        reference: The reference row(s) that decide it, e.g. ``"E046"``.
        note: Why the label is what it is.
        source: Where the case was read, ``file:line``.
    """

    article: Path
    quote: str
    label: CaseLabel
    date: str | None = None
    reference: str | None = None
    note: str | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class CaseResult:
    """What chronocheck said about one case.

    ``claim`` is the smallest claim covering the quote (None: no claim covers it);
    ``predicted`` is its verdict, with ``unchecked`` read as ``unverifiable``.
    """

    case: VerdictCase
    predicted: CaseLabel
    claim: Claim | None

    @property
    def correct(self) -> bool:
        """Whether the prediction is the label."""
        return self.predicted == self.case.label

    @property
    def difference(self) -> str:
        """The verdict's explanation, or why there is none."""
        if self.claim is None:
            return "no claim"
        return self.claim.verdict.difference or ""


@dataclass(frozen=True, slots=True)
class LabelScores:
    """Precision, recall and F1 of one label (percentages, 0..100)."""

    label: CaseLabel
    support: int
    predicted: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class SystemScores:
    """A system's scores over all cases (percentages, 0..100).

    ``confusion[gold][predicted]`` counts the cases; ``macro_f1`` averages F1 over
    the labels that occur as gold or prediction.
    """

    name: str
    correct: int
    accuracy: float
    labels: tuple[LabelScores, ...]
    macro_f1: float
    confusion: Mapping[str, Mapping[str, int]]

    @classmethod
    def from_pairs(cls, name: str, pairs: Sequence[tuple[CaseLabel, CaseLabel]]) -> SystemScores:
        """Score (gold, predicted) label pairs."""
        counts = Counter(pairs)
        gold = Counter(g for g, _ in pairs)
        predicted = Counter(p for _, p in pairs)
        labels = tuple(
            LabelScores(
                label,
                gold[label],
                predicted[label],
                *_prf(counts[label, label], predicted[label], gold[label]),
            )
            for label in LABELS
        )
        seen = [s.f1 for s in labels if s.support or s.predicted]
        correct = sum(counts[label, label] for label in LABELS)
        return cls(
            name=name,
            correct=correct,
            accuracy=_percent(correct, len(pairs)),
            labels=labels,
            macro_f1=round(sum(seen) / len(seen), 2) if seen else 0.0,
            confusion={g: {p: counts[g, p] for p in LABELS} for g in LABELS},
        )


@dataclass(frozen=True, slots=True)
class ArticleScores:
    """Accuracy on the cases of one article."""

    article: str
    cases: int
    correct: int
    accuracy: float


@dataclass(frozen=True, slots=True)
class VerdictScores:
    """Scores of chronocheck and of the baseline over a cases file."""

    system: SystemScores
    baseline: SystemScores
    articles: tuple[ArticleScores, ...]
    results: tuple[CaseResult, ...]

    @property
    def uncovered(self) -> int:
        """Cases whose quote no claim covers."""
        return sum(result.claim is None for result in self.results)

    @property
    def errors(self) -> tuple[CaseResult, ...]:
        """The cases chronocheck got wrong."""
        return tuple(result for result in self.results if not result.correct)


def load_cases(path: Path) -> list[VerdictCase]:
    """Read and validate a cases file.

    Blank lines are skipped. Each quote is looked up in its article's text, so a
    typo is caught here rather than counted as a miss.

    Raises:
        ConfigError: If the file cannot be read, or a line is not a valid case
            (the message names ``file:line`` and the reason).
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"Cannot read the cases file '{path}': {error}.") from error
    texts: dict[Path, str] = {}
    cases = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            cases.append(_parse_case(line, f"{path}:{number}", path.parent, texts))
    if not cases:
        raise ConfigError(f"The cases file '{path}' has no cases.")
    return cases


def _parse_case(line: str, source: str, folder: Path, texts: dict[Path, str]) -> VerdictCase:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise ConfigError(f"{source}: not valid JSON ({error.msg}).") from error
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: a case must be a JSON object.")
    if missing := sorted(REQUIRED_KEYS - data.keys()):
        raise ConfigError(f"{source}: missing key(s) {', '.join(missing)}.")
    if unknown := sorted(data.keys() - REQUIRED_KEYS - OPTIONAL_KEYS):
        raise ConfigError(f"{source}: unknown key(s) {', '.join(unknown)}.")
    if bad := sorted(k for k, v in data.items() if not _is_text(v, optional=k in OPTIONAL_KEYS)):
        raise ConfigError(f"{source}: {', '.join(bad)} must be text.")
    if data["label"] not in LABELS:
        raise ConfigError(f"{source}: label '{data['label']}' is not one of {', '.join(LABELS)}.")
    if data.get("date") is not None:
        _check_date(data["date"], source)
    article = (folder / data["article"]).resolve()
    if article not in texts:
        texts[article] = _read_text(article, source)
    _find_quote(texts[article], data["quote"], source)
    return VerdictCase(
        article=article,
        quote=data["quote"],
        label=data["label"],
        date=data.get("date"),
        reference=data.get("reference") or None,
        note=data.get("note") or None,
        source=source,
    )


def _is_text(value: object, *, optional: bool) -> bool:
    return isinstance(value, str) or (optional and value is None)


def _check_date(value: str, source: str) -> None:
    try:
        dt.date.fromisoformat(value)
    except ValueError as error:
        raise ConfigError(f"{source}: date '{value}' is not a YYYY-MM-DD date.") from error


def _read_text(article: Path, source: str) -> str:
    try:
        return article.read_text(encoding="utf-8").replace("\r\n", "\n")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{source}: cannot read the article '{article}': {error}.") from error


def _find_quote(text: str, quote: str, source: str) -> int:
    """The quote's offset in the text; it must occur exactly once."""
    occurrences = text.count(quote) if quote else 0
    if occurrences != 1:
        where = "does not occur" if not occurrences else f"occurs {occurrences} times"
        raise ConfigError(f"{source}: the quote {quote!r} {where} in the article.")
    return text.index(quote)


def evaluate_verdicts(cases: Sequence[VerdictCase], *, check: CheckArticle) -> VerdictScores:
    """Check each article once and score the verdicts of the labelled claims.

    Args:
        cases: The labelled claims (see :func:`load_cases`).
        check: Runs the full pipeline, verification included, on an article path
            with an optional publication date.

    Returns:
        The scores of chronocheck and of the always-unverifiable baseline.

    Raises:
        ConfigError: If a quote does not occur exactly once in the checked text.
    """
    reports: dict[tuple[Path, str | None], Report] = {}
    results = []
    for case in cases:
        key = (case.article, case.date)
        if key not in reports:
            LOGGER.info("Checking %s", case.article)
            reports[key] = check(*key)
        results.append(_judge_case(case, reports[key]))
    scores = VerdictScores(
        system=SystemScores.from_pairs(SYSTEM_NAME, [(r.case.label, r.predicted) for r in results]),
        baseline=SystemScores.from_pairs(BASELINE_NAME, [(c.label, BASELINE_LABEL) for c in cases]),
        articles=_article_scores(results),
        results=tuple(results),
    )
    LOGGER.info("Verdict accuracy %.2f%% over %d cases", scores.system.accuracy, len(results))
    return scores


def _judge_case(case: VerdictCase, report: Report) -> CaseResult:
    start = _find_quote(report.article.text, case.quote, case.source)
    claim = find_claim(report.claims, start, start + len(case.quote))
    label = claim.verdict.label if claim is not None else BASELINE_LABEL
    return CaseResult(case, BASELINE_LABEL if label == "unchecked" else label, claim)


def find_claim(claims: Sequence[Claim], start: int, end: int) -> Claim | None:
    """The smallest claim whose span covers ``[start, end)``, the earliest on ties."""
    covering = [claim for claim in claims if claim.start <= start and end <= claim.end]
    return min(covering, key=lambda claim: (claim.end - claim.start, claim.start), default=None)


def _article_scores(results: Sequence[CaseResult]) -> tuple[ArticleScores, ...]:
    by_article: dict[str, list[bool]] = {}
    for result in results:
        by_article.setdefault(result.case.article.name, []).append(result.correct)
    return tuple(
        ArticleScores(name, len(marks), sum(marks), _percent(sum(marks), len(marks)))
        for name, marks in by_article.items()
    )


def scores_to_json(scores: VerdictScores) -> dict[str, Any]:
    """JSON-ready scores, with every case and its prediction."""
    return {
        "cases": len(scores.results),
        "uncovered": scores.uncovered,
        "systems": [_system_to_json(s) for s in (scores.system, scores.baseline)],
        "articles": [
            {"article": a.article, "cases": a.cases, "correct": a.correct, "accuracy": a.accuracy}
            for a in scores.articles
        ],
        "results": [_result_to_json(result) for result in scores.results],
    }


def _system_to_json(system: SystemScores) -> dict[str, Any]:
    return {
        "name": system.name,
        "correct": system.correct,
        "accuracy": system.accuracy,
        "macro_f1": system.macro_f1,
        "labels": {s.label: {k: getattr(s, k) for k in LABEL_FIELDS} for s in system.labels},
        "confusion": {gold: dict(row) for gold, row in system.confusion.items()},
    }


def _result_to_json(result: CaseResult) -> dict[str, Any]:
    case = result.case
    return {
        "source": case.source,
        "article": case.article.name,
        "quote": case.quote,
        "expected": case.label,
        "predicted": result.predicted,
        "correct": result.correct,
        "claim_id": result.claim.id if result.claim else None,
        "difference": result.difference,
        "reference": case.reference,
        "note": case.note,
    }


def format_verdict_table(scores: VerdictScores) -> str:
    """The scores as text tables: metrics beside the baseline, confusion, per article."""
    systems = (scores.system, scores.baseline)
    metrics = Table(
        title=f"Claim verdicts ({len(scores.results)} cases, {scores.uncovered} without a claim), %"
    )
    metrics.add_column("metric")
    for system in systems:
        metrics.add_column(system.name, justify="right")
    metrics.add_row("accuracy", *(f"{s.accuracy:.2f}" for s in systems))
    metrics.add_row("macro F1", *(f"{s.macro_f1:.2f}" for s in systems))
    for index, label in enumerate(LABELS):
        for name in ("precision", "recall", "f1"):
            values = (getattr(s.labels[index], name) for s in systems)
            metrics.add_row(f"{label} {name}", *(f"{v:.2f}" for v in values))
    confusion = Table(title="Confusion (rows: expected, columns: chronocheck)")
    confusion.add_column("expected")
    for label in LABELS:
        confusion.add_column(label, justify="right")
    for gold in LABELS:
        confusion.add_row(gold, *(str(scores.system.confusion[gold][p]) for p in LABELS))
    articles = Table(title="Per article")
    for name in ("article", "cases", "correct", "accuracy %"):
        articles.add_column(name, justify="left" if name == "article" else "right")
    for article in scores.articles:
        articles.add_row(
            article.article, str(article.cases), str(article.correct), f"{article.accuracy:.2f}"
        )
    return _render(metrics, confusion, articles)


def format_verdict_errors(scores: VerdictScores) -> str:
    """One block per wrong case: where, the quote, expected and predicted, the difference."""
    lines = []
    for result in scores.errors:
        case = result.case
        lines.append(f"{case.source}\texpected={case.label}\tours={result.predicted}")
        lines.append(f"  quote: {case.quote}")
        if result.claim is not None and result.claim.text != case.quote:
            lines.append(f"  claim: {result.claim.text}")
        lines.append(f"  difference: {result.difference or '-'}")
        if case.note:
            lines.append(f"  note: {case.note}")
    return "".join(f"{line}\n" for line in lines)


def _render(*tables: Table) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=TABLE_WIDTH, color_system=None)
    for table in tables:
        console.print(table)
    return buffer.getvalue()
