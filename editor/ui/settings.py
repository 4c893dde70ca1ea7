"""Persistent user settings in an INI file under the user's config folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from editor import paths

MAX_RECENT = 10


def open_settings() -> QSettings:
    """The settings file; created on first write (never at import time)."""
    folder = paths.user_config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "feder.ini"), QSettings.Format.IniFormat)


def recent_files(settings: QSettings) -> list[str]:
    return _string_list(settings, "recentFiles")


def add_recent_file(settings: QSettings, path: str) -> list[str]:
    files = [path] + [p for p in recent_files(settings) if p != path]
    files = files[:MAX_RECENT]
    settings.setValue("recentFiles", files)
    return files


def session_files(settings: QSettings) -> list[str]:
    return _string_list(settings, "session/openFiles")


def set_session_files(settings: QSettings, files: list[str]) -> None:
    settings.setValue("session/openFiles", files)


def _string_list(settings: QSettings, key: str) -> list[str]:
    """A list setting; an INI file stores a one-element list as a plain string."""
    value = settings.value(key, [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value or []]
