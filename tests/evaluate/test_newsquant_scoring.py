"""The official NewsQuant metric on hand-made sentences, side effects included."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronocheck.evaluate.newsquant_scoring import (
    NewsquantQuantity,
    NewsquantRecord,
    QuantityCounts,
    TypeScore,
    Value,
    parse_value,
    score_records,
    score_sentence,
    values_match,
)

TEXT = "A sentence."


def _quantity(value: str, unit: str, change: str = "=") -> NewsquantQuantity:
    return NewsquantQuantity(change=change, value=value, unit=unit, normalized_unit=unit)


def _score(
    gold: list[NewsquantQuantity], predicted: list[NewsquantQuantity]
) -> tuple[int, int, int]:
    counts = score_sentence(0, NewsquantRecord(TEXT, tuple(gold)), predicted)
    return counts.value, counts.value_unit, counts.value_change


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2300000000", 2300000000.0),
        ("0.4", 0.4),
        ("-1.3", -1.3),
        ("1.99E-29", 1.99e-29),
        ("12-120", (12.0, 120.0)),
        ("10000000.0-100000000.0", (1e7, 1e8)),
        ("36040.0-34935.0", (36040.0, 34935.0)),
    ],
)
def test_parse_value(text: str, expected: Value) -> None:
    assert parse_value(text) == expected


def test_parse_value_refuses_words() -> None:
    with pytest.raises(ValueError, match="could not convert"):
        parse_value("dozens")


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        (5.0, 5.0, True),
        # The tolerance is 1e-8 + 1e-5 * |predicted|.
        (100000.0, 100001.0, True),
        (100000.0, 100002.0, False),
        (0.3333333333333333, 0.33333, True),
        (0.3333333333333333, 0.3333, False),
        (0.0, 1e-9, True),
        ((12.0, 120.0), (12.0, 120.0), True),
        ((12.0, 120.0), (12.0, 121.0), False),
        # A range matches only a range, never one of its ends.
        ((12.0, 120.0), 12.0, False),
        (12.0, (12.0, 120.0), False),
        (float("inf"), 1e300, False),
    ],
)
def test_values_match(gold: Value, predicted: Value, expected: bool) -> None:
    assert values_match(gold, predicted) is expected


def test_a_perfect_prediction_counts_on_every_type() -> None:
    gold = [_quantity("7", "percentage", "down"), _quantity("2300000000", "dollar")]
    assert _score(gold, list(reversed(gold))) == (2, 2, 2)


def test_a_wrong_unit_prediction_is_not_used_up() -> None:
    # One "5 yen" against gold "5 dollar" and "5 euro": value counts twice.
    gold = [_quantity("5", "dollar"), _quantity("5", "euro")]
    assert _score(gold, [_quantity("5", "japanese yen")]) == (2, 0, 2)


def test_value_is_capped_per_sentence_but_change_is_not() -> None:
    # Two "5" predictions with wrong units against one gold "5": value 1, change 2.
    gold = [_quantity("5", "dollar")]
    predicted = [_quantity("5", "euro"), _quantity("5", "japanese yen")]
    assert _score(gold, predicted) == (1, 0, 2)


def test_a_unit_match_uses_the_prediction_up() -> None:
    gold = [_quantity("5", "dollar"), _quantity("5", "dollar")]
    assert _score(gold, [_quantity("5", "dollar")]) == (1, 1, 1)


def test_gold_is_scanned_in_unit_order() -> None:
    # Sorted, "dollar" comes first: it takes a value hit from the euro prediction
    # without using it up, and "euro" then uses it. In file order it would be 1.
    gold = [_quantity("5", "euro"), _quantity("5", "dollar")]
    assert _score(gold, [_quantity("5", "euro")]) == (2, 1, 2)


def test_unit_and_change_are_scored_independently() -> None:
    gold = [_quantity("7", "percentage", "up")]
    assert _score(gold, [_quantity("7", "percentage", "=")]) == (1, 1, 0)
    assert _score(gold, [_quantity("7", "-", "up")]) == (1, 0, 1)


def test_units_are_compared_lower_cased() -> None:
    gold = [_quantity("4", "FA Cup final")]
    assert _score(gold, [_quantity("4", "fa cup final")]) == (1, 1, 1)


def test_a_number_does_not_match_a_range() -> None:
    gold = [_quantity("12-120", "people")]
    assert _score(gold, [_quantity("12", "people")]) == (0, 0, 0)
    assert _score(gold, [_quantity("12-120", "people")]) == (1, 1, 1)


def test_a_prediction_that_is_not_a_number_matches_nothing() -> None:
    gold = [_quantity("1", "minute")]
    assert _score(gold, [_quantity("1:36.6", "minute")]) == (0, 0, 0)


def test_every_prediction_counts_in_a_sentence_without_gold() -> None:
    counts = score_sentence(3, NewsquantRecord(TEXT, ()), [_quantity("500", "utility")])
    assert (counts.gold, counts.predicted, counts.value) == (0, 1, 0)
    assert [(error.index, error.kind) for error in counts.errors] == [(3, "spurious")]


def test_errors_name_each_kind() -> None:
    gold = [
        _quantity("7", "percentage", "down"),
        _quantity("2", "hour"),
        _quantity("9", "day"),
    ]
    predicted = [_quantity("7", "percentage"), _quantity("2", "-"), _quantity("40", "mile")]
    counts = score_sentence(0, NewsquantRecord(TEXT, tuple(gold)), predicted)
    found = [(error.kind, error.gold, error.predicted) for error in counts.errors]
    assert found == [
        ("missed", "9 day (=)", None),
        ("unit", "2 hour (=)", "2 - (=)"),
        ("change", "7 percentage (down)", "7 percentage (=)"),
        ("spurious", None, "40 mile (=)"),
    ]
    assert counts.errors[0].to_dict()["text"] == TEXT


def test_score_records_adds_sentences_up() -> None:
    first = NewsquantRecord("One.", (_quantity("1", "-"),))
    second = NewsquantRecord("Two.", (_quantity("2", "-"), _quantity("3", "-")))
    counts = score_records([(0, first), (5, second)], [[_quantity("1", "-")], []])
    assert (counts.sentences, counts.gold, counts.predicted, counts.value) == (2, 3, 1, 1)
    assert sorted(error.index for error in counts.errors) == [5, 5]


def test_score_records_needs_one_prediction_list_per_sentence() -> None:
    with pytest.raises(ValueError, match="1 gold sentences but 0 predicted"):
        score_records([(0, NewsquantRecord(TEXT, ()))], [])


@pytest.mark.parametrize(
    ("true_positives", "predicted", "gold", "expected"),
    [
        # The published GPT-3 rows.
        (625, 867, 904, (72.1, 69.1, 70.6)),
        (523, 867, 904, (60.3, 57.9, 59.1)),
        (460, 867, 904, (53.1, 50.9, 51.9)),
        (0, 0, 904, (0.0, 0.0, 0.0)),
        (3, 3, 3, (100.0, 100.0, 100.0)),
    ],
)
def test_type_score_rounds_like_the_published_table(
    true_positives: int, predicted: int, gold: int, expected: tuple[float, float, float]
) -> None:
    score = TypeScore.from_counts(true_positives, predicted, gold)
    assert (score.precision, score.recall, score.f1) == expected
    assert score.to_dict()["true_positives"] == true_positives


def test_counts_add_up() -> None:
    one = QuantityCounts(sentences=1, gold=2, predicted=1, value=1, value_unit=1, value_change=0)
    assert one + one == QuantityCounts(2, 4, 2, 2, 2, 0)


def test_records_round_trip_through_dicts() -> None:
    record = NewsquantRecord(TEXT, (_quantity("12-120", "people", "~"),))
    assert NewsquantRecord.from_dict(record.to_dict()) == record


_quantities = st.lists(
    st.builds(
        _quantity,
        value=st.one_of(
            st.integers(-1000, 10**12).map(str),
            st.tuples(st.integers(0, 500), st.integers(0, 500)).map(lambda r: f"{r[0]}-{r[1]}"),
        ),
        unit=st.sampled_from(["dollar", "Dollar", "euro", "-", "percentage", "people"]),
        change=st.sampled_from(["=", "~", "up", "down", ">", "<"]),
    ),
    max_size=8,
)


@given(_quantities)
def test_gold_scored_against_itself_is_perfect(gold: list[NewsquantQuantity]) -> None:
    counts = score_sentence(0, NewsquantRecord(TEXT, tuple(gold)), gold)
    assert (counts.value, counts.value_unit, counts.value_change) == (len(gold),) * 3
    assert counts.errors == ()
