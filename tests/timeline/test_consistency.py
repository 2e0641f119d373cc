"""Self-contradictions found from hand-built claims (no spaCy needed)."""

from __future__ import annotations

import pytest

from chronocheck.models import Claim, EntityMention, Precision, TimeAnchor, Timex
from chronocheck.timeline import build_timeline, find_inconsistencies
from chronocheck.timeline.consistency import describe_date


def _date(
    tid: str,
    text: str,
    value: str,
    precision: Precision,
    earliest: str,
    latest: str,
    start: int,
    **extra: object,
) -> Timex:
    return Timex(
        id=tid,
        text=text,
        start=start,
        end=start + len(text),
        type="DATE",
        value=value,
        precision=precision,
        earliest=earliest,
        latest=latest,
        **extra,  # type: ignore[arg-type]
    )


INVASION = _date("t3", "September 22, 1980", "1980-09-22", "day", "1980-09-22", "1980-09-23", 300)


def _relative(value: str, earliest: str, latest: str, mod: str | None = None) -> Timex:
    anchor = TimeAnchor(
        kind="event",
        text="Iraq's invasion",
        start=120,
        end=135,
        offset="P6M",
        direction="before",
        ref="t3",
        resolved=True,
    )
    return _date(
        "t2", "six months before", value, "month", earliest, latest, 100, anchor=anchor, mod=mod
    )


def _claims(explicit: Timex, relative: Timex) -> list[Claim]:
    iraq = EntityMention(text="Iraq", start=120, end=124, label="GPE")
    return [
        Claim(
            id="c1",
            text="his radio broadcast",
            start=40,
            end=95,
            kinds=("event",),
            times=(explicit,),
            predicate="broadcast",
        ),
        Claim(
            id="c2",
            text="urging ...",
            start=96,
            end=140,
            kinds=("event",),
            times=(relative,),
            predicate="urge",
            parent="c1",
            entities=(iraq,),
        ),
        Claim(
            id="c3",
            text="Iraqi forces invaded",
            start=280,
            end=320,
            kinds=("event",),
            times=(INVASION,),
            predicate="initiate",
        ),
    ]


def test_offset_that_does_not_add_up_is_reported_with_the_arithmetic() -> None:
    april = _date("t1", "April 1979", "1979-04", "month", "1979-04-01", "1979-05-01", 50)
    relative = _relative("1980-03", "1980-03-01", "1980-04-01")
    [found] = find_inconsistencies(_claims(april, relative))
    assert found.kind == "relative-offset"
    assert "is 17 months, not 6" in found.message
    assert "22 September 1980" in found.message
    assert [p.text for p in found.places] == ["April 1979", "six months before", INVASION.text]
    assert found.claim_ids == ("c2", "c3")


@pytest.mark.parametrize("month", ["1980-03", "1980-04"])
def test_offset_within_one_unit_is_consistent(month: str) -> None:
    explicit = _date("t1", "March 1980", month, "month", f"{month}-01", "1980-05-01", 50)
    relative = _relative("1980-03", "1980-03-01", "1980-04-01")
    assert find_inconsistencies(_claims(explicit, relative)) == ()


def test_same_event_with_two_dates() -> None:
    iran = EntityMention(text="Iran", start=0, end=4, label="GPE")
    first = _date("t1", "18 July 1988", "1988-07-18", "day", "1988-07-18", "1988-07-19", 10)
    second = _date("t2", "July 17, 1988", "1988-07-17", "day", "1988-07-17", "1988-07-18", 90)
    claims = [
        Claim(
            id="c1",
            text="Iran accepted",
            start=0,
            end=30,
            kinds=("event",),
            times=(first,),
            predicate="accept",
            entities=(iran,),
        ),
        Claim(
            id="c2",
            text="Iranians accepted",
            start=80,
            end=110,
            kinds=("event",),
            times=(second,),
            predicate="accept",
            entities=(iran,),
        ),
    ]
    [found] = find_inconsistencies(claims)
    assert found.kind == "conflicting-dates"
    assert "18 July 1988" in found.message and "17 July 1988" in found.message
    # The same dates under different predicates are different events.
    other = [
        claims[0],
        Claim(
            **{
                **claims[1].to_dict(),
                "times": (second,),
                "entities": (iran,),
                "kinds": ("event",),
                "predicate": "reject",
            }
        ),
    ]
    assert find_inconsistencies(other) == ()


@pytest.mark.parametrize(
    ("precision", "value", "earliest", "expected"),
    [
        ("day", "1980-09-22", "1980-09-22", "22 September 1980"),
        ("month", "1982-05", "1982-05-01", "May 1982"),
        ("year", "1979", "1979-01-01", "1979"),
        ("decade", "198", "1980-01-01", "198"),
    ],
)
def test_describe_date(precision: Precision, value: str, earliest: str, expected: str) -> None:
    timex = _date("t1", "x", value, precision, earliest, "2000-01-01", 0)
    assert describe_date(timex) == expected


def test_timeline_is_in_date_order_and_skips_undated() -> None:
    april = _date("t1", "April 1979", "1979-04", "month", "1979-04-01", "1979-05-01", 50)
    relative = _relative("1980-03", "1980-03-01", "1980-04-01")
    claims = _claims(april, relative)
    duration = Timex(id="t9", text="13 years", start=5, end=13, type="DURATION", value="P13Y")
    claims.append(
        Claim(
            id="c4", text="over 13 years", start=0, end=20, kinds=("quantity",), times=(duration,)
        )
    )
    entries = build_timeline(claims)
    assert [e.timex_id for e in entries] == ["t1", "t2", "t3"]
    assert [e.relative for e in entries] == [False, True, False]
    assert entries[2].precision == "day"


def test_date_on_the_wrong_side_of_the_anchor() -> None:
    october = _date("t1", "October 1980", "1980-10", "month", "1980-10-01", "1980-11-01", 50)
    relative = _relative("1980-03", "1980-03-01", "1980-04-01")
    [found] = find_inconsistencies(_claims(october, relative))
    assert "October 1980 is 1 months after 22 September 1980, not 6 before." in found.message


def test_days_after_counted_from_the_anchor() -> None:
    anchor = TimeAnchor(
        kind="event",
        text="the Belgrano went down",
        start=60,
        end=82,
        offset="P3D",
        direction="after",
        ref="t3",
        resolved=True,
    )
    sunk = _date("t3", "2 May 1982", "1982-05-02", "day", "1982-05-02", "1982-05-03", 300)
    hit = _date("t1", "4 May", "1982-05-04", "day", "1982-05-04", "1982-05-05", 10)
    relative = _date(
        "t2", "three days after", "1982-05-05", "day", "1982-05-05", "1982-05-06", 40, anchor=anchor
    )
    claims = [
        Claim(id="c1", text="hit on 4 May", start=0, end=20, kinds=("event",), times=(hit,)),
        Claim(
            id="c2",
            text="three days after",
            start=40,
            end=82,
            kinds=("event",),
            times=(relative,),
            parent="c1",
        ),
        Claim(
            id="c3", text="sunk on 2 May 1982", start=290, end=320, kinds=("event",), times=(sunk,)
        ),
    ]
    [found] = find_inconsistencies(claims)
    assert "from 2 May 1982 to 4 May 1982 is 2 days, not 3." in found.message
    # Three days exactly is consistent: no slack is needed, and none is given.
    on_time = _date("t1", "5 May", "1982-05-05", "day", "1982-05-05", "1982-05-06", 10)
    claims[0] = Claim(
        id="c1", text="hit on 5 May", start=0, end=20, kinds=("event",), times=(on_time,)
    )
    assert find_inconsistencies(claims) == ()
