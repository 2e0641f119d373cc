"""Option parsing shared by the ``chronocheck`` sub-commands."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from chronocheck.errors import ConfigError
from chronocheck.settings import Settings, load_settings, parse_setting_option

LOGGER = logging.getLogger(__name__)


def settings_from_options(options: list[str] | None, config: Path | None, **flags: Any) -> Settings:
    """The settings from a config file, ``--setting NAME=VALUE`` options and flags, in that order.

    Flags whose value is None are left to the file and the defaults.
    """
    overrides: dict[str, Any] = dict(parse_setting_option(o) for o in options or [])
    overrides.update({k: v for k, v in flags.items() if v is not None})
    return load_settings(file=config, overrides=overrides)


def parse_date_option(value: str | None) -> dt.date | None:
    """A ``--date YYYY-MM-DD`` option as a date.

    Raises:
        ConfigError: If the value is not an ISO date.
    """
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise ConfigError(f"--date must be YYYY-MM-DD, not '{value}'.") from e
