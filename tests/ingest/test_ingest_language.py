"""Tests for ``chronocheck.ingest.language``: the offline English check."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronocheck.errors import IngestError
from chronocheck.ingest.language import check_english, measure_english
from chronocheck.settings import Settings
from tests.shared_paths import SEED_ARTICLE

MIN_RATIO = Settings().min_english_ratio


@pytest.mark.parametrize(
    "text",
    [
        "MEK’s Impact on the Iran-Iraq War",
        "Iran-Iraq War",
        "Thousands die in Iraq war",
        "El Salvador votes",
        "Iraq invaded Iran on September 22, 1980, and the war lasted nearly eight years.",
        "The ceasefire of 1988 ended the war; as the French say, c'est la vie, mais la vie "
        "continue. Both sides had lost hundreds of thousands of soldiers by then.",
    ],
)
def test_english_passes(text: str) -> None:
    assert measure_english(text).score >= MIN_RATIO
    check_english(text, source="t.txt", min_ratio=MIN_RATIO)


def test_seed_article_passes() -> None:
    evidence = measure_english(SEED_ARTICLE.read_text(encoding="utf-8"))
    assert evidence.score > 0.9


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "La guerre entre l’Irak et l’Iran a duré huit ans et a fait des centaines de "
            "milliers de morts dans les deux pays.",
            "looks like French",
        ),
        (
            "Der Krieg zwischen Irak und Iran dauerte acht Jahre und forderte Hunderttausende "
            "Tote auf beiden Seiten.",
            "looks like German",
        ),
        (
            "La guerra entre Irán e Irak duró ocho años y causó cientos de miles de muertos "
            "en los dos países.",
            "looks like Spanish",
        ),
        (
            "A guerra entre o Irã e o Iraque durou oito anos e matou centenas de milhares de "
            "pessoas nos dois países.",
            "looks like Portuguese",
        ),
        ("جنگ ایران و عراق هشت سال طول کشید و صدها هزار کشته بر جای گذاشت.", "non-Latin script"),
        ("Война между Ираком и Ираном длилась восемь лет.", "non-Latin script"),
        ("1980 - 1988 : 8 / 2", "no words at all"),
    ],
)
def test_other_languages_are_refused(text: str, verdict: str) -> None:
    assert measure_english(text).score < MIN_RATIO
    with pytest.raises(IngestError, match=f"'doc.txt'.*does not look like English.*{verdict}"):
        check_english(text, source="doc.txt", min_ratio=MIN_RATIO)


@settings(deadline=None)
@given(st.text())
def test_score_is_a_share(text: str) -> None:
    evidence = measure_english(text)
    assert 0.0 <= evidence.english_share <= 1.0
    assert 0.0 <= evidence.latin_share <= 1.0
    assert 0.0 <= evidence.score <= 1.0
