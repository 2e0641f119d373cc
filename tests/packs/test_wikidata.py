"""Importing a Wikidata JSON export as a pack: the fixture, the formats, the dates, the errors."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.dates import interval_of
from chronocheck.errors import KnowledgePackError
from chronocheck.packs import PackData, read_pack_dir, validate_pack_dir, write_pack_dir
from chronocheck.packs.wikidata import import_wikidata

FIXTURE = Path(__file__).parent / "fixtures" / "wikidata-iran-iraq.json"
GREGORIAN = "http://www.wikidata.org/entity/Q1985727"
JULIAN = "http://www.wikidata.org/entity/Q1985786"


@pytest.fixture(scope="module")
def fixture_pack() -> PackData:
    return import_wikidata(FIXTURE, name="iran-iraq-wikidata")


def _snak(prop: str, datavalue: dict[str, Any], rank: str = "normal") -> dict[str, Any]:
    return {
        "mainsnak": {"snaktype": "value", "property": prop, "datavalue": datavalue},
        "type": "statement",
        "rank": rank,
    }


def _time(
    prop: str, time: str, precision: int, *, rank: str = "normal", calendar: str = GREGORIAN
) -> dict[str, Any]:
    value = {"time": time, "precision": precision, "calendarmodel": calendar}
    return _snak(prop, {"value": value, "type": "time"}, rank)


def _link(prop: str, qid: str) -> dict[str, Any]:
    return _snak(prop, {"value": {"id": qid}, "type": "wikibase-entityid"})


def _item(qid: str, label: str, *claims: dict[str, Any], **extra: Any) -> dict[str, Any]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for claim in claims:
        grouped.setdefault(claim["mainsnak"]["property"], []).append(claim)
    return {"id": qid, "labels": {"en": {"value": label}}, "claims": grouped, **extra}


def _export(tmp_path: Path, *items: dict[str, Any]) -> Path:
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"entities": {item["id"]: item for item in items}}), "utf-8")
    return path


@pytest.mark.parametrize(
    ("event_id", "event_type", "date_start", "date_end", "precision", "participants", "location"),
    [
        ("Q900001", "other", "1980-09-22", "1988-08-20", "day", ("Q794", "Q796"), ""),
        # The deprecated 1987-08-19 statement is ignored; a label-only item participates.
        ("Q900002", "resolution", "1987-07-20", None, "day", ("Q900020", "Q794", "Q796"), ""),
        ("Q900003", "chemical-attack", "1988-03-16", None, "day", ("Q796",), "Halabja"),
        # Q30 and the location Q900007 are not in the export: dropped.
        ("Q900005", "shootdown", "1988-07-03", None, "day", ("Q900006", "Q794"), ""),
        # The MEK joins through its own "participant in" (P1344) statement.
        ("Q900008", "offensive", "1988-07-26", "1988-07-30", "day", ("Q794", "Q900010"), ""),
        # A day start and a month end: both at month precision.
        ("Q900011", "executions", "1988-07", "1988-12", "month", ("Q794",), "Iran"),
        # Q900013 has no English label: dropped.
        ("Q900012", "attack", "1984", "1988", "year", ("Q794", "Q796"), ""),
    ],
)
def test_fixture_events(
    fixture_pack: PackData,
    event_id: str,
    event_type: str,
    date_start: str,
    date_end: str | None,
    precision: str,
    participants: tuple[str, ...],
    location: str,
) -> None:
    event = next(event for event in fixture_pack.events if event.id == event_id)
    assert (event.type, event.date_start, event.date_end, event.precision) == (
        event_type,
        date_start,
        date_end,
        precision,
    )
    assert event.participants == participants
    assert event.location == location
    assert event.importance == 2


@pytest.mark.parametrize(
    ("entity_id", "name", "entity_type", "aliases"),
    [
        ("Q794", "Iran", "country", ("Islamic Republic of Iran", "Persia", "IR")),
        ("Q796", "Iraq", "country", ("Republic of Iraq",)),
        (
            "Q900020",
            "United Nations Security Council",
            "organization",
            ("UNSC", "Security Council"),
        ),
        ("Q900004", "Halabja", "place", ()),
        ("Q900006", "USS Vincennes", "ship", ("CG-49",)),
        (
            "Q900010",
            "People's Mojahedin Organization of Iran",
            "armed-group",
            ("MEK", "PMOI", "MKO", "Mujahedin-e Khalq"),
        ),
    ],
)
def test_fixture_entities(
    fixture_pack: PackData, entity_id: str, name: str, entity_type: str, aliases: tuple[str, ...]
) -> None:
    entity = next(entity for entity in fixture_pack.entities if entity.id == entity_id)
    assert (entity.name, entity.type, entity.aliases) == (name, entity_type, aliases)
    assert entity.wikidata_qid == entity_id


def test_classes_events_and_unlabelled_items_are_not_entities(fixture_pack: PackData) -> None:
    assert [entity.id for entity in fixture_pack.entities] == [
        "Q794",
        "Q796",
        "Q900020",
        "Q900004",
        "Q900006",
        "Q900010",
    ]


def test_every_row_cites_its_wikidata_item(fixture_pack: PackData) -> None:
    resolution = next(event for event in fixture_pack.events if event.id == "Q900002")
    assert resolution.source.title == (
        "Wikidata: United Nations Security Council Resolution 598 (Q900002)"
    )
    assert resolution.source.url == "https://www.wikidata.org/wiki/Q900002"
    assert resolution.aliases == ("Resolution 598", "UNSCR 598")
    urls = [row.source.url for row in fixture_pack.entities] + [
        row.source.url for row in fixture_pack.events
    ]
    ids = [row.id for row in fixture_pack.entities] + [row.id for row in fixture_pack.events]
    assert urls == [f"https://www.wikidata.org/wiki/{qid}" for qid in ids]


def test_pack_info_spans_the_events(fixture_pack: PackData) -> None:
    info = fixture_pack.info
    assert (info.name, info.version, info.license) == ("iran-iraq-wikidata", "1.0.0", "CC0-1.0")
    assert (info.period_start, info.period_end) == ("1980-09-22", "1988-12")
    assert info.scope_entities[:2] == ("Q794", "Q796")
    assert "7 events and 6 entities" in info.description


def test_dropped_references_are_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="chronocheck.packs.wikidata"):
        import_wikidata(FIXTURE, name="iran-iraq-wikidata")
    [record] = caplog.records
    assert "dropped 3 reference(s)" in record.getMessage()
    for reference in ("Q900005 P710 Q30", "Q900005 P276 Q900007", "Q900012 P710 Q900013"):
        assert reference in record.getMessage()


def test_round_trips_through_the_pack_folder(fixture_pack: PackData, tmp_path: Path) -> None:
    write_pack_dir(fixture_pack, tmp_path / "pack")
    result = validate_pack_dir(tmp_path / "pack")
    assert result.problems == ()
    assert result.warnings == ()
    assert read_pack_dir(tmp_path / "pack") == fixture_pack


def _as_dump(items: list[Any]) -> str:
    return "[\n" + ",\n".join(json.dumps(item) for item in items) + "\n]\n"


@pytest.mark.parametrize(
    "write",
    [
        pytest.param(lambda items: json.dumps(items), id="json-list"),
        pytest.param(_as_dump, id="dump-lines"),
        pytest.param(lambda items: _as_dump(items).strip("[]\n") + ",\n", id="dump-excerpt"),
        pytest.param(lambda items: "\n".join(json.dumps(i) for i in items), id="json-lines"),
    ],
)
def test_other_export_formats_give_the_same_pack(
    fixture_pack: PackData, tmp_path: Path, write: Any
) -> None:
    items = list(json.loads(FIXTURE.read_text("utf-8"))["entities"].values())
    path = tmp_path / "export.json"
    path.write_text(write(items), "utf-8")
    assert import_wikidata(path, name="iran-iraq-wikidata").events == fixture_pack.events


def test_a_single_item_object(tmp_path: Path) -> None:
    path = tmp_path / "item.json"
    item = _item("Q1", "Battle of X", _time("P585", "+1982-05-24T00:00:00Z", 11))
    path.write_text(json.dumps(item), "utf-8")
    [event] = import_wikidata(path, name="one").events
    assert (event.title, event.type, event.date_start) == ("Battle of X", "battle", "1982-05-24")


@pytest.mark.parametrize(
    ("time", "precision", "calendar", "expected"),
    [
        ("+1987-07-20T00:00:00Z", 11, GREGORIAN, ("1987-07-20", "day")),
        ("+1987-07-20T14:30:00Z", 13, GREGORIAN, ("1987-07-20", "day")),
        ("+1988-07-00T00:00:00Z", 10, GREGORIAN, ("1988-07", "month")),
        ("+1984-00-00T00:00:00Z", 9, GREGORIAN, ("1984", "year")),
        ("+1980-00-00T00:00:00Z", 8, GREGORIAN, None),  # a decade cannot date an event
        ("-0500-00-00T00:00:00Z", 9, GREGORIAN, None),
        ("+1987-02-30T00:00:00Z", 11, GREGORIAN, None),
        ("+1400-03-01T00:00:00Z", 11, JULIAN, None),
        ("1987-07-20", 11, GREGORIAN, None),
    ],
)
def test_time_values(
    tmp_path: Path, time: str, precision: int, calendar: str, expected: tuple[str, str] | None
) -> None:
    event = _item("Q1", "Some event", _time("P585", time, precision, calendar=calendar))
    anchor = _item("Q2", "Anchor event", _time("P585", "+1990-01-01T00:00:00Z", 11))
    pack = import_wikidata(_export(tmp_path, event, anchor), name="times")
    found = [(e.date_start, e.precision) for e in pack.events if e.id == "Q1"]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # A preferred statement wins over normal ones.
        (
            [
                _time("P585", "+1987-01-01T00:00:00Z", 11),
                _time("P585", "+1987-07-20T00:00:00Z", 11, rank="preferred"),
            ],
            ("1987-07-20", None),
        ),
        # A start time is preferred to a point in time, and brings the end time.
        (
            [
                _time("P585", "+1987-01-01T00:00:00Z", 11),
                _time("P580", "+1986-06-01T00:00:00Z", 11),
                _time("P582", "+1986-06-30T00:00:00Z", 11),
            ],
            ("1986-06-01", "1986-06-30"),
        ),
        # An end before the start is dropped; an end equal to it at the span's precision too.
        (
            [
                _time("P580", "+1986-06-01T00:00:00Z", 11),
                _time("P582", "+1985-01-01T00:00:00Z", 11),
            ],
            ("1986-06-01", None),
        ),
        (
            [
                _time("P580", "+1986-06-01T00:00:00Z", 11),
                _time("P582", "+1986-06-00T00:00:00Z", 10),
            ],
            ("1986-06", None),
        ),
        # An end time without a start time dates nothing on its own.
        ([_time("P582", "+1986-06-30T00:00:00Z", 11)], None),
    ],
)
def test_dates_from_statements(
    tmp_path: Path, claims: list[dict[str, Any]], expected: tuple[str, str | None] | None
) -> None:
    anchor = _item("Q2", "Anchor event", _time("P585", "+1990-01-01T00:00:00Z", 11))
    pack = import_wikidata(_export(tmp_path, _item("Q1", "Some event", *claims), anchor), name="x")
    found = [(e.date_start, e.date_end) for e in pack.events if e.id == "Q1"]
    assert found == ([expected] if expected else [])


def test_aliases_that_would_split_a_list_cell_are_left_out(tmp_path: Path) -> None:
    aliases = {"en": [{"value": "Op. A; Op. B"}, {"value": " Op.  C "}], "fr": [{"value": "D"}]}
    event = _item("Q1", "Operation A", _time("P585", "+1982-05-24T00:00:00Z", 11), aliases=aliases)
    [imported] = import_wikidata(_export(tmp_path, event), name="aliases").events
    assert imported.aliases == ("Op. C",)


@settings(deadline=None)
@given(
    date=st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2100, 12, 31)),
    wikidata_precision=st.sampled_from([9, 10, 11, 12, 14]),
    days=st.integers(min_value=0, max_value=4000),
)
def test_imported_spans_cover_their_wikidata_dates(
    tmp_path_factory: pytest.TempPathFactory, date: dt.date, wikidata_precision: int, days: int
) -> None:
    end = date + dt.timedelta(days=days)
    claims = [
        _time("P580", f"+{date.isoformat()}T00:00:00Z", wikidata_precision),
        _time("P582", f"+{end.isoformat()}T00:00:00Z", 11),
    ]
    path = _export(tmp_path_factory.mktemp("wd"), _item("Q1", "Some event", *claims))
    [event] = import_wikidata(path, name="span").events
    start_interval = interval_of(event.date_start)
    end_interval = interval_of(event.date_end or event.date_start)
    assert start_interval is not None and end_interval is not None
    assert start_interval.earliest <= date < start_interval.latest
    assert end_interval.earliest <= end < end_interval.latest


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"entities": {"Q1": ', "is not JSON"),
        ("", "is not JSON"),
        ("42", "holds a JSON int, not items"),
        ('{"entities": {}}', "No usable item"),
        (json.dumps({"entities": {"Q794": _item("Q794", "Iran")}}), "No usable item"),
        # Dated but unlabelled: it could not be named.
        (
            json.dumps(
                [{"id": "Q1", "claims": {"P585": [_time("P585", "+1980-01-01T00:00:00Z", 9)]}}]
            ),
            "No usable item",
        ),
    ],
)
def test_unusable_exports_are_pack_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "export.json"
    path.write_text(content, "utf-8")
    with pytest.raises(KnowledgePackError, match=message):
        import_wikidata(path, name="bad")


def test_missing_file_and_bad_name_are_pack_errors(tmp_path: Path) -> None:
    with pytest.raises(KnowledgePackError, match="Cannot read the Wikidata export"):
        import_wikidata(tmp_path / "absent.json", name="absent")
    with pytest.raises(KnowledgePackError, match="is not lowercase letters"):
        import_wikidata(FIXTURE, name="Not A Name")
