"""The CI accuracy gate: every benchmark figure at or above its committed floor.

The floors are in ``tests/evaluate/accuracy_floors.toml``. When this test fails,
a change lowered an official figure: fix it, or lower the floor in the same
commit and say why. ``chronocheck evaluate gate --raise`` raises them.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from chronocheck.evaluate.gate import check_floors, measure_figures, read_floors
from tests.shared_paths import CHECKTHAT, NEWSQUANT, PTC, REPO, TEMPEVAL

FLOORS = REPO / "tests" / "evaluate" / "accuracy_floors.toml"


@pytest.mark.skipif(
    not all(path.is_dir() for path in (TEMPEVAL, NEWSQUANT, PTC, CHECKTHAT)),
    reason="the benchmarks are not beside the repo",
)
def test_no_figure_falls_below_its_floor(nlp: Language) -> None:
    floors = read_floors(FLOORS)
    assert len(floors) == 23, "every TempEval-3, NewsQuant, PTC and CheckThat! figure has a floor"
    measured = measure_figures(
        nlp, tempeval=TEMPEVAL, newsquant=NEWSQUANT, ptc=PTC, checkthat=CHECKTHAT
    )
    below = [row for row in check_floors(measured, floors) if row.status == "below"]
    assert not below, "\n".join(
        f"{row.key}: {row.measured:.2f} is below its floor {row.floor:.2f}" for row in below
    )
