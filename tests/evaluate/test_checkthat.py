"""The CheckThat! 2019 Task 1 metric on hand-made rankings with known answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronocheck.errors import ConfigError
from chronocheck.evaluate.checkthat import (
    RankingScores,
    average_precision,
    load_split,
    mean_scores,
    precision_at,
    r_precision,
    ranked_labels,
    read_transcript,
    score_ranking,
    write_predictions,
)

T, F = True, False


def test_average_precision_averages_the_precision_at_each_positive() -> None:
    assert average_precision([T, F, T, F]) == pytest.approx((1 / 1 + 2 / 3) / 2)
    assert average_precision([F, F, T]) == pytest.approx(1 / 3)
    assert average_precision([T, T, F]) == 1.0
    assert average_precision([F, F]) == 0.0


def test_r_precision_looks_at_as_many_lines_as_there_are_positives() -> None:
    assert r_precision([T, F, T, F]) == 0.5
    assert r_precision([F, T, T, F, F]) == 0.5
    assert r_precision([T, T, F]) == 1.0
    assert r_precision([F]) == 0.0


def test_precision_at_k_counts_missing_lines_as_negatives() -> None:
    ranked = [T, F, T, F, F, T]
    assert precision_at(ranked, 5) == 2 / 5
    assert precision_at(ranked, 10) == 3 / 10
    assert precision_at([T, T], 5) == 2 / 5


def test_ranking_is_by_score_then_input_order() -> None:
    labels = [F, T, F, T]
    assert ranked_labels(labels, [0.1, 0.9, 0.5, 0.5]) == [T, F, T, F]
    assert ranked_labels(labels, [0.0] * 4) == labels


def test_score_ranking_and_the_mean_over_transcripts() -> None:
    perfect = score_ranking([F, T, F], [0.0, 1.0, 0.5])
    assert perfect == RankingScores(1.0, 1.0, (1 / 5, 1 / 10, 1 / 20))
    worst = score_ranking([F, T, F], [1.0, 0.0, 0.5])
    assert worst.average_precision == pytest.approx(1 / 3)
    assert worst.r_precision == 0.0
    mean = mean_scores([perfect, worst])
    assert mean.average_precision == pytest.approx(2 / 3)
    assert mean.precision_at == pytest.approx((1 / 5, 1 / 10, 1 / 20))
    assert mean.to_dict() == {
        "map": 0.6667,
        "r_precision": 0.5,
        "p@5": 0.2,
        "p@10": 0.1,
        "p@20": 0.05,
    }


def test_transcripts_are_read_and_predictions_written(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "training"
    folder.mkdir(parents=True)
    rows = ["1\tHOLT\tGood evening.\t0", "2\tTRUMP\tFord is leaving, 5,000 jobs.\t1", ""]
    (folder / "debate.tsv").write_text("\n".join(rows), encoding="utf-8")
    transcript = read_transcript(folder / "debate.tsv")
    assert transcript.name == "debate"
    assert [(line.number, line.speaker, line.label) for line in transcript.lines] == [
        (1, "HOLT", False),
        (2, "TRUMP", True),
    ]
    assert load_split(tmp_path, "train") == [transcript]
    (path,) = write_predictions([transcript], tmp_path / "out")
    numbers = [row.split("\t")[0] for row in path.read_text(encoding="utf-8").splitlines()]
    assert path.name == "debate.tsv" and numbers == ["1", "2"]


def test_an_empty_split_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="No CheckThat"):
        load_split(tmp_path, "test")
