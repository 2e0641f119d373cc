"""The corpus report (``chronocheck corpus report``): what a whole corpus asserts, in aggregate.

Reads the tables of a ``chronocheck batch`` output folder through its DuckDB
views and sums them up: claims and verdicts by outlet and by month, the
contradicted claims most repeated across articles, what the corpus dates
against the reference dates, and the persuasion techniques. The aggregates are
one frozen :class:`CorpusSummary`; :mod:`chronocheck.corpus.report_html` draws it
and ``to_dict`` is its JSON twin.

Outlet: the item's ``outlet`` column when the corpus gives one, else the host of
its URL (or of its source, when that is a URL), else ``unknown``.

Near-duplicate contradicted claims (:func:`group_claims`): two claims are the
same when they contradict the same reference event (the pack row of their first
piece of evidence), or when their normalised word sets (lower case, punctuation
and stop words dropped) overlap with a Jaccard similarity of at least
``JACCARD_THRESHOLD``; groups are the connected sets of that relation.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb

from chronocheck.corpus.views import DATABASE_FILE
from chronocheck.errors import ReportError
from chronocheck.models import VERDICT_LABELS

LOGGER = logging.getLogger(__name__)

UNKNOWN_OUTLET = "unknown"
UNDATED = "undated"
#: Outlets, repeated claims and reference events shown at most.
MAX_OUTLETS = 25
MAX_REPEATED = 20
MAX_EVENTS = 25
#: Other wordings of a repeated claim shown at most.
MAX_VARIANTS = 3
#: Word-set similarity from which two contradicted claims count as one. Chosen by hand on
#: reworded claims ("Iraq invaded Iran in 1979" / "in 1979, Iraq invaded Iran": 1.0;
#: "Iraq invaded Iran in 1979" / "Iraq invaded Kuwait in 1990": 0.33).
JACCARD_THRESHOLD = 0.6
#: A word held by more claims than this finds no candidates (it says little, costs much).
MAX_POSTINGS = 500
STOP_WORDS = frozenset(
    "a an and are as at be by for from had has have he her his in is it its of on or that the"
    " their they this to was were which who with".split()
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class VerdictRow:
    """Articles and claims of one outlet or month, and the claims by verdict label."""

    label: str
    articles: int
    claims: int
    verdicts: dict[str, int]


@dataclass(frozen=True, slots=True)
class RepeatedClaim:
    """A group of near-duplicate contradicted claims."""

    text: str
    variants: tuple[str, ...]
    claims: int
    articles: int
    outlets: tuple[str, ...]
    reference: str | None
    reference_date: str | None
    asserted_dates: tuple[str, ...]
    difference: str | None
    article_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DatedClaims:
    """One reference event: its date and the dates the corpus's claims give it."""

    reference: str
    reference_date: str
    #: (the claim's date as said, e.g. "1979", its first day, verdict, claims)
    asserted: tuple[tuple[str, str, str, int], ...]


@dataclass(frozen=True, slots=True)
class TechniqueRow:
    """One persuasion technique: its spans and the articles that have any."""

    technique: str
    spans: int
    articles: int


@dataclass(frozen=True, slots=True)
class CorpusSummary:
    """Everything the corpus report shows."""

    articles: int
    failed: int
    claims: int
    verdicts: dict[str, int]
    by_outlet: tuple[VerdictRow, ...]
    by_month: tuple[VerdictRow, ...]
    repeated: tuple[RepeatedClaim, ...]
    timeline: tuple[DatedClaims, ...]
    techniques: tuple[TechniqueRow, ...]
    grouping_rule: str

    def to_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready data (the ``--format json`` twin)."""
        return dataclasses.asdict(self)


GROUPING_RULE = (
    "Contradicted claims are grouped when they contradict the same reference event, or"
    f" when their words (lower case, without punctuation and stop words) overlap with a"
    f" Jaccard similarity of at least {JACCARD_THRESHOLD}; a group is ranked by the number"
    " of articles that make the claim."
)


def summarise_corpus(out_dir: Path) -> CorpusSummary:
    """Aggregate the tables of a batch output folder.

    Raises:
        ReportError: If the folder holds no tables written by ``chronocheck batch``.
    """
    database = out_dir / DATABASE_FILE
    if not database.is_file():
        raise ReportError(
            f"'{out_dir}' has no {DATABASE_FILE}: give a folder written by chronocheck batch."
        )
    try:
        conn = duckdb.connect(str(database), read_only=True)
    except duckdb.Error as e:
        raise ReportError(f"Cannot open '{database}': {e}") from e
    try:
        views = {
            name for (name,) in conn.execute("select view_name from duckdb_views()").fetchall()
        }
        if "articles" not in views:
            raise ReportError(f"'{out_dir}' has no analysed article yet.")
        return _summary(conn, views)
    except duckdb.Error as e:
        raise ReportError(f"Cannot read the tables of '{out_dir}': {e}") from e
    finally:
        conn.close()


def outlet_of(outlet: str | None, url: str | None, source: str | None) -> str:
    """The outlet of an article: its outlet column, else its URL's host, else unknown."""
    if outlet and outlet.strip():
        return outlet.strip()
    for candidate in (url, source):
        if candidate and candidate.lower().startswith(("http://", "https://")):
            host = (urlsplit(candidate).hostname or "").removeprefix("www.")
            if host:
                return host
    return UNKNOWN_OUTLET


def normalise_words(text: str) -> frozenset[str]:
    """The word set two claims are compared by."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return frozenset(w for w in _WORD.findall(folded) if w not in STOP_WORDS)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """``|a & b| / |a | b|`` (0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def group_claims(words: Sequence[frozenset[str]], events: Sequence[str | None]) -> list[list[int]]:
    """Indices of near-duplicate claims, grouped (see the module docstring for the rule)."""
    parent = list(range(len(words)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    first_of_event: dict[str, int] = {}
    postings: dict[str, list[int]] = defaultdict(list)
    for i, (claim_words, event) in enumerate(zip(words, events, strict=True)):
        if event is not None:
            join(i, first_of_event.setdefault(event, i))
        candidates = {
            j for w in claim_words if len(postings[w]) < MAX_POSTINGS for j in postings[w]
        }
        for j in candidates:
            if jaccard(claim_words, words[j]) >= JACCARD_THRESHOLD:
                join(i, j)
        for w in claim_words:
            postings[w].append(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(words)):
        groups[find(i)].append(i)
    return list(groups.values())


def _summary(conn: duckdb.DuckDBPyConnection, views: set[str]) -> CorpusSummary:
    columns = {d[0] for d in conn.execute("select * from articles limit 0").description}
    # Folders written before the url and outlet columns existed have neither.
    given = ", ".join(name if name in columns else "null" for name in ("outlet", "url"))
    outlets = {
        article_id: outlet_of(outlet, url, source)
        for article_id, outlet, url, source in conn.execute(
            f"select article_id, {given}, source from articles"
        ).fetchall()
    }
    months = {
        article_id: (published or "")[:7] or UNDATED
        for article_id, published in conn.execute(
            "select article_id, published from articles"
        ).fetchall()
    }
    claims = (
        conn.execute("select article_id, verdict from claims").fetchall()
        if "claims" in views
        else []
    )
    failed = conn.execute("select count(*) from manifest where status = 'failed'").fetchone()
    by_outlet = _verdict_rows(outlets, claims)
    by_month = sorted(_verdict_rows(months, claims), key=lambda r: (r.label == UNDATED, r.label))
    return CorpusSummary(
        articles=len(outlets),
        failed=int(failed[0]) if failed else 0,
        claims=len(claims),
        verdicts=_count_verdicts(verdict for _, verdict in claims),
        by_outlet=tuple(sorted(by_outlet, key=lambda r: (-r.claims, r.label))[:MAX_OUTLETS]),
        by_month=tuple(by_month),
        repeated=_repeated(conn, outlets) if "evidence" in views else (),
        timeline=_timeline(conn) if "evidence" in views else (),
        techniques=_techniques(conn) if "rhetoric" in views else (),
        grouping_rule=GROUPING_RULE,
    )


def _count_verdicts(labels: Iterable[str]) -> dict[str, int]:
    counts = Counter(labels)
    return {label: counts[label] for label in VERDICT_LABELS}


def _verdict_rows(label_of: dict[str, str], claims: list[tuple[str, str]]) -> list[VerdictRow]:
    verdicts: dict[str, list[str]] = defaultdict(list)
    for article_id, verdict in claims:
        verdicts[label_of.get(article_id, UNKNOWN_OUTLET)].append(verdict)
    articles = Counter(label_of.values())
    return [
        VerdictRow(label, count, len(verdicts[label]), _count_verdicts(verdicts[label]))
        for label, count in articles.items()
    ]


def _repeated(
    conn: duckdb.DuckDBPyConnection, outlets: dict[str, str]
) -> tuple[RepeatedClaim, ...]:
    found = conn.execute(
        "select c.article_id, c.text, c.date_value, c.verdict_difference,"
        " e.pack || '/' || e.reference_id, e.fact, e.date"
        " from claims c left join evidence e"
        " on e.article_id = c.article_id and e.claim_id = c.claim_id and e.rank = 1"
        " where c.verdict = 'contradicted'"
        " order by c.article_id, c.start, c.claim_id"
    ).fetchall()
    groups = group_claims([normalise_words(row[1]) for row in found], [row[4] for row in found])
    repeated = []
    for members in groups:
        rows = [found[i] for i in members]
        texts = Counter(row[1] for row in rows)
        by_use = sorted(texts, key=lambda t: (-texts[t], len(t), t))
        text = by_use[0]
        first = next((row for row in rows if row[5] is not None), rows[0])
        article_ids = sorted({row[0] for row in rows})
        repeated.append(
            RepeatedClaim(
                text=text,
                variants=tuple(by_use[1 : 1 + MAX_VARIANTS]),
                claims=len(rows),
                articles=len(article_ids),
                outlets=tuple(sorted({outlets.get(a, UNKNOWN_OUTLET) for a in article_ids})),
                reference=first[5],
                reference_date=first[6],
                asserted_dates=tuple(sorted({row[2] for row in rows if row[2]})),
                difference=next((row[3] for row in rows if row[3]), None),
                article_ids=tuple(article_ids),
            )
        )
    repeated.sort(key=lambda r: (-r.articles, -r.claims, r.text))
    return tuple(repeated[:MAX_REPEATED])


def _timeline(conn: duckdb.DuckDBPyConnection) -> tuple[DatedClaims, ...]:
    found = conn.execute(
        "select e.pack || '/' || e.reference_id as event, any_value(e.fact), any_value(e.date),"
        " coalesce(c.date_value, c.date_earliest), c.date_earliest, c.verdict, count(*)"
        " from claims c join evidence e"
        " on e.article_id = c.article_id and e.claim_id = c.claim_id and e.rank = 1"
        " where e.date is not null and c.date_earliest is not null"
        " and c.verdict in ('supported', 'contradicted', 'contested')"
        " group by event, c.date_value, c.date_earliest, c.verdict"
    ).fetchall()
    events: dict[str, list[tuple[str, str, str, str, str, int]]] = defaultdict(list)
    for event, fact, date, said, earliest, verdict, count in found:
        events[event].append((fact, date, said, earliest, verdict, int(count)))
    ranked = sorted(events.values(), key=lambda rows: (-sum(r[5] for r in rows), rows[0][0]))
    chosen = [
        DatedClaims(
            reference=min(r[0] for r in rows),
            reference_date=min(r[1] for r in rows),
            asserted=tuple(sorted((r[2], r[3], r[4], r[5]) for r in rows)),
        )
        for rows in ranked[:MAX_EVENTS]
    ]
    return tuple(sorted(chosen, key=lambda d: (d.reference_date, d.reference)))


def _techniques(conn: duckdb.DuckDBPyConnection) -> tuple[TechniqueRow, ...]:
    found = conn.execute(
        "select technique, count(*), count(distinct article_id) from rhetoric"
        " group by technique order by 2 desc, 1"
    ).fetchall()
    return tuple(TechniqueRow(t, int(spans), int(articles)) for t, spans, articles in found)
