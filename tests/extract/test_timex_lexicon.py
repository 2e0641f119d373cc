"""The grammar's word tables as regular expressions: trie alternations and rule keywords."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.extract.timex_grammar import GRAMMAR
from chronocheck.extract.timex_lexicon import alternation
from chronocheck.extract.timex_rule import Rule

REPO = Path(__file__).resolve().parents[2]
ARTICLES = [REPO / "examples" / "iran-iraq-war-1980-1988.txt"] + sorted(
    (REPO / "tests" / "articles").glob("*.txt")
)
#: Words as the lexicon writes them: single spaces between parts, none at the ends
#: (a whitespace-only word such as " " matches differently inside a trie).
WORDS = st.lists(
    st.text(alphabet="abc -.", min_size=1, max_size=5).filter(
        lambda word: word == " ".join(word.split()) and word.strip()
    ),
    min_size=1,
    max_size=8,
)


def _longest_first(words: list[str]) -> str:
    """The alternation the trie must behave like: every word, longest first."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


@settings(deadline=None)
@given(words=WORDS, text=st.text(alphabet="abc -.X", max_size=40))
def test_a_trie_alternation_matches_like_a_longest_first_list(words: list[str], text: str) -> None:
    trie = re.compile(rf"(?:{alternation(words)})X?", re.IGNORECASE)
    plain = re.compile(rf"(?:{_longest_first(words)})X?", re.IGNORECASE)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("words", "text", "matched"),
    [
        (["sep", "sept", "september"], "September", "September"),
        (["sep", "sept", "september"], "Sept.", "Sept"),
        (["a", "a couple", "a couple of"], "a  couple of days", "a  couple of"),
        (["may", "march", "monday"], "MONDAY", "MONDAY"),
    ],
)
def test_a_trie_alternation_takes_the_longest_word(
    words: list[str], text: str, matched: str
) -> None:
    found = re.match(alternation(words), text, re.IGNORECASE)
    assert found is not None and found.group(0) == matched


@pytest.mark.parametrize("rule", [rule for rule in GRAMMAR if rule.keywords], ids=lambda r: r.name)
def test_every_match_of_a_rule_holds_one_of_its_keywords(rule: Rule) -> None:
    """Skipping a rule for want of its keywords never loses a match (on our articles)."""
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        for match in rule.pattern.finditer(text):
            folded = match.group(0).casefold()
            assert any(keyword in folded for keyword in rule.keywords), (rule.name, match)
