"""Hand-built reports for the renderer tests.

``small_report`` covers every part a report can have: claims of each verdict,
a relative date with its anchor, an interval, overlapping time expression and
quantity, and one inconsistency. ``empty_report`` has nothing in it, and
``hostile_report`` carries markup and injection attempts in every string.
"""

from __future__ import annotations

from typing import Any

from chronocheck.models import (
    Article,
    Claim,
    EntityMention,
    Evidence,
    Inconsistency,
    Omission,
    PackRef,
    Place,
    Quantity,
    ReferenceEntry,
    Report,
    TimeAnchor,
    TimelineEntry,
    Timex,
    Verdict,
)

SMALL_TEXT = (
    "Iraq invaded Iran on September 22, 1980, starting a war that ran from 1980 to 1988.\n"
    "Six months later, Iranian forces had recovered most of the lost ground.\n"
    "In July 1982, Iran launched Operation Ramadan near Basra with over 100,000 soldiers.\n"
    "When the ceasefire took hold on August 20, 1988, the war had lasted nearly ten years.\n"
    "Iraq reportedly spent an estimated $80 billion on the war, about 40% of its income, "
    "according to the CIA.\n"
)

HOSTILE_TEXT = (
    'Iraq <script>alert("x")</script> invaded Iran in 1980 | *not* [bold]really[/bold].\n'
    "<img src=x onerror=alert(1)> See javascript:alert(2) or https://evil.example/a?b=1&c=2.\n"
)


def span(text: str, phrase: str, occurrence: int = 1) -> tuple[int, int]:
    """Return the half-open offsets of the ``occurrence``-th ``phrase`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _timex(timex_id: str, phrase: str, **fields: Any) -> Timex:
    start, end = span(SMALL_TEXT, phrase)
    return Timex(id=timex_id, text=phrase, start=start, end=end, **fields)


def _quantity(phrase: str, **fields: Any) -> Quantity:
    start, end = span(SMALL_TEXT, phrase)
    return Quantity(text=phrase, start=start, end=end, **fields)


def _entity(phrase: str, label: str, occurrence: int = 1) -> EntityMention:
    start, end = span(SMALL_TEXT, phrase, occurrence)
    return EntityMention(text=phrase, start=start, end=end, label=label)


def _claim(claim_id: str, phrase: str, **fields: Any) -> Claim:
    start, end = span(SMALL_TEXT, phrase)
    return Claim(id=claim_id, text=phrase, start=start, end=end, **fields)


def _place(phrase: str) -> Place:
    start, end = span(SMALL_TEXT, phrase)
    return Place(text=phrase, start=start, end=end)


def small_report() -> Report:
    """Build a five-sentence report on the Iran-Iraq war with every kind of finding."""
    t1 = _timex(
        "t1",
        "September 22, 1980",
        type="DATE",
        value="1980-09-22",
        precision="day",
        earliest="1980-09-22",
        latest="1980-09-23",
    )
    t2 = _timex(
        "t2",
        "from 1980 to 1988",
        type="DATE",
        value="1980/1988",
        precision="year",
        earliest="1980-01-01",
        latest="1989-01-01",
    )
    anchor_start, anchor_end = span(SMALL_TEXT, "September 22, 1980")
    t3 = _timex(
        "t3",
        "Six months later",
        type="DATE",
        value="1981-03",
        precision="month",
        earliest="1981-03-01",
        latest="1981-04-01",
        anchor=TimeAnchor(
            kind="timex",
            text="September 22, 1980",
            start=anchor_start,
            end=anchor_end,
            offset="P6M",
            direction="after",
            ref="t1",
            resolved=True,
        ),
    )
    t4 = _timex(
        "t4",
        "July 1982",
        type="DATE",
        value="1982-07",
        precision="month",
        earliest="1982-07-01",
        latest="1982-08-01",
    )
    t5 = _timex(
        "t5",
        "August 20, 1988",
        type="DATE",
        value="1988-08-20",
        precision="day",
        earliest="1988-08-20",
        latest="1988-08-21",
    )
    t6 = _timex("t6", "nearly ten years", type="DURATION", value="P10Y", mod="APPROX")
    soldiers = _quantity(
        "over 100,000 soldiers", value=100000.0, unit="soldiers", qualifier="more-than"
    )
    ten_years = _quantity(
        "nearly ten years", value=10.0, unit="year", qualifier="approximately", kind="duration"
    )
    dollars = _quantity(
        "an estimated $80 billion", value=80e9, unit="USD", qualifier="estimate", kind="money"
    )
    share = _quantity(
        "about 40%", value=40.0, unit="percent", qualifier="approximately", kind="percent"
    )
    iraq, iran = _entity("Iraq", "GPE"), _entity("Iran", "GPE")
    iranian = _entity("Iranian", "NORP")
    iran_again, ramadan = _entity("Iran", "GPE", 3), _entity("Operation Ramadan", "EVENT")
    basra = _entity("Basra", "GPE")
    iraq_again, cia = _entity("Iraq", "GPE", 2), _entity("CIA", "ORG")
    evidence = Evidence(
        fact="Iraq invaded Iran on 22 September 1980.",
        source_title="Iran–Iraq War",
        source_url="https://en.wikipedia.org/wiki/Iran%E2%80%93Iraq_War",
        pack="iran-iraq-war",
    )
    claims = (
        _claim(
            "c1",
            "Iraq invaded Iran on September 22, 1980",
            kinds=("event",),
            times=(t1,),
            entities=(iraq, iran),
            predicate="invade",
            checkworthiness=0.9,
            verdict=Verdict(label="supported", confidence=0.9, evidence=(evidence,)),
        ),
        _claim(
            "c2",
            "Six months later, Iranian forces had recovered most of the lost ground",
            kinds=("event",),
            times=(t3,),
            entities=(iranian,),
            predicate="recover",
            checkworthiness=0.6,
        ),
        _claim(
            "c3",
            "In July 1982, Iran launched Operation Ramadan near Basra with over 100,000 soldiers",
            kinds=("event", "quantity"),
            times=(t4,),
            quantities=(soldiers,),
            entities=(iran_again, ramadan, basra),
            predicate="launch",
            checkworthiness=0.8,
            verdict=Verdict(
                label="contested",
                confidence=0.5,
                difference="Sources give between 80,000 and 150,000 soldiers.",
            ),
        ),
        _claim(
            "c4",
            "When the ceasefire took hold on August 20, 1988, the war had lasted nearly ten years",
            kinds=("event", "quantity"),
            times=(t5, t6),
            quantities=(ten_years,),
            predicate="last",
            checkworthiness=0.7,
            verdict=Verdict(
                label="contradicted",
                confidence=0.8,
                difference="The war lasted 7 years and 11 months.",
            ),
        ),
        _claim(
            "c5",
            "Iraq reportedly spent an estimated $80 billion on the war, about 40% of "
            "its income, according to the CIA",
            kinds=("quantity", "attribution"),
            quantities=(dollars, share),
            entities=(iraq_again, cia),
            predicate="spend",
            hedged=True,
            asserted_by="the CIA",
            checkworthiness=0.5,
            verdict=Verdict(label="unverifiable"),
        ),
    )
    timeline = (
        _entry("c1", t1, "Iraq invades Iran"),
        _entry("c1", t2, "The war", relative=False),
        _entry("c2", t3, "Iranian forces recover the lost ground", relative=True),
        _entry("c3", t4, "Operation Ramadan is launched near Basra"),
        _entry("c4", t5, "The ceasefire takes hold"),
    )
    inconsistency = Inconsistency(
        kind="relative-offset",
        message="From 1980-09-22 to 1988-08-20 is 7 years 10 months 29 days, "
        "not nearly ten years (P10Y).",
        places=(_place("September 22, 1980"), _place("nearly ten years")),
        claim_ids=("c1", "c4"),
    )
    return Report(
        article=Article(
            text=SMALL_TEXT,
            source="examples/iran-iraq-war.txt",
            title="The Iran–Iraq War in Five Sentences",
            published="2024-10-08",
            date_source="dateline",
        ),
        claims=claims,
        timexes=(t1, t2, t3, t4, t5, t6),
        quantities=(soldiers, ten_years, dollars, share),
        entities=(iraq, iran, iranian, iran_again, ramadan, basra, iraq_again, cia),
        timeline=timeline,
        inconsistencies=(inconsistency,),
        packs=(PackRef(name="iran-iraq-war", version="1.0.0", title="The Iran–Iraq war"),),
    )


def _entry(claim_id: str, timex: Timex, label: str, *, relative: bool = False) -> TimelineEntry:
    assert timex.earliest is not None and timex.latest is not None
    return TimelineEntry(
        claim_id=claim_id,
        timex_id=timex.id,
        label=label,
        earliest=timex.earliest,
        latest=timex.latest,
        precision=timex.precision,
        start=timex.start,
        end=timex.end,
        relative=relative,
    )


def empty_report() -> Report:
    """Build the report of an article in which nothing was found."""
    return Report(
        article=Article(text="Nothing here can be checked.", source="-"),
        claims=(),
        timexes=(),
        quantities=(),
        entities=(),
        timeline=(),
        inconsistencies=(),
    )


def hostile_report() -> Report:
    """Build a report whose every string tries to inject markup or scripts."""
    hostile = '<script>alert("x")</script> | *x* [bold]y[/bold] javascript:alert(3)'
    claim_start, claim_end = span(HOSTILE_TEXT, "invaded Iran in 1980")
    year_start, year_end = span(HOSTILE_TEXT, "1980")
    script_start, script_end = span(HOSTILE_TEXT, '<script>alert("x")</script>')
    year = Timex(
        id="t1",
        text="1980",
        start=year_start,
        end=year_end,
        type="DATE",
        value="1980",
        precision="year",
        earliest="1980-01-01",
        latest="1981-01-01",
    )
    claim = Claim(
        id="c1",
        text=HOSTILE_TEXT[claim_start:claim_end],
        start=claim_start,
        end=claim_end,
        kinds=("event",),
        times=(year,),
        asserted_by=hostile,
        verdict=Verdict(
            label="contradicted",
            difference=hostile,
            evidence=(
                Evidence(fact=hostile, source_title=hostile, source_url="javascript:alert(4)"),
            ),
        ),
    )
    return Report(
        article=Article(text=HOSTILE_TEXT, source="https://evil.example/<script>", title=hostile),
        claims=(claim,),
        timexes=(year,),
        quantities=(),
        entities=(),
        timeline=(
            TimelineEntry(
                claim_id="c1",
                timex_id="t1",
                label=hostile,
                earliest="1980-01-01",
                latest="1981-01-01",
                precision="year",
                start=year_start,
                end=year_end,
            ),
        ),
        inconsistencies=(
            Inconsistency(
                kind="conflicting-dates",
                message=hostile,
                claim_ids=("c1",),
                places=(
                    Place(text='<script>alert("x")</script>', start=script_start, end=script_end),
                ),
            ),
        ),
        packs=(PackRef(name=hostile, version=hostile, title=hostile),),
        reference_timeline=(
            ReferenceEntry(
                reference_id=hostile,
                title=hostile,
                earliest="1980-01-01",
                latest="1981-01-01",
                precision="year",
                pack=hostile,
                claim_ids=("c1",),
                status="contradicted",
            ),
        ),
        omissions=(
            Omission(
                reference_id=hostile,
                title=hostile,
                earliest="1981-01-01",
                latest="1981-02-01",
                precision="month",
                participants=(hostile,),
                importance=1.0,
                reason=hostile,
                evidence=Evidence(
                    fact=hostile, source_title=hostile, source_url='https://a.example/"><script>'
                ),
            ),
        ),
    )
