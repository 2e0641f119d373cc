"""The data model: JSON round trips and invariants."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from chronocheck.models import (
    CLAIM_KINDS,
    QUALIFIERS,
    TIMEX_TYPES,
    Article,
    Claim,
    Quantity,
    TimeAnchor,
    Timex,
    Verdict,
)

anchors = st.builds(
    TimeAnchor,
    kind=st.sampled_from(["document", "timex", "event"]),
    text=st.none() | st.text(max_size=20),
    offset=st.none() | st.sampled_from(["P6M", "P8D", "P1Y"]),
    direction=st.sampled_from(["before", "after", "same"]),
    resolved=st.booleans(),
)
timexes = st.builds(
    Timex,
    id=st.from_regex(r"t[1-9][0-9]?", fullmatch=True),
    text=st.text(min_size=1, max_size=30),
    start=st.integers(0, 1000),
    end=st.integers(0, 1000),
    type=st.sampled_from(TIMEX_TYPES),
    value=st.none() | st.sampled_from(["1980-09-22", "1982-05", "P6M", "PAST_REF"]),
    anchor=st.none() | anchors,
    vague=st.booleans(),
)
quantities = st.builds(
    Quantity,
    text=st.text(max_size=30),
    start=st.integers(0, 1000),
    end=st.integers(0, 1000),
    value=st.floats(allow_nan=False, allow_infinity=False),
    unit=st.none() | st.text(max_size=10),
    qualifier=st.sampled_from(QUALIFIERS),
    high=st.none() | st.floats(allow_nan=False, allow_infinity=False),
)
claims = st.builds(
    Claim,
    id=st.from_regex(r"c[1-9][0-9]?", fullmatch=True),
    text=st.text(max_size=40),
    start=st.integers(0, 1000),
    end=st.integers(0, 1000),
    kinds=st.lists(st.sampled_from(CLAIM_KINDS), max_size=3).map(tuple),
    times=st.lists(timexes, max_size=3).map(tuple),
    quantities=st.lists(quantities, max_size=2).map(tuple),
    verdict=st.builds(Verdict),
)


@given(claims)
def test_claim_round_trips_through_json(claim: Claim) -> None:
    data = json.loads(json.dumps(claim.to_dict()))
    assert Claim.from_dict(data) == claim


@given(st.text(max_size=200))
def test_article_hash_is_of_its_text(text: str) -> None:
    article = Article(text=text, source="-")
    again = Article.from_dict(article.to_dict())
    assert again == article
    assert len(article.sha256) == 64
    assert Article(text=text + "x", source="-").sha256 != article.sha256


def test_claim_defaults_to_unchecked() -> None:
    claim = Claim(id="c1", text="t", start=0, end=1, kinds=("event",))
    assert claim.verdict.label == "unchecked"
    assert claim.to_dict()["verdict"] == {
        "label": "unchecked",
        "confidence": None,
        "evidence": [],
        "difference": None,
        "candidates": [],
    }
