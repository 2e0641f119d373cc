"""Plain-text descriptions of report values, shared by every renderer.

Each renderer decides layout and markup; the words for a date, a quantity or
an interval are decided here once, so the terminal, Markdown and HTML reports
say the same thing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import date, timedelta

from chronocheck.models import (
    Article,
    Claim,
    EntityMention,
    Quantity,
    Report,
    TimeAnchor,
    TimelineEntry,
    Timex,
)

LOGGER = logging.getLogger(__name__)

ELLIPSIS = "…"
STDIN_WORDS = "standard input"
SHORT_SHA_LENGTH = 12
#: Words for ``Article.date_source``; other values are shown as they are.
DATE_SOURCE_WORDS = {
    "option": "given as an option",
    "html-metadata": "from the page metadata",
    "dateline": "from the dateline",
}
#: Words for TIMEX3 ``mod`` values (TimeML 1.2.1 §2.2.2.1).
TIMEX_MOD_WORDS = {
    "APPROX": "about",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
    "EQUAL_OR_LESS": "at most",
    "EQUAL_OR_MORE": "at least",
    "START": "start of",
    "MID": "middle of",
    "END": "end of",
}
QUALIFIER_WORDS = {
    "exact": "",
    "approximately": "about",
    "estimate": "an estimated",
    "more-than": "more than",
    "at-least": "at least",
    "less-than": "less than",
    "at-most": "at most",
    "range": "",
}
#: What an anchor without words of its own is called.
ANCHOR_KIND_WORDS = {
    "document": "the publication date",
    "timex": "another date",
    "event": "an event",
}
DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}
TIME_DURATION_UNITS = {"H": "hour", "M": "minute", "S": "second"}
# Date part and time part of an ISO 8601 duration; month "M" and minute "M" differ by the "T".
_DURATION_PATTERN = re.compile(
    r"P(?P<date>(?:\d+(?:\.\d+)?[YMWD])*)(?:T(?P<time>(?:\d+(?:\.\d+)?[HMS])+))?"
)
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")
# The largest integer a float holds exactly (2**53); beyond it digits would be invented.
_EXACT_FLOAT_INTEGER_LIMIT = 2**53


def trim(text: str, limit: int) -> str:
    """Collapse whitespace and cut ``text`` to at most ``limit`` characters, at a word end.

    Args:
        text: Any text.
        limit: Maximum length of the result, ellipsis included (at least 1).

    Returns:
        The text on one line, ending in an ellipsis when it was cut.
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    # Prefer ending on a whole word, unless that would throw away most of the room.
    word_end = cut.rfind(" ")
    if flat[limit - 1] != " " and word_end >= limit // 2:
        cut = cut[:word_end]
    return cut.rstrip() + ELLIPSIS


def format_number(value: float) -> str:
    """Write a number with thousands separators and no spurious ``.0``.

    Args:
        value: The number.

    Returns:
        ``"2,000,000"`` for ``2e6``, ``"1,234.5"`` for ``1234.5``.
    """
    if value.is_integer() and abs(value) < _EXACT_FLOAT_INTEGER_LIMIT:
        return f"{int(value):,}"
    return f"{value:,}"


def describe_duration(value: str) -> str:
    """Put an ISO 8601 duration into words.

    Args:
        value: A duration such as ``"P6M"`` or ``"P1Y2M"``.

    Returns:
        ``"6 months"``, ``"1 year 2 months"``; the value itself when it is not a
        plain duration (``"PXY"``, ``"PAST_REF"``).
    """
    match = _DURATION_PATTERN.fullmatch(value)
    if match is None:
        return value
    words = [
        _count_words(number, DURATION_UNITS[unit])
        for number, unit in _DURATION_PART.findall(match["date"])
    ]
    words += [
        _count_words(number, TIME_DURATION_UNITS[unit])
        for number, unit in _DURATION_PART.findall(match["time"] or "")
    ]
    return " ".join(words) if words else value


def _count_words(number: str, unit: str) -> str:
    """Write ``number unit`` with the unit in the plural unless the number is one."""
    return f"{number} {unit}" if number == "1" else f"{number} {unit}s"


def describe_anchor(anchor: TimeAnchor) -> str:
    """Say what a relative time expression was counted from.

    Args:
        anchor: The expression's anchor.

    Returns:
        For example ``"6 months after “Iraq's invasion”"`` or
        ``"same as the publication date (unresolved)"``.
    """
    origin = f"“{trim(anchor.text, 60)}”" if anchor.text else ANCHOR_KIND_WORDS[anchor.kind]
    if anchor.offset:
        relation = f"{describe_duration(anchor.offset)} {anchor.direction} {origin}"
    elif anchor.direction == "same":
        relation = f"same as {origin}"
    else:
        relation = f"{anchor.direction} {origin}"
    return relation if anchor.resolved else f"{relation} (unresolved)"


def describe_timex_value(timex: Timex) -> str:
    """Say what a time expression was normalized to, without its words.

    Args:
        timex: The time expression.

    Returns:
        For example ``"start of 1980-09 (month), vague"`` or ``"unresolved"``.
    """
    if timex.value is None:
        value = "unresolved"
    elif timex.type == "DURATION":
        value = f"{describe_duration(timex.value)} ({timex.value})"
    else:
        value = timex.value
    if timex.mod:
        value = f"{TIMEX_MOD_WORDS.get(timex.mod, timex.mod.lower())} {value}"
    details = [value + (f" ({timex.precision})" if timex.precision else "")]
    if timex.anchor is not None:
        details.append(describe_anchor(timex.anchor))
    if timex.vague:
        details.append("vague")
    return ", ".join(details)


def describe_timex(timex: Timex) -> str:
    """Describe a time expression: its words and what they were normalized to.

    Args:
        timex: The time expression.

    Returns:
        For example ``"“six months later” → 1981-03 (month), 6 months after “the invasion”"``.
    """
    return f"“{trim(timex.text, 60)}” → {describe_timex_value(timex)}"


def describe_quantity_value(quantity: Quantity) -> str:
    """Say what a quantity was normalized to, without its words.

    Args:
        quantity: The quantity.

    Returns:
        For example ``"more than 2,000,000 casualties"`` or ``"40%"``.
    """
    number = format_number(quantity.value)
    if quantity.high is not None:
        number = f"{number}–{format_number(quantity.high)}"
    if quantity.unit == "percent":
        amount = f"{number}%"
    elif quantity.unit:
        amount = f"{number} {_duration_unit_plural(quantity)}"
    else:
        amount = number
    qualifier = QUALIFIER_WORDS[quantity.qualifier]
    return f"{qualifier} {amount}" if qualifier else amount


def _duration_unit_plural(quantity: Quantity) -> str:
    """Put a duration's time unit in the plural ("10 year" reads wrong); other units stay."""
    unit = quantity.unit or ""
    if quantity.kind == "duration" and quantity.value != 1 and not unit.endswith("s"):
        return unit + "s"
    return unit


def describe_quantity(quantity: Quantity) -> str:
    """Describe a quantity: its words and what they were normalized to.

    Args:
        quantity: The quantity.

    Returns:
        For example ``"“over 2 million casualties” → more than 2,000,000 casualties"``.
    """
    return f"“{trim(quantity.text, 60)}” → {describe_quantity_value(quantity)}"


def describe_entities(entities: Iterable[EntityMention]) -> str:
    """List entities with their labels, each once, in order of appearance.

    Args:
        entities: Entity mentions.

    Returns:
        For example ``"Iraq (GPE), Ruhollah Khomeini (PERSON)"``.
    """
    unique = dict.fromkeys(f"{entity.text} ({entity.label})" for entity in entities)
    return ", ".join(unique)


def describe_kinds(claim: Claim) -> str:
    """List a claim's kinds, comma-separated."""
    return ", ".join(claim.kinds)


def describe_date_source(date_source: str | None) -> str:
    """Say how the publication date was found.

    Args:
        date_source: ``Article.date_source``.

    Returns:
        Words for the known sources, the value itself otherwise, ``"source unknown"``
        for None.
    """
    if date_source is None:
        return "source unknown"
    return DATE_SOURCE_WORDS.get(date_source, date_source)


def describe_source(source: str) -> str:
    """Name where an article came from, spelling out standard input (``"-"``)."""
    return STDIN_WORDS if source == "-" else source


def describe_published(article: Article) -> str:
    """Say when an article was published and how that was found.

    Args:
        article: The article.

    Returns:
        For example ``"2024-10-08 (from the dateline)"``, or ``"unknown"``.
    """
    if not article.published:
        return "unknown"
    return f"{article.published} ({describe_date_source(article.date_source)})"


def describe_interval(earliest: str, latest: str) -> str:
    """Write a half-open day interval as briefly as it allows.

    Args:
        earliest: First day inside (``YYYY-MM-DD``).
        latest: First day after (``YYYY-MM-DD``).

    Returns:
        The first and last units inside, in the coarsest calendar unit (year,
        month, day) the bounds allow: ``"1980-09-22"``, ``"1980-09"``, ``"1980"``,
        ``"1980 – 1988"``, ``"1980-09-22 – 1988-08-19"``; the raw bounds when they
        are not dates or are in the wrong order.
    """
    try:
        first, after = date.fromisoformat(earliest), date.fromisoformat(latest)
    except ValueError:
        LOGGER.warning("Interval bounds are not ISO dates: %r, %r", earliest, latest)
        return f"{earliest} – {latest}"
    if after <= first:
        LOGGER.warning("Interval ends before it starts: %r, %r", earliest, latest)
        return f"{earliest} – {latest}"
    last = after - timedelta(days=1)
    if (first.month, first.day) == (after.month, after.day) == (1, 1):
        return _span_words(str(first.year), str(last.year))
    if first.day == after.day == 1:
        return _span_words(first.isoformat()[:7], last.isoformat()[:7])
    return _span_words(first.isoformat(), last.isoformat())


def _span_words(first: str, last: str) -> str:
    """Write an inclusive span of calendar units, or the unit alone when there is one."""
    return first if first == last else f"{first} – {last}"


def describe_entry_date(entry: TimelineEntry) -> str:
    """Describe when a timeline entry happened, marking relative dates.

    Args:
        entry: The timeline entry.

    Returns:
        Its interval in words, followed by ``" (relative)"`` when it was computed
        from another date.
    """
    interval = describe_interval(entry.earliest, entry.latest)
    return f"{interval} (relative)" if entry.relative else interval


def count_noun(count: int, singular: str, plural: str) -> str:
    """Write ``count`` with the noun in the right number: ``"1 claim"``, ``"2 claims"``."""
    return f"{count:,} {singular if count == 1 else plural}"


def describe_counts(report: Report) -> str:
    """Summarize how much was found in an article, in words.

    Args:
        report: What chronocheck found.

    Returns:
        For example ``"5 claims · 6 time expressions · ... · 1 inconsistency"``.
    """
    return " · ".join(
        (
            count_noun(len(report.claims), "claim", "claims"),
            count_noun(len(report.timexes), "time expression", "time expressions"),
            count_noun(len(report.quantities), "quantity", "quantities"),
            count_noun(len(report.entities), "entity", "entities"),
            count_noun(len(report.timeline), "timeline event", "timeline events"),
            count_noun(len(report.inconsistencies), "inconsistency", "inconsistencies"),
        )
    )


def short_sha(sha256: str) -> str:
    """Shorten a hex digest for display, like git does."""
    return sha256[:SHORT_SHA_LENGTH]


def line_number(text: str, offset: int) -> int:
    """Return the 1-based line of ``text`` that character ``offset`` lies on."""
    return text.count("\n", 0, offset) + 1
