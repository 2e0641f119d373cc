"""The accuracy gate: every benchmark figure against a committed floor.

The floors live in a TOML file in the repository (``tests/evaluate/
accuracy_floors.toml``), one table per benchmark part::

    [tempeval3.test]
    value_f1 = 81.82

A change may raise a floor (``chronocheck evaluate gate --raise``) but never
lower one silently: a figure below its floor fails the gate, and lowering a
floor is an edit of that file that a reviewer sees. Figures are compared after
rounding to the precision they are reported at, so float noise cannot fail it.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from spacy.language import Language

from chronocheck.evaluate.checkthat import evaluate_checkworthiness
from chronocheck.evaluate.newsquant import PARTS, evaluate_quantities
from chronocheck.evaluate.ptc import evaluate_rhetoric
from chronocheck.evaluate.timex import evaluate_timex

LOGGER = logging.getLogger(__name__)

#: TempEval-3 figures kept under a floor, per split.
TIMEX_FIGURES = ("strict_f1", "relaxed_f1", "type_f1", "value_f1")
#: NewsQuant match types kept under a floor, per part (their F1).
QUANTITY_FIGURES = ("value", "value_unit", "value_change")
#: Decimal places a figure is compared at (TempEval to 2, NewsQuant to 1 as published).
PLACES = 2
#: How much a figure must exceed its floor before the gate says it could be raised.
RAISE_MARGIN = 0.01

GateStatus = Literal["ok", "below", "raised", "new"]


@dataclass(frozen=True, slots=True)
class GateRow:
    """One figure, its floor and how they compare.

    ``status`` is ``below`` when the figure fell under the floor, ``raised`` when
    it is above it (the floor may be raised), ``new`` when it has no floor yet.
    """

    key: str
    floor: float | None
    measured: float
    status: GateStatus


def measure_figures(
    nlp: Language,
    *,
    tempeval: Path,
    newsquant: Path,
    ptc: Path | None = None,
    checkthat: Path | None = None,
) -> dict[str, float]:
    """Run every evaluation and return its figures by key ("tempeval3.test.value_f1").

    Args:
        nlp: The full chronocheck pipeline.
        tempeval: The TempEval-3 folder.
        newsquant: The NewsQuant folder.
        ptc: The PTC folder (rhetoric figures), if given.
        checkthat: The CheckThat! 2019 folder (check-worthiness figures), if given.
    """
    figures: dict[str, float] = {}
    for split in ("test", "train"):
        timex = evaluate_timex(tempeval, split=split, nlp=nlp)
        for name in TIMEX_FIGURES:
            figures[f"tempeval3.{split}.{name}"] = float(getattr(timex, name))
    for part in PARTS:
        quantities = evaluate_quantities(newsquant, nlp=nlp, part=part)
        for name in QUANTITY_FIGURES:
            figures[f"newsquant.{part}.{name}_f1"] = float(getattr(quantities, name).f1)
    if ptc is not None:
        figures.update(_rhetoric_figures(ptc))
    if checkthat is not None:
        ranking = evaluate_checkworthiness(checkthat, "test").mean
        figures["checkthat2019.test.map"] = 100 * ranking.average_precision
    return figures


def _rhetoric_figures(ptc: Path) -> dict[str, float]:
    """PTC dev figures in %, as ``evaluate rhetoric`` prints them."""
    scores = evaluate_rhetoric(ptc, "dev")
    return {
        "ptc.dev.si_f1": 100 * scores.si.f1,
        "ptc.dev.si_features_f1": 100 * scores.si_features.f1,
        "ptc.dev.si_reported_precision": 100 * scores.si_reported.precision,
        "ptc.dev.tc_micro_f1": 100 * scores.tc.f1,
        "ptc.dev.tc_with_runner_up": 100 * scores.tc_with_runner_up,
    }


def read_floors(path: Path) -> dict[str, float]:
    """The floors in a TOML file, flattened to dotted keys; empty if the file is absent."""
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        return _flatten(tomllib.load(handle))


def check_floors(measured: Mapping[str, float], floors: Mapping[str, float]) -> list[GateRow]:
    """Compare each measured figure with its floor, in key order.

    A floor without a measured figure is reported as ``below`` (the figure was lost).
    """
    rows = []
    for key in sorted(set(measured) | set(floors)):
        floor = floors.get(key)
        value = round(measured.get(key, float("-inf")), PLACES)
        status: GateStatus
        if floor is None:
            status = "new"
        elif value < round(floor, PLACES):
            status = "below"
        elif value >= floor + RAISE_MARGIN:
            status = "raised"
        else:
            status = "ok"
        rows.append(GateRow(key, floor, value, status))
    return rows


def raise_floors_file(
    path: Path, measured: Mapping[str, float], floors: Mapping[str, float]
) -> dict[str, float]:
    """Rewrite the floors file with each floor raised to its measured figure (never lowered).

    Returns:
        The floors written.
    """
    raised = dict(floors)
    for key, value in measured.items():
        raised[key] = max(round(value, PLACES), floors.get(key, float("-inf")))
    path.write_text(render_floors(raised), encoding="utf-8")
    return raised


def render_floors(floors: Mapping[str, float]) -> str:
    """The floors as TOML: one table per benchmark part, keys sorted."""
    tables: dict[str, list[str]] = {}
    for key in sorted(floors):
        table, _, name = key.rpartition(".")
        tables.setdefault(table, []).append(f"{name} = {floors[key]:.{PLACES}f}")
    lines = [
        "# Accuracy floors: `chronocheck evaluate gate` fails when a figure falls below one.",
        "# Raise them with `chronocheck evaluate gate --raise`; lower one only with a reason",
        "# in the commit message.",
    ]
    for table, entries in tables.items():
        lines += ["", f"[{table}]", *entries]
    return "\n".join(lines) + "\n"


def _flatten(table: Mapping[str, object], prefix: str = "") -> dict[str, float]:
    flat: dict[str, float] = {}
    for key, value in table.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, dotted + "."))
        elif isinstance(value, int | float):
            flat[dotted] = float(value)
        else:
            raise ValueError(f"Floor '{dotted}' must be a number, not {value!r}.")
    return flat
