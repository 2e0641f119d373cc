"""The example pack ``chronocheck pack new`` writes: small, real and valid.

Two entities, two events, two sources' figures for one quantity and one
dispute, about the Berlin Wall; each fact with the source it comes from.
"""

from __future__ import annotations

import logging

from chronocheck.packs.records import (
    PackData,
    PackInfo,
    RefDispute,
    RefEntity,
    RefEvent,
    RefQuantity,
    Source,
)

LOGGER = logging.getLogger(__name__)

WIKIPEDIA = Source(
    title="List of deaths at the Berlin Wall (Wikipedia)",
    url="https://en.wikipedia.org/wiki/List_of_deaths_at_the_Berlin_Wall",
)
DW_2008 = Source(
    title="At Least 136 People Lost Lives at Berlin Wall, Study Shows (DW, 8 August 2008)",
    url="https://www.dw.com/en/at-least-136-people-lost-lives-at-berlin-wall-study-shows/a-3547649",
)
WASHINGTON_TIMES_2006 = Source(
    title="Germans find fewer deaths at Berlin Wall (The Washington Times, 9 August 2006)",
    url="https://www.washingtontimes.com/news/2006/aug/9/20060809-122710-6757r/",
)

ENTITIES = (
    RefEntity(
        id="N001",
        name="Berlin Wall",
        type="place",
        aliases=("the Wall",),
        description="The barrier around West Berlin, 1961-1989.",
        source=WIKIPEDIA,
        wikidata_qid="Q5086",
    ),
    RefEntity(
        id="N002",
        name="East Germany",
        type="country",
        aliases=("German Democratic Republic", "GDR", "East German"),
        description="The German Democratic Republic, 1949-1990.",
        source=WIKIPEDIA,
        wikidata_qid="Q16957",
    ),
)
EVENTS = (
    RefEvent(
        id="E001",
        title="Construction of the Berlin Wall begins",
        type="founding",
        date_start="1961-08-13",
        date_end=None,
        precision="day",
        participants=("N002", "N001"),
        location="Berlin",
        description="East German forces close the sector border and start building the Wall.",
        importance=3,
        source=WIKIPEDIA,
    ),
    RefEvent(
        id="E002",
        title="The Berlin Wall opens",
        type="other",
        date_start="1989-11-09",
        date_end=None,
        precision="day",
        participants=("N002", "N001"),
        location="Berlin",
        description="East Germany opens the crossings through the Wall.",
        importance=3,
        source=WIKIPEDIA,
        aliases=("fall of the Berlin Wall",),
    ),
)
_DEATHS = "People killed at the Berlin Wall, 1961-1989"
QUANTITIES = (
    RefQuantity(
        id="Q001",
        group="berlin-wall-deaths",
        subject=_DEATHS,
        measure="killed",
        description="At least 140 people, as counted by the Centre for Contemporary History.",
        low=140,
        high=None,
        unit="persons",
        as_of="",
        entities=("N001",),
        source=WIKIPEDIA,
    ),
    RefQuantity(
        id="Q002",
        group="berlin-wall-deaths",
        subject=_DEATHS,
        measure="killed",
        description="At least 136 people, in the 2008 study.",
        low=136,
        high=None,
        unit="persons",
        as_of="2008-08",
        entities=("N001",),
        source=DW_2008,
    ),
)
DISPUTES = (
    RefDispute(
        id="D001",
        target="berlin-wall-deaths",
        field="value",
        value="200",
        source=WASHINGTON_TIMES_2006,
        note="Earlier estimates put the toll at more than 200.",
    ),
)


def example_pack(name: str) -> PackData:
    """The example pack, named ``name``."""
    info = PackInfo(
        name=name,
        title="Example: the Berlin Wall, 1961-1989",
        version="0.1.0",
        license="CC-BY-4.0",
        description="An example written by `chronocheck pack new`: replace it with your facts.",
        period_start="1961-08-13",
        period_end="1989-11-09",
        scope_entities=("N001", "N002"),
    )
    return PackData(
        info=info, entities=ENTITIES, events=EVENTS, quantities=QUANTITIES, disputes=DISPUTES
    )
