"""Reading Wikidata's JSON: items, their statements and their time values.

Accepts what Wikidata serves for items (``Special:EntityData/Q123.json``:
``{"entities": {"Q123": {...}}}``), a JSON list of item objects, a single item
object, and the dumps' format of one item per line (with or without the
enclosing ``[`` ``]`` and trailing commas). Statements are read at their best
rank: deprecated ones never, normal ones only when no statement is preferred.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chronocheck.errors import KnowledgePackError
from chronocheck.packs.records import EventPrecision
from chronocheck.packs.schema import LIST_SEPARATOR, QID_RE

LOGGER = logging.getLogger(__name__)

#: Languages whose labels, descriptions and aliases are read, in order of preference
#: ("mul" holds the language-independent default labels Wikidata added in 2024).
LANGUAGES = ("en", "mul")
#: Wikidata time precisions we keep: 9 year, 10 month, 11 day; finer ones (hours,
#: minutes, seconds) are kept as days. Decades and coarser cannot date an event.
TIME_PRECISIONS: dict[int, EventPrecision] = {9: "year", 10: "month", 11: "day"}
DAY_PRECISION = 11
#: The proleptic Gregorian calendar; dates in the Julian calendar are skipped.
GREGORIAN = "http://www.wikidata.org/entity/Q1985727"
#: "+1987-07-20T00:00:00Z"; months and days are 00 below their precision.
TIME_RE = re.compile(r"^\+(\d{1,16})-(\d{2})-(\d{2})T")


@dataclass(frozen=True, slots=True)
class WikidataItem:
    """The parts of a Wikidata item the import reads; ``label`` is None without one."""

    qid: str
    label: str | None
    description: str
    aliases: tuple[str, ...]
    claims: Mapping[str, Any]


def read_items(path: Path) -> dict[str, WikidataItem]:
    """The items of a Wikidata JSON export, by id, in file order.

    Args:
        path: The export file.

    Returns:
        Each item once (the first of duplicates); entries that are not items
        (properties, lexemes, other JSON) are skipped.

    Raises:
        KnowledgePackError: The file cannot be read or is not JSON.
    """
    return _index_items(_read_export(path), path)


def _read_export(path: Path) -> list[Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgePackError(f"Cannot read the Wikidata export '{path}': {error}") from error
    try:
        loaded = json.loads(text)
    except json.JSONDecodeError as whole_error:
        # The dumps hold one item per line, each followed by a comma.
        lines = list(_dump_lines(text))
        try:
            if lines:
                return [json.loads(line.rstrip(",")) for line in lines]
        except json.JSONDecodeError:
            pass
        raise KnowledgePackError(
            f"The Wikidata export '{path}' is not JSON: {whole_error.msg} at line "
            f"{whole_error.lineno}, column {whole_error.colno}."
        ) from whole_error
    if isinstance(loaded, dict) and isinstance(loaded.get("entities"), dict):
        return list(loaded["entities"].values())
    if isinstance(loaded, dict):
        return [loaded]
    if isinstance(loaded, list):
        return loaded
    raise KnowledgePackError(
        f"The Wikidata export '{path}' holds a JSON {type(loaded).__name__}, not items: "
        f'expected {{"entities": {{...}}}} or a list of items.'
    )


def _dump_lines(text: str) -> Iterator[str]:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and stripped not in {"[", "]"}:
            yield stripped


def _index_items(raw_items: Iterable[Any], path: Path) -> dict[str, WikidataItem]:
    items: dict[str, WikidataItem] = {}
    for raw in raw_items:
        if not isinstance(raw, dict) or not QID_RE.match(str(raw.get("id", ""))):
            LOGGER.info("%s: skipped an entry that is not a Wikidata item", path)
            continue
        qid = raw["id"]
        if qid in items:
            LOGGER.info("%s: item %s appears twice; the first is kept", path, qid)
            continue
        claims = raw.get("claims")
        items[qid] = WikidataItem(
            qid=qid,
            label=_text(raw.get("labels")),
            description=_text(raw.get("descriptions")) or "",
            aliases=_aliases(raw.get("aliases")),
            claims=claims if isinstance(claims, dict) else {},
        )
    return items


def _text(by_language: Any) -> str | None:
    if not isinstance(by_language, dict):
        return None
    for language in LANGUAGES:
        entry = by_language.get(language)
        if isinstance(entry, dict) and isinstance(entry.get("value"), str):
            value = " ".join(entry["value"].split())
            if value:
                return value
    return None


def _aliases(by_language: Any) -> tuple[str, ...]:
    if not isinstance(by_language, dict):
        return ()
    aliases: list[str] = []
    for language in LANGUAGES:
        for entry in by_language.get(language) or ():
            if not isinstance(entry, dict):
                continue
            value = " ".join(str(entry.get("value", "")).split())
            # A ';' would split the alias in the pack's list cells.
            if value and LIST_SEPARATOR not in value and value not in aliases:
                aliases.append(value)
    return tuple(aliases)


def statement_values(item: WikidataItem, prop: str) -> list[Any]:
    """The values of an item's statements, best rank only; no-value snaks skipped."""
    statements = [
        statement
        for statement in item.claims.get(prop) or ()
        if isinstance(statement, dict) and statement.get("rank") != "deprecated"
    ]
    preferred = [statement for statement in statements if statement.get("rank") == "preferred"]
    values = []
    for statement in preferred or statements:
        snak = statement.get("mainsnak") or {}
        datavalue = snak.get("datavalue") if snak.get("snaktype", "value") == "value" else None
        if isinstance(datavalue, dict) and "value" in datavalue:
            values.append(datavalue["value"])
    return values


def item_ids(item: WikidataItem, prop: str) -> list[str]:
    """The ids of the items an item's statements point to, each once."""
    ids: list[str] = []
    for value in statement_values(item, prop):
        if not isinstance(value, dict):
            continue
        qid = str(value.get("id") or f"Q{value.get('numeric-id', '')}")
        if QID_RE.match(qid) and qid not in ids:
            ids.append(qid)
    return ids


def time_value(item: WikidataItem, prop: str) -> tuple[dt.date, EventPrecision] | None:
    """The first Gregorian date at year, month or day precision an item's statements give.

    The date is the first day of its period ("+1988-00-00", precision 9, is
    1 January 1988 at year precision).
    """
    for value in statement_values(item, prop):
        if not isinstance(value, dict) or value.get("calendarmodel", GREGORIAN) != GREGORIAN:
            continue
        match = TIME_RE.match(str(value.get("time", "")))
        wikidata_precision = value.get("precision")
        if match is None or not isinstance(wikidata_precision, int):
            continue
        precision = TIME_PRECISIONS.get(min(wikidata_precision, DAY_PRECISION))
        if precision is None:
            continue
        year, month, day = (int(part) for part in match.groups())
        try:
            return dt.date(year, max(month, 1), max(day, 1)), precision
        except ValueError:
            continue
    return None
