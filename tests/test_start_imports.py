"""What a start loads before the window's first frame: only what that frame needs.

Each module (and each Qt class, with its enums) that a start imports costs
before the first frame whether it is used or not. These tests start the real
``run_gui`` on an article in a fresh process and look at ``sys.modules`` when
the event loop first turns, i.e. when the window is about to paint. Not timed:
a lever that loads one of these modules again fails here, whatever the machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

#: Loaded when first used, never for the first frame.
LATER_MODULES = (
    # The author sidebar is hidden at start; its lists, dialog and commands come when it is shown.
    "editor.ui.authors.people_list",
    "editor.ui.authors.dialog",
    "editor.ui.authors.profile_commands",
    "editor.ui.authors.action_buttons",
    # Only when a last session left unsaved text.
    "editor.ui.files.recovery_dialog",
    # Only for the benchmarks (FEDER_STARTUP_TRACE).
    "editor.ui.window.startup_trace",
    # uuid imports platform; the recovery ids come from os.urandom.
    "uuid",
    # The single-instance server is a plain socket; QtNetwork comes with the network check, later.
    "PySide6.QtNetwork",
    # Earlier rounds: export, publishing checks and the web preview come later.
    "jinja2",
    "markdown",
    "tomlkit",
    "editor.core.export",
    "PySide6.QtWebEngineWidgets",
)

#: Qt classes the first frame does not touch from Python; creating one creates all its enums.
LATER_QT_CLASSES = ("QStyle",)

_PROBE = """
import json, linecache, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])
seen = {}

def first_turn():
    from PySide6 import QtWidgets
    names = vars(QtWidgets)
    seen["modules"] = [m for m in sys.argv[2].split(",") if m in sys.modules]
    # PySide6 creates a class when it is first asked for; QWizard is never used by Feder.
    seen["lazy_classes"] = "QWizard" not in names
    seen["classes"] = [c for c in sys.argv[3].split(",") if c in names]
    # PySide6's import hook would read (and linecache keep) each later module's source.
    seen["sources_read"] = [f for f in linecache.cache if f not in read_before]
    app.quit()

from editor.ui.window import pyside_sources
classify = pyside_sources.classify_without_reading
read_before = set()

def classify_and_note():  # this probe imports PySide6 before run_gui does
    read_before.update(linecache.cache)
    return classify()

pyside_sources.classify_without_reading = classify_and_note
QTimer.singleShot(0, first_turn)
from editor.ui.window.application import run_gui
run_gui([sys.argv[1]])  # listening for later starts, as a real start does
print("SEEN " + json.dumps(seen))
"""


def _first_turn(article: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "FEDER_STARTUP_TRACE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(article), ",".join(LATER_MODULES), ",".join(LATER_QT_CLASSES)],
        env=env,  # private FEDER_CONFIG_DIR / FEDER_DATA_DIR from conftest
        cwd=article.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("SEEN ")]
    assert lines, done.stderr[-2000:]
    return json.loads(lines[-1][5:])


def test_the_first_frame_loads_none_of_the_later_modules(tmp_path: Path) -> None:
    article = tmp_path / "artikel.md"
    article.write_text(
        "---\nheadline: Ein Titel\nauthors:\n  - id: anna\n    name: Anna Muster\n---\n\n"
        "# Ein Titel\n\nEin kurzer Text über die Stadt.\n",
        encoding="utf-8",
    )
    seen = _first_turn(article)
    assert seen["modules"] == []
    assert seen["sources_read"] == []
    if seen["lazy_classes"]:  # this PySide6 creates classes on demand: the check means something
        assert seen["classes"] == []
