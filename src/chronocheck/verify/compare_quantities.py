"""Compare a number in an article with the ranges that reference sources give for it.

A claim commits to an interval, set by its qualifier: "over 2 million" to
anything above 2 million, "about 500,000" to 400,000-600,000, a round "2
million" to 1.9-2.1 million. Each source of a quantity group gives a range (a
dispute on the group adds one more). The claim is:

* ``supported`` when it overlaps every source's range;
* ``contested`` when it overlaps some but not others, or falls between the
  sources without overlapping any, or lies just outside them all;
* ``contradicted`` when it lies outside all of them by a clear margin.

Pure functions; the matching of a claim to a group is done elsewhere.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from chronocheck.models import Qualifier, Quantity
from chronocheck.packs.records import RefDispute, RefQuantity

LOGGER = logging.getLogger(__name__)

QuantityLabel = Literal["supported", "contested", "contradicted", "unverifiable"]

#: "About", "some", "an estimated": journalists hedge figures whose sources
#: differ by tens of percent, so a hedged number commits to +-20% of itself.
APPROXIMATE_SHARE = 0.2
#: A number ending in at least this many zeros ("2,000", "2 million") is taken
#: as rounded; "290" or "1,263" are counts and mean exactly themselves.
ROUND_NUMBER_ZEROS = 3
#: A rounded number stands for anything within half its last significant place
#: ("1.2 million": 1.15-1.25 million), but never more than 5% either side: "2
#: million" is written for 1.9-2.1 million, not for 1.5 million.
ROUNDING_SHARE_CAP = 0.05
#: A claim outside every source by more than this share of the nearest bound
#: is contradicted; closer than that it is contested (sources and articles
#: round, and a figure a few percent out is a quibble, not an error).
CLEAR_MARGIN_SHARE = 0.1
QUALIFIER_WORDS: dict[Qualifier, str] = {
    "exact": "",
    "approximately": "about ",
    "estimate": "an estimated ",
    "more-than": "over ",
    "at-least": "at least ",
    "less-than": "less than ",
    "at-most": "at most ",
    "range": "",
}
#: Scale words, largest first, for writing big numbers ("644 billion").
SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
#: Decimals a scaled number may keep ("1.25 million"); more are written out in full.
SCALED_DECIMALS = 2
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}
#: Units written after the number; other units (persons, counted nouns) are left
#: to the sentence around it.
UNIT_SUFFIXES = {"km2": " km²", "km": " km", "mi2": " sq mi", "percent": "%", "sorties": " sorties"}


@dataclass(frozen=True, slots=True)
class SourceRange:
    """One source's range for the quantity: a pack row, or a dispute on the group."""

    reference_id: str
    label: str
    low: float
    high: float | None


@dataclass(frozen=True, slots=True)
class QuantityComparison:
    """How a claimed number compares with the sources of its quantity group.

    Attributes:
        label: ``supported``, ``contested``, ``contradicted``, or ``unverifiable``
            when there is no source to compare with.
        claim_low: The lowest value the claim allows.
        claim_high: The highest (None: no upper bound).
        agreeing: Ids of the sources whose range the claim overlaps.
        disagreeing: Ids of the others.
        spread_low: The lowest bound of any source.
        spread_high: The highest (None: some source has no upper bound).
        claim_text: The claim in words ("over 2 million").
        ranges_text: Each source's range in words, ``;``-separated.
        describe: The comparison in words, for the part of a verdict that differs.
    """

    label: QuantityLabel
    claim_low: float
    claim_high: float | None
    agreeing: tuple[str, ...]
    disagreeing: tuple[str, ...]
    spread_low: float | None
    spread_high: float | None
    claim_text: str
    ranges_text: str
    describe: str


def rounding_tolerance(value: float) -> float:
    """How far either side of ``value`` a writer who wrote it may have rounded from.

    Returns:
        Half the last significant place of a round number (3 or more trailing
        zeros), capped at :data:`ROUNDING_SHARE_CAP` of it; 0 for other numbers.
    """
    if not float(value).is_integer() or value == 0:
        return 0.0
    number = int(abs(value))
    zeros = len(str(number)) - len(str(number).rstrip("0"))
    if zeros < ROUND_NUMBER_ZEROS:
        return 0.0
    return min(10.0**zeros / 2, abs(value) * ROUNDING_SHARE_CAP)


def claim_bounds(quantity: Quantity) -> tuple[float, float | None]:
    """The interval of values a claim commits to, by its qualifier.

    Args:
        quantity: The claimed quantity.

    Returns:
        ``(low, high)``, ``high`` None for no upper bound: an exact number within
        its rounding tolerance (:func:`rounding_tolerance`); "about" or "an
        estimated" within :data:`APPROXIMATE_SHARE` (or the rounding tolerance,
        if wider); "over"/"at least" from the number up; "under"/"at most" from 0
        to the number; a range from its low to its high end, each end within its
        rounding tolerance. "More than" and "less than" exclude the number
        itself; :func:`compare_quantity` takes care of that.
    """
    value, qualifier = quantity.value, quantity.qualifier
    if qualifier in ("more-than", "at-least"):
        return value, None
    if qualifier in ("less-than", "at-most"):
        return min(0.0, value), value
    if qualifier == "range" and quantity.high is not None:
        high = quantity.high
        return value - rounding_tolerance(value), high + rounding_tolerance(high)
    tolerance = rounding_tolerance(value)
    if qualifier in ("approximately", "estimate"):
        tolerance = max(tolerance, abs(value) * APPROXIMATE_SHARE)
    return value - tolerance, value + tolerance


def _overlaps(quantity: Quantity, bounds: tuple[float, float | None], source: SourceRange) -> bool:
    """Whether the claim's interval and a source's range share a value."""
    low, high = bounds
    claim_high = math.inf if high is None else high
    source_high = math.inf if source.high is None else source.high
    if quantity.qualifier == "more-than":
        return source_high > low
    if quantity.qualifier == "less-than":
        return source.low < claim_high
    return source.low <= claim_high and low <= source_high


def _sources(rows: Sequence[RefQuantity], disputes: Sequence[RefDispute]) -> list[SourceRange]:
    sources = [
        SourceRange(row.id, row.description or row.subject, row.low, row.high) for row in rows
    ]
    for dispute in disputes:
        if dispute.field != "value":
            continue
        try:
            value = float(dispute.value.replace(",", ""))
        except ValueError:
            LOGGER.warning("Dispute %s: value '%s' is not a number.", dispute.id, dispute.value)
            continue
        sources.append(SourceRange(dispute.id, dispute.source.title, value, value))
    return sources


def _spread(sources: Sequence[SourceRange]) -> tuple[SourceRange, SourceRange] | None:
    """The sources with the lowest low and the highest high (an open high is highest)."""
    if not sources:
        return None
    lowest = min(sources, key=lambda source: source.low)
    highest = max(sources, key=lambda source: math.inf if source.high is None else source.high)
    return lowest, highest


def _label(
    bounds: tuple[float, float | None],
    spread: tuple[SourceRange, SourceRange] | None,
    *,
    agreeing: int,
    sources: int,
) -> QuantityLabel:
    if spread is None:
        return "unverifiable"
    if agreeing == sources:
        return "supported"
    if agreeing:
        return "contested"
    (low, high), (lowest, highest) = bounds, spread
    if highest.high is not None and low > highest.high:
        distance, nearest = low - highest.high, highest.high
    elif high is not None and high < lowest.low:
        distance, nearest = lowest.low - high, lowest.low
    else:  # between sources without overlapping any, or touching one from outside
        return "contested"
    return "contested" if distance <= abs(nearest) * CLEAR_MARGIN_SHARE else "contradicted"


def compare_quantity(
    quantity: Quantity, rows: Sequence[RefQuantity], disputes: Sequence[RefDispute] = ()
) -> QuantityComparison:
    """Judge a claimed number against every source of its quantity group.

    Args:
        quantity: The claimed quantity.
        rows: The group's pack rows, one range per source.
        disputes: Disputes on the group; each one with ``field == "value"`` is one
            more source.

    Returns:
        The comparison, with the sources that agree and disagree and the words
        for the verdict.
    """
    bounds = claim_bounds(quantity)
    sources = _sources(rows, disputes)
    agreeing = [source for source in sources if _overlaps(quantity, bounds, source)]
    spread = _spread(sources)
    unit = _unit_of(quantity, rows)
    claim_text = _describe_claim(quantity, unit)
    return QuantityComparison(
        label=_label(bounds, spread, agreeing=len(agreeing), sources=len(sources)),
        claim_low=bounds[0],
        claim_high=bounds[1],
        agreeing=tuple(source.reference_id for source in agreeing),
        disagreeing=tuple(s.reference_id for s in sources if s not in agreeing),
        spread_low=spread[0].low if spread else None,
        spread_high=spread[1].high if spread else None,
        claim_text=claim_text,
        ranges_text="; ".join(f"{s.label} {_describe_range(s, unit)}" for s in sources),
        describe=_describe(claim_text, sources, spread, unit),
    )


def _unit_of(quantity: Quantity, rows: Sequence[RefQuantity]) -> str:
    """The unit to write amounts in: the claim's if it is money, else the rows'."""
    if quantity.unit in CURRENCY_SYMBOLS or not rows:
        return quantity.unit or ""
    return rows[0].unit


def _describe_claim(quantity: Quantity, unit: str) -> str:
    amount = format_amount(quantity.value, unit)
    if quantity.qualifier == "range" and quantity.high is not None:
        amount = _describe_span(quantity.value, quantity.high, unit)
    return f"{QUALIFIER_WORDS[quantity.qualifier]}{amount}"


def _describe_range(source: SourceRange, unit: str) -> str:
    if source.high is None:
        return f"at least {format_amount(source.low, unit)}"
    return _describe_span(source.low, source.high, unit)


def _describe_span(low: float, high: float, unit: str) -> str:
    """A range in words: "1.05–1.93 million", "$100 billion–$1.1 trillion", "290"."""
    if low == high:
        return format_amount(low, unit)
    low_text, high_text = format_amount(low, unit), format_amount(high, unit)
    scale = high_text.rsplit(" ", 1)[-1]
    if any(scale == word for _, word in SCALES) and low_text.endswith(f" {scale}"):
        # One scale word and one currency sign for both ends: "$1.05–1.93 million".
        low_text = low_text.removesuffix(f" {scale}")
        symbol = CURRENCY_SYMBOLS.get(unit, "")
        high_text = high_text.removeprefix(symbol)
    return f"{low_text}–{high_text}"


def _describe(
    claim_text: str,
    sources: Sequence[SourceRange],
    spread: tuple[SourceRange, SourceRange] | None,
    unit: str,
) -> str:
    said = f"the article says {claim_text}"
    if spread is None:
        return f"{said}; no source gives a figure"
    lowest = spread[0]
    if len(sources) == 1:
        return f"{said}; the source gives {_describe_range(lowest, unit)} ({lowest.label})"
    # The top of the spread is the highest figure a source commits to: its high
    # end, or the low end of a range it leaves open.
    top = max(sources, key=lambda source: source.low if source.high is None else source.high)
    top_value = top.low if top.high is None else top.high
    text = (
        f"{said}; sources range from {format_amount(lowest.low, unit)} ({lowest.label})"
        f" to {format_amount(top_value, unit)} ({top.label})"
    )
    unbounded = [source.label for source in sources if source.high is None]
    if unbounded:
        text += f", with no upper bound in {', '.join(unbounded)}"
    return text


def format_amount(value: float, unit: str) -> str:
    """Write an amount as a reader would: "2 million", "$1 trillion", "25,900 km²".

    Args:
        value: The amount.
        unit: Its unit: a currency code, a measure (``km2``, ``percent``), or a
            counted noun, which is left out ("persons", "casualties").

    Returns:
        The amount with a scale word when it has at most two decimals at that
        scale ("1.25 million"), else written out with thousands separators.
    """
    number = _format_number(abs(float(value)))
    sign = "-" if value < 0 else ""
    if unit in CURRENCY_SYMBOLS:
        return f"{sign}{CURRENCY_SYMBOLS[unit]}{number}"
    return f"{sign}{number}{UNIT_SUFFIXES.get(unit, '')}"


def _format_number(value: float) -> str:
    for scale, word in SCALES:
        scaled = value / scale
        if scaled >= 1 and round(scaled, SCALED_DECIMALS) == round(scaled, 9):
            return f"{round(scaled, SCALED_DECIMALS):g} {word}"
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.{SCALED_DECIMALS}f}".rstrip("0").rstrip(".")
