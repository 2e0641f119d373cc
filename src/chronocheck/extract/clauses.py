"""Split sentences into clauses, so that a sentence making two assertions gives two claims.

A clause is a head token (the sentence root, or a verb attached as a conjunct,
adverbial, relative or complement clause) with the tokens it governs, minus the
tokens of clauses below it. Clauses that carry nothing checkable are merged
into the clause above them by the claim builder.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

LOGGER = logging.getLogger(__name__)

#: Dependency labels that start a new clause when they hang a verb on its head.
CLAUSE_DEPS = frozenset({"conj", "advcl", "relcl", "ccomp", "parataxis"})
#: Of those, the labels that may start a clause at a noun too: the small pipeline
#: often tags a verb as a noun there ("his radio broadcast in April 1979, urging").
NOUN_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "parataxis"})
CLAUSE_POS = frozenset({"VERB", "AUX"})
#: Tokens trimmed from the edges of a clause's text.
EDGE_POS = frozenset({"PUNCT", "CCONJ", "SPACE", "SCONJ"})


@dataclass(slots=True)
class Clause:
    """A clause under construction: mutable while clauses are merged.

    Not frozen: the claim builder folds non-checkable clauses into their parents.
    """

    head: Token
    tokens: list[Token]
    parent: Clause | None

    @property
    def start_char(self) -> int:
        """Offset of the clause's first token that is not punctuation or a conjunction."""
        core = _trimmed(self.tokens)
        return core[0].idx if core else self.tokens[0].idx

    @property
    def end_char(self) -> int:
        """End offset of the clause's last token that is not punctuation or a conjunction."""
        core = _trimmed(self.tokens)
        last = core[-1] if core else self.tokens[-1]
        return last.idx + len(last.text)

    def depth(self) -> int:
        """How many clauses lie above this one."""
        return 0 if self.parent is None else 1 + self.parent.depth()

    def absorb(self, other: Clause) -> None:
        """Take ``other``'s tokens (``other`` is merged into this clause)."""
        self.tokens = sorted(self.tokens + other.tokens, key=lambda t: t.i)


def _trimmed(tokens: list[Token]) -> list[Token]:
    start, end = 0, len(tokens)
    while start < end and _is_edge(tokens[start]):
        start += 1
    while end > start and _is_edge(tokens[end - 1]):
        end -= 1
    return tokens[start:end]


def _is_edge(token: Token) -> bool:
    if token.is_space or token.pos_ in EDGE_POS:
        # Keep opening/closing quotes and brackets that enclose words of the clause.
        return not (token.is_quote or token.is_bracket) or token.is_space
    return token.dep_ == "cc"


def is_clause_head(token: Token) -> bool:
    """Whether ``token`` starts a clause of its own."""
    if token.dep_ == "ROOT":
        return True
    if token.dep_ not in CLAUSE_DEPS:
        return False
    if token.pos_ in CLAUSE_POS:
        return True
    return token.dep_ in NOUN_CLAUSE_DEPS and token.pos_ in {"NOUN", "PROPN"}


def _owner(token: Token, heads: set[int]) -> int:
    current = token
    while current.i not in heads and current.head.i != current.i:
        current = current.head
    return current.i


def split_clauses(sent: Span) -> Iterator[Clause]:
    """Yield the clauses of a sentence, parents before children.

    Args:
        sent: A sentence of a parsed Doc.

    Yields:
        Each clause with its own tokens (sub-clauses excluded) and its parent.
    """
    heads = {t.i for t in sent if is_clause_head(t)} or {sent.root.i}
    clauses: dict[int, Clause] = {}
    members: dict[int, list[Token]] = {i: [] for i in heads}
    for token in sent:
        members[_owner(token, heads)].append(token)
    # Parents first: a head's parent clause owns the head's syntactic parent.
    for i in sorted(heads, key=lambda h: _depth_of(sent.doc[h])):
        head = sent.doc[i]
        parent = None if head.head.i == i else clauses.get(_owner(head.head, heads))
        clauses[i] = Clause(head=head, tokens=members[i], parent=parent)
    yield from clauses.values()


def _depth_of(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth
