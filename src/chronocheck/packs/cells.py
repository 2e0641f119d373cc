"""Reading the cells of one CSV row of a pack, recording each problem found.

The pieces :mod:`chronocheck.packs.read` assembles rows from: a
:class:`ProblemLog` that collects problems and warnings with their file and
line, a :class:`RowCells` that reads typed values out of one row, and an
:class:`EntityResolver` that turns entity ids, names and aliases into ids.
"""

from __future__ import annotations

import logging
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from chronocheck.dates import interval_of
from chronocheck.packs.records import RefEntity, Source
from chronocheck.packs.schema import ISO_DATE_RES, LIST_SEPARATOR, PRECISIONS

LOGGER = logging.getLogger(__name__)

#: How the expected form of a date is shown in a message, by precision.
DATE_FORMS = {"day": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY"}
#: URL schemes a source link may use without a warning.
URL_SCHEMES = ("http://", "https://")


@dataclass(frozen=True, slots=True)
class PackProblem:
    """One thing wrong (or worth a warning) in a pack folder.

    ``line`` is the line in ``file`` (the CSV header is line 1), or None when the
    problem is with the whole file.
    """

    file: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.file}: {self.reason}"
        return f"{self.file}:{self.line}: {self.reason}"


class ProblemLog:
    """The problems and warnings found while reading a pack, in the order found.

    Not a dataclass: it accumulates as rows are read.
    """

    def __init__(self) -> None:
        self.problems: list[PackProblem] = []
        self.warnings: list[PackProblem] = []

    def problem(self, file: str, line: int | None, reason: str) -> None:
        """Record something that makes the pack invalid."""
        self.problems.append(PackProblem(file, line, reason))

    def warn(self, file: str, line: int | None, reason: str) -> None:
        """Record something worth fixing that does not stop the pack being used."""
        self.warnings.append(PackProblem(file, line, reason))


def date_precision(value: str) -> str | None:
    """The precision of an ISO day, month or year ("1982-06" is "month"), or None."""
    for precision in PRECISIONS:
        if ISO_DATE_RES[precision].match(value) and interval_of(value) is not None:
            return precision
    return None


def parse_number(value: str) -> float | None:
    """A finite number written in a cell ("1500000", "2.5e9"), or None."""
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def normalize_name(name: str) -> str:
    """The form names are compared in: case-folded, with single spaces."""
    return " ".join(name.casefold().split())


class EntityResolver:
    """Turns an entity id, name or alias into the id of exactly one entity.

    Not a dataclass: it builds its lookup tables from the entities it is given.
    """

    def __init__(self, names: Iterable[tuple[str, Iterable[str]]]) -> None:
        """Index entities given as pairs of an id and the names it goes by."""
        self.ids: set[str] = set()
        self._by_name: dict[str, set[str]] = defaultdict(set)
        for entity_id, entity_names in names:
            self.ids.add(entity_id)
            for name in entity_names:
                self._by_name[normalize_name(name)].add(entity_id)

    @classmethod
    def of_entities(cls, entities: Iterable[RefEntity]) -> EntityResolver:
        """A resolver over pack entities."""
        return cls((entity.id, (entity.name, *entity.aliases)) for entity in entities)

    def resolve(self, text: str) -> tuple[str | None, str]:
        """The id ``text`` stands for, or None and the reason it resolves to none."""
        if text in self.ids:
            return text, ""
        found = sorted(self._by_name.get(normalize_name(text), ()))
        if len(found) == 1:
            return found[0], ""
        if found:
            return None, f"is ambiguous: it names {', '.join(found)}"
        return None, "is not an entity id, name or alias"


class RowCells:
    """Typed reads from one CSV row; each bad cell is recorded in the log.

    Not a dataclass: ``ok`` turns False as problems are found, and the row's
    record is built only if it stays True.
    """

    def __init__(self, file: str, line: int, cells: Mapping[str, str], log: ProblemLog) -> None:
        self.file = file
        self.line = line
        self._cells = cells
        self._log = log
        self.ok = True

    def problem(self, reason: str) -> None:
        """Record a problem with this row."""
        self.ok = False
        self._log.problem(self.file, self.line, reason)

    def warn(self, reason: str) -> None:
        """Record a warning about this row."""
        self._log.warn(self.file, self.line, reason)

    def text(self, column: str) -> str:
        """The cell's text, stripped ("" when empty)."""
        return self._cells.get(column, "")

    def optional(self, column: str) -> str | None:
        """The cell's text, or None when empty."""
        return self.text(column) or None

    def required(self, column: str) -> str:
        """The cell's text; an empty cell is a problem."""
        value = self.text(column)
        if not value:
            self.problem(f"{column} is empty")
        return value

    def items(self, column: str) -> tuple[str, ...]:
        """The ``;``-separated items of a list cell, stripped, empty items dropped."""
        parts = (item.strip() for item in self.text(column).split(LIST_SEPARATOR))
        return tuple(item for item in parts if item)

    def matching(self, column: str, pattern: re.Pattern[str], *, what: str) -> str:
        """A required cell that must match ``pattern`` (a regex from the schema)."""
        value = self.required(column)
        if value and not pattern.match(value):
            self.problem(f"{column} '{value}' is not {what}")
        return value

    def date(self, column: str, precision: str | None, *, required: bool) -> str | None:
        """An ISO date cell; at ``precision`` if given, else at day, month or year."""
        value = self.required(column) if required else self.text(column)
        if not value:
            return None
        found = date_precision(value)
        if found is None:
            self.problem(f"{column} '{value}' is not a date")
            return None
        if precision is not None and precision in DATE_FORMS and found != precision:
            self.problem(
                f"{column} '{value}' is not at precision '{precision}' ({DATE_FORMS[precision]})"
            )
            return None
        return value

    def number(self, column: str, *, required: bool) -> float | None:
        """A numeric cell."""
        value = self.required(column) if required else self.text(column)
        if not value:
            return None
        number = parse_number(value)
        if number is None:
            self.problem(f"{column} '{value}' is not a number")
        return number

    def choice(self, column: str, allowed: Iterable[str]) -> str:
        """A required cell whose value must be one of ``allowed``."""
        allowed = tuple(allowed)
        value = self.required(column)
        if value and value not in allowed:
            self.problem(f"{column} '{value}' is not one of {', '.join(allowed)}")
        return value

    def source(self) -> Source:
        """The row's source: a required title and an optional URL."""
        title = self.required("source_title")
        url = self.optional("source_url")
        if url is not None and not url.startswith(URL_SCHEMES):
            self.warn(f"source_url '{url}' is not an http(s) URL")
        return Source(title=title, url=url)

    def entity_ids(self, column: str, resolver: EntityResolver | None) -> tuple[str, ...]:
        """A list cell of entity ids or names, resolved to ids.

        With no resolver (``entities.csv`` could not be read) the items are kept
        as written and not checked, so that one broken file does not flood the
        report with unknown entities.
        """
        items = self.items(column)
        if resolver is None:
            return items
        ids: list[str] = []
        for item in items:
            entity_id, reason = resolver.resolve(item)
            if entity_id is None:
                self.problem(f"{column}: '{item}' {reason}")
            elif entity_id not in ids:
                ids.append(entity_id)
        return tuple(ids)
