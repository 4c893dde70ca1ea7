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
    value = settings.value("recentFiles", [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value or []]


def add_recent_file(settings: QSettings, path: str) -> list[str]:
    files = [path] + [p for p in recent_files(settings) if p != path]
    files = files[:MAX_RECENT]
    settings.setValue("recentFiles", files)
    return files


def session_files(settings: QSettings) -> list[str]:
    value = settings.value("session/openFiles", [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value or []]


def set_session_files(settings: QSettings, files: list[str]) -> None:
    settings.setValue("session/openFiles", files)
