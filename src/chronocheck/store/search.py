"""Full-text search over the stored analyses, with each database's own index.

SQLite: an FTS5 table ``search_index`` holds one row per finished analysis (its
title, article text and claims), stemmed by the Porter tokenizer. PostgreSQL:
GIN indexes over ``to_tsvector('english', ...)`` of the articles and claims,
queried with ``plainto_tsquery``. Both take the user's words as words: no query
syntax of either engine leaks through.
"""

from __future__ import annotations

import logging
import re

from sqlalchemy import Select, column, false, func, literal_column, or_, select, table

from chronocheck.models import Report
from chronocheck.store.tables import AnalysisRow, ArticleRow, ClaimRow

LOGGER = logging.getLogger(__name__)

#: What counts as a word of a query: letters and digits, as the FTS5 tokenizer sees them.
QUERY_WORD = re.compile(r"\w+")
SEARCH_CONFIG = "english"
_SEARCH_INDEX = table("search_index", column("analysis_id"), column("body"))


def search_body(report: Report) -> str:
    """The words of a finished analysis that search looks in."""
    parts = [report.article.title or "", report.article.text]
    parts += [claim.text for claim in report.claims]
    return "\n".join(parts)


def fts5_query(words: str) -> str | None:
    """The user's words as an FTS5 query that matches all of them, each as a plain term.

    >>> fts5_query('Resolution 598 "AND" NEAR(')
    '"resolution" "598" "and" "near"'
    """
    terms = [f'"{word}"' for word in QUERY_WORD.findall(words.lower())]
    return " ".join(terms) or None


def matching_analyses(dialect: str, words: str) -> Select[str]:
    """The ids of the analyses whose title, text or claims hold all the words."""
    if dialect == "sqlite":
        query = fts5_query(words)
        if query is None:
            return select(AnalysisRow.id).where(false())
        return select(_SEARCH_INDEX.c.analysis_id).where(
            literal_column("search_index").op("MATCH")(query)
        )
    tsquery = func.plainto_tsquery(SEARCH_CONFIG, words)
    article_text = func.coalesce(ArticleRow.title, "") + " " + ArticleRow.text
    in_article = func.to_tsvector(SEARCH_CONFIG, article_text).op("@@")(tsquery)
    in_claim = select(ClaimRow.analysis_id).where(
        func.to_tsvector(SEARCH_CONFIG, ClaimRow.text).op("@@")(tsquery)
    )
    return (
        select(AnalysisRow.id)
        .join(ArticleRow, AnalysisRow.article_id == ArticleRow.id)
        .where(AnalysisRow.status == "done")
        .where(or_(in_article, AnalysisRow.id.in_(in_claim)))
    )
