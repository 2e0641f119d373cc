"""Reading and validating a pack folder.

:func:`validate_pack_dir` reads ``pack.toml`` and the four CSV files and reports
every problem with its file and line (the CSV header is line 1), plus warnings
that do not stop the pack being used. :func:`read_pack_dir` returns the pack's
records, or raises :class:`~chronocheck.errors.KnowledgePackError` listing the
problems.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from chronocheck.errors import KnowledgePackError
from chronocheck.packs.cells import EntityResolver, PackProblem, ProblemLog, RowCells
from chronocheck.packs.records import PackData
from chronocheck.packs.rows import (
    TomlReader,
    dispute_from_row,
    entity_from_row,
    event_from_row,
    quantity_from_row,
)
from chronocheck.packs.schema import (
    DISPUTES,
    ENTITIES,
    EVENTS,
    MAX_LISTED_PROBLEMS,
    PACK_FILES,
    PACK_TOML,
    QUANTITIES,
    PackFile,
)

__all__ = [
    "PackProblem",
    "ValidationResult",
    "format_problems",
    "normalize_cell",
    "read_pack_dir",
    "validate_pack_dir",
]

LOGGER = logging.getLogger(__name__)

#: Files in the order their problems are listed.
FILE_ORDER = (PACK_TOML, *(pack_file.name for pack_file in PACK_FILES))


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """What :func:`validate_pack_dir` found.

    ``counts`` has the number of rows read from each CSV file, keyed by the
    file's stem ("events"); ``data`` is the pack's records when there is no
    problem.
    """

    problems: tuple[PackProblem, ...]
    warnings: tuple[PackProblem, ...]
    counts: Mapping[str, int] = field(default_factory=dict)
    data: PackData | None = None

    @property
    def ok(self) -> bool:
        """True when the pack has no problem (warnings allowed)."""
        return not self.problems


def format_problems(path: Path, problems: Iterable[PackProblem]) -> str:
    """One line listing a pack's problems, at most ``MAX_LISTED_PROBLEMS`` of them."""
    listed = list(problems)
    shown = "; ".join(str(problem) for problem in listed[:MAX_LISTED_PROBLEMS])
    more = len(listed) - MAX_LISTED_PROBLEMS
    plural = "s" if len(listed) != 1 else ""
    tail = f"; and {more} more" if more > 0 else ""
    return f"Pack '{path}' has {len(listed)} problem{plural}: {shown}{tail}."


def _read_text(path: Path, name: str, log: ProblemLog) -> str | None:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        log.problem(name, None, "missing file")
        return None
    except OSError as e:
        log.problem(name, None, f"cannot be read: {e.strerror}")
        return None
    try:
        # utf-8-sig: spreadsheet programs often start a CSV file with a byte-order mark.
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        log.problem(name, raw.count(b"\n", 0, e.start) + 1, "is not UTF-8 text")
        return None


def normalize_cell(cell: str) -> str:
    """A cell as read: stripped, with line breaks inside it written as ``\\n``."""
    return cell.replace("\r\n", "\n").replace("\r", "\n").strip()


def _check_header(header: list[str], pack_file: PackFile, log: ProblemLog) -> bool:
    name = pack_file.name
    for column in pack_file.column_names:
        if column not in header:
            log.problem(name, 1, f"missing column '{column}'")
    for position, column in enumerate(header):
        if column in header[:position]:
            log.problem(name, 1, f"column '{column}' appears twice")
        elif column not in pack_file.column_names:
            log.warn(name, 1, f"unknown column '{column}' is ignored")
    return set(pack_file.column_names) <= set(header) and len(set(header)) == len(header)


def _read_csv(folder: Path, pack_file: PackFile, log: ProblemLog) -> list[RowCells] | None:
    """The non-blank rows of one CSV file, or None when the file cannot be used."""
    name = pack_file.name
    text = _read_text(folder / name, name, log)
    if text is None:
        return None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[RowCells] = []
    try:
        header = [column.strip() for column in next(reader, [])]
        if not any(header):
            log.problem(name, None, "has no header row")
            return None
        if not _check_header(header, pack_file, log):
            return None
        previous = reader.line_num
        for cells in reader:
            # A quoted cell may span lines: a row is reported at its first line.
            line, previous = previous + 1, reader.line_num
            stripped = [normalize_cell(cell) for cell in cells]
            if not any(stripped):
                continue
            if len(stripped) != len(header):
                log.problem(name, line, f"has {len(stripped)} cells; the header has {len(header)}")
                continue
            rows.append(RowCells(name, line, dict(zip(header, stripped, strict=True)), log))
    except csv.Error as e:
        log.problem(name, reader.line_num, f"is not valid CSV: {e}")
        return None
    return rows


def _check_unique_ids(files: Iterable[list[RowCells]]) -> None:
    """Ids are unique across the whole pack: disputes and lists refer to them."""
    seen: dict[str, str] = {}
    for rows in files:
        for row in rows:
            row_id = row.text("id")
            if not row_id:
                continue
            if row_id in seen:
                row.problem(f"duplicate id '{row_id}' (first at {seen[row_id]})")
            else:
                seen[row_id] = f"{row.file}:{row.line}"


def _sort_key(problem: PackProblem) -> tuple[int, int]:
    return FILE_ORDER.index(problem.file), problem.line or 0


def validate_pack_dir(path: Path) -> ValidationResult:
    """Read a pack folder and check everything the pack format requires.

    Args:
        path: The pack folder (``pack.toml`` and the CSV files).

    Returns:
        Every problem and warning, sorted by file and line; the row counts; and
        the pack's records when there is no problem.

    Raises:
        KnowledgePackError: If ``path`` is not a folder.
    """
    if not path.is_dir():
        raise KnowledgePackError(f"No pack folder at '{path}'.")
    log = ProblemLog()
    toml_text = _read_text(path / PACK_TOML, PACK_TOML, log)
    toml = TomlReader(toml_text, log) if toml_text is not None else None
    read = {pack_file.name: _read_csv(path, pack_file, log) for pack_file in PACK_FILES}
    files = {name: rows or [] for name, rows in read.items()}
    _check_unique_ids(files.values())

    entity_rows = read[ENTITIES.name]
    # Resolve against every row with an id, even a row with another problem, so
    # that one bad entity row is reported once rather than at each mention.
    resolver = (
        None
        if entity_rows is None
        else EntityResolver(
            (row.text("id"), (row.text("name"), *row.items("aliases")))
            for row in entity_rows
            if row.text("id")
        )
    )
    # None: the file could not be read, so targets in it are not checked.
    event_rows, quantity_rows = read[EVENTS.name], read[QUANTITIES.name]
    event_ids = None if event_rows is None else {row.text("id") for row in event_rows}
    quantity_keys = (
        None
        if quantity_rows is None
        else {row.text(key) for row in quantity_rows for key in ("id", "group")}
    )
    entities = [entity_from_row(row) for row in files[ENTITIES.name]]
    events = [event_from_row(row, resolver) for row in files[EVENTS.name]]
    quantities = [quantity_from_row(row, resolver) for row in files[QUANTITIES.name]]
    disputes = [dispute_from_row(row, event_ids, quantity_keys) for row in files[DISPUTES.name]]
    info = toml.info(resolver) if toml is not None else None

    counts = {name.removesuffix(".csv"): len(rows) for name, rows in files.items()}
    problems = tuple(sorted(log.problems, key=_sort_key))
    warnings = tuple(sorted(log.warnings, key=_sort_key))
    data = None
    if not problems and info is not None:
        data = PackData(
            info=info,
            entities=tuple(e for e in entities if e is not None),
            events=tuple(e for e in events if e is not None),
            quantities=tuple(q for q in quantities if q is not None),
            disputes=tuple(d for d in disputes if d is not None),
        )
    return ValidationResult(problems=problems, warnings=warnings, counts=counts, data=data)


def read_pack_dir(path: Path) -> PackData:
    """Read a valid pack folder.

    Args:
        path: The pack folder.

    Returns:
        The pack's records, in file order, with entity names resolved to ids.

    Raises:
        KnowledgePackError: If the folder is missing or the pack has problems; the
            message lists them as ``file:line: reason``.
    """
    result = validate_pack_dir(path)
    if result.data is None:
        raise KnowledgePackError(format_problems(path, result.problems))
    for warning in result.warnings:
        LOGGER.info("pack '%s': %s", path, warning)
    return result.data
