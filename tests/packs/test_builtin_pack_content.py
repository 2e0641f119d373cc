"""The built-in ``iran-iraq-war`` pack: well-formed, and right on the facts checks rely on.

The files are read with the csv module, so these tests hold whatever the pack
reader does; one test also runs the project's validator over the folder.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import math
import re
import tomllib
from collections import defaultdict

import pytest

from tests.shared_paths import REPO

PACK_DIR = REPO / "src" / "chronocheck" / "packs" / "data" / "iran-iraq-war"
CSV_FILES = ("entities.csv", "events.csv", "quantities.csv", "disputes.csv")
DATE_FORMS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
LIST_SEPARATOR = ";"
URL_RE = re.compile(r"^https?://\S+$")
#: Quotes are a short sentence from the source, not a passage.
MAX_QUOTE_CHARS = 300
#: Quantity groups that articles on the war cite and that must show the spread of sources.
SPREAD_GROUPS = (
    "iran-war-dead",
    "iran-war-casualties",
    "iraq-war-dead",
    "total-war-dead",
    "total-war-casualties",
    "iran-war-cost",
    "total-war-cost",
)
#: Each Security Council resolution on the war and its adoption date.
RESOLUTIONS = {
    479: "1980-09-28",
    514: "1982-07-12",
    522: "1982-10-04",
    540: "1983-10-31",
    552: "1984-06-01",
    582: "1986-02-24",
    588: "1986-10-08",
    598: "1987-07-20",
    612: "1988-05-09",
    616: "1988-07-20",
    619: "1988-08-09",
    620: "1988-08-26",
    631: "1989-02-08",
    642: "1989-09-29",
    651: "1990-03-29",
    671: "1990-09-27",
    676: "1990-11-28",
}

Row = dict[str, str]


@functools.cache
def _rows(name: str) -> tuple[Row, ...]:
    with (PACK_DIR / name).open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle, strict=True))


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _items(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(LIST_SEPARATOR) if item.strip()]


@functools.cache
def _names() -> dict[str, frozenset[str]]:
    """Every entity id, name and alias, and the entity ids it stands for."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in _rows("entities.csv"):
        found[_key(row["id"])].add(row["id"])
        for name in (row["name"], *_items(row["aliases"])):
            found[_key(name)].add(row["id"])
    return {name: frozenset(ids) for name, ids in found.items()}


def _entity(name: str) -> Row:
    ids = _names().get(_key(name), frozenset())
    assert len(ids) == 1, f"{name!r} names {sorted(ids)}"
    (entity_id,) = ids
    return next(row for row in _rows("entities.csv") if row["id"] == entity_id)


def _event(alias: str) -> Row:
    """The one event whose title or aliases include ``alias``."""
    found = [
        row
        for row in _rows("events.csv")
        if _key(alias) in {_key(row["title"]), *map(_key, _items(row["aliases"]))}
    ]
    assert len(found) == 1, f"{alias!r} names {[row['id'] for row in found]}"
    return found[0]


def _day_span(
    row: Row, start: str = "date_start", end: str = "date_end"
) -> tuple[dt.date, dt.date]:
    """The first and last day an event row covers."""
    form = DATE_FORMS[row["precision"]]
    first = dt.datetime.strptime(row[start], form).date()
    last_text = row[end] or row[start]
    last = dt.datetime.strptime(last_text, form).date()
    if row["precision"] == "month":
        last = (last.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    elif row["precision"] == "year":
        last = last.replace(month=12, day=31)
    return first, last


def _group(group: str) -> list[Row]:
    return [row for row in _rows("quantities.csv") if row["group"] == group]


def _overlaps(row: Row, low: float, high: float) -> bool:
    """Whether a quantity row's range meets the closed interval [low, high]."""
    row_high = float(row["high"]) if row["high"] else math.inf
    return float(row["low"]) <= high and low <= row_high


# ---- well-formed ----------------------------------------------------------------


@pytest.mark.parametrize("name", CSV_FILES)
def test_every_row_has_every_column(name: str) -> None:
    rows = _rows(name)
    assert rows
    assert all(None not in row and None not in row.values() for row in rows)


def test_ids_are_unique_across_the_pack() -> None:
    ids = [row["id"] for name in CSV_FILES for row in _rows(name)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", CSV_FILES)
def test_every_row_cites_a_source(name: str) -> None:
    for row in _rows(name):
        assert row["source_title"].strip(), row["id"]
        assert not row["source_url"] or URL_RE.match(row["source_url"]), row["id"]


def test_event_dates_are_valid_and_ordered() -> None:
    for row in _rows("events.csv"):
        first, last = _day_span(row)
        assert first <= last, row["id"]
        assert row["importance"] in {"1", "2", "3"}, row["id"]
        assert len(row["quote"]) <= MAX_QUOTE_CHARS, row["id"]


def test_quantities_are_ranges() -> None:
    for row in _rows("quantities.csv"):
        high = float(row["high"]) if row["high"] else math.inf
        assert 0 <= float(row["low"]) <= high, row["id"]


def test_participants_and_quantity_entities_name_exactly_one_entity() -> None:
    names = _names()
    cells = [(row["id"], row["participants"]) for row in _rows("events.csv")]
    cells += [(row["id"], row["entities"]) for row in _rows("quantities.csv")]
    for row_id, cell in cells:
        for item in _items(cell):
            assert len(names.get(_key(item), ())) == 1, f"{row_id}: {item!r}"


def test_no_alias_names_two_entities() -> None:
    shared = {name: ids for name, ids in _names().items() if len(ids) > 1}
    assert shared == {}


def test_disputes_target_existing_rows_with_valid_values() -> None:
    events = {row["id"]: row for row in _rows("events.csv")}
    quantity_keys = {row[key] for row in _rows("quantities.csv") for key in ("id", "group")}
    for row in _rows("disputes.csv"):
        if row["field"] == "date":
            assert row["target"] in events, row["id"]
            assert any(_parses(row["value"], form) for form in DATE_FORMS.values()), row["id"]
        else:
            assert row["field"] == "value"
            assert row["target"] in quantity_keys, row["id"]
            float(row["value"])


def _parses(text: str, form: str) -> bool:
    try:
        dt.datetime.strptime(text, form)
    except ValueError:
        return False
    return True


def test_pack_toml_scope() -> None:
    info = tomllib.loads((PACK_DIR / "pack.toml").read_text(encoding="utf-8"))
    assert info["name"] == "iran-iraq-war"
    assert (info["scope"]["period_start"], info["scope"]["period_end"]) == (
        "1979-01-01",
        "1990-12-31",
    )
    scope = {_entity(entity_id)["name"] for entity_id in info["scope"]["entities"]}
    assert scope == {"Iran", "Iraq", "Iran–Iraq War"}


def test_the_project_validator_accepts_the_pack() -> None:
    from chronocheck.packs.read import validate_pack_dir

    result = validate_pack_dir(PACK_DIR)
    assert result.problems == ()
    assert result.warnings == ()


# ---- entities and their names ---------------------------------------------------


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Iraqi", "Iraq"),
        ("Iranian", "Iran"),
        ("French", "France"),
        ("American", "United States"),
        ("Saudi", "Saudi Arabia"),
        ("MEK", "People's Mojahedin Organization of Iran"),
        ("PMOI", "People's Mojahedin Organization of Iran"),
        ("Mujahedin-e Khalq Organization", "People's Mojahedin Organization of Iran"),
        ("Mojahedin", "People's Mojahedin Organization of Iran"),
        ("People's Mojahedin", "People's Mojahedin Organization of Iran"),
        ("National Council of Resistance", "National Council of Resistance of Iran"),
        ("NLA", "National Liberation Army of Iran"),
        ("Resolution 598", "UN Security Council Resolution 598"),
        ("UNSCR 598", "UN Security Council Resolution 598"),
        ("S/RES/598", "UN Security Council Resolution 598"),
        ("Organization of Islamic Cooperation", "Organisation of the Islamic Conference"),
        ("First Gulf War", "Iran–Iraq War"),
        ("Imposed War", "Iran–Iraq War"),
        ("Sacred Defense", "Iran–Iraq War"),
        ("Mersad", "Operation Mersad"),
        ("Kurdistan", "Kurdistan"),
        ("USS Vincennes", "USS Vincennes"),
        ("Mohammad-Ali Rajai", "Mohammad-Ali Rajai"),
        ("Islamic Jihad Organization", "Islamic Jihad Organization"),
    ],
)
def test_alias_names_the_entity(alias: str, name: str) -> None:
    assert _entity(alias)["name"] == name


@pytest.mark.parametrize(("number", "adopted"), sorted(RESOLUTIONS.items()))
def test_each_resolution_is_an_entity_and_a_dated_event(number: int, adopted: str) -> None:
    entity = _entity(f"Resolution {number}")
    assert entity["type"] == "resolution"
    event = _event(f"UN Security Council adopts Resolution {number}")
    assert (event["type"], event["date_start"], event["precision"]) == (
        "resolution",
        adopted,
        "day",
    )
    assert entity["id"] in {_entity(item)["id"] for item in _items(event["participants"])}


# ---- facts the test articles are checked against --------------------------------


@pytest.mark.parametrize(
    ("alias", "first", "last", "importance"),
    [
        ("Iraqi invasion of Iran", "1980-09-22", "1980-09-22", "3"),
        ("liberation of Khorramshahr", "1982-05-24", "1982-05-24", "3"),
        ("Iraqi withdrawal from Iran", "1982-06-20", "1982-06-29", "3"),
        ("Rajavi–Aziz meeting", "1983-01-09", "1983-01-09", "2"),
        ("Rajavi arrives in Iraq", "1986-06-07", "1986-06-07", "2"),
        ("formation of the National Liberation Army", "1987-06-19", "1987-06-20", "2"),
        ("Resolution 598", "1987-07-20", "1987-07-20", "3"),
        ("Halabja chemical attack", "1988-03-16", "1988-03-16", "3"),
        ("Operation Forty Stars", "1988-06-18", "1988-06-21", "2"),
        ("Iran Air Flight 655", "1988-07-03", "1988-07-03", "3"),
        ("Iran accepts Resolution 598", "1988-07-17", "1988-07-18", "3"),
        ("poison chalice", "1988-07-20", "1988-07-20", "2"),
        ("1988 executions", "1988-07-01", "1988-09-30", "3"),
        ("Operation Mersad", "1988-07-26", "1988-07-30", "3"),
        ("ceasefire in force", "1988-08-20", "1988-08-20", "3"),
    ],
)
def test_event_dates_and_importance(alias: str, first: str, last: str, importance: str) -> None:
    event = _event(alias)
    span = _day_span(event)
    assert span == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    assert event["importance"] == importance


@pytest.mark.parametrize("alias", ["Iraqi invasion of Iran", "Resolution 598"])
def test_undisputed_dates_have_no_dispute(alias: str) -> None:
    event_id = _event(alias)["id"]
    assert [row for row in _rows("disputes.csv") if row["target"] == event_id] == []


def test_no_source_gives_1986_for_the_nla() -> None:
    event_id = _event("formation of the National Liberation Army")["id"]
    values = [row["value"] for row in _rows("disputes.csv") if row["target"] == event_id]
    assert not any(value.startswith("1986") for value in values)


@pytest.mark.parametrize("group", SPREAD_GROUPS)
def test_spread_groups_have_three_sources(group: str) -> None:
    rows = _group(group)
    assert len({row["source_title"] for row in rows}) >= 3
    assert all(row["description"] for row in rows)


@pytest.mark.parametrize(
    ("group", "low", "high"),
    [
        ("iran-war-casualties", 2e6, math.inf),  # "over 2 million casualties"
        ("iran-war-cost", 1e12, 1e12),  # "an estimated $1 trillion"
        ("total-war-dead", 450_000, 550_000),  # "about 500,000 dead on both sides"
        ("total-war-cost", 1.1e12, 1.3e12),  # "roughly $1.2 trillion"
    ],
)
def test_disputed_figures_agree_with_some_sources_and_not_others(
    group: str, low: float, high: float
) -> None:
    agrees = [_overlaps(row, low, high) for row in _group(group)]
    assert any(agrees)
    assert not all(agrees)


@pytest.mark.parametrize(
    ("group", "value"),
    [("ir655-dead", 290), ("uss-stark-dead", 37), ("halabja-dead", 5000)],
)
def test_agreed_figures_fall_inside_every_source(group: str, value: float) -> None:
    rows = _group(group)
    assert rows
    assert all(_overlaps(row, value, value) for row in rows)
