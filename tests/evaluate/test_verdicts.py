"""Verdict evaluation: the cases file, matching quotes to claims, the scores and their rendering."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronocheck.errors import ConfigError
from chronocheck.evaluate.verdicts import (
    LABELS,
    CaseLabel,
    SystemScores,
    VerdictCase,
    evaluate_verdicts,
    find_claim,
    format_verdict_errors,
    format_verdict_table,
    load_cases,
    scores_to_json,
)
from chronocheck.models import Article, Claim, Report, Verdict, VerdictLabel
from tests.shared_paths import REPO, SEED_ARTICLE

ARTICLE = (
    "Iraq invaded Iran on 22 September 1980. Resolution 598 was adopted on 19 August 1987, "
    "and the war killed over a million people. It was a tragedy."
)
SECOND_SENTENCE = (
    "Resolution 598 was adopted on 19 August 1987, and the war killed over a million people"
)
OTHER = "The ceasefire took effect on 20 August 1988."
CASES_FILE = REPO / "tests" / "articles" / "verdicts.cases.jsonl"


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _claim(
    text: str, words: str, label: VerdictLabel, *, difference: str | None = None, id_: str = "c1"
) -> Claim:
    start, end = _span(text, words)
    verdict = Verdict(label=label, difference=difference)
    return Claim(id=id_, text=words, start=start, end=end, kinds=("event",), verdict=verdict)


def _report(text: str, claims: tuple[Claim, ...]) -> Report:
    return Report(
        article=Article(text=text, source="fake.txt"),
        claims=claims,
        timexes=(),
        quantities=(),
        entities=(),
        timeline=(),
        inconsistencies=(),
    )


def _case(article: Path, quote: str, label: CaseLabel) -> VerdictCase:
    return VerdictCase(article=article, quote=quote, label=label, source=f"cases.jsonl:{quote}")


def _write(folder: Path, lines: list[Any]) -> Path:
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "twice.txt").write_text("Iraq. Iraq.", encoding="utf-8")
    path = folder / "cases.jsonl"
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


GOOD = {"article": "a.txt", "quote": "Iraq invaded Iran", "label": "supported"}


def test_load_cases_reads_every_field_and_skips_blank_lines(tmp_path: Path) -> None:
    full = {**GOOD, "date": "2025-01-02", "reference": "E010", "note": "Invasion."}
    path = _write(tmp_path, [GOOD, "", "   ", full])
    cases = load_cases(path)
    assert [case.source for case in cases] == [f"{path}:1", f"{path}:4"]
    assert cases[0] == VerdictCase(
        article=(tmp_path / "a.txt").resolve(),
        quote="Iraq invaded Iran",
        label="supported",
        source=f"{path}:1",
    )
    assert (cases[1].date, cases[1].reference, cases[1].note) == ("2025-01-02", "E010", "Invasion.")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not valid JSON"),
        ('["a", "b"]', "must be a JSON object"),
        ({"article": "a.txt", "label": "supported"}, "missing key(s) quote"),
        ({**GOOD, "lable": "supported"}, "unknown key(s) lable"),
        ({**GOOD, "label": "true"}, "label 'true' is not one of"),
        ({**GOOD, "label": "unchecked"}, "label 'unchecked' is not one of"),
        ({**GOOD, "date": "19 August 1987"}, "is not a YYYY-MM-DD date"),
        ({**GOOD, "quote": 598}, "quote must be text"),
        ({**GOOD, "article": None}, "article must be text"),
        ({**GOOD, "article": "missing.txt"}, "cannot read the article"),
        ({**GOOD, "quote": "Iran invaded Iraq"}, "does not occur in the article"),
        ({**GOOD, "quote": ""}, "does not occur in the article"),
        ({**GOOD, "article": "twice.txt", "quote": "Iraq"}, "occurs 2 times"),
    ],
)
def test_load_cases_names_the_line_and_the_reason(
    tmp_path: Path, line: str | dict[str, Any], reason: str
) -> None:
    path = _write(tmp_path, [GOOD, line])
    with pytest.raises(ConfigError) as caught:
        load_cases(path)
    assert f"{path}:2: " in str(caught.value)
    assert reason in str(caught.value)


def test_load_cases_rejects_a_missing_or_empty_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="Cannot read the cases file"):
        load_cases(tmp_path / "none.jsonl")
    with pytest.raises(ConfigError, match="has no cases"):
        load_cases(_write(tmp_path, [""]))


def test_the_shipped_cases_file_is_valid() -> None:
    cases = load_cases(CASES_FILE)
    articles = {case.article for case in cases}
    assert SEED_ARTICLE.resolve() in articles
    assert (REPO / "examples" / "iran-iraq-war-1980-1988.txt").resolve() in articles
    for name in ("iran-iraq-1980-1982.txt", "iran-iraq-1986-1988.txt"):
        labels = {case.label for case in cases if case.article.name == name}
        assert labels == set(LABELS), name


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("Iraq invaded Iran", "c1"),  # only the sentence covers it
        ("19 August 1987", "c3"),  # the clause is smaller than its sentence
        ("Resolution 598 was adopted", "c2"),
        ("1980. Resolution", None),  # across two claims
        ("It was a tragedy", None),
    ],
)
def test_find_claim_takes_the_smallest_covering_claim(quote: str, expected: str | None) -> None:
    claims = (
        _claim(ARTICLE, "Iraq invaded Iran on 22 September 1980", "supported", id_="c1"),
        _claim(ARTICLE, SECOND_SENTENCE, "contradicted", id_="c2"),
        _claim(ARTICLE, "adopted on 19 August 1987", "contradicted", id_="c3"),
    )
    claim = find_claim(claims, *_span(ARTICLE, quote))
    assert (claim.id if claim else None) == expected


def _fake_run(tmp_path: Path) -> tuple[list[tuple[Path, str | None]], list[VerdictCase]]:
    """Cases over two articles, and the list the fake check records its calls in."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    cases = [
        _case(a, "Iraq invaded Iran", "supported"),  # right
        _case(a, "adopted on 19 August 1987", "contradicted"),  # right
        _case(a, "over a million people", "contested"),  # wrong: said supported
        _case(a, "It was a tragedy", "unverifiable"),  # right: no claim
        _case(b, "20 August 1988", "supported"),  # wrong: unchecked counts as unverifiable
    ]
    return [], cases


def _fake_check(calls: list[tuple[Path, str | None]]) -> Any:
    def check(path: Path, date: str | None) -> Report:
        calls.append((path, date))
        if path.name == "b.txt":
            return _report(OTHER, (_claim(OTHER, OTHER, "unchecked"),))
        return _report(
            ARTICLE,
            (
                _claim(ARTICLE, "Iraq invaded Iran on 22 September 1980", "supported", id_="c1"),
                _claim(
                    ARTICLE,
                    "Resolution 598 was adopted on 19 August 1987",
                    "contradicted",
                    difference="the article says 19 Aug 1987; adopted 20 Jul 1987",
                    id_="c2",
                ),
                _claim(
                    ARTICLE,
                    "the war killed over a million people",
                    "supported",
                    difference="inside Q018",
                    id_="c3",
                ),
            ),
        )

    return check


def test_evaluate_verdicts_checks_each_article_once_and_scores(tmp_path: Path) -> None:
    calls, cases = _fake_run(tmp_path)
    scores = evaluate_verdicts(cases, check=_fake_check(calls))
    assert calls == [(tmp_path / "a.txt", None), (tmp_path / "b.txt", None)]
    assert [r.predicted for r in scores.results] == [
        "supported",
        "contradicted",
        "supported",
        "unverifiable",
        "unverifiable",
    ]
    assert [r.claim.id if r.claim else None for r in scores.results] == [
        "c1",
        "c2",
        "c3",
        None,
        "c1",
    ]
    assert scores.uncovered == 1
    system = scores.system
    assert (system.correct, system.accuracy) == (3, 60.0)
    by_label = {s.label: s for s in system.labels}
    # supported: 2 predicted, 1 right, 2 gold -> P 50, R 50.
    # unverifiable: 2 predicted, 1 right, 1 gold -> P 50, R 100.
    assert (by_label["supported"].precision, by_label["supported"].recall) == (50.0, 50.0)
    assert (by_label["unverifiable"].precision, by_label["unverifiable"].recall) == (50.0, 100.0)
    assert by_label["unverifiable"].f1 == 66.67
    assert (by_label["contradicted"].f1, by_label["contested"].f1) == (100.0, 0.0)
    assert system.macro_f1 == round((50.0 + 100.0 + 0.0 + 66.67) / 4, 2)
    assert system.confusion["contested"]["supported"] == 1
    assert system.confusion["supported"]["unverifiable"] == 1
    baseline = scores.baseline
    assert (baseline.correct, baseline.accuracy, baseline.macro_f1) == (1, 20.0, 8.33)
    assert [(a.article, a.cases, a.correct) for a in scores.articles] == [
        ("a.txt", 4, 3),
        ("b.txt", 1, 0),
    ]


def test_evaluate_verdicts_passes_the_date_and_checks_each_date_once(tmp_path: Path) -> None:
    calls: list[tuple[Path, str | None]] = []
    article = tmp_path / "a.txt"
    cases = [
        VerdictCase(article, "Iraq invaded Iran", "supported", date="2025-03-01"),
        VerdictCase(article, "It was a tragedy", "unverifiable", date="2025-03-01"),
        VerdictCase(article, "It was a tragedy", "unverifiable"),
    ]
    evaluate_verdicts(cases, check=_fake_check(calls))
    assert calls == [(article, "2025-03-01"), (article, None)]


def test_evaluate_verdicts_rejects_a_quote_missing_from_the_checked_text(tmp_path: Path) -> None:
    case = VerdictCase(tmp_path / "a.txt", "not there", "supported", source="cases.jsonl:7")
    with pytest.raises(ConfigError, match="cases.jsonl:7: the quote 'not there' does not occur"):
        evaluate_verdicts([case], check=_fake_check([]))


def test_scores_to_json_lists_systems_and_every_case(tmp_path: Path) -> None:
    calls, cases = _fake_run(tmp_path)
    data = scores_to_json(evaluate_verdicts(cases, check=_fake_check(calls)))
    assert json.loads(json.dumps(data)) == data
    assert (data["cases"], data["uncovered"]) == (5, 1)
    assert [s["name"] for s in data["systems"]] == ["chronocheck", "always unverifiable"]
    assert data["systems"][0]["labels"]["supported"]["precision"] == 50.0
    assert data["systems"][0]["confusion"]["contested"]["supported"] == 1
    third = data["results"][2]
    assert (third["expected"], third["predicted"], third["correct"]) == (
        "contested",
        "supported",
        False,
    )
    assert (third["claim_id"], third["difference"]) == ("c3", "inside Q018")
    assert data["results"][3]["difference"] == "no claim"


def test_format_verdict_table_shows_both_systems_confusion_and_articles(tmp_path: Path) -> None:
    calls, cases = _fake_run(tmp_path)
    table = format_verdict_table(evaluate_verdicts(cases, check=_fake_check(calls)))
    assert "5 cases, 1 without a claim" in table
    accuracy = next(line for line in table.splitlines() if "accuracy " in line and "60.00" in line)
    assert "20.00" in accuracy
    assert "always unverifiable" in table
    assert "Confusion" in table
    assert "a.txt" in table and "75.00" in table


def test_format_verdict_errors_lists_only_the_wrong_cases(tmp_path: Path) -> None:
    calls, cases = _fake_run(tmp_path)
    listing = format_verdict_errors(evaluate_verdicts(cases, check=_fake_check(calls)))
    assert listing.count("expected=") == 2
    assert "expected=contested\tours=supported" in listing
    assert (
        "  quote: over a million people\n  claim: the war killed over a million people\n" in listing
    )
    assert "difference: inside Q018" in listing
    assert "expected=supported\tours=unverifiable" in listing
    assert "Iraq invaded Iran" not in listing


LABEL_PAIRS = st.lists(st.tuples(st.sampled_from(LABELS), st.sampled_from(LABELS)), min_size=1)


@given(LABEL_PAIRS)
def test_system_scores_are_consistent(pairs: list[tuple[CaseLabel, CaseLabel]]) -> None:
    scores = SystemScores.from_pairs("x", pairs)
    assert sum(sum(row.values()) for row in scores.confusion.values()) == len(pairs)
    assert scores.correct == sum(g == p for g, p in pairs)
    assert sum(s.support for s in scores.labels) == sum(s.predicted for s in scores.labels)
    assert sum(s.support for s in scores.labels) == len(pairs)
    for label in scores.labels:
        assert 0.0 <= label.f1 <= 100.0
        assert label.f1 <= max(label.precision, label.recall) + 0.01
    assert 0.0 <= scores.macro_f1 <= 100.0
    if all(g == p for g, p in pairs):
        assert scores.accuracy == scores.macro_f1 == 100.0
