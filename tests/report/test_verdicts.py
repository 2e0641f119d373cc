"""Tests of the shared words for verdicts, evidence, packs and omissions."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chronocheck.models import (
    REFERENCE_STATUSES,
    VERDICT_LABELS,
    Candidate,
    Evidence,
    PackRef,
    Report,
    Verdict,
)
from chronocheck.report.verdicts import (
    STATUS_MEANINGS,
    STATUS_SYMBOLS,
    describe_candidate,
    describe_claim_ids,
    describe_evidence,
    describe_evidence_source,
    describe_omission,
    describe_pack,
    describe_packs,
    describe_reference_row,
    describe_verdict,
    describe_verdict_counts,
    is_checked,
    linkable_url,
    verdict_counts,
)


def test_every_label_and_status_has_a_distinct_symbol_and_meaning() -> None:
    statuses = set(VERDICT_LABELS) | set(REFERENCE_STATUSES)
    assert set(STATUS_SYMBOLS) == statuses == set(STATUS_MEANINGS)
    assert len(set(STATUS_SYMBOLS.values())) == len(STATUS_SYMBOLS)


@pytest.mark.parametrize(
    ("verdict", "expected"),
    [
        (Verdict(), "– unchecked"),
        (Verdict(label="supported", confidence=0.9), "✓ supported (0.90)"),
        (Verdict(label="contradicted", confidence=0.875), "✗ contradicted (0.88)"),
        (Verdict(label="contested"), "± contested"),
        (Verdict(label="unverifiable", confidence=0.0), "? unverifiable (0.00)"),
    ],
)
def test_describe_verdict(verdict: Verdict, expected: str) -> None:
    assert describe_verdict(verdict) == expected


def test_verdict_counts_list_every_checked_label_and_unchecked_only_when_present(
    verified: Report, small: Report
) -> None:
    assert verdict_counts(verified) == [
        ("supported", 1), ("contradicted", 2), ("contested", 2), ("unverifiable", 1)
    ]  # fmt: skip
    assert ("unchecked", 1) in verdict_counts(small)
    assert describe_verdict_counts(small) == (
        "✓ 1 supported · ✗ 1 contradicted · ± 1 contested · ? 1 unverifiable · – 1 unchecked"
    )


def test_packs_and_checked(verified: Report, unchecked: Report) -> None:
    assert is_checked(verified) and not is_checked(unchecked)
    assert describe_packs(unchecked) == "not checked against any reference pack"
    two = replace(verified, packs=(*verified.packs, PackRef("mine", "0", "")))
    assert describe_packs(two) == "iran-iraq-war 1.0.0 (The Iran–Iraq war, 1979–1988); mine 0"
    assert describe_pack(PackRef("p", "2.1.0", "T")) == "p 2.1.0 (T)"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
        ("  HTTP://Example.org  ", "HTTP://Example.org"),
        ("javascript:alert(1)", None),
        ("JavaScript://example.org/%0Aalert(1)", None),
        ("file:///etc/passwd", None),
        ("//example.org/a", None),
        ("https://", None),
        ("http://[::1", None),
        ("", None),
        (None, None),
    ],
)
def test_linkable_url(url: str | None, expected: str | None) -> None:
    assert linkable_url(url) == expected


EVENT = Evidence(
    fact="Resolution 598 adopted, 1987-07-20",
    source_title="UN",
    source_url="https://undocs.org/S/RES/598",
    pack="iran-iraq-war",
    reference_id="E027",
    kind="event",
    date="1987-07-20",
)


@pytest.mark.parametrize(
    ("evidence", "row", "line"),
    [
        (EVENT, "iran-iraq-war event E027",
         "Resolution 598 adopted, 1987-07-20 — UN <https://undocs.org/S/RES/598> "
         "[iran-iraq-war event E027]"),
        (Evidence(fact="A fact", source_title="A book"), None, "A fact — A book"),
        (Evidence(fact="F", source_title="Doc", pack="evidence", kind="document"),
         "evidence document", "F — Doc [evidence document]"),
    ],
)  # fmt: skip
def test_describe_evidence(evidence: Evidence, row: str | None, line: str) -> None:
    assert describe_reference_row(evidence) == row
    assert describe_evidence(evidence) == line


def test_describe_evidence_source() -> None:
    assert describe_evidence_source(EVENT) == "UN <https://undocs.org/S/RES/598>"
    assert describe_evidence_source(replace(EVENT, source_url=None)) == "UN"


def test_describe_candidate_omission_and_claim_ids(verified: Report) -> None:
    candidate = Candidate("E012", "Operation Ramadan", "iran-iraq-war", 0.634)
    assert describe_candidate(candidate) == "Operation Ramadan (iran-iraq-war E012, score 0.63)"
    mersad, flight, executions = verified.omissions
    assert describe_omission(mersad) == "Operation Mersad (1988-07-26 – 1988-07-30)"
    assert describe_omission(flight) == "Iran Air Flight 655 shot down (1988-07-03)"
    assert describe_omission(executions).endswith("(1988-07 – 1988-09)")
    assert describe_claim_ids(()) == "no claim"
    assert describe_claim_ids(("c2",)) == "claim c2"
    assert describe_claim_ids(("c1", "c4")) == "claims c1, c4"
