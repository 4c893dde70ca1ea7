"""Where Feder's shipped files and the user's own files live.

Shipped files (resources/, translations/) sit at the top of a checkout, and in
an installed wheel under ``editor/_data/`` (see pyproject's force-include);
both are found the same way. User data follows platformdirs, and
``FEDER_DATA_DIR`` / ``FEDER_CONFIG_DIR`` / ``FEDER_CACHE_DIR`` move it (tests,
portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_PACKAGE = Path(__file__).resolve().parent
APP_NAME = "feder"


def _shipped(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def resources_dir() -> Path:
    return _shipped("resources")


def translations_dir() -> Path:
    return _shipped("translations")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def sample_article() -> Path:
    return resource("sample", "marktgeschehen.md")


def user_data_dir() -> Path:
    """Personal dictionary, author profiles, recovery files, backups."""
    override = os.environ.get("FEDER_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def user_config_dir() -> Path:
    override = os.environ.get("FEDER_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))


def user_cache_dir() -> Path:
    """Files Feder can rebuild at any time (the spellchecker's frequency table)."""
    override = os.environ.get("FEDER_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME))
