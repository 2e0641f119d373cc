"""Which reference packs a check uses, loaded once per process.

Packs named in the settings are used as given; with none named, the built-in
packs whose period and subject fit the article are chosen. An index over a set
of packs is cached, so a batch of articles builds it once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from chronocheck.models import Report
from chronocheck.packs.catalog import builtin_pack_names, load_pack, select_packs
from chronocheck.packs.records import PackData
from chronocheck.settings import Settings
from chronocheck.verify.index import ReferenceIndex

LOGGER = logging.getLogger(__name__)


def _cache_dir(settings: Settings) -> Path | None:
    return Path(settings.cache_dir) if settings.cache_dir else None


def named_packs(settings: Settings) -> tuple[str, ...]:
    """The packs the settings name, in order (empty: choose automatically)."""
    return tuple(name.strip() for name in settings.packs.split(",") if name.strip())


@lru_cache(maxsize=16)
def _pack_data(spec: str, cache_dir: Path | None) -> PackData:
    with load_pack(spec, cache_dir=cache_dir) as pack:
        return pack.data()


def _period(report: Report) -> tuple[str, str] | None:
    if not report.timeline:
        return None
    return min(e.earliest for e in report.timeline), max(e.latest for e in report.timeline)


def packs_for(report: Report, settings: Settings) -> tuple[PackData, ...]:
    """The packs to check ``report`` against.

    Raises:
        KnowledgePackError: If a named pack does not exist or is malformed.
    """
    cache_dir = _cache_dir(settings)
    names = named_packs(settings)
    if names:
        return tuple(_pack_data(name, cache_dir) for name in names)
    candidates = [load_pack(name, cache_dir=cache_dir) for name in builtin_pack_names()]
    try:
        chosen = select_packs(
            candidates, period=_period(report), names=[e.text for e in report.entities]
        )
        return tuple(_pack_data(pack.info.name, cache_dir) for pack in chosen)
    finally:
        for pack in candidates:
            pack.close()


@lru_cache(maxsize=8)
def _index(packs: tuple[PackData, ...]) -> ReferenceIndex:
    return ReferenceIndex(packs)


def reference_index(packs: Iterable[PackData], extra: Sequence[PackData] = ()) -> ReferenceIndex:
    """The index over ``packs`` and ``extra`` (cached for packs seen before)."""
    return _index((*packs, *extra))
