"""The whole check of one article: annotate, extract, order, report.

This is the library function behind ``chronocheck check``; the CLI, the web app
and batch runs all call it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from chronocheck.annotate import load_pipeline
from chronocheck.annotate.pipeline import annotate, annotate_many
from chronocheck.extract.extraction import extract_article
from chronocheck.models import Article, Report
from chronocheck.settings import Settings
from chronocheck.timeline import build_timeline, find_inconsistencies

LOGGER = logging.getLogger(__name__)


def _dct(article: Article) -> dt.date | None:
    return dt.date.fromisoformat(article.published) if article.published else None


def _report(article: Article, doc: Doc) -> Report:
    extraction = extract_article(doc)
    return Report(
        article=article,
        claims=extraction.claims,
        timexes=extraction.timexes,
        quantities=extraction.quantities,
        entities=extraction.entities,
        timeline=build_timeline(extraction.claims),
        inconsistencies=find_inconsistencies(extraction.claims),
    )


def check_article(article: Article, *, settings: Settings) -> Report:
    """Check one article and return everything found in it.

    Args:
        article: The ingested article.
        settings: Settings in force (which spaCy pipeline to load).

    Returns:
        The report: claims, time expressions, quantities, entities, timeline
        and self-contradictions.

    Raises:
        PipelineError: If the spaCy pipeline cannot be loaded.
    """
    nlp = load_pipeline(settings.spacy_model)
    return _report(article, annotate(nlp, article.text, dct=_dct(article)))


def check_articles(articles: Iterable[Article], *, settings: Settings) -> Iterator[Report]:
    """Check many articles, streaming them through ``nlp.pipe``."""
    nlp = load_pipeline(settings.spacy_model)
    items = ((article.text, _dct(article), article) for article in articles)
    for doc, article in annotate_many(nlp, items):
        yield _report(article, doc)
