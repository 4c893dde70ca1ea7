"""Quitting tears Qt down in order: the windows and their web pages before the preview's profile.

A page that outlives its QtWebEngine profile makes QtWebEngine warn ("Expect
troubles") and can crash the process on its way out. Run in a fresh process,
as a writer's Feder quits: the real ``run_gui``, its window closed once the
preview is on screen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_QUIT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])

def close_when_previewed():
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "view")]
    if windows and windows[0].view.preview.is_built:
        QTimer.singleShot(500, windows[0].close)  # the page has loaded by then
    else:
        QTimer.singleShot(100, close_when_previewed)

QTimer.singleShot(100, close_when_previewed)
from editor.ui.window.application import run_gui
sys.exit(run_gui(["--new-instance", sys.argv[1]]))
"""


def test_quitting_deletes_the_web_pages_before_their_profile(tmp_path: Path) -> None:
    article = tmp_path / "artikel.md"
    article.write_text("---\ntitle: Markt\n---\n\n# Markt\n\nEin Absatz über den Markt.\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # private folders come from conftest
    done = subprocess.run(
        [sys.executable, "-c", _QUIT, str(article)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "still not deleted" not in done.stderr
