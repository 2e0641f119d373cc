"""Reference packs: the sourced facts chronocheck checks articles against.

A pack goes from a folder people edit to a file chronocheck queries::

    pack folder                 pack.toml, entities.csv, events.csv,
        │                       quantities.csv, disputes.csv  (docs/packs.md)
        ▼
    validate_pack_dir()         every problem as file:line: reason
    read_pack_dir()  ─────────► PackData  ◄──── write_pack_dir()  (pack new,
        │                                                          Wikidata import)
        ▼
    build_pack()                one read-only SQLite file, with a full-text
        │                       index and the folder's content_hash()
        ▼
    load_pack()                 a built-in name, a folder (compiled into the
        │                       cache on demand) or a compiled file
        ▼
    CompiledPack                .info, .data(), .search_events(); chosen for an
                                article by select_packs()

The format is defined once, in :mod:`chronocheck.packs.schema`.
"""

from __future__ import annotations

from chronocheck.packs.build import build_pack, content_hash
from chronocheck.packs.catalog import (
    builtin_pack_names,
    default_cache_dir,
    load_pack,
    select_packs,
)
from chronocheck.packs.read import (
    PackProblem,
    ValidationResult,
    read_pack_dir,
    validate_pack_dir,
)
from chronocheck.packs.records import (
    PackData,
    PackInfo,
    RefDispute,
    RefEntity,
    RefEvent,
    RefQuantity,
    Source,
)
from chronocheck.packs.store import CompiledPack
from chronocheck.packs.write import write_pack_dir

__all__ = [
    "CompiledPack",
    "PackData",
    "PackInfo",
    "PackProblem",
    "RefDispute",
    "RefEntity",
    "RefEvent",
    "RefQuantity",
    "Source",
    "ValidationResult",
    "build_pack",
    "builtin_pack_names",
    "content_hash",
    "default_cache_dir",
    "load_pack",
    "read_pack_dir",
    "select_packs",
    "validate_pack_dir",
    "write_pack_dir",
]
