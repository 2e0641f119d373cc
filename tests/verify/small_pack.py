"""A small, hand-made reference pack for the verify tests (not the built-in one)."""

from __future__ import annotations

from chronocheck.packs.records import (
    PackData,
    PackInfo,
    RefDispute,
    RefEntity,
    RefEvent,
    RefQuantity,
    Source,
)

SOURCE = Source(title="Test source", url="https://example.org/source")


def entity(id: str, name: str, type: str, *aliases: str) -> RefEntity:
    return RefEntity(id=id, name=name, type=type, aliases=aliases, description=name, source=SOURCE)


def event(
    id: str,
    title: str,
    type: str,
    start: str,
    participants: tuple[str, ...],
    *,
    end: str | None = None,
    precision: str = "day",
    importance: int = 2,
    aliases: tuple[str, ...] = (),
) -> RefEvent:
    return RefEvent(
        id=id,
        title=title,
        type=type,
        date_start=start,
        date_end=end,
        precision=precision,  # type: ignore[arg-type]
        participants=participants,
        location="",
        description=title,
        importance=importance,
        source=SOURCE,
        aliases=aliases,
    )


def quantity(
    id: str,
    group: str,
    measure: str,
    low: float,
    high: float | None,
    unit: str,
    entities: tuple[str, ...],
) -> RefQuantity:
    return RefQuantity(
        id=id,
        group=group,
        subject="x",
        measure=measure,
        description=f"{measure} ({id})",
        low=low,
        high=high,
        unit=unit,
        as_of="1990",
        entities=entities,
        source=SOURCE,
    )


def small_pack() -> PackData:
    """Fictional-free facts of the Falklands war, enough to exercise every verdict."""
    entities = (
        entity("N1", "Argentina", "country", "Argentine", "Argentinian"),
        entity("N2", "United Kingdom", "country", "Britain", "British", "UK"),
        entity("N3", "Falkland Islands", "place", "Falklands", "Malvinas"),
        entity("N4", "Leopoldo Galtieri", "person", "Galtieri"),
        entity("N5", "ARA General Belgrano", "ship", "General Belgrano", "Belgrano"),
        entity("N6", "UN Security Council Resolution 502", "resolution", "Resolution 502"),
        entity("N7", "Margaret Thatcher", "person", "Thatcher"),
    )
    events = (
        event(
            "E1",
            "Argentine invasion of the Falkland Islands",
            "invasion",
            "1982-04-02",
            ("N1", "N3", "N4"),
            importance=3,
            aliases=("Operation Rosario",),
        ),
        event(
            "E2",
            "UN Security Council adopts Resolution 502",
            "resolution",
            "1982-04-03",
            ("N6", "N1", "N2"),
            importance=2,
        ),
        event(
            "E3",
            "Sinking of the ARA General Belgrano",
            "attack",
            "1982-05-02",
            ("N5", "N2", "N1"),
            importance=3,
        ),
        event(
            "E4",
            "Argentine surrender at Port Stanley",
            "ceasefire",
            "1982-06-14",
            ("N1", "N2", "N3"),
            importance=3,
        ),
        event("E5", "Galtieri resigns", "leadership", "1982-06-17", ("N4", "N1"), importance=2),
        event(
            "E6", "British task force sails", "offensive", "1982-04-05", ("N2", "N7"), importance=2
        ),
    )
    quantities = (
        quantity("Q1", "belgrano-dead", "killed", 323, 323, "persons", ("N5",)),
        quantity("Q2", "war-dead", "killed", 900, 910, "persons", ("N1", "N2")),
        quantity("Q3", "war-dead", "killed", 649, 649, "persons", ("N1", "N2")),
    )
    disputes = (RefDispute(id="D1", target="E5", field="date", value="1982-06-18", source=SOURCE),)
    info = PackInfo(
        name="falklands-test",
        title="Falklands test pack",
        version="0.1.0",
        license="CC0",
        description="test",
        period_start="1982-01-01",
        period_end="1982-12-31",
        scope_entities=("N1", "N2"),
    )
    return PackData(info, entities, events, quantities, disputes)
