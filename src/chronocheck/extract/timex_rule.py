"""The pieces grammar rules are made of: the Rule record and shared pattern fragments.

A rule is a regular expression compiled with ``re.IGNORECASE`` and a builder that
turns a match into a :class:`TimexParse`. When the pattern has a group named
``t``, that group is the expression and the rest is context (a preposition that
makes "May" a month, say); otherwise the whole match is.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from chronocheck.dates import MONTHS
from chronocheck.extract.timex_lexicon import (
    HEDGES,
    MONTH_ABBREVIATION,
    MONTH_ABBREVIATIONS,
    MONTH_NAME,
    NUMBER_WORD,
    PART_MODS,
    QUANTITY_MODS,
    UNIT_WORD,
    UNITS,
    WEEKDAY_NAME,
    alternation,
    parse_number,
)
from chronocheck.extract.timex_parse import TimexParse
from chronocheck.models import TimexType

LOGGER = logging.getLogger(__name__)

#: A builder reads a match; it returns None when the match is not a time expression.
Builder = Callable[[re.Match[str]], TimexParse | None]

#: Amounts too vague to count ("several years"), written X in TIMEX3 values.
VAGUE_AMOUNTS = ("a few", "few", "several", "many", "some", "a couple of")

YEAR = r"(?P<year>1\d{3}|20\d{2})(?!\d)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
MONTH = rf"(?P<month>(?:{MONTH_NAME})\b|(?:{MONTH_ABBREVIATION})\b\.?)"
# Optional prefixes, here and in the rules ("(?:the\s+|)"), are written "(?:X|)", not
# "(?:X)?": the same matches, tried in the same order, but Python's re takes the
# empty branch without setting up a repetition at every position of the text.
WEEKDAY_PREFIX = rf"(?:(?P<weekday>{WEEKDAY_NAME}),?\s+|)"
# TempEval includes the article of "the end of 1990" in the expression.
PART = rf"(?:(?:the\s+(?=\w+\s+of\b)|)(?P<part>{alternation(PART_MODS)})[\s-]+|)"
#: "Earlier Friday", "Later Thursday": TempEval leaves the comparative out of a
#: day's expression (it orders the event within the day, like a signal), unlike
#: "early Friday".
DAY_PART = (
    r"(?:(?P<part>"
    + alternation(word for word in PART_MODS if word not in ("earlier", "later"))
    + r")[\s-]+|)"
)
# "over the past 20 years" is no hedge: "over" is the preposition of a period.
HEDGE = rf"(?:\b(?P<hedge>{alternation(HEDGES)})\s+(?!the\b)|)"
QUANTITY_MOD = rf"(?:(?P<qmod>{alternation(QUANTITY_MODS)})\s+(?!the\b)|)"
AMOUNT = (
    rf"(?P<num>\d+(?:\.\d+)?|(?:{NUMBER_WORD})(?:[\s-](?:{NUMBER_WORD}))?"
    rf"|{alternation(VAGUE_AMOUNTS)}|an?)"
)
UNIT = rf"(?P<unit>{UNIT_WORD})s?"


#: What a pattern's source holds besides the characters it matches: group names,
#: and the escapes the grammar uses (a letter there is no letter matched).
_NON_LITERAL = re.compile(r"\(\?P[<=]\w+[>)]|\\[sSbBdDwW]|\\[^\w]")
#: A character written by its code ("\u2019"), which may be a letter with a case.
_CODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
#: An inline flag group ("(?i)", "(?-i:") sets case rules of its own.
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern of the temporal grammar and the builder of its parse.

    ``case_free`` is the same pattern without ``re.IGNORECASE``, kept for rules
    whose letters are all lower case: on the lower-cased text it finds the same
    matches at about half the cost of the case-insensitive scan.
    """

    name: str
    pattern: re.Pattern[str]
    build: Builder
    keywords: tuple[str, ...] = ()
    case_free: re.Pattern[str] | None = None

    def parses(
        self, text: str, folded: str | None = None, lowered: str | None = None
    ) -> list[TimexParse]:
        """Every parse of this rule in ``text``, with offsets and the rule's name set.

        Args:
            text: Any text.
            folded: ``text.casefold()``, when the caller has it (it is shared by all rules).
            lowered: ``lower_case_free(text)``, when the caller has it and it is not
                None (it is shared by all rules too).

        Returns:
            The parses, in text order.
        """
        if self.keywords:
            # A substring test is far cheaper than a regex scan; most texts lack
            # "century" or a weekday, and then the rule cannot match.
            folded = text.casefold() if folded is None else folded
            if not any(keyword in folded for keyword in self.keywords):
                return []
        found = []
        for match in self._matches(text, lowered):
            parse = self.build(match)
            if parse is None:
                continue
            start, end = match.span("t") if "t" in match.re.groupindex else match.span()
            found.append(replace(parse, start=start, end=end, rule=self.name))
        return found

    def _matches(self, text: str, lowered: str | None) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` in ``text``, found in ``lowered`` when possible."""
        if lowered is None or self.case_free is None:
            yield from self.pattern.finditer(text)
            return
        for found in self.case_free.finditer(lowered):
            # Matched again in the text itself, where it ends alike: the builders
            # read the words as written ("May" is a month only capitalized).
            match = self.pattern.match(text, found.start())
            if match is not None:
                yield match


def lower_case_free(text: str) -> str | None:
    """``text`` lower-cased, when the case-free patterns find the same matches in it.

    That holds when its only letters with a case are ASCII: a few others (the long
    s, the Kelvin sign) match an ASCII letter when the case is ignored.

    Returns:
        The lower-cased text, or None when it holds a non-ASCII letter with a case.
    """
    non_ascii = set() if text.isascii() else {char for char in text if not char.isascii()}
    return None if any(_has_case(char) for char in non_ascii) else text.lower()


def make_rule(name: str, pattern: str, build: Builder, keywords: tuple[str, ...] = ()) -> Rule:
    """Compile a case-insensitive rule.

    Args:
        name: The rule's name.
        pattern: Its regular expression.
        build: The builder of its parses.
        keywords: Lower-case words one of which every match contains; without
            any of them in the text, the rule is skipped. Leave empty when unsure.

    Returns:
        The rule.
    """
    return Rule(name, re.compile(pattern, re.IGNORECASE), build, keywords, _case_free_copy(pattern))


def _case_free_copy(pattern: str) -> re.Pattern[str] | None:
    """``pattern`` compiled case-sensitive, if all its letters are ASCII lower case."""
    literal = _NON_LITERAL.sub("", _CODE_ESCAPE.sub(lambda code: chr(int(code[1], 16)), pattern))
    # A backslash left is an escape not listed above, which may stand for a letter (\x41).
    if "\\" in literal or _INLINE_FLAGS.search(literal):
        return None
    if any(_has_case(char) and not ("a" <= char <= "z") for char in literal):
        return None
    return re.compile(pattern)


def _has_case(char: str) -> bool:
    return char.lower() != char or char.upper() != char


def month_number(word: str) -> int | None:
    """The month a name or abbreviation stands for ("Sept." -> 9), if it is capitalized."""
    if not word[:1].isupper():
        return None
    key = word.rstrip(".").lower()
    return MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key)


def part_mod(match: re.Match[str]) -> str | None:
    """The TIMEX3 ``mod`` of an "early"/"mid"/"late" prefix, if the rule has one."""
    part = match.groupdict().get("part")
    return PART_MODS[_normalize(part)] if part else None


def quantity_mod(match: re.Match[str]) -> str | None:
    """The TIMEX3 ``mod`` of a "more than"/"about" prefix, if the rule has one."""
    word = match.groupdict().get("qmod")
    return QUANTITY_MODS[_normalize(word)] if word else None


def hedge_mod(match: re.Match[str]) -> str | None:
    """The TIMEX3 ``mod`` of an "about"/"approximately" hedge, if the rule has one."""
    word = match.groupdict().get("hedge")
    return HEDGES[_normalize(word)] if word else None


def amount(match: re.Match[str]) -> float | None:
    """The amount in group ``num``: None for vague amounts ("several")."""
    return parse_number(match.group("num"))


def unit_code(match: re.Match[str]) -> str:
    """The TIMEX3 unit letter of group ``unit`` ("months" -> ``"M"``)."""
    return UNITS[_normalize(match.group("unit"))]


def blank(type_: TimexType = "DATE", **fields: Any) -> TimexParse:
    """A parse whose offsets and rule name :meth:`Rule.parses` fills in."""
    return TimexParse(0, 0, type_, "", **fields)


def _normalize(word: str) -> str:
    return re.sub(r"[\s-]+", " ", word.strip().lower())
