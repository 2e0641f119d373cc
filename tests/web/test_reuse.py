"""The result key: what a stored result may be reused for, and when never."""

from __future__ import annotations

from typing import Any

import pytest

from chronocheck.models import Article
from chronocheck.settings import Settings
from chronocheck.web.reuse import result_key

ARTICLE = Article(text="Iraq invaded Iran on 22 September 1980.", source="pasted text")
OPTIONS: dict[str, Any] = {"date": "2024-10-08", "packs": ["iran-iraq-war"]}


def test_the_same_text_options_and_settings_have_the_same_key() -> None:
    key = result_key(ARTICLE, OPTIONS, Settings())
    assert key is not None and len(key) == 64
    fetched = Article(text=ARTICLE.text, source="https://example.org/a")
    assert result_key(fetched, {**OPTIONS, "url": "https://example.org/a"}, Settings()) == key


@pytest.mark.parametrize(
    ("article", "options", "settings"),
    [
        (Article(text=ARTICLE.text + " Again.", source="x"), OPTIONS, Settings()),
        (ARTICLE, {**OPTIONS, "date": "1990-01-01"}, Settings()),
        (ARTICLE, {"date": "2024-10-08"}, Settings()),
        (ARTICLE, OPTIONS, Settings(rhetoric=False)),
        (ARTICLE, OPTIONS, Settings(max_omissions=3)),
    ],
    ids=["text", "date", "packs", "rhetoric off", "a setting"],
)
def test_anything_that_changes_the_result_changes_the_key(
    article: Article, options: dict[str, Any], settings: Settings
) -> None:
    assert result_key(article, options, settings) != result_key(ARTICLE, OPTIONS, Settings())


@pytest.mark.parametrize(
    "settings",
    [Settings(evidence_dir="/srv/evidence"), Settings(packs="iran-iraq-war,./my-pack")],
    ids=["evidence folder", "pack by path"],
)
def test_inputs_the_key_cannot_see_turn_reuse_off(settings: Settings) -> None:
    assert result_key(ARTICLE, OPTIONS, settings) is None
