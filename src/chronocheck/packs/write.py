"""Writing a pack's records as a pack folder: the inverse of :func:`read_pack_dir`.

Used by ``chronocheck pack new`` and the Wikidata import. Entity lists are
written as ids, numbers in their shortest exact form, and empty optional values
as empty cells, so that reading the folder back gives the same records.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from chronocheck.errors import KnowledgePackError
from chronocheck.packs.read import normalize_cell
from chronocheck.packs.records import (
    PackData,
    PackInfo,
    RefDispute,
    RefEntity,
    RefEvent,
    RefQuantity,
    Source,
)
from chronocheck.packs.schema import (
    DISPUTES,
    ENTITIES,
    EVENTS,
    LIST_SEPARATOR,
    PACK_TOML,
    QUANTITIES,
    PackFile,
)

LOGGER = logging.getLogger(__name__)

#: Line ending of written files: one newline, so that the files diff cleanly.
LINE_END = "\n"


def _toml_string(value: str) -> str:
    # A JSON string is a TOML basic string (same quotes and escapes), except that
    # TOML also forbids a raw DEL character.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _pack_toml(info: PackInfo) -> str:
    entities = ", ".join(_toml_string(entity_id) for entity_id in info.scope_entities)
    lines = [
        f"name = {_toml_string(info.name)}",
        f"title = {_toml_string(info.title)}",
        f"version = {_toml_string(info.version)}",
        f"license = {_toml_string(info.license)}",
        f"description = {_toml_string(info.description)}",
        "",
        "[scope]",
        f"period_start = {_toml_string(info.period_start)}",
        f"period_end = {_toml_string(info.period_end)}",
        f"entities = [{entities}]",
    ]
    return LINE_END.join(lines) + LINE_END


def _join(items: Sequence[str]) -> str:
    for item in items:
        if LIST_SEPARATOR in item or item != item.strip() or not item:
            raise KnowledgePackError(
                f"List item '{item}' cannot be written: items must be non-empty, "
                f"without '{LIST_SEPARATOR}' or surrounding spaces."
            )
    return LIST_SEPARATOR.join(items)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    # An int is a valid float annotation-wise; float() makes is_integer available.
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(number)


def _source(source: Source) -> dict[str, str]:
    return {"source_title": source.title, "source_url": source.url or ""}


def _entity_row(entity: RefEntity) -> dict[str, str]:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": _join(entity.aliases),
        "wikidata_qid": entity.wikidata_qid or "",
        "description": entity.description,
        **_source(entity.source),
    }


def _event_row(event: RefEvent) -> dict[str, str]:
    return {
        "id": event.id,
        "date_start": event.date_start,
        "date_end": event.date_end or "",
        "precision": event.precision,
        "title": event.title,
        "type": event.type,
        "participants": _join(event.participants),
        "location": event.location,
        "description": event.description,
        "importance": str(event.importance),
        "aliases": _join(event.aliases),
        **_source(event.source),
        "quote": event.quote or "",
    }


def _quantity_row(quantity: RefQuantity) -> dict[str, str]:
    return {
        "id": quantity.id,
        "group": quantity.group,
        "subject": quantity.subject,
        "measure": quantity.measure,
        "description": quantity.description,
        "low": _number(quantity.low),
        "high": _number(quantity.high),
        "unit": quantity.unit,
        "as_of": quantity.as_of,
        "entities": _join(quantity.entities),
        **_source(quantity.source),
        "notes": quantity.notes,
    }


def _dispute_row(dispute: RefDispute) -> dict[str, str]:
    return {
        "id": dispute.id,
        "target": dispute.target,
        "field": dispute.field,
        "value": dispute.value,
        **_source(dispute.source),
        "note": dispute.note,
    }


def _write_csv(path: Path, pack_file: PackFile, rows: Iterable[dict[str, str]]) -> None:
    with (path / pack_file.name).open("w", encoding="utf-8", newline="") as stream:
        # Keyed by the schema's columns: a row with a key the schema lacks is a bug.
        writer = csv.DictWriter(stream, pack_file.column_names, lineterminator=LINE_END)
        writer.writeheader()
        # Cells as reading sees them: a bare "\r" would not even be quoted with
        # "\n" line ends.
        writer.writerows({k: normalize_cell(v) for k, v in row.items()} for row in rows)


def write_pack_dir(data: PackData, path: Path) -> None:
    """Write ``data`` as a pack folder (created if needed; its pack files replaced).

    Args:
        data: The pack's records.
        path: The folder to write ``pack.toml`` and the four CSV files into.

    Raises:
        KnowledgePackError: If a list item cannot be written (it contains ``;``)
            or the folder cannot be written.
    """
    try:
        path.mkdir(parents=True, exist_ok=True)
        (path / PACK_TOML).write_text(_pack_toml(data.info), encoding="utf-8", newline="")
        _write_csv(path, ENTITIES, (_entity_row(entity) for entity in data.entities))
        _write_csv(path, EVENTS, (_event_row(event) for event in data.events))
        _write_csv(path, QUANTITIES, (_quantity_row(q) for q in data.quantities))
        _write_csv(path, DISPUTES, (_dispute_row(dispute) for dispute in data.disputes))
    except OSError as e:
        raise KnowledgePackError(f"Cannot write the pack folder '{path}': {e.strerror}.") from e
    LOGGER.info("wrote pack '%s' to %s", data.info.name, path)
