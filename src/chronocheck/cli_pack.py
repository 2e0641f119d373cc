"""The ``chronocheck pack`` commands: list, show, validate, build, new, import-wikidata.

Thin wrappers over :mod:`chronocheck.packs`. Failures are reported by
:func:`chronocheck.cli_errors.one_line_errors`: one line on stderr, exit status 2.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import tomllib
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from chronocheck.cli_errors import one_line_errors
from chronocheck.errors import KnowledgePackError
from chronocheck.packs import (
    CompiledPack,
    PackInfo,
    RefEvent,
    build_pack,
    builtin_pack_names,
    load_pack,
    validate_pack_dir,
    write_pack_dir,
)
from chronocheck.packs.example import example_pack
from chronocheck.packs.schema import PACK_TOML, slugify

LOGGER = logging.getLogger(__name__)

#: Name of a new pack whose folder name has no letter or digit.
DEFAULT_PACK_NAME = "my-pack"
#: Each kind of row, said of one.
SINGULAR = {
    "entities": "entity",
    "events": "event",
    "quantities": "quantity",
    "disputes": "dispute",
}

pack_app = typer.Typer(
    help="List, inspect, validate, build and create reference packs.", no_args_is_help=True
)


class ShowFormat(StrEnum):
    """Formats ``pack show`` can print."""

    table = "table"
    json = "json"


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(
        f"{number} {kind if number != 1 else SINGULAR.get(kind, kind)}"
        for kind, number in counts.items()
    )


def _period(info: PackInfo) -> str:
    return f"{info.period_start} – {info.period_end}"


def _name_from_folder(folder: Path) -> str:
    return slugify(folder.resolve().name) or DEFAULT_PACK_NAME


def _require_empty_folder(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise KnowledgePackError(f"'{folder}' is not an empty folder: give a new or empty one.")


@pack_app.command("list")
@one_line_errors
def list_command() -> None:
    """List the built-in packs."""
    names = builtin_pack_names()
    if not names:
        typer.echo("No built-in packs.")
        return
    table = Table(title="Built-in packs")
    for column in ("name", "version", "title", "contents", "period"):
        table.add_column(column, no_wrap=column in {"name", "version"})
    for name in names:
        with load_pack(name) as pack:
            info = pack.info
            table.add_row(
                info.name, info.version, info.title, _counts_text(pack.counts()), _period(info)
            )
    Console().print(table)


def _event_dates(event: RefEvent) -> str:
    return event.date_start if event.date_end is None else f"{event.date_start} – {event.date_end}"


def _show_json(pack: CompiledPack, *, events: bool) -> None:
    shown: dict[str, Any] = {
        "info": dataclasses.asdict(pack.info),
        "counts": pack.counts(),
        "content_hash": pack.content_hash,
        "path": str(pack.path),
    }
    if events:
        shown["events"] = [dataclasses.asdict(event) for event in pack.data().events]
    typer.echo(json.dumps(shown, indent=2, ensure_ascii=False))


def _show_table(pack: CompiledPack, *, events: bool) -> None:
    info, data = pack.info, pack.data()
    names = {entity.id: entity.name for entity in data.entities}
    about = Table(title=f"Pack {info.name}", show_header=False)
    about.add_column("field", style="bold")
    about.add_column("value")
    for field, value in (
        ("title", info.title),
        ("version", info.version),
        ("license", info.license),
        ("period", _period(info)),
        ("scope", ", ".join(names.get(e, e) for e in info.scope_entities)),
        ("contents", _counts_text(pack.counts())),
        ("description", info.description),
        ("content hash", pack.content_hash),
    ):
        about.add_row(field, value)
    console = Console()
    console.print(about)
    if events:
        listing = Table(title="Events")
        for column in ("id", "date", "title", "type", "importance"):
            listing.add_column(column, no_wrap=column in {"id", "date"})
        for event in data.events:
            listing.add_row(
                event.id, _event_dates(event), event.title, event.type, str(event.importance)
            )
        console.print(listing)


@pack_app.command("show")
@one_line_errors
def show_command(
    name: Annotated[str, typer.Argument(help="A built-in pack, a pack folder or a compiled file.")],
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f")] = ShowFormat.table,
    events: Annotated[bool, typer.Option("--events", help="Also list the events.")] = False,
) -> None:
    """Show a pack's description, scope and contents."""
    with load_pack(name) as pack:
        if fmt is ShowFormat.json:
            _show_json(pack, events=events)
        else:
            _show_table(pack, events=events)


@pack_app.command("validate")
@one_line_errors
def validate_command(
    folder: Annotated[Path, typer.Argument(help="The pack folder.")],
) -> None:
    """Check a pack folder; print each problem as file:line: reason (exit 2 if any)."""
    result = validate_pack_dir(folder)
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    for problem in result.problems:
        typer.echo(str(problem), err=True)
    if result.problems:
        plural = "s" if len(result.problems) != 1 else ""
        raise KnowledgePackError(
            f"Pack '{folder}' is not valid: {len(result.problems)} problem{plural}."
        )
    warned = f" ({len(result.warnings)} warnings)" if result.warnings else ""
    typer.echo(f"Pack '{folder}' is valid: {_counts_text(dict(result.counts))}{warned}.")


def _declared_name(folder: Path) -> str:
    """The name in ``pack.toml``, or the folder's (a broken file fails the build anyway)."""
    try:
        name = tomllib.loads((folder / PACK_TOML).read_text(encoding="utf-8")).get("name")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        name = None
    return name if isinstance(name, str) and name else _name_from_folder(folder)


@pack_app.command("build")
@one_line_errors
def build_command(
    folder: Annotated[Path, typer.Argument(help="The pack folder.")],
    out: Annotated[
        Path | None, typer.Option(help="The compiled file (default: FOLDER/NAME.sqlite).")
    ] = None,
) -> None:
    """Validate a pack folder and compile it into a read-only SQLite file."""
    target = out or folder / f"{_declared_name(folder)}.sqlite"
    with CompiledPack(build_pack(folder, target)) as pack:
        typer.echo(
            f"Built '{target}': {pack.info.name} {pack.info.version},"
            f" {_counts_text(pack.counts())}; content hash {pack.content_hash[:12]}."
        )


@pack_app.command("new")
@one_line_errors
def new_command(
    folder: Annotated[Path, typer.Argument(help="A new or empty folder.")],
    name: Annotated[str | None, typer.Option(help="The pack's name (default: folder's).")] = None,
) -> None:
    """Write a small example pack to start from."""
    _require_empty_folder(folder)
    write_pack_dir(example_pack(name or _name_from_folder(folder)), folder)
    typer.echo(
        f"Wrote an example pack to '{folder}': edit its files, then run"
        f" `chronocheck pack validate {folder}`."
    )


@pack_app.command("import-wikidata")
@one_line_errors
def import_wikidata_command(
    source: Annotated[Path, typer.Argument(help="A Wikidata JSON export.")],
    out: Annotated[Path, typer.Option(help="A new or empty folder for the pack.")],
    name: Annotated[str | None, typer.Option(help="The pack's name (default: folder's).")] = None,
) -> None:
    """Turn a Wikidata JSON export into a pack folder, offline."""
    # Imported here: only this command needs the importer.
    from chronocheck.packs.wikidata import import_wikidata

    _require_empty_folder(out)
    data = import_wikidata(source, name=name or _name_from_folder(out))
    write_pack_dir(data, out)
    result = validate_pack_dir(out)
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    for problem in result.problems:
        typer.echo(str(problem), err=True)
    counts = _counts_text(dict(result.counts))
    if result.problems:
        raise KnowledgePackError(
            f"Wrote pack '{data.info.name}' to '{out}' ({counts}), but it is not valid:"
            f" fix the {len(result.problems)} problems listed."
        )
    typer.echo(f"Wrote pack '{data.info.name}' to '{out}': {counts}.")
