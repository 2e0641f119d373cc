"""Tests of the JSON report, its shipped JSON Schema and validation."""

from __future__ import annotations

import copy
import dataclasses
import json
import math
from typing import Any, get_args

import pytest
from hypothesis import given, settings
from jsonschema import Draft202012Validator

from chronocheck import models
from chronocheck.errors import ReportError
from chronocheck.models import Quantity, Report
from chronocheck.report.json_report import load_schema, report_to_json, validate_report_json
from tests.report.report_strategies import reports
from tests.shared_paths import REPO


def _enum(schema: dict[str, Any]) -> set[Any]:
    """The non-null values a property's ``enum`` allows, also behind an ``anyOf``."""
    values = schema.get("enum")
    if values is None:
        values = [v for branch in schema["anyOf"] for v in branch.get("enum", [])]
    return {value for value in values if value is not None}


def _definition(name: str) -> dict[str, Any]:
    definition: dict[str, Any] = load_schema()["$defs"][name]
    return definition


def test_schema_is_valid_draft_2020_12() -> None:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema_version"]["const"] == models.SCHEMA_VERSION


@pytest.mark.parametrize("date", ["1987", "1987-07", "1987-07-20", None])
def test_evidence_date_may_have_any_precision(verified: Report, date: str | None) -> None:
    data = json.loads(report_to_json(verified))
    data["claims"][3]["verdict"]["evidence"][0]["date"] = date
    validate_report_json(data)


@pytest.mark.parametrize(
    ("definition", "prop", "allowed"),
    [
        ("Timex", "type", models.TIMEX_TYPES),
        ("Timex", "precision", models.PRECISIONS),
        ("TimelineEntry", "precision", models.PRECISIONS),
        ("Quantity", "qualifier", models.QUALIFIERS),
        ("Quantity", "kind", models.QUANTITY_KINDS),
        ("Verdict", "label", models.VERDICT_LABELS),
        ("Evidence", "kind", models.EVIDENCE_KINDS),
        ("ReferenceEntry", "status", models.REFERENCE_STATUSES),
        ("ReferenceEntry", "precision", models.PRECISIONS),
        ("Omission", "precision", models.PRECISIONS),
        ("TimeAnchor", "kind", get_args(models.AnchorKind)),
        ("TimeAnchor", "direction", get_args(models.Direction)),
        ("Inconsistency", "kind", get_args(models.InconsistencyKind)),
        ("TechniqueSpan", "technique", models.TECHNIQUES),
        ("TechniqueSpan", "source", get_args(models.TechniqueSource)),
        ("TechniqueCount", "technique", models.TECHNIQUES),
    ],
)
def test_schema_enums_match_the_models(
    definition: str, prop: str, allowed: tuple[str, ...]
) -> None:
    assert _enum(_definition(definition)["properties"][prop]) == set(allowed)


def test_claim_kinds_enum_matches_the_models() -> None:
    kinds = _definition("Claim")["properties"]["kinds"]["items"]
    assert set(kinds["enum"]) == set(models.CLAIM_KINDS)


@pytest.mark.parametrize(
    ("definition", "cls"),
    [
        ("Article", models.Article),
        ("TimeAnchor", models.TimeAnchor),
        ("Timex", models.Timex),
        ("Quantity", models.Quantity),
        ("EntityMention", models.EntityMention),
        ("Evidence", models.Evidence),
        ("Candidate", models.Candidate),
        ("Verdict", models.Verdict),
        ("Claim", models.Claim),
        ("TimelineEntry", models.TimelineEntry),
        ("Place", models.Place),
        ("Inconsistency", models.Inconsistency),
        ("PackRef", models.PackRef),
        ("ReferenceEntry", models.ReferenceEntry),
        ("Omission", models.Omission),
        ("TechniqueSpan", models.TechniqueSpan),
        ("TechniqueCount", models.TechniqueCount),
        ("Rhetoric", models.Rhetoric),
    ],
)
def test_schema_describes_every_field_of_each_dataclass(definition: str, cls: type) -> None:
    schema = _definition(definition)
    fields = [field.name for field in dataclasses.fields(cls)]
    assert list(schema["properties"]) == fields
    assert schema["required"] == fields
    assert schema["additionalProperties"] is False
    assert all(prop["description"] for prop in schema["properties"].values())


def test_top_level_keys_follow_report_fields() -> None:
    schema = load_schema()
    assert list(schema["properties"]) == list(Report.__dataclass_fields__)
    assert schema["required"] == list(Report.__dataclass_fields__)
    assert schema["additionalProperties"] is False
    assert schema["$id"].endswith(f":{models.SCHEMA_VERSION}")


def test_json_keeps_field_order_and_unicode(small: Report) -> None:
    text = report_to_json(small)
    data = json.loads(text)
    assert list(data) == list(Report.__dataclass_fields__)
    assert list(data["article"]) == list(models.Article.__dataclass_fields__)
    assert "Iran–Iraq" in text  # ensure_ascii=False keeps the en dash
    assert text.startswith('{\n  "article": {\n    "text": ')
    assert text.endswith("}\n")


@pytest.mark.parametrize("fixture", ["small", "empty", "hostile", "verified", "unchecked"])
def test_fixture_reports_validate_and_round_trip(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    report: Report = request.getfixturevalue(fixture)
    data = json.loads(report_to_json(report))
    validate_report_json(data)
    assert Report.from_dict(data) == report


def _break(data: dict[str, Any], path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    """Copy ``data`` with the value at ``path`` replaced (or deleted when ``value`` is ...)."""
    broken = copy.deepcopy(data)
    parent: Any = broken
    for key in path[:-1]:
        parent = parent[key]
    if value is Ellipsis:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return broken


@pytest.mark.parametrize(
    ("fixture", "path", "value", "expected_path", "expected_words"),
    [
        ("small", ("timeline",), ..., "$", "'timeline' is a required property"),
        ("small", ("claims", 0, "verdict", "label"), "true", "$.claims[0].verdict.label", "'true'"),
        ("small", ("claims", 2, "kinds", 1), "opinion", "$.claims[2].kinds[1]", "'opinion'"),
        (
            "small",
            ("timexes", 1, "precision"),
            "fortnight",
            "$.timexes[1].precision",
            "'fortnight'",
        ),
        (
            "small",
            ("timeline", 0, "earliest"),
            "1980-13-01",
            "$.timeline[0].earliest",
            "1980-13-01",
        ),
        (
            "small",
            ("timeline", 0, "latest"),
            "22 Sept 1980",
            "$.timeline[0].latest",
            "22 Sept 1980",
        ),
        ("small", ("article", "sha256"), "abc", "$.article.sha256", "'abc'"),
        ("small", ("article", "colour"), "red", "$.article", "'colour' was unexpected"),
        ("small", ("quantities", 0, "value"), "many", "$.quantities[0].value", "'many'"),
        ("small", ("claims", 0, "kinds"), [], "$.claims[0].kinds", "should be non-empty"),
        ("small", ("schema_version",), "2.0.0", "$.schema_version", "'1.5.0' was expected"),
        ("verified", ("packs",), ..., "$", "'packs' is a required property"),
        ("verified", ("packs", 0, "name"), "", "$.packs[0].name", "should be non-empty"),
        (
            "verified",
            ("claims", 3, "verdict", "evidence", 0, "kind"),
            "rumour",
            "$.claims[3].verdict.evidence[0].kind",
            "'rumour'",
        ),
        (
            "verified",
            ("claims", 3, "verdict", "evidence", 0, "date"),
            "1987-13",
            "$.claims[3].verdict.evidence[0].date",
            "'1987-13'",
        ),
        (
            "verified",
            ("claims", 1, "verdict", "candidates", 0, "score"),
            1.5,
            "$.claims[1].verdict.candidates[0].score",
            "1.5",
        ),
        (
            "verified",
            ("reference_timeline", 1, "status"),
            "wrong",
            "$.reference_timeline[1].status",
            "'wrong'",
        ),
        (
            "verified",
            ("reference_timeline", 1, "claim_ids", 0),
            "claim 2",
            "$.reference_timeline[1].claim_ids[0]",
            "'claim 2'",
        ),
        (
            "verified",
            ("omissions", 0, "evidence", "extra"),
            1,
            "$.omissions[0].evidence",
            "'extra' was unexpected",
        ),
        ("verified", ("omissions", 0, "importance"), -1, "$.omissions[0].importance", "-1"),
    ],
)
def test_broken_report_fails_with_json_path(
    request: pytest.FixtureRequest,
    fixture: str,
    path: tuple[str | int, ...],
    value: Any,
    expected_path: str,
    expected_words: str,
) -> None:
    report: Report = request.getfixturevalue(fixture)
    data = _break(json.loads(report_to_json(report)), path, value)
    with pytest.raises(ReportError) as caught:
        validate_report_json(data)
    message = str(caught.value)
    assert message.startswith(f"Report JSON is invalid at {expected_path}: ")
    assert expected_words in message


def test_non_finite_number_is_a_report_error(small: Report) -> None:
    bad = Quantity(text="x", start=0, end=1, value=math.nan, unit=None)
    report = Report(
        article=small.article,
        claims=(),
        timexes=(),
        quantities=(bad,),
        entities=(),
        timeline=(),
        inconsistencies=(),
    )
    with pytest.raises(ReportError, match="cannot be written as JSON"):
        report_to_json(report)


@settings(deadline=None, max_examples=60)
@given(report=reports())
def test_random_reports_round_trip_and_validate(report: Report) -> None:
    text = report_to_json(report)
    data = json.loads(text)
    validate_report_json(data)
    assert Report.from_dict(data) == report
    assert report_to_json(Report.from_dict(data)) == text


def test_schema_changelog_documents_the_current_version() -> None:
    changelog = (REPO / "docs" / "report-schema.md").read_text(encoding="utf-8")
    assert f"### {models.SCHEMA_VERSION}:" in changelog
    assert f"urn:chronocheck:schema:report:{models.SCHEMA_VERSION}" in changelog
