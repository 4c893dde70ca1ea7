"""Nothing lost, in the real window: autosave, backups, changes on disk, recovery."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from editor.core.files import backups
from editor.core.files.recovery import RecoveryStore
from editor.ui.files.file_watcher import ExternalChangePrompt, ExternalChoice
from editor.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    store = RecoveryStore(tmp_path / "rec")
    win = MainWindow(recovery=store)
    win.view.document.autosave_timer.setInterval(100)
    win.view.document.watcher._timer.setInterval(40)
    win.show()
    yield win
    win.view.editor.document().setModified(False)
    win.close()


def answer(choice: ExternalChoice) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, ExternalChangePrompt):
            box.button_for(choice).click()
        else:
            QTimer.singleShot(20, click)
    QTimer.singleShot(20, click)


def test_typing_pause_autosaves_and_save_clears(window, qtbot, tmp_path):
    art = tmp_path / "a.md"
    art.write_text("alt\n", encoding="utf-8")
    assert window.open_file(art)
    window.view.editor.appendPlainText("neu")
    qtbot.waitUntil(lambda: len(window.recovery.list(orphans_only=False)) == 1, timeout=3000)
    assert window.recovery.list(orphans_only=False)[0].text == "alt\n\nneu"
    assert window.save()
    assert window.recovery.list(orphans_only=False) == []
    assert art.read_text() == "alt\n\nneu\n"  # a saved edit ends with a line break (#17)
    assert backups.list_backups(art)[0].path.read_text() == "alt\n"
    qtbot.wait(500)  # our own save must not prompt


def test_external_change_keep_mine_then_save_overwrites_with_backup(window, qtbot, tmp_path):
    art = tmp_path / "a.md"
    art.write_text("alt\n", encoding="utf-8")
    assert window.open_file(art)
    answer(ExternalChoice.KEEP_MINE)
    with qtbot.waitSignal(window.view.document.watcher.changedOnDisk, timeout=3000):
        art.write_text("von außen\n", encoding="utf-8")
    qtbot.waitUntil(lambda: window.view.document.keep_mine, timeout=3000)
    assert window.view.editor.text() == "alt\n" and window.view.is_modified()
    assert window.save()
    assert art.read_text() == "alt\n"
    assert backups.list_backups(art)[0].path.read_text() == "von außen\n"


def test_external_change_reload(window, qtbot, tmp_path):
    art = tmp_path / "a.md"
    art.write_text("alt\n", encoding="utf-8")
    assert window.open_file(art)
    window.view.editor.appendPlainText("meins")
    answer(ExternalChoice.RELOAD)
    art.write_text("von außen\n", encoding="utf-8")
    qtbot.waitUntil(lambda: window.view.editor.text() == "von außen\n", timeout=3000)
    window.view.editor.undo()
    assert window.view.editor.text() == "alt\n\nmeins"


def test_deleted_save_again(window, qtbot, tmp_path):
    art = tmp_path / "a.md"
    art.write_text("alt\n", encoding="utf-8")
    assert window.open_file(art)
    answer(ExternalChoice.SAVE_AGAIN)
    os.unlink(art)
    qtbot.waitUntil(lambda: art.exists(), timeout=4000)
    assert art.read_text() == "alt\n"


def test_restore(window, qtbot, tmp_path):
    art = tmp_path / "a.md"
    art.write_text("alt\n", encoding="utf-8")
    code = textwrap.dedent(f"""
        from pathlib import Path
        from editor.core.files.recovery import RecoveryStore
        RecoveryStore(Path({str(tmp_path / 'rec')!r})).save('x', 'gerettet\\n', Path({str(art)!r}))
    """)
    # Another process left it: the crashed session whose text we recover.
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parent.parent)
    [entry] = window.recovery.list()
    window.restore_recovered(window.recovery.adopt(entry.id))
    assert window.view.editor.text() == "gerettet\n" and window.view.is_modified()
    window.view.editor.undo()
    assert window.view.editor.text() == "alt\n"
    window.view.editor.redo()
    assert window.save() and art.read_text() == "gerettet\n"
    assert window.recovery.list(orphans_only=False) == []


def test_two_tabs_both_autosaved_on_focus_loss(window, qtbot, tmp_path):
    a = tmp_path / "a.md"
    a.write_text("A\n", encoding="utf-8")
    b = tmp_path / "b.md"
    b.write_text("B\n", encoding="utf-8")
    assert window.open_file(a) and window.open_file(b)
    for view in window.tabs.views():
        view.document.autosave_timer.setInterval(60_000)
        view.editor.appendPlainText("mehr")
    window.autosave_now()  # what losing focus does
    texts = sorted(e.text for e in window.recovery.list(orphans_only=False))
    assert texts == ["A\n\nmehr", "B\n\nmehr"]
    for view in window.tabs.views():
        view.editor.document().setModified(False)
