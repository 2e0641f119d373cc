"""Tell a rise or a fall ("rose 3%", "a 5% increase", "cut 500 jobs") from an amount.

A quantity is a change when the words around it say that something moved by
it: a verb of movement before it ("fell 0.4 per cent", "rose by 3%", "cut 500
jobs", "was up 57%"), a noun of movement before "of" ("a rise of 3%") or after
it ("a 5% increase"), or "higher"/"lower" after it ("closed 2% higher"). The
amount something moved *to* or *from* is not a change: in "dropped 7% to $2.3
billion" only the 7% is. A count of things moves only with a few verbs ("cut
500 jobs", not "dropped 20 bombs"), and an army's advance is a distance.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

from chronocheck.models import QuantityChange, QuantityKind

LOGGER = logging.getLogger(__name__)

#: Verbs of movement, by lemma.
UP_VERBS = frozenset(
    "rise climb jump surge soar gain grow increase rally advance rebound spike rocket "
    "skyrocket boost raise lift expand accelerate widen add double triple".split()
)
DOWN_VERBS = frozenset(
    "fall drop decline slip slide sink tumble plunge plummet slump dip ease lose shed cut "
    "reduce lower decrease shrink contract retreat crash sag slash trim narrow erode "
    "shave halve".split()
)
#: Adverbs of movement before the amount: "was up 57%", "down 2.1%".
UP_WORDS = frozenset({"up", "higher"})
DOWN_WORDS = frozenset({"down", "lower"})
#: Adverbs of movement right after the amount: "closed 2% higher"; not "up from 2.4
#: million", which names where the movement started.
WORDS_AFTER: dict[str, QuantityChange] = {"higher": "up", "lower": "down"}
#: The tag of a particle: "shot down two jets" is no fall.
PARTICLE_TAG = "RP"
#: Nouns of movement, by lemma: "a rise of 3%", "a 5% increase".
UP_NOUNS = frozenset(
    "rise increase gain jump surge growth hike boost rally climb uptick advance rebound "
    "spike".split()
)
DOWN_NOUNS = frozenset(
    "fall drop decline decrease cut reduction slump dip slide plunge contraction downturn".split()
)
#: Words between a verb and its amount that do not stop the link: "rose by 3%",
#: "fell a further 2%", "rose another 5%".
LINKING_WORDS = frozenset({"by", "a", "an", "another", "further", "additional", "more", "some"})
#: Adverb tags that may stand between a verb and its amount ("fell sharply by 3%").
ADVERB_TAGS = frozenset({"RB", "RBR", "RBS"})
#: Longest run of linking words and adverbs crossed, in tokens.
MAX_LINK = 3
#: Verbs that take an amount of money as an amount, not a change, unless "by"
#: follows: "raised $5 million" is money raised, "lost $2m" a loss.
AMOUNT_VERBS = frozenset({"raise", "lose", "save"})
#: The only verbs that make a count of things a change: "cut 500 jobs", "added 200
#: seats"; "dropped 20 bombs" and "advanced two divisions" are no falls or rises.
COUNT_VERBS = frozenset(
    "cut shed slash trim add gain lose increase decrease reduce boost halve double".split()
)
#: Counted nouns that measure a level, which any verb of movement moves: "fell 20 points".
LEVEL_NOUNS = frozenset({"point", "place", "spot", "notch", "rank", "position"})
#: Verbs of an army's movement: "advanced 20 km" is a distance, not a rise.
TROOP_VERBS = frozenset({"advance", "retreat"})
#: Longest run of modifiers between a quantity and its noun of movement ("7% share price increase").
MAX_NOUN_RUN = 3
NOUN_RUN_POS = frozenset({"NOUN", "PROPN", "ADJ"})
#: How a verb takes the size of its movement without "by": "raised its stake 5%".
OBJECT_DEPS = frozenset({"dobj", "npadvmod"})
#: Nouns of movement that, before an amount of money, name an amount earned or lost:
#: "a gain of $18 million from the sale" is income, not a rise.
MONEY_AMOUNT_NOUNS = frozenset({"gain", "loss"})
#: The preposition of the amount of a movement, and its dependency labels.
BY = "by"
BY_DEPS = frozenset({"prep", "agent"})
#: Words the parse may climb through from the amount to "by": "by an average of 2.3%";
#: not "to", which leads from the level reached ("grew by 15,000 to 120,000").
BY_PATH_POS = frozenset({"NOUN", "NUM"})
OF = "of"
#: Most steps up the parse from the amount to "by".
MAX_BY_CLIMB = 4
#: The tag of a currency sign, stepped over to reach the verb before "$12".
CURRENCY_TAG = "$"


def detect_change(
    doc: Doc, start: int, end: int, kind: QuantityKind, counted: Token | None = None
) -> QuantityChange | None:
    """Whether the quantity on tokens ``[start, end)`` is a rise, a fall, or neither.

    Args:
        doc: A tagged Doc (lemmas and part-of-speech tags).
        start: First token of the quantity, qualifier and currency included.
        end: Token after its last one.
        kind: The quantity's kind: money raised or lost is an amount, and only
            some verbs move a count of things.
        counted: The counted noun of a count ("points" in "fell 20 points").

    Returns:
        ``"up"``, ``"down"`` or ``None``.
    """
    if kind == "count" and counted is not None and counted.lemma_ not in LEVEL_NOUNS:
        verbs = COUNT_VERBS
    elif kind in ("count", "measure", "duration"):
        verbs = (UP_VERBS | DOWN_VERBS) - TROOP_VERBS
    else:
        verbs = UP_VERBS | DOWN_VERBS
    return (
        _change_before(doc, start, kind, verbs)
        or _change_by(doc, start, end, verbs)
        or (_change_as_object(doc, start, end) if kind == "percent" else None)
        or _change_after(doc, end)
    )


def follows_movement(doc: Doc, start: int) -> bool:
    """Whether a verb or adverb of movement leads to the amount at ``start``: "rose $12"."""
    while start > 0 and doc[start - 1].tag_ == CURRENCY_TAG:
        start -= 1
    return _change_before(doc, start, "percent", UP_VERBS | DOWN_VERBS) is not None


def _change_before(
    doc: Doc, start: int, kind: QuantityKind, verbs: frozenset[str]
) -> QuantityChange | None:
    position, crossed_by = start - 1, False
    for _ in range(MAX_LINK + 1):
        if position < 0:
            return None
        token = doc[position]
        word = token.lower_
        if (word in UP_WORDS or word in DOWN_WORDS) and token.tag_ != PARTICLE_TAG:
            return "up" if word in UP_WORDS else "down"
        if word == "of":
            noun = doc[position - 1] if position > 0 else None
            if noun is None or (kind == "money" and noun.lemma_ in MONEY_AMOUNT_NOUNS):
                return None
            return _noun_direction(noun)
        if token.pos_ in ("VERB", "AUX") or token.lemma_ in UP_VERBS | DOWN_VERBS:
            if token.lemma_ not in verbs or (
                kind == "money" and token.lemma_ in AMOUNT_VERBS and not crossed_by
            ):
                return None
            return _verb_direction(token)
        if word not in LINKING_WORDS and token.tag_ not in ADVERB_TAGS:
            return None
        crossed_by = crossed_by or word == "by"
        position -= 1
    return None


def _change_by(doc: Doc, start: int, end: int, verbs: frozenset[str]) -> QuantityChange | None:
    """A movement "by" the amount, through the parse: "slashed prices by 30 per cent",
    "increased by an average of 2.3 per cent"; not the level reached "to" 120,000."""
    if start > 0 and doc[start - 1].lower_ == "to":
        return None
    for token in doc[start:end]:
        node = token
        for _ in range(MAX_BY_CLIMB):
            head = node.head
            if head.i == node.i:
                break
            if head.lower_ == BY and head.dep_ in BY_DEPS:
                verb = head.head
                # "cut costs by two-thirds", "by" attached to the object of the verb.
                verb = verb.head if verb.dep_ == "dobj" else verb
                return _verb_direction(verb) if verb.lemma_ in verbs else None
            climbs = head.pos_ in BY_PATH_POS or head.lower_ == OF
            if not (start <= head.i < end or climbs):
                break
            node = head
    return None


def _change_as_object(doc: Doc, start: int, end: int) -> QuantityChange | None:
    """A percentage the verb of movement takes through the parse: "raised its stake 5%",
    "boosted net 16%"; never a level after "to"."""
    if start > 0 and doc[start - 1].lower_ == "to":
        return None
    for token in doc[start:end]:
        head = token.head
        if not start <= head.i < end and token.dep_ in OBJECT_DEPS:
            return _verb_direction(head) if head.pos_ == "VERB" else None
    return None


def _change_after(doc: Doc, end: int) -> QuantityChange | None:
    if end < len(doc) and doc[end].lower_ in WORDS_AFTER:
        return WORDS_AFTER[doc[end].lower_]
    for token in doc[end : end + MAX_NOUN_RUN + 1]:
        direction = _noun_direction(token)
        if direction is not None or token.pos_ not in NOUN_RUN_POS:
            return direction
    return None


def _verb_direction(token: Token) -> QuantityChange | None:
    if token.lemma_ in UP_VERBS:
        return "up"
    return "down" if token.lemma_ in DOWN_VERBS else None


def _noun_direction(token: Token) -> QuantityChange | None:
    if token.pos_ != "NOUN":
        return None
    if token.lemma_ in UP_NOUNS:
        return "up"
    return "down" if token.lemma_ in DOWN_NOUNS else None
