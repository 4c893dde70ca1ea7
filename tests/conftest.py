"""Test set-up shared by all tests: offscreen Qt, private user folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("LANG", "C.UTF-8")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets empty user data and config folders (no real profile is touched)."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("FEDER_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("FEDER_CONFIG_DIR", str(base / "config"))
    return base
