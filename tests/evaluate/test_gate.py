"""The accuracy gate: floors read, compared, raised and never lowered."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.evaluate.gate import (
    check_floors,
    raise_floors_file,
    read_floors,
    render_floors,
)

FIGURES = st.dictionaries(
    st.sampled_from(
        [
            "tempeval3.test.value_f1",
            "tempeval3.train.strict_f1",
            "newsquant.held-out.value_f1",
            "newsquant.all.value_change_f1",
        ]
    ),
    st.floats(min_value=0, max_value=100, allow_nan=False).map(lambda x: round(x, 2)),
)


def test_each_figure_is_ok_below_raised_or_new() -> None:
    rows = check_floors(
        {"a.x": 80.0, "a.y": 79.996, "a.z": 85.0, "b.new": 1.0},
        {"a.x": 80.0, "a.y": 80.0, "a.z": 84.0, "a.lost": 50.0},
    )
    assert {row.key: row.status for row in rows} == {
        "a.lost": "below",
        "a.x": "ok",
        "a.y": "ok",
        "a.z": "raised",
        "b.new": "new",
    }


def test_a_figure_a_hundredth_under_its_floor_fails() -> None:
    (row,) = check_floors({"a.x": 79.99}, {"a.x": 80.0})
    assert row.status == "below"


@settings(deadline=None)
@given(FIGURES)
def test_floors_round_trip_through_toml(floors: dict[str, float]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "floors.toml"
        path.write_text(render_floors(floors), encoding="utf-8")
        assert read_floors(path) == pytest.approx(floors)


@settings(deadline=None)
@given(FIGURES, FIGURES)
def test_raising_never_lowers_a_floor(floors: dict[str, float], measured: dict[str, float]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "floors.toml"
        raised = raise_floors_file(path, measured, floors)
        assert read_floors(path) == pytest.approx(raised)
    for key, floor in floors.items():
        assert raised[key] >= floor
    for key, value in measured.items():
        assert raised[key] >= round(value, 2)


def test_a_missing_floors_file_has_no_floors(tmp_path: Path) -> None:
    assert read_floors(tmp_path / "absent.toml") == {}


def test_a_floor_that_is_not_a_number_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "floors.toml"
    path.write_text('[tempeval3.test]\nvalue_f1 = "high"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="tempeval3.test.value_f1"):
        read_floors(path)
