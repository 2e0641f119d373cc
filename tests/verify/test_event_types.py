"""Which event types a claim's wording can describe."""

from __future__ import annotations

import pytest

from chronocheck.packs.schema import EVENT_TYPES
from chronocheck.verify.event_types import TYPE_WORDS, claim_words, type_fit


@pytest.mark.parametrize(
    ("text", "predicate", "event_type", "expected"),
    [
        (
            "Iraqi forces completely withdrew from Iranian territories",
            "withdraw",
            "withdrawal",
            1.0,
        ),
        ("the Security Council adopted Resolution 598", "adopt", "resolution", 1.0),
        ("Rajavi traveled to Iraq", "travel", "relocation", 1.0),
        ("Rajavi traveled to Iraq", "travel", "resolution", 0.0),
        ("Mr. Rajavi established the National Liberation Army", "establish", "founding", 1.0),
        ("something happened", None, "a-type-we-do-not-know", 0.5),
    ],
)
def test_type_fit(text: str, predicate: str | None, event_type: str, expected: float) -> None:
    assert type_fit(claim_words(text, predicate), event_type) == expected


def test_vocabulary_matches_the_pack_format_docs() -> None:
    # docs/packs.md recommends these types; every one but "other" must have cue words.
    assert set(EVENT_TYPES) - {"other"} <= set(TYPE_WORDS)
