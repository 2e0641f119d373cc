"""Building pack records from CSV rows and ``pack.toml``, checking each value.

Each ``*_from_row`` function reads one row through a :class:`RowCells` and
returns its record, or None when the row has a problem (already recorded).
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Mapping
from typing import Any

from chronocheck.dates import DayInterval, interval_of
from chronocheck.packs.cells import EntityResolver, ProblemLog, RowCells, date_precision
from chronocheck.packs.records import PackInfo, RefDispute, RefEntity, RefEvent, RefQuantity
from chronocheck.packs.schema import (
    DISPUTE_FIELDS,
    EVENT_TYPES,
    ID_RE,
    IMPORTANCE_LEVELS,
    MEASURES,
    NAME_RE,
    PACK_TOML,
    PRECISIONS,
    QID_RE,
    SLUG_RE,
    TOML_KEYS,
    UNITS,
    VERSION_RE,
)

LOGGER = logging.getLogger(__name__)

#: tomllib's messages end with "(at line N, column M)".
TOML_LINE_RE = re.compile(r"at line (\d+)")
ID_FORM = "an id (letters, digits, '.', '_' or '-')"
SLUG_FORM = "a slug (lowercase letters, digits and '-')"


def entity_from_row(row: RowCells) -> RefEntity | None:
    """An ``entities.csv`` row."""
    entity_id = row.matching("id", ID_RE, what=ID_FORM)
    name = row.required("name")
    entity_type = row.matching("type", SLUG_RE, what=SLUG_FORM)
    qid = row.optional("wikidata_qid")
    if qid is not None and not QID_RE.match(qid):
        row.problem(f"wikidata_qid '{qid}' is not a Wikidata id (Q followed by digits)")
    source = row.source()
    if not row.ok:
        return None
    return RefEntity(
        id=entity_id,
        name=name,
        type=entity_type,
        aliases=row.items("aliases"),
        description=row.text("description"),
        source=source,
        wikidata_qid=qid,
    )


def _importance(row: RowCells) -> int:
    value = row.required("importance")
    if value and value not in {str(level) for level in IMPORTANCE_LEVELS}:
        row.problem(f"importance '{value}' is not 1, 2 or 3")
        return 0
    return int(value) if value else 0


def event_from_row(row: RowCells, resolver: EntityResolver | None) -> RefEvent | None:
    """An ``events.csv`` row; participants are resolved to entity ids."""
    event_id = row.matching("id", ID_RE, what=ID_FORM)
    precision = row.choice("precision", PRECISIONS)
    date_start = row.date("date_start", precision, required=True)
    date_end = row.date("date_end", precision, required=False)
    if date_start and date_end:
        start, end = interval_of(date_start), interval_of(date_end)
        if start is not None and end is not None and end.earliest < start.earliest:
            row.problem(f"date_end '{date_end}' is before date_start '{date_start}'")
    title = row.required("title")
    event_type = row.matching("type", SLUG_RE, what=SLUG_FORM)
    if event_type and SLUG_RE.match(event_type) and event_type not in EVENT_TYPES:
        row.warn(f"type '{event_type}' is not a recommended event type")
    participants = row.entity_ids("participants", resolver)
    importance = _importance(row)
    source = row.source()
    if not row.ok or date_start is None:
        return None
    return RefEvent(
        id=event_id,
        title=title,
        type=event_type,
        date_start=date_start,
        date_end=date_end,
        precision=precision,  # type: ignore[arg-type]  # checked against PRECISIONS above
        participants=participants,
        location=row.text("location"),
        description=row.text("description"),
        importance=importance,
        source=source,
        aliases=row.items("aliases"),
        quote=row.optional("quote"),
    )


def quantity_from_row(row: RowCells, resolver: EntityResolver | None) -> RefQuantity | None:
    """A ``quantities.csv`` row; entities are resolved to entity ids."""
    quantity_id = row.matching("id", ID_RE, what=ID_FORM)
    group = row.matching("group", SLUG_RE, what=SLUG_FORM)
    measure = row.choice("measure", MEASURES)
    low = row.number("low", required=True)
    high = row.number("high", required=False)
    if low is not None and high is not None and low > high:
        row.problem(f"low {row.text('low')} is greater than high {row.text('high')}")
    unit = row.required("unit")
    if unit and unit not in UNITS:
        row.warn(f"unit '{unit}' is not a recommended unit")
    as_of = row.date("as_of", None, required=False)
    entities = row.entity_ids("entities", resolver)
    source = row.source()
    if not row.ok or low is None:
        return None
    return RefQuantity(
        id=quantity_id,
        group=group,
        subject=row.text("subject"),
        measure=measure,
        description=row.text("description"),
        low=low,
        high=high,
        unit=unit,
        as_of=as_of or "",
        entities=entities,
        source=source,
        notes=row.text("notes"),
    )


def dispute_from_row(
    row: RowCells, event_ids: set[str] | None, quantity_keys: set[str] | None
) -> RefDispute | None:
    """A ``disputes.csv`` row: its target must exist and its value fit its field.

    ``event_ids`` or ``quantity_keys`` is None when its file could not be read;
    targets are then not checked against it.
    """
    dispute_id = row.matching("id", ID_RE, what=ID_FORM)
    field = row.choice("field", DISPUTE_FIELDS)
    target = row.required("target")
    value = row.required("value")
    if field == "date":
        if target and event_ids is not None and target not in event_ids:
            row.problem(f"target '{target}' is not an event id")
        if value and date_precision(value) is None:
            row.problem(f"value '{value}' is not a date")
    elif field == "value":
        if target and quantity_keys is not None and target not in quantity_keys:
            row.problem(f"target '{target}' is not a quantity group or id")
        if value:
            row.number("value", required=True)
    source = row.source()
    if not row.ok:
        return None
    return RefDispute(
        id=dispute_id,
        target=target,
        field=field,  # type: ignore[arg-type]  # checked against DISPUTE_FIELDS above
        value=value,
        source=source,
        note=row.text("note"),
    )


class TomlReader:
    """Reads and checks ``pack.toml``; scope entities are resolved once entities are known.

    Not a dataclass: it keeps the parsed table and the file's lines between
    the two steps.
    """

    def __init__(self, text: str, log: ProblemLog) -> None:
        self._lines = text.splitlines()
        self._log = log
        self.table: dict[str, Any] | None = None
        try:
            self.table = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            found = TOML_LINE_RE.search(str(e))
            log.problem(PACK_TOML, int(found.group(1)) if found else None, f"is not TOML: {e}")

    def _line(self, key: str) -> int | None:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        return next((n for n, text in enumerate(self._lines, 1) if pattern.match(text)), None)

    def _problem(self, key: str, reason: str) -> None:
        self._log.problem(PACK_TOML, self._line(key), reason)

    def _section(self, name: str) -> Mapping[str, Any]:
        table = self.table or {}
        if not name:
            return table
        section = table.get(name, {})
        return section if isinstance(section, dict) else {}

    def _check_keys(self) -> None:
        known = {(key.section, key.name) for key in TOML_KEYS}
        sections = {key.section for key in TOML_KEYS} - {""}
        for name in self.table or {}:
            if name not in sections and ("", name) not in known:
                self._log.warn(PACK_TOML, self._line(name), f"unknown key '{name}'")
        for section in sections:
            for name in self._section(section):
                if (section, name) not in known:
                    self._log.warn(PACK_TOML, self._line(name), f"unknown key '{section}.{name}'")

    def _string(self, section: str, key: str, *, required: bool) -> str:
        value = self._section(section).get(key)
        dotted = f"{section}.{key}" if section else key
        if value is None:
            if required:
                self._log.problem(PACK_TOML, None, f"missing key '{dotted}'")
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self._problem(key, f"'{dotted}' must be a non-empty string")
            return ""
        return value.strip()

    def info(self, resolver: EntityResolver | None) -> PackInfo | None:
        """The pack's info, or None when ``pack.toml`` has a problem (recorded)."""
        if self.table is None:
            return None
        if not self.table:
            self._log.problem(PACK_TOML, None, "is empty")
            return None
        before = len(self._log.problems)
        for section in {key.section for key in TOML_KEYS} - {""}:
            if not isinstance(self.table.get(section, {}), dict):
                self._problem(section, f"'{section}' must be a table ([{section}])")
        self._check_keys()
        name = self._string("", "name", required=True)
        if name and not NAME_RE.match(name):
            self._problem("name", f"name '{name}' is not lowercase letters, digits and '-'")
        version = self._string("", "version", required=True)
        if version and not VERSION_RE.match(version):
            self._problem("version", f"version '{version}' is not a semantic version (1.0.0)")
        period = [self._period(key) for key in ("period_start", "period_end")]
        if period[0] and period[1] and period[1].earliest < period[0].earliest:
            self._problem("period_end", "period_end is before period_start")
        info = PackInfo(
            name=name,
            title=self._string("", "title", required=True),
            version=version,
            license=self._string("", "license", required=True),
            description=self._string("", "description", required=False),
            period_start=self._string("scope", "period_start", required=False),
            period_end=self._string("scope", "period_end", required=False),
            scope_entities=self._scope_entities(resolver),
        )
        return info if len(self._log.problems) == before else None

    def _period(self, key: str) -> DayInterval | None:
        value = self._string("scope", key, required=True)
        if not value:
            return None
        if date_precision(value) is None:
            self._problem(key, f"{key} '{value}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
            return None
        return interval_of(value)

    def _scope_entities(self, resolver: EntityResolver | None) -> tuple[str, ...]:
        value = self._section("scope").get("entities")
        if value is None:
            self._log.problem(PACK_TOML, None, "missing key 'scope.entities'")
            return ()
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self._problem("entities", "'scope.entities' must be a list of strings")
            return ()
        if not value:
            self._log.warn(
                PACK_TOML, self._line("entities"), "no scope entities: never chosen automatically"
            )
        if resolver is None:
            return tuple(value)
        ids: list[str] = []
        for item in value:
            entity_id, reason = resolver.resolve(item)
            if entity_id is None:
                self._problem("entities", f"scope entity '{item}' {reason}")
            elif entity_id not in ids:
                ids.append(entity_id)
        return tuple(ids)
