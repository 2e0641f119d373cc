"""The result key: a digest of everything an analysis's result depends on.

Two submissions with the same key get the same report, so the second is served
from the first's stored result instead of running the check again (#7): the
article text (its SHA-256), the options that change the check (date, packs), the
chronocheck version, the bytes of the built-in packs and the server's settings.
The address a text was fetched from is left out: the text decides the result,
and the store keeps one article row per text anyway. With the user's own
evidence folder or packs given by path, which may change between two
submissions without the key seeing it, nothing is reused.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from collections.abc import Mapping
from functools import cache
from typing import Any

from chronocheck import __version__
from chronocheck.models import Article
from chronocheck.packs import builtin_pack_names
from chronocheck.packs.catalog import BUILTIN_DIR
from chronocheck.settings import Settings

LOGGER = logging.getLogger(__name__)

#: Options that only say where the article came from, not how it is checked.
PROVENANCE_OPTIONS = frozenset({"url"})


@cache
def builtin_packs_digest() -> str:
    """SHA-256 over the built-in packs' files, so an edited pack is never served stale."""
    digest = hashlib.sha256()
    for path in sorted(p for p in BUILTIN_DIR.rglob("*") if p.is_file()):
        digest.update(path.relative_to(BUILTIN_DIR).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def result_key(article: Article, options: Mapping[str, Any], settings: Settings) -> str | None:
    """The key of the result of analysing ``article`` with ``options``; None: never reuse."""
    if settings.evidence_dir or not _builtin_only(settings.packs):
        return None
    checked = {name: value for name, value in options.items() if name not in PROVENANCE_OPTIONS}
    parts = {
        "article": article.sha256,
        "options": checked,
        "pipeline": __version__,
        "packs": builtin_packs_digest(),
        "settings": dataclasses.asdict(settings),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def _builtin_only(packs: str) -> bool:
    names = [name.strip() for name in packs.split(",") if name.strip()]
    return set(names) <= set(builtin_pack_names())
