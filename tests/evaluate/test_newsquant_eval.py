"""NewsQuant evaluation: our quantities in the gold vocabulary, parts, and runs on the data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from chronocheck.evaluate.newsquant import (
    NEWSQUANT_BASELINES,
    NewsquantRecord,
    evaluate_quantities,
    load_newsquant,
    score_gpt3_file,
    score_prediction_file,
    select_part,
    write_quantity_predictions,
)
from chronocheck.evaluate.newsquant_baselines import decode_gpt3_quantity
from chronocheck.evaluate.newsquant_scoring import NewsquantQuantity, parse_value
from chronocheck.evaluate.newsquant_units import (
    change_label,
    format_number,
    format_value,
    normalize_unit,
    normalize_unit_name,
    singularize,
    to_newsquant,
)
from chronocheck.models import Qualifier, Quantity, QuantityChange
from tests.shared_paths import NEWSQUANT


def _quantity(
    text: str,
    value: float,
    unit: str | None,
    *,
    qualifier: Qualifier = "exact",
    high: float | None = None,
    change: QuantityChange | None = None,
) -> Quantity:
    return Quantity(text, 0, len(text), value, unit, qualifier, high=high, change=change)


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("percent", "percentage"),
        ("km", "kilometre"),
        ("kilometers", "kilometre"),
        ("miles", "mile"),
        ("square miles", "square mile"),
        ("ft", "foot"),
        ("t", "metric ton"),
        ("gigatonnes", "gigaton"),
        ("lb", "pound-mass"),
        ("barrel/d", "barrel per day"),
        ("MW", "megawatt"),
        ("kWh", "kilowatt hour"),
        ("mph", "mile per hour"),
        ("m.p.h", "mile per hour"),
        ("MPa", "megapascal"),
        ("€", "euro"),
        ("cu ft", "cubic foot"),
        ("dB", "decibel"),
        ("times", "count"),
        ("hour", "hour"),
        ("people", "people"),
        ("Workers", "worker"),
        ("countries", "country"),
        ("bosses", "boss"),
        ("commercial fishermen", "commercial fisherman"),
        ("miles-", "mile"),
        # The extractor's own short names are spelled out.
        ("m3", "cubic metre"),
        ("nmi", "nautical mile"),
        ("magnitude", "magnitude"),
    ],
)
def test_unit_names(unit: str, expected: str) -> None:
    assert normalize_unit_name(unit) == expected


@pytest.mark.parametrize(
    ("text", "words", "unit", "expected"),
    [
        ("$2.3 billion", 12, "USD", "dollar"),
        ("100 yen", 7, "JPY", "japanese yen"),
        ("HK$3.7 billion", 14, "HKD", "hong kong dollar"),
        ("6 million rials", 15, "IRR", "iranian rial"),
        ("$52 a barrel", 12, "USD per barrel", "dollar per barrel"),
        ("15 miles per hour", 17, "miles per hour", "mile per hour"),
        ("9.99 NZ dollars per month", 25, "NZD per month", "new zealand dollar per month"),
        ("1,200 were sold", 5, None, "-"),
        ("30 years old", 8, "year", "year of age"),
        ("a 65-year-old", 13, "year", "year of age"),
        ("50 year-old", 2, None, "year of age"),
        ("30 years ago", 8, "year", "year"),
        ("2 people, 5 years old", 8, "people", "people"),
        # A year unit without the word is an age: "aged 45", "Amir, 27,".
        ("45, was freed", 2, "year", "year of age"),
        ("18 to 24 backed it", 8, "year", "year of age"),
    ],
)
def test_normalize_unit(text: str, words: int, unit: str | None, expected: str) -> None:
    # The quantity is the first `words` characters of the sentence.
    quantity = _quantity(text[:words], 1.0, unit)
    assert normalize_unit(quantity, text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("sides", "side"),
        ("casualties", "casualty"),
        ("matches", "match"),
        ("women", "woman"),
        ("children", "child"),
        ("calories", "calorie"),
        ("gas", "gas"),
        ("analysis", "analysis"),
        ("people", "people"),
        ("men", "man"),
        ("aliases", "alias"),
        ("iraqis", "iraqi"),
        ("crisis", "crisis"),
        ("tennis", "tennis"),
    ],
)
def test_singularize(word: str, expected: str) -> None:
    assert singularize(word) == expected


@pytest.mark.parametrize(
    ("qualifier", "change", "expected"),
    [
        ("exact", None, "="),
        ("range", None, "="),
        ("approximately", None, "~"),
        ("estimate", None, "~"),
        ("more-than", None, ">"),
        ("at-least", None, ">"),
        ("less-than", None, "<"),
        ("at-most", None, "<"),
        ("exact", "up", "up"),
        ("approximately", "down", "down"),
    ],
)
def test_change_label(qualifier: Qualifier, change: QuantityChange | None, expected: str) -> None:
    assert change_label(_quantity("5", 5.0, None, qualifier=qualifier, change=change)) == expected


@pytest.mark.parametrize(
    ("value", "high", "expected"),
    [
        (2300000000.0, None, "2300000000"),
        (7.0, None, "7"),
        (0.4, None, "0.4"),
        (-1.3, None, "-1.3"),
        (1.99e-29, None, "1.99E-29"),
        (12.0, 120.0, "12-120"),
        (24.2, 33.0, "24.2-33"),
        # No "low-high" notation for a negative end: the lower bound stands alone.
        (-5.0, 3.0, "-5"),
    ],
)
def test_format_value(value: float, high: float | None, expected: str) -> None:
    assert format_value(_quantity("x", value, None, high=high)) == expected


def test_a_fall_written_as_a_range_keeps_text_order() -> None:
    # "from $36,040 to $34,935": the gold file writes "36040.0-34935.0".
    fall = _quantity("from $36,040 to $34,935", 34935.0, "USD", high=36040.0, change="down")
    assert format_value(fall) == "36040-34935"
    rise = _quantity("3 to 5 per cent", 3.0, "percent", high=5.0, change="down")
    assert format_value(rise) == "3-5"


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_formatted_numbers_read_back_as_the_same_number(number: float) -> None:
    assert parse_value(format_number(number)) == number


def test_to_newsquant() -> None:
    text = "Exports to China dropped 7% to $2.3 billion."
    quantity = Quantity("7%", 25, 27, 7.0, "percent", kind="percent", change="down")
    assert to_newsquant(quantity, text) == NewsquantQuantity("down", "7", "percent", "percentage")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (["=", " 275", " pound-feet", " pound-feet", " torque"], ("=", "275", "pound-foot")),
        (["+", " 7", " %", " Percent", " exports"], ("up", "7", "percentage")),
        (["=", " 5", " US$", " US$", " -"], ("=", "5", "dollar")),
        (["=", " 3", " dogs", " dogs", " -"], ("=", "3", "dog")),
    ],
)
def test_decode_gpt3_quantity(fields: list[str], expected: tuple[str, str, str]) -> None:
    quantity = decode_gpt3_quantity(fields)
    assert (quantity.change, quantity.value, quantity.normalized_unit) == expected


def test_parts_partition_the_file() -> None:
    records = [NewsquantRecord(str(index), ()) for index in range(12)]
    dev = [index for index, _ in select_part(records, "dev")]
    held_out = [index for index, _ in select_part(records, "held-out")]
    assert dev == [0, 5, 10]
    assert sorted(dev + held_out) == [index for index, _ in select_part(records, "all")]


def test_baselines_hold_the_published_rows() -> None:
    by_name = {baseline.name: baseline for baseline in NEWSQUANT_BASELINES}
    cqe = by_name["CQE"]
    assert (cqe.value.f1, cqe.value_unit.f1, cqe.value_change and cqe.value_change.f1) == (
        91.9,
        85.5,
        88.0,
    )
    assert by_name["quantulum3"].value_change is None
    gpt3 = by_name["GPT-3 (text-davinci-003)"].to_dict()
    assert gpt3["value_unit"] == {"precision": 60.3, "recall": 57.9, "f1": 59.1}


def _require_newsquant() -> Path:
    if not (NEWSQUANT / "data" / "formatted_test_set" / "NewsQuant.json").is_file():
        pytest.skip(f"the NewsQuant data is not at {NEWSQUANT}")
    return NEWSQUANT


def test_load_newsquant_reads_the_gold_file() -> None:
    records = load_newsquant(_require_newsquant())
    assert len(records) == 590
    assert sum(len(record.quantities) for record in records) == 904


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="No NewsQuant gold file"):
        load_newsquant(tmp_path)


def test_the_gpt3_file_gives_the_published_row() -> None:
    scores = score_gpt3_file(_require_newsquant())
    assert (scores.predicted, scores.gold) == (867, 904)
    assert (
        scores.value.true_positives,
        scores.value_unit.true_positives,
        scores.value_change.true_positives,
    ) == (625, 523, 460)
    assert (scores.value.precision, scores.value.recall, scores.value.f1) == (72.1, 69.1, 70.6)
    assert (scores.value_unit.f1, scores.value_change.f1) == (59.1, 51.9)


def test_a_predictions_file_must_cover_every_sentence(tmp_path: Path) -> None:
    data_dir = _require_newsquant()
    path = tmp_path / "predictions.json"
    path.write_text(json.dumps([{"text": "Not in NewsQuant.", "quantities": []}]), "utf-8")
    with pytest.raises(ValueError, match="118 sentences have no predictions"):
        score_prediction_file(data_dir, path, part="dev")


@pytest.mark.slow
def test_evaluate_quantities_on_the_parts(nlp: Language) -> None:
    data_dir = _require_newsquant()
    whole = evaluate_quantities(data_dir, nlp=nlp)
    dev = evaluate_quantities(data_dir, nlp=nlp, part="dev")
    held_out = evaluate_quantities(data_dir, nlp=nlp, part="held-out")
    assert (whole.sentences, whole.gold) == (590, 904)
    assert dev.sentences == 118
    for field in ("sentences", "gold", "predicted"):
        assert getattr(dev, field) + getattr(held_out, field) == getattr(whole, field)
    assert whole.value.true_positives == dev.value.true_positives + held_out.value.true_positives
    assert {error.index % 5 for error in dev.errors} <= {0}
    as_json = whole.to_dict()
    assert as_json["value_unit"]["gold"] == 904
    assert len(as_json["baselines"]) == len(NEWSQUANT_BASELINES)


@pytest.mark.slow
def test_written_predictions_score_the_same(nlp: Language, tmp_path: Path) -> None:
    data_dir = _require_newsquant()
    path = write_quantity_predictions(data_dir, tmp_path, nlp=nlp, part="dev")
    assert path.name == "predictions_NewsQuant.dev.json"
    written = json.loads(path.read_text("utf-8"))
    assert len(written) == 118
    assert all(
        set(quantity) == {"change", "value", "unit", "normalized_unit", "referred_concepts"}
        for record in written
        for quantity in record["quantities"]
    )
    rescored = score_prediction_file(data_dir, path, part="dev")
    direct = evaluate_quantities(data_dir, nlp=nlp, part="dev")
    assert rescored == direct
