"""Test set-up shared by all tests: offscreen Qt, private user folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.ui.window.application import chromium_flags  # imports only os and sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The preview's pages run in the tests with the switches the app gives them.
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = chromium_flags(
    os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox"), offscreen=True
)
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("LANG", "C.UTF-8")

ROOT = Path(__file__).resolve().parent.parent

# QtWebEngine must be loaded before pytest-qt creates the QApplication.
from PySide6 import QtWebEngineWidgets  # noqa: E402, F401
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


@pytest.fixture(autouse=True, scope="session")
def user_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One private cache folder for the whole session: the spellchecker's frequency
    table is built there once (a second or two), not once per test, and never in the
    real profile."""
    folder = tmp_path_factory.mktemp("cache")
    os.environ["FEDER_CACHE_DIR"] = str(folder)
    return folder


@pytest.fixture(autouse=True)
def user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets empty user data and config folders (no real profile is touched)."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("FEDER_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("FEDER_CONFIG_DIR", str(base / "config"))
    return base


@pytest.fixture(autouse=True)
def _delete_windows_before_the_app(qapp):
    """QtWebEngine crashes at exit if a page outlives its profile: delete every window now."""
    yield
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, 0)  # 0 = QEvent.DeferredDelete
    QApplication.processEvents()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Tidy Qt up while it still runs: a clipboard that owns data or a web profile that
    outlives its pages makes the process segfault at exit, which CI counts as a failure."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    QApplication.clipboard().clear()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    from editor.ui.preview import view as preview
    from editor.ui.window.application import delete_windows

    delete_windows()

    preview.release_profile()


@pytest.fixture(scope="session")
def wordpress(tmp_path_factory: pytest.TempPathFactory):
    """A real WordPress on 127.0.0.1 for the whole session (tests/wordpress_site.py).

    Skipped with the reason when the Debian packages are missing; both servers are
    stopped at the end of the session, and at exit should pytest itself be killed.
    """
    import atexit

    import wordpress_site

    reason = wordpress_site.missing()
    if reason:
        pytest.skip(reason)
    site = wordpress_site.start_site(tmp_path_factory.mktemp("wordpress"), wordpress_site.default_cache())
    atexit.register(site.stop)
    try:
        yield site
    finally:
        site.stop()


@pytest.fixture
def window(qtbot):
    """A shown main window whose tabs are marked saved on teardown (no close prompt)."""
    from editor.ui.window.main_window import MainWindow

    win = MainWindow()
    win.resize(1200, 800)
    win.show()
    yield win
    for view in win.tabs.views():
        view.editor.document().setModified(False)
    win.close()
