"""ReferenceIndex: alias linking and BM25 search over several packs."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronocheck.verify.index import ReferenceIndex, normalize_alias
from tests.verify.small_pack import small_pack


@pytest.fixture(scope="module")
def index() -> ReferenceIndex:
    return ReferenceIndex([small_pack()])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Argentine junta under Galtieri", {"falklands-test:N1", "falklands-test:N4"}),
        ("the Falklands", {"falklands-test:N3"}),
        ("Britain's fleet", {"falklands-test:N2"}),
        # The longest alias wins: the resolution, not also a shorter name inside it.
        ("UN Security Council Resolution 502 demanded", {"falklands-test:N6"}),
        ("nothing relevant here", set()),
    ],
)
def test_link_entities(index: ReferenceIndex, text: str, expected: set[str]) -> None:
    assert set(index.link_entities(text)) == expected


def test_link_entities_counts_repeats(index: ReferenceIndex) -> None:
    assert index.link_entities("Galtieri met Galtieri's generals")["falklands-test:N4"] == 2


def test_search_ranks_the_named_event_first(index: ReferenceIndex) -> None:
    hits = index.search_events("the sinking of the Belgrano by a British submarine")
    assert hits[0][0] == "falklands-test:E3"
    assert all(score > 0 for _, score in hits)


@given(st.text(max_size=80))
def test_search_accepts_any_text(text: str) -> None:
    index = ReferenceIndex([small_pack()])
    for key, score in index.search_events(text):
        assert key in index.events
        assert score > 0


def test_event_names_exclude_participants(index: ReferenceIndex) -> None:
    assert index.event_names("falklands-test:E2") == frozenset({"falklands-test:N6"})
    assert index.event_names("falklands-test:E4") == frozenset()


def test_two_packs_keep_their_own_ids() -> None:
    first = small_pack()
    second = dataclasses.replace(first, info=dataclasses.replace(first.info, name="other"))
    index = ReferenceIndex([first, second])
    assert {"falklands-test:E1", "other:E1"} <= set(index.events)


@pytest.mark.parametrize(
    ("alias", "expected"),
    [("The Falklands", "falklands"), ("Britain’s", "britain"), ("Iran–Iraq War", "iran-iraq war")],
)
def test_normalize_alias(alias: str, expected: str) -> None:
    assert normalize_alias(alias) == expected


@pytest.mark.issue(8)
def test_participant_names_keep_the_packs_order(index: ReferenceIndex) -> None:
    # Not a set's order, which changes from process to process (the PTC corpus on the
    # process pool and on Ray gave the omissions' participants in different orders).
    for packed in index.events.values():
        expected = tuple(
            index.entity_name(f"{packed.pack}:{p}")
            for p in dict.fromkeys(packed.event.participants)
        )
        assert index.participant_names(packed) == expected
    assert any(len(packed.event.participants) > 1 for packed in index.events.values())
