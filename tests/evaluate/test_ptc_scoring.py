"""The SemEval-2020 Task 11 metrics on hand-made cases with known answers."""

from __future__ import annotations

import pytest

from chronocheck.evaluate.ptc_scoring import merge_spans, score_si, score_tc


def test_overlapping_spans_merge_and_touching_ones_do_not() -> None:
    assert merge_spans([(5, 20), (0, 10), (20, 25), (30, 30)]) == [(0, 20), (20, 25)]


def test_exact_match_scores_one() -> None:
    score = score_si([("a", 0, 10), ("a", 20, 30)], [("a", 20, 30), ("a", 0, 10)])
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)


def test_partial_overlap_counts_the_shared_characters() -> None:
    # 5 of the 10 predicted characters are gold; 5 of the 20 gold characters are predicted.
    score = score_si([("a", 0, 10)], [("a", 5, 25)])
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(0.25)
    assert score.f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)


def test_gold_spans_are_merged_before_scoring() -> None:
    # Gold (0,10) and (5,20) become (0,20): recall 10/20, not (10/10 + 5/15) / 2.
    score = score_si([("a", 0, 10)], [("a", 0, 10), ("a", 5, 20)])
    assert (score.predicted, score.gold) == (1, 1)
    assert score.precision == pytest.approx(1.0)
    assert score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(2 / 3)


def test_predicted_spans_are_merged_before_scoring() -> None:
    # Without merging, precision would be (10/10 + 10/10) / 2 = 1 over two spans.
    score = score_si([("a", 0, 10), ("a", 5, 15)], [("a", 0, 5)])
    assert score.predicted == 1
    assert score.precision == pytest.approx(5 / 15)
    assert score.recall == pytest.approx(1.0)


def test_one_prediction_over_two_gold_spans() -> None:
    score = score_si([("a", 0, 30)], [("a", 0, 10), ("a", 20, 30)])
    assert score.precision == pytest.approx(20 / 30)
    assert score.recall == pytest.approx(1.0)


def test_spans_of_other_articles_never_overlap() -> None:
    score = score_si([("b", 0, 10)], [("a", 0, 10)])
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)


def test_no_prediction_scores_zero() -> None:
    score = score_si([], [("a", 0, 10)])
    assert (score.precision, score.recall, score.f1, score.predicted) == (0.0, 0.0, 0.0, 0)


def test_tc_is_accuracy_over_the_gold_rows() -> None:
    gold = [("a", "Doubt", 0, 5), ("a", "Slogans", 10, 20), ("b", "Doubt", 0, 5)]
    predicted = [("a", "Doubt", 0, 5), ("a", "Doubt", 10, 20), ("b", "Doubt", 0, 5)]
    score = score_tc(predicted, gold)
    assert (score.correct, score.gold, score.predicted) == (2, 3, 3)
    assert score.f1 == pytest.approx(2 / 3)
    # Doubt: P 2/3, R 2/2; Slogans: never predicted.
    assert score.per_technique == pytest.approx({"Doubt": 0.8, "Slogans": 0.0})


def test_a_span_with_two_gold_labels_takes_the_best_matching() -> None:
    gold = [("a", "Doubt", 0, 5), ("a", "Repetition", 0, 5)]
    assert score_tc([("a", "Repetition", 0, 5), ("a", "Doubt", 0, 5)], gold).correct == 2
    assert score_tc([("a", "Doubt", 0, 5), ("a", "Doubt", 0, 5)], gold).correct == 1
    assert score_tc([("a", "Slogans", 0, 5), ("a", "Doubt", 0, 5)], gold).f1 == pytest.approx(0.5)
