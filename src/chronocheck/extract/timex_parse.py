"""The temporal grammar's parse of one time expression (stored on ``span._.cc_timex``).

A parse says what the words mean before and after the context is known. The
grammar fills in what the words alone fix; :mod:`chronocheck.extract.timex_resolve`
then computes ``value`` from the reference named by ``reference``:

* ``"none"``: the words fix the value ("September 22, 1980", "P13Y", "PAST_REF").
* ``"document"``: shift the document creation time by ``shift`` units of
  ``unit`` and keep ``precision`` ("last year", "two weeks ago"), or find the
  named weekday or month ``position`` nearest to it ("Friday", "last April").
* ``"narrative"``: ``value`` has an unknown year ``XXXX`` that TempEval takes from
  the last explicit date before it, or from the document date ("September 22").
* ``"anchor"``: ``offset`` before or after the anchor phrase that follows
  ("eight days after its issuance on August 19, 1987", "six months before Iraq's
  invasion"), or, for an ``anaphoric`` expression, after or before the last date
  mentioned before it ("Two months later", "the following year", "that day").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Literal

from chronocheck.models import AnchorKind, Direction, Precision, TimexType

LOGGER = logging.getLogger(__name__)

ReferenceKind = Literal["none", "document", "narrative", "anchor"]
Tense = Literal["past", "present", "future", "unknown"]


@dataclass(frozen=True, slots=True)
class TimexAnchor:
    """The phrase a relative expression is measured from.

    Attributes:
        kind: ``"timex"`` when the phrase holds an explicit date, ``"event"`` when it
            names an event dated elsewhere, ``"document"`` for the creation time.
        text: The anchor's words.
        start: Start offset of the anchor's words.
        end: End offset of the anchor's words.
        timex_start: Start offset of the explicit date inside the phrase, if any.
    """

    kind: AnchorKind
    text: str | None = None
    start: int | None = None
    end: int | None = None
    timex_start: int | None = None


@dataclass(frozen=True, slots=True)
class TimexParse:
    """One time expression as the grammar read it, resolved or not.

    Attributes:
        start: Start character offset in the text.
        end: End character offset (exclusive).
        type: TIMEX3 type.
        rule: Name of the grammar rule that matched (for debugging and tests).
        value: TIMEX3 value once known; may hold ``XXXX`` for an unknown year.
        precision: Granularity of a DATE or TIME value.
        mod: TIMEX3 ``mod`` (APPROX, MORE_THAN, START...).
        vague: Whether the expression only gives a coarse range.
        reference: What the value depends on (see the module docstring).
        shift: Signed number of ``unit`` from the document date.
        unit: Calendar unit of ``shift`` (``"Y"``, ``"M"``, ``"D"``...).
        position: Which named period to find near the document date: the weekday
            (Monday = 0) when ``unit`` is ``"WD"``, the month when it is ``"MN"``.
        offset: ISO duration between the anchor and this expression.
        direction: Where the expression lies relative to its anchor.
        anchor: The phrase it is measured from, once linked.
        tense: Tense of the verb it modifies: a past "Friday" is the last one, a
            future one the next.
        bare_number: Whether the words are only a number (a year that may be a count).
        anaphoric: Whether the expression is measured from the last date mentioned
            before it rather than from a phrase or the document date (TempEval's
            narrative convention: "Two months later", "the previous year", "that day").
        parts: Component expressions in TempEval-3 convention (the duration of an
            anchored offset, the two ends of an interval).
        holiday: The holiday named ("Thanksgiving"): its day depends on the year.
        resolved: Whether ``value`` is final.
    """

    start: int
    end: int
    type: TimexType
    rule: str
    value: str | None = None
    precision: Precision | None = None
    mod: str | None = None
    vague: bool = False
    reference: ReferenceKind = "none"
    shift: int = 0
    unit: str | None = None
    position: int | None = None
    offset: str | None = None
    direction: Direction = "same"
    anchor: TimexAnchor | None = None
    tense: Tense = "unknown"
    bare_number: bool = False
    anaphoric: bool = False
    parts: tuple[TimexParse, ...] = field(default=())
    holiday: str | None = None
    resolved: bool = False

    @property
    def is_explicit_date(self) -> bool:
        """Whether the words alone fix a calendar date (a year at least)."""
        return (
            self.reference == "none"
            and self.type in ("DATE", "TIME")
            and self.value is not None
            and self.value[:1].isdigit()
        )
