"""Screenshots for #17: window, full screen, help and the start hint, per language and theme.

Usage (a real display or Xvfb):
    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_workday.py de dark OUT
"""
# ruff: noqa: E402 - environment and Qt attributes first, then the app
import os
import sys
import tempfile

os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ["FEDER_DATA_DIR"] = tempfile.mkdtemp()
os.environ["FEDER_CONFIG_DIR"] = tempfile.mkdtemp()
lang, theme, out = sys.argv[1], sys.argv[2], sys.argv[3]
from PySide6 import QtWebEngineWidgets  # noqa
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
from PySide6.QtWidgets import QApplication

app = QApplication(["feder"])
from editor.i18n import install_translators

install_translators(app, lang)
from editor.ui import settings as settings_store

_s = settings_store.open_settings()
_s.setValue("appearance/theme", theme)
_s.sync()
from editor import paths
from editor.ui.window.main_window import MainWindow

w = MainWindow()
w.resize(1500, 920)
w.show()
w.open_file(paths.sample_article())
w.view_actions.show_front_matter.setChecked(False)

def wait(ms):
    end = QTimer()
    end.setSingleShot(True)
    loop = QEventLoop()
    end.timeout.connect(loop.quit)
    end.start(ms)
    loop.exec()

for _ in range(60):  # until the preview shows the article (slow under load)
    seen = {}
    w.view.preview.body_text(lambda t, seen=seen: seen.setdefault("t", t or ""))
    wait(500)
    if "Kurze Wege" in seen.get("t", ""):
        break
wait(1000)
suffix = f"{lang}-{theme}"
w.grab().save(f"{out}/window-{suffix}.png")
w.view_actions.full_screen.setChecked(True)
wait(1500)
w.grab().save(f"{out}/fullscreen-{suffix}.png")
w.view_actions.full_screen.setChecked(False)
wait(500)
d = w.show_help(shortcuts=False)
wait(600)
d.grab().save(f"{out}/help-{suffix}.png")
d.tabs.setCurrentIndex(1)
wait(300)
d.grab().save(f"{out}/shortcuts-{suffix}.png")
d.close()
# the empty window with its start hint
w.new_file()
wait(1200)
w.grab().save(f"{out}/start-{suffix}.png")
for v in w.tabs.views():
    v.editor.document().setModified(False)
w.close()
print("ok", suffix)
