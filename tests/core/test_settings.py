"""Settings: one table, precedence defaults < file < environment < overrides."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from chronocheck.errors import ConfigError
from chronocheck.settings import SETTINGS, Settings, load_settings, parse_setting_option


def test_table_and_dataclass_agree() -> None:
    defaults = Settings()
    assert [f.name for f in fields(Settings)] == [s.name for s in SETTINGS]
    for setting in SETTINGS:
        assert getattr(defaults, setting.name) == setting.default
        assert setting.help.endswith(".")


def test_precedence(tmp_path: Path) -> None:
    file = tmp_path / "chronocheck.toml"
    file.write_text("max_redirects = 3\nfetch_timeout = 2.5\n", encoding="utf-8")
    env = {"CHRONOCHECK_MAX_REDIRECTS": "4", "CHRONOCHECK_ALLOW_PRIVATE_URLS": "yes"}
    settings = load_settings(file=file, environ=env, overrides={"fetch_timeout": "1"})
    assert settings.max_redirects == 4  # env beats file
    assert settings.fetch_timeout == 1.0  # override beats file
    assert settings.allow_private_urls is True  # cast from the env string
    assert settings.max_text_bytes == 5_000_000  # untouched default


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"nonsense": 1}, "Unknown setting 'nonsense'"),
        ({"max_redirects": "many"}, "Setting 'max_redirects' must be of type int, not 'many'"),
        ({"allow_private_urls": "perhaps"}, "must be true or false"),
    ],
)
def test_bad_values_name_the_setting(overrides: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(environ={}, overrides=overrides)


def test_unreadable_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("= nope", encoding="utf-8")
    with pytest.raises(ConfigError, match="Cannot read settings file"):
        load_settings(file=bad, environ={})


@pytest.mark.parametrize(
    ("option", "expected"),
    [("max_redirects=2", ("max_redirects", "2")), (" a = b ", ("a", "b"))],
)
def test_parse_setting_option(option: str, expected: tuple[str, str]) -> None:
    assert parse_setting_option(option) == expected


def test_parse_setting_option_needs_equals() -> None:
    with pytest.raises(ConfigError, match="NAME=VALUE"):
        parse_setting_option("max_redirects")


def test_a_setting_with_choices_refuses_another_value() -> None:
    assert load_settings(overrides={"technique_tagger": "features"}).technique_tagger == "features"
    with pytest.raises(ConfigError, match="must be one of encoder, features, not 'bert'"):
        load_settings(overrides={"technique_tagger": "bert"})
