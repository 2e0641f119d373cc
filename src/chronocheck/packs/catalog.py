"""Finding packs: the built-in ones, folders compiled on demand, and automatic choice.

A pack is named by a built-in name ("iran-iraq-war"), a pack folder, or a
compiled ``.sqlite`` file. A folder is compiled into the cache folder under its
content hash, so an unchanged folder is compiled once and an edited one again.
"""

from __future__ import annotations

import atexit
import functools
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from chronocheck.dates import interval_of
from chronocheck.errors import KnowledgePackError
from chronocheck.packs.build import build_pack, content_hash
from chronocheck.packs.cells import normalize_name
from chronocheck.packs.schema import PACK_TOML
from chronocheck.packs.store import CompiledPack

LOGGER = logging.getLogger(__name__)

#: Where the built-in packs live, one folder each.
BUILTIN_DIR = Path(__file__).parent / "data"
#: Environment variables that choose the cache folder, most specific first.
CACHE_ENV = "CHRONOCHECK_CACHE_DIR"
XDG_CACHE_ENV = "XDG_CACHE_HOME"
#: A leading article is not part of a name: "the Soviet Union" is "Soviet Union".
LEADING_ARTICLE = "the "


def builtin_pack_names() -> list[str]:
    """The names of the packs shipped with chronocheck, sorted."""
    if not BUILTIN_DIR.is_dir():
        return []
    return sorted(p.name for p in BUILTIN_DIR.iterdir() if (p / PACK_TOML).is_file())


def default_cache_dir() -> Path:
    """Where compiled packs are cached.

    ``$CHRONOCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/chronocheck``, else
    ``~/.cache/chronocheck``.
    """
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    if os.environ.get(XDG_CACHE_ENV):
        return Path(os.environ[XDG_CACHE_ENV]) / "chronocheck"
    return Path.home() / ".cache" / "chronocheck"


@functools.cache
def _fallback_cache_dir() -> Path:
    """A temporary cache for this process, when the cache folder is not writable."""
    path = Path(tempfile.mkdtemp(prefix="chronocheck-packs-"))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def _open_cached(folder: Path, cache_dir: Path) -> CompiledPack:
    """Open the compiled copy of ``folder`` in ``cache_dir``, compiling it if needed."""
    target = cache_dir / f"pack-{content_hash(folder)}.sqlite"
    if target.is_file():
        try:
            return CompiledPack(target)
        except KnowledgePackError as e:
            # A damaged or outdated cache entry is rebuilt, never fatal.
            LOGGER.warning("rebuilding cached pack %s: %s", target, e)
    return CompiledPack(build_pack(folder, target))


def _compile_folder(folder: Path, cache_dir: Path | None) -> CompiledPack:
    cache = cache_dir or default_cache_dir()
    try:
        cache.mkdir(parents=True, exist_ok=True)
        writable = os.access(cache, os.W_OK)
    except OSError:
        writable = False
    if not writable:
        LOGGER.warning("cache folder %s is not writable: compiling packs into a temp folder", cache)
        cache = _fallback_cache_dir()
    return _open_cached(folder, cache)


def load_pack(name_or_path: str, *, cache_dir: Path | None = None) -> CompiledPack:
    """Open a pack by built-in name, folder or compiled file.

    A built-in name wins over a folder of the same name in the working
    directory; write ``./NAME`` for the folder.

    Args:
        name_or_path: A built-in pack name, a pack folder, or a compiled ``.sqlite`` file.
        cache_dir: Where folders are compiled to (default :func:`default_cache_dir`).

    Returns:
        The opened pack; close it when done.

    Raises:
        KnowledgePackError: If nothing by that name exists (the message lists the
            built-in packs), or the pack is malformed.
    """
    names = builtin_pack_names()
    if name_or_path in names:
        return _compile_folder(BUILTIN_DIR / name_or_path, cache_dir)
    path = Path(name_or_path)
    if path.is_dir():
        return _compile_folder(path, cache_dir)
    if path.is_file():
        return CompiledPack(path)
    available = ", ".join(names) or "none"
    raise KnowledgePackError(
        f"Unknown pack '{name_or_path}': not a built-in pack (available: {available}),"
        " a pack folder or a compiled pack file."
    )


def _comparable(name: str) -> str:
    return normalize_name(name).removeprefix(LEADING_ARTICLE)


def _overlaps(pack: CompiledPack, period: tuple[str, str]) -> bool:
    """True when the article's period and the pack's share at least one day."""
    article_start, article_end = interval_of(period[0]), interval_of(period[1])
    pack_start, pack_end = interval_of(pack.info.period_start), interval_of(pack.info.period_end)
    if article_start is None or article_end is None or pack_start is None or pack_end is None:
        LOGGER.warning("cannot compare period %s with pack '%s'", period, pack.info.name)
        return False
    return article_start.earliest < pack_end.latest and pack_start.earliest < article_end.latest


def select_packs(
    packs: Iterable[CompiledPack], *, period: tuple[str, str] | None, names: Iterable[str]
) -> list[CompiledPack]:
    """The packs that fit an article, in the order given.

    A pack fits when the article's period overlaps the pack's period and at
    least one of the article's entity names is a name or alias of one of the
    pack's scope entities (compared case-insensitively, ignoring a leading
    "the").

    Args:
        packs: The candidate packs.
        period: The first and last dates of the article's timeline (ISO values);
            None when the article has no dates, and then names alone decide.
        names: The article's entity mentions ("Iraq", "the Soviet Union").

    Returns:
        The packs that fit.
    """
    article_names = {_comparable(name) for name in names}
    chosen = []
    for pack in packs:
        if period is not None and not _overlaps(pack, period):
            continue
        if article_names & {_comparable(name) for name in pack.scope_names()}:
            chosen.append(pack)
    LOGGER.info("packs chosen: %s", [pack.info.name for pack in chosen])
    return chosen
