"""The pack folder format in one place: files, columns, keys and vocabularies.

The validator (:mod:`chronocheck.packs.read`), the writer
(:mod:`chronocheck.packs.write`) and ``docs/packs.md`` all follow these tables;
a test checks that the documentation names every column, key and vocabulary
entry listed here.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

LOGGER = logging.getLogger(__name__)

#: The pack description file.
PACK_TOML = "pack.toml"
#: Separator of the items of a list cell ("Iraqi;Iraq").
LIST_SEPARATOR = ";"
#: Most problems spelled out in one error message before "and N more".
MAX_LISTED_PROBLEMS = 20

#: A pack name: lowercase letters, digits and hyphens, starting with a letter or digit.
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
#: Semantic versioning 2.0.0, with optional pre-release and build parts.
VERSION_RE = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$"
)
#: A row id: it goes into ``;``-separated lists, so no separators or spaces.
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
#: A slug: event and entity types, quantity groups.
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
#: What :func:`slugify` replaces by a hyphen.
NON_SLUG_RE = re.compile(r"[^a-z0-9]+")
#: A Wikidata item id.
QID_RE = re.compile(r"^Q[1-9]\d*$")
#: An ISO date at day, month or year precision, by precision.
ISO_DATE_RES = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}

#: Precisions an event's dates may have, finest first.
PRECISIONS: tuple[str, ...] = ("day", "month", "year")
#: Importance of an event: 1 minor, 2 notable, 3 a turning point.
IMPORTANCE_LEVELS: dict[int, str] = {1: "minor", 2: "notable", 3: "turning point"}
#: What a quantity measures (closed vocabulary: verification compares like with like).
MEASURES: tuple[str, ...] = (
    "killed",
    "wounded",
    "casualties",
    "captured",
    "executed",
    "cost",
    "damage",
    "fighters",
    "sorties",
    "area",
    "displaced",
    "other",
)
#: Recommended event types; another slug is accepted with a warning.
EVENT_TYPES: tuple[str, ...] = (
    "invasion",
    "withdrawal",
    "offensive",
    "battle",
    "capture",
    "attack",
    "bombing",
    "chemical-attack",
    "missile-attack",
    "shootdown",
    "executions",
    "resolution",
    "ceasefire",
    "agreement",
    "meeting",
    "founding",
    "relocation",
    "expulsion",
    "leadership",
    "statement",
    "protest",
    "other",
)
#: Recommended quantity units; another is accepted with a warning.
UNITS: tuple[str, ...] = (
    "persons",
    "USD",
    "km2",
    "sorties",
    "aircraft",
    "ships",
    "tanks",
    "missiles",
    "days",
)
#: What a dispute may contest: an event's ``date`` or a quantity's ``value``.
DISPUTE_FIELDS: tuple[str, ...] = ("date", "value")


@dataclass(frozen=True, slots=True)
class Column:
    """One CSV column: its header name, whether a cell may be empty, and what it holds."""

    name: str
    required: bool
    help: str


@dataclass(frozen=True, slots=True)
class PackFile:
    """One CSV file of a pack and its columns, in the order :mod:`write` writes them."""

    name: str
    help: str
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        """The header row."""
        return tuple(column.name for column in self.columns)


@dataclass(frozen=True, slots=True)
class TomlKey:
    """One key of ``pack.toml`` (``section`` is "" for top-level keys)."""

    section: str
    name: str
    required: bool
    help: str


_SOURCE_COLUMNS = (
    Column("source_title", True, "Title of the source a reader can look up."),
    Column("source_url", False, "URL of the source, if any (http or https)."),
)

ENTITIES = PackFile(
    "entities.csv",
    "People, countries, organizations, places, resolutions... and the names they go by.",
    (
        Column("id", True, "Unique id in the pack, e.g. N001."),
        Column("name", True, "The usual name."),
        Column("type", True, "A slug: country, person, organization, armed-group, place..."),
        Column("aliases", False, "Other names, `;`-separated: short forms, demonyms."),
        Column("wikidata_qid", False, "Wikidata item id, e.g. Q794."),
        Column("description", False, "One sentence saying who or what it is."),
        *_SOURCE_COLUMNS,
    ),
)
EVENTS = PackFile(
    "events.csv",
    "Dated reference events.",
    (
        Column("id", True, "Unique id in the pack, e.g. E001."),
        Column("date_start", True, "First day, month or year, ISO at the row's precision."),
        Column("date_end", False, "Last day, month or year of a span; empty for a point."),
        Column("precision", True, "day, month or year."),
        Column("title", True, "A short title."),
        Column("type", True, "A slug, preferably from the event types below."),
        Column("participants", False, "Entity ids or names, `;`-separated."),
        Column("location", False, "Where it happened, in words."),
        Column("description", False, "What happened, in our own words."),
        Column("importance", True, "1 (minor), 2 (notable) or 3 (turning point)."),
        Column("aliases", False, "Other names of the event, `;`-separated."),
        *_SOURCE_COLUMNS,
        Column("quote", False, "A short sentence quoted from the source."),
    ),
)
QUANTITIES = PackFile(
    "quantities.csv",
    "One source's range for a measured fact; rows of a group measure the same thing.",
    (
        Column("id", True, "Unique id in the pack, e.g. Q001."),
        Column("group", True, "A slug shared by the rows that measure the same thing."),
        Column("subject", False, "What is measured, in a few words."),
        Column("measure", True, "One of the measures below."),
        Column("description", False, "The figure in words."),
        Column("low", True, "Lowest value the source gives (a number)."),
        Column("high", False, "Highest value; empty for an open upper bound."),
        Column("unit", True, "persons, USD, km2, sorties..."),
        Column("as_of", False, "When the figure was given: ISO day, month or year."),
        Column("entities", False, "Entity ids or names, `;`-separated."),
        *_SOURCE_COLUMNS,
        Column("notes", False, "Anything a reader should know about the figure."),
    ),
)
DISPUTES = PackFile(
    "disputes.csv",
    "A competing value, with its source, for an event's date or a quantity.",
    (
        Column("id", True, "Unique id in the pack, e.g. D001."),
        Column("target", True, "An event id (field date), or a quantity group or id (value)."),
        Column("field", True, "date or value."),
        Column("value", True, "The competing ISO date, month or year, or number."),
        *_SOURCE_COLUMNS,
        Column("note", False, "Why the sources differ, if known."),
    ),
)
#: The CSV files of a pack, in the order they are read (entities first: the others
#: refer to them).
PACK_FILES: tuple[PackFile, ...] = (ENTITIES, EVENTS, QUANTITIES, DISPUTES)

#: The keys of ``pack.toml``.
TOML_KEYS: tuple[TomlKey, ...] = (
    TomlKey("", "name", True, "The pack's name: lowercase letters, digits and hyphens."),
    TomlKey("", "title", True, "A human title."),
    TomlKey("", "version", True, "Semantic version, e.g. 1.0.0."),
    TomlKey("", "license", True, "Licence of the pack's text, e.g. CC-BY-4.0."),
    TomlKey("", "description", False, "What the pack covers and where its facts come from."),
    TomlKey("scope", "period_start", True, "Start of the period covered: ISO date, month or year."),
    TomlKey("scope", "period_end", True, "End of the period covered: ISO date, month or year."),
    TomlKey("scope", "entities", True, "Ids of the entities that mark the pack's subject."),
)


def slugify(text: str) -> str:
    """``text`` as a slug ("Iran–Iraq War" -> "iran-iraq-war"); empty if no letter or digit."""
    return NON_SLUG_RE.sub("-", text.casefold()).strip("-")
