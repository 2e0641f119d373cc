"""A hand-built report as verification leaves it, for the renderer tests.

``verified_report`` has a claim of every verdict (with evidence, differences
and candidates), a pack, a reference timeline with matched and omitted events,
and omissions. ``unchecked_report`` is the same article before verification.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from chronocheck.models import (
    Article,
    Candidate,
    Claim,
    Evidence,
    Omission,
    PackRef,
    Quantity,
    ReferenceEntry,
    Report,
    Rhetoric,
    TechniqueCount,
    TechniqueSpan,
    TimelineEntry,
    Timex,
    Verdict,
)
from tests.report.report_fixtures import span

VERIFIED_TEXT = (
    "Iraq invaded Iran on September 22, 1980.\n"
    "In May 1982, Iraqi forces withdrew from Iranian territory.\n"
    "Iran shelled Kuwait in 1984, some say.\n"
    "The Security Council adopted Resolution 598 on August 19, 1987.\n"
    "The war caused over 2 million casualties.\n"
    "The ceasefire took effect on August 20, 1988.\n"
)
PACK = "iran-iraq-war"
BRITANNICA = "Encyclopaedia Britannica: Iran-Iraq War"
BRITANNICA_URL = "https://www.britannica.com/event/Iran-Iraq-War"
#: An address with an ampersand and parentheses, to check escaping and link syntax.
UN_URL = "https://undocs.org/S/RES/598(1987)?lang=en&format=pdf"
UN_TITLE = "UN Security Council Resolution 598 (1987)"
#: Check-worthiness of each claim: the ranking the reports show is c4, c1, c2, c5, c6, c3.
CHECKWORTHINESS = {"c1": 0.91, "c2": 0.84, "c3": 0.22, "c4": 0.93, "c5": 0.77, "c6": 0.61}


def _timex(timex_id: str, phrase: str, value: str, earliest: str, latest: str) -> Timex:
    start, end = span(VERIFIED_TEXT, phrase)
    precision: Any = {4: "year", 7: "month", 10: "day"}[len(value)]
    return Timex(
        id=timex_id,
        text=phrase,
        start=start,
        end=end,
        type="DATE",
        value=value,
        precision=precision,
        earliest=earliest,
        latest=latest,
    )


def _claim(claim_id: str, phrase: str, verdict: Verdict, **fields: Any) -> Claim:
    start, end = span(VERIFIED_TEXT, phrase)
    return Claim(id=claim_id, text=phrase, start=start, end=end, verdict=verdict, **fields)


def _entry(claim: Claim, label: str) -> TimelineEntry:
    timex = claim.times[0]
    assert timex.earliest is not None and timex.latest is not None
    return TimelineEntry(
        claim_id=claim.id,
        timex_id=timex.id,
        label=label,
        earliest=timex.earliest,
        latest=timex.latest,
        precision=timex.precision,
        start=timex.start,
        end=timex.end,
    )


def _event(reference_id: str, fact: str, date: str, **fields: Any) -> Evidence:
    fields.setdefault("source_title", BRITANNICA)
    fields.setdefault("source_url", BRITANNICA_URL)
    return Evidence(
        fact=fact, pack=PACK, reference_id=reference_id, kind="event", date=date, **fields
    )


def _verdicts() -> dict[str, Verdict]:
    """The verdict of each claim id."""
    return {
        "c1": Verdict(
            label="supported",
            confidence=0.91,
            evidence=(_event("E001", "Iraq invades Iran, 1980-09-22", "1980-09-22"),),
            candidates=(Candidate("E001", "Iraqi invasion of Iran", PACK, 0.91),),
        ),
        "c2": Verdict(
            label="contradicted",
            confidence=0.74,
            difference="the article says May 1982; Iraq withdrew to the border on "
            "20–29 Jun 1982, about 1 month later",
            evidence=(
                _event(
                    "E014",
                    "Iraqi withdrawal to the border, 1982-06-20 – 1982-06-29",
                    "1982-06-20",
                    quote="Saddam announced on 20 June 1982 that Iraq would withdraw.",
                ),
            ),
            candidates=(
                Candidate("E014", "Iraqi withdrawal to the border", PACK, 0.74),
                Candidate("E013", "Liberation of Khorramshahr", PACK, 0.58),
            ),
        ),
        "c3": Verdict(
            label="unverifiable",
            candidates=(Candidate("E020", "Tanker war begins", PACK, 0.34),),
        ),
        "c4": Verdict(
            label="contradicted",
            confidence=0.88,
            difference="the article says 19 Aug 1987; Resolution 598 was adopted on "
            "20 Jul 1987, 30 days earlier",
            evidence=(
                _event(
                    "E027",
                    "UN Security Council Resolution 598 adopted, 1987-07-20",
                    "1987-07-20",
                    source_title=UN_TITLE,
                    source_url=UN_URL,
                    quote="Demands that, as a first step towards a negotiated settlement, "
                    "Iran and Iraq observe an immediate ceasefire",
                ),
            ),
            candidates=(Candidate("E027", "Resolution 598 adopted", PACK, 0.88),),
        ),
        "c5": Verdict(
            label="contested",
            confidence=0.6,
            difference="sources give 1,000,000–2,000,000 and 500,000–1,000,000 casualties; "
            "over 2 million agrees with none but the highest",
            evidence=(
                Evidence(
                    fact="Casualties on both sides: 1,000,000–2,000,000 persons",
                    source_title=BRITANNICA,
                    source_url=BRITANNICA_URL,
                    pack=PACK,
                    reference_id="Q001",
                    kind="quantity",
                ),
                Evidence(
                    fact="Casualties on both sides: 500,000–1,000,000 persons",
                    source_title="Encyclopaedia Iranica",
                    pack=PACK,
                    reference_id="Q002",
                    kind="quantity",
                ),
            ),
        ),
        "c6": Verdict(
            label="contested",
            confidence=0.7,
            difference="the article says 20 Aug 1988; sources give 20 Aug 1988 and 8 Aug 1988",
            evidence=(
                _event("E030", "Ceasefire takes effect, 1988-08-20", "1988-08-20"),
                Evidence(
                    fact="Ceasefire takes effect: 1988-08-08 according to a news agency",
                    source_title="A news agency",
                    pack=PACK,
                    reference_id="D003",
                    kind="dispute",
                    date="1988-08-08",
                ),
            ),
            candidates=(Candidate("E030", "Ceasefire takes effect", PACK, 0.81),),
        ),
    }


def _omission(
    reference_id: str, title: str, bounds: tuple[str, str, Any], importance: float, quote: str
) -> Omission:
    earliest, latest, precision = bounds
    return Omission(
        reference_id=reference_id,
        title=title,
        earliest=earliest,
        latest=latest,
        precision=precision,
        participants=("Iran", "Iraq"),
        importance=importance,
        reason=f"the article covers 1980–1988 and Iran, Iraq, and does not mention {title}",
        evidence=_event(reference_id, title, earliest, quote=quote),
    )


OMISSIONS = (
    _omission(
        "E029",
        "Operation Mersad",
        ("1988-07-26", "1988-07-31", "day"),
        3.0,
        "The MEK's last offensive into Iran.",
    ),
    _omission(
        "E028",
        "Iran Air Flight 655 shot down",
        ("1988-07-03", "1988-07-04", "day"),
        2.4,
        "The USS Vincennes shot down an Iranian airliner.",
    ),
    _omission(
        "E031",
        "1988 executions of political prisoners",
        ("1988-07-01", "1988-10-01", "month"),
        2.1,
        "Thousands of prisoners were executed.",
    ),
)


def _reference(
    reference_id: str, title: str, bounds: tuple[str, str, Any], status: Any, *claims: str
) -> ReferenceEntry:
    earliest, latest, precision = bounds
    return ReferenceEntry(
        reference_id=reference_id,
        title=title,
        earliest=earliest,
        latest=latest,
        precision=precision,
        pack=PACK,
        claim_ids=claims,
        status=status,
    )


def verified_report() -> Report:
    """Build a report of six claims checked against one pack, with three omissions."""
    verdicts = _verdicts()
    t1 = _timex("t1", "September 22, 1980", "1980-09-22", "1980-09-22", "1980-09-23")
    t2 = _timex("t2", "May 1982", "1982-05", "1982-05-01", "1982-06-01")
    t3 = _timex("t3", "1984", "1984", "1984-01-01", "1985-01-01")
    t4 = _timex("t4", "August 19, 1987", "1987-08-19", "1987-08-19", "1987-08-20")
    t5 = _timex("t5", "August 20, 1988", "1988-08-20", "1988-08-20", "1988-08-21")
    start, end = span(VERIFIED_TEXT, "over 2 million casualties")
    casualties = Quantity(
        text="over 2 million casualties",
        start=start,
        end=end,
        value=2e6,
        unit="casualties",
        qualifier="more-than",
    )
    claims_as_read = (
        _claim("c1", "Iraq invaded Iran on September 22, 1980", verdicts["c1"],
               kinds=("event",), times=(t1,)),
        _claim("c2", "In May 1982, Iraqi forces withdrew from Iranian territory", verdicts["c2"],
               kinds=("event",), times=(t2,)),
        _claim("c3", "Iran shelled Kuwait in 1984, some say", verdicts["c3"],
               kinds=("event",), times=(t3,), hedged=True),
        _claim("c4", "The Security Council adopted Resolution 598 on August 19, 1987",
               verdicts["c4"], kinds=("event",), times=(t4,)),
        _claim("c5", "The war caused over 2 million casualties", verdicts["c5"],
               kinds=("quantity",), quantities=(casualties,)),
        _claim("c6", "The ceasefire took effect on August 20, 1988", verdicts["c6"],
               kinds=("event",), times=(t5,)),
    )  # fmt: skip
    claims = tuple(
        replace(claim, checkworthiness=CHECKWORTHINESS[claim.id]) for claim in claims_as_read
    )
    labels = ("Iraq invades Iran", "Iraqi forces withdraw", "Iran shells Kuwait",
              "Resolution 598 adopted", "Ceasefire takes effect")  # fmt: skip
    dated = [claim for claim in claims if claim.times]
    reference = (
        _reference("E001", "Iraqi invasion of Iran", ("1980-09-22", "1980-09-23", "day"),
                   "supported", "c1"),
        _reference("E014", "Iraqi withdrawal to the border", ("1982-06-20", "1982-06-30", "day"),
                   "contradicted", "c2"),
        _reference("E027", "Resolution 598 adopted", ("1987-07-20", "1987-07-21", "day"),
                   "contradicted", "c4"),
        _reference("E030", "Ceasefire takes effect", ("1988-08-20", "1988-08-21", "day"),
                   "contested", "c6"),
        *(
            _reference(o.reference_id, o.title, (o.earliest, o.latest, o.precision), "omitted")
            for o in OMISSIONS
        ),
    )  # fmt: skip
    return Report(
        article=Article(
            text=VERIFIED_TEXT,
            source="examples/verified.txt",
            title="Six Claims About the Iran–Iraq War",
            published="2024-10-08",
            date_source="option",
        ),
        claims=claims,
        timexes=(t1, t2, t3, t4, t5),
        quantities=(casualties,),
        entities=(),
        timeline=tuple(_entry(claim, label) for claim, label in zip(dated, labels, strict=True)),
        inconsistencies=(),
        packs=(PackRef(name=PACK, version="1.0.0", title="The Iran–Iraq war, 1979–1988"),),
        reference_timeline=reference,
        omissions=OMISSIONS,
        rhetoric=_rhetoric(),
    )


def _technique(span_id: str, phrase: str, technique: Any, **fields: Any) -> TechniqueSpan:
    start, end = span(VERIFIED_TEXT, phrase)
    return TechniqueSpan(
        id=span_id, technique=technique, start=start, end=end, text=phrase, **fields
    )


def _rhetoric() -> Rhetoric:
    """Three technique spans: two overlapping from the model (one with a runner-up), one lexicon."""
    techniques = (
        _technique("t1", "some say", "Doubt", score=0.55, source="lexicon",
                   explanation='Doubt: "some say" rests the claim on unnamed voices.'),
        _technique("t2", "over 2 million casualties", "Exaggeration,Minimisation", score=0.41,
                   explanation="Exaggeration: a round figure given as a floor.",
                   technique_score=0.48, runner_up="Loaded_Language", runner_up_score=0.36),
        _technique("t3", "2 million", "Loaded_Language", score=0.12, technique_score=0.7,
                   explanation='Loaded language: "million" stands out in this sentence.'),
    )  # fmt: skip
    counts = tuple(
        TechniqueCount(technique=technique, count=1)
        for technique in ("Doubt", "Exaggeration,Minimisation", "Loaded_Language")
    )
    weaker = (
        _technique("w1", "The ceasefire", "Flag-Waving", score=0.08, technique_score=0.4,
                   explanation='Flag waving: the model reads "The ceasefire" as pride.',
                   runner_up="Loaded_Language", runner_up_score=0.3),
    )  # fmt: skip
    return Rhetoric(
        techniques=techniques,
        counts=counts,
        sentences=6,
        loaded_sentences=1,
        floor=0.1,
        below_floor=1,
        weaker=weaker,
    )


def unchecked_report() -> Report:
    """Build the same article's report before verification: no pack, every claim unchecked."""
    report = verified_report()
    return replace(
        report,
        claims=tuple(replace(claim, verdict=Verdict()) for claim in report.claims),
        packs=(),
        reference_timeline=(),
        omissions=(),
    )
