"""Word lists the claim extractor relies on: reporting verbs, hedges, causal cues, events.

Kept apart from the logic so that they can be read, reviewed and extended on
their own. All entries are lower-case lemmas.
"""

from __future__ import annotations

import logging

LOGGER = logging.getLogger(__name__)

#: Verbs that attribute a statement to someone ("X said that ...").
REPORTING_VERBS = frozenset(
    {
        "accuse",
        "acknowledge",
        "add",
        "admit",
        "announce",
        "argue",
        "assert",
        "believe",
        "call",
        "characterize",
        "claim",
        "confirm",
        "declare",
        "deny",
        "describe",
        "dismiss",
        "emphasize",
        "estimate",
        "insist",
        "maintain",
        "note",
        "proclaim",
        "report",
        "reveal",
        "say",
        "state",
        "stress",
        "suggest",
        "tell",
        "warn",
        "write",
    }
)

#: Words that weaken an assertion ("reportedly", "may have").
HEDGES = frozenset(
    {
        "allegedly",
        "apparently",
        "could",
        "likely",
        "may",
        "might",
        "perhaps",
        "possibly",
        "presumably",
        "probably",
        "purportedly",
        "reportedly",
        "rumored",
        "seemingly",
        "supposedly",
        "unconfirmed",
    }
)

#: Modal verbs among the hedges: they hedge only when tagged as modals.
MODAL_HEDGES = frozenset({"could", "may", "might"})

#: Lemmas that mark a causal statement on their own ("because", "caused").
#: Cues that need a second word ("led to", "resulted in") are in the claim module.
CAUSAL_CUES = frozenset(
    {"because", "cause", "consequently", "prompt", "trigger", "therefore", "hence"}
)

#: Event nouns and the verb they nominalize, so that "the invasion" can be linked to
#: "invaded" and "the withdrawal" to "withdrew". Nouns that are their own verb
#: ("attack", "ceasefire") need no entry: lemmas are compared directly too.
NOMINALIZATIONS = {
    "acceptance": "accept",
    "adoption": "adopt",
    "agreement": "agree",
    "annexation": "annex",
    "arrival": "arrive",
    "assassination": "assassinate",
    "bombing": "bomb",
    "capture": "capture",
    "collapse": "collapse",
    "death": "die",
    "departure": "depart",
    "destruction": "destroy",
    "election": "elect",
    "establishment": "establish",
    "execution": "execute",
    "expulsion": "expel",
    "founding": "found",
    "formation": "form",
    "invasion": "invade",
    "issuance": "issue",
    "killing": "kill",
    "launch": "launch",
    "liberation": "liberate",
    "occupation": "occupy",
    "outbreak": "break",
    "recapture": "recapture",
    "rejection": "reject",
    "resignation": "resign",
    "retreat": "retreat",
    "return": "return",
    "signing": "sign",
    "surrender": "surrender",
    "takeover": "take",
    "visit": "visit",
    "withdrawal": "withdraw",
}


def event_lemma(lemma: str) -> str:
    """The verb an event word stands for: ``"invasion"`` -> ``"invade"``."""
    lowered = lemma.lower()
    return NOMINALIZATIONS.get(lowered, lowered)
