"""The whole check of one article: annotate, extract, order, verify, rhetoric, report.

This is the library function behind ``chronocheck check``; the CLI, the web app
and batch runs all call it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc

from chronocheck.annotate import load_pipeline
from chronocheck.annotate.pipeline import annotate, annotate_many
from chronocheck.extract.extraction import extract_article
from chronocheck.ingest.folder import read_folder
from chronocheck.models import Article, Report, SpanTagger
from chronocheck.packs.records import PackData
from chronocheck.rhetoric import analyse_rhetoric
from chronocheck.settings import Settings
from chronocheck.timeline import build_timeline, find_inconsistencies
from chronocheck.verify.embeddings import load_encoder
from chronocheck.verify.evidence import evidence_pack
from chronocheck.verify.references import packs_for, reference_index
from chronocheck.verify.verification import verify_report

LOGGER = logging.getLogger(__name__)

#: Evidence packs kept built, by (folder, fingerprint, settings).
EVIDENCE_CACHE_SIZE = 4

#: Each file of a folder as (relative path, size, mtime in ns).
Fingerprint = tuple[tuple[str, int, int], ...]

_EVIDENCE_CACHE: dict[tuple[Path, Fingerprint, Settings], tuple[PackData, ...]] = {}


def _dct(article: Article) -> dt.date | None:
    return dt.date.fromisoformat(article.published) if article.published else None


#: Each sentence's character range, from the extraction to the rhetoric stage.
Sentences = tuple[tuple[int, int], ...]


def _extracted(article: Article, doc: Doc) -> tuple[Report, Sentences]:
    extraction = extract_article(doc)
    report = Report(
        article=article,
        claims=extraction.claims,
        timexes=extraction.timexes,
        quantities=extraction.quantities,
        entities=extraction.entities,
        timeline=build_timeline(extraction.claims),
        inconsistencies=find_inconsistencies(extraction.claims),
    )
    return report, extraction.sentences


def check_article(article: Article, *, settings: Settings) -> Report:
    """Check one article and return everything found in it.

    Args:
        article: The ingested article.
        settings: Settings in force (which spaCy pipeline to load).

    Returns:
        The report: claims with their verdicts and check-worthiness, time
        expressions, quantities, entities, timeline, self-contradictions, the
        reference timeline, the omissions and the rhetoric.

    Raises:
        PipelineError: If the spaCy pipeline cannot be loaded.
        KnowledgePackError: If a pack named in the settings is missing or malformed.
    """
    nlp = load_pipeline(settings.spacy_model)
    report, sentences = _extracted(article, annotate(nlp, article.text, dct=_dct(article)))
    return _with_rhetoric(_verified(report, settings, _evidence(settings)), sentences, settings)


def check_articles(articles: Iterable[Article], *, settings: Settings) -> Iterator[Report]:
    """Check many articles, streaming them through ``nlp.pipe``."""
    evidence = _evidence(settings)
    for report, sentences in _extract_many(articles, settings):
        yield _with_rhetoric(_verified(report, settings, evidence), sentences, settings)


def _extract_many(
    articles: Iterable[Article], settings: Settings
) -> Iterator[tuple[Report, Sentences]]:
    nlp = load_pipeline(settings.spacy_model)
    items = ((article.text, _dct(article), article) for article in articles)
    for doc, article in annotate_many(nlp, items):
        yield _extracted(article, doc)


def _evidence(settings: Settings) -> tuple[PackData, ...]:
    """The user's evidence documents as a pack (none if no folder is set).

    Built once per folder content: corpus mode calls this for every batch (#8), and
    building the pack runs the whole pipeline over every document of the folder.
    """
    if not settings.verify or not settings.evidence_dir:
        return ()
    folder = Path(settings.evidence_dir).resolve()
    key = (folder, folder_fingerprint(folder), settings)
    cached = _EVIDENCE_CACHE.get(key)
    if cached is None:
        articles = read_folder(folder, settings=settings)
        cached = (evidence_pack([report for report, _ in _extract_many(articles, settings)]),)
        # One folder at a time is the usual case; keep a few so alternating ones still hit.
        while len(_EVIDENCE_CACHE) >= EVIDENCE_CACHE_SIZE:
            del _EVIDENCE_CACHE[next(iter(_EVIDENCE_CACHE))]
        _EVIDENCE_CACHE[key] = cached
    return cached


def folder_fingerprint(folder: Path) -> Fingerprint:
    """Every file under ``folder`` as (relative path, size, mtime in ns), in path order.

    A file added, removed, resized or rewritten changes it, without reading any file.
    An unreadable or missing folder gives an empty fingerprint (``read_folder`` says why).
    """
    found = []
    for path in sorted(folder.rglob("*")):
        try:
            stat = path.stat()
        except OSError:
            continue  # vanished while listing: the next call sees the change
        if path.is_file():
            found.append((path.relative_to(folder).as_posix(), stat.st_size, stat.st_mtime_ns))
    return tuple(found)


def _with_rhetoric(report: Report, sentences: Sentences, settings: Settings) -> Report:
    if not settings.rhetoric:
        return report
    floor = None if settings.technique_floor < 0 else settings.technique_floor
    tagger: SpanTagger = "features" if settings.technique_tagger == "features" else "encoder"
    return analyse_rhetoric(report, sentences, floor=floor, tagger=tagger)


def _verified(report: Report, settings: Settings, evidence: tuple[PackData, ...]) -> Report:
    if not settings.verify:
        return report
    packs = packs_for(report, settings)
    if not packs and not evidence:
        LOGGER.info("No reference pack fits %s; claims left unchecked.", report.article.source)
        return report
    encoder = load_encoder() if settings.embeddings else None
    return verify_report(
        report,
        reference_index(packs, evidence),
        encoder=encoder,
        max_omissions=settings.max_omissions,
    )
