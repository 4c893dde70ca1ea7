"""Changes on disk are reported once each, our own saves and touches never."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from editor.core.files import storage
from editor.ui.files.file_watcher import (
    ExternalChangePrompt,
    ExternalChangeWatcher,
    ExternalChoice,
    ask_about_change,
)

QUIET_MS = 700  # longer than settle + grace below: a signal would have come by then


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "artikel.md"
    path.write_bytes(b"Erste Fassung\n")
    return path


@pytest.fixture
def watcher(qtbot, article: Path) -> ExternalChangeWatcher:
    watcher = ExternalChangeWatcher(settle_ms=40, delete_grace_ms=250)
    watcher.watch(article, article.read_bytes())
    return watcher


def _other_editor_saves_atomically(path: Path, data: bytes) -> None:
    temp = path.with_name(path.name + ".other~")
    temp.write_bytes(data)
    os.replace(temp, path)


def test_our_own_atomic_save_is_not_reported(qtbot, watcher, article) -> None:
    with qtbot.assertNotEmitted(watcher.changedOnDisk, wait=QUIET_MS), qtbot.assertNotEmitted(
        watcher.deletedOnDisk, wait=0
    ):
        for n in range(3):
            data = f"Unsere Fassung {n}\n".encode()
            watcher.expect_own_write(article, data)
            storage.write_bytes_atomic(article, data)
            qtbot.wait(60)


def test_touch_without_change_is_not_reported(qtbot, watcher, article) -> None:
    with qtbot.assertNotEmitted(watcher.changedOnDisk, wait=QUIET_MS):
        os.utime(article, ns=(10**18, 10**18))


def test_atomic_replace_by_another_program_is_reported_every_time(qtbot, watcher, article) -> None:
    with qtbot.waitSignal(watcher.changedOnDisk, timeout=3000) as signal:
        _other_editor_saves_atomically(article, b"Von Dropbox\n")
    assert signal.args == [article]
    # the watch survived the rename: the next outside change is reported too
    with qtbot.waitSignal(watcher.changedOnDisk, timeout=3000):
        _other_editor_saves_atomically(article, b"Noch einmal anders\n")


def test_in_place_write_is_reported_once(qtbot, watcher, article) -> None:
    emitted: list[Path] = []
    watcher.changedOnDisk.connect(emitted.append)
    with open(article, "ab") as handle:
        for n in range(5):
            handle.write(f"Zeile {n}\n".encode())
            handle.flush()
            qtbot.wait(5)
    qtbot.wait(QUIET_MS)
    assert emitted == [article]


def test_accept_current_stops_the_reports(qtbot, watcher, article) -> None:
    with qtbot.waitSignal(watcher.changedOnDisk, timeout=3000):
        article.write_bytes(b"anders\n")
    watcher.accept_current(article)
    with qtbot.assertNotEmitted(watcher.changedOnDisk, wait=QUIET_MS):
        os.utime(article)


def test_deletion_is_reported_and_a_new_file_afterwards_too(qtbot, watcher, article) -> None:
    with qtbot.waitSignal(watcher.deletedOnDisk, timeout=3000) as signal:
        article.unlink()
    assert signal.args == [article]
    with qtbot.waitSignal(watcher.changedOnDisk, timeout=3000):
        article.write_bytes(b"neu angelegt\n")


def test_delete_and_rewrite_is_a_change_not_a_deletion(qtbot, watcher, article) -> None:
    with qtbot.assertNotEmitted(watcher.deletedOnDisk, wait=0), qtbot.waitSignal(
        watcher.changedOnDisk, timeout=3000
    ):
        article.unlink()
        qtbot.wait(60)
        article.write_bytes(b"neu geschrieben\n")


def test_unwatch_stops_everything(qtbot, watcher, article) -> None:
    watcher.unwatch(article)
    assert watcher.watched() == []
    with qtbot.assertNotEmitted(watcher.changedOnDisk, wait=QUIET_MS):
        article.write_bytes(b"egal\n")


def test_check_now_finds_a_change_without_events(qtbot, article) -> None:
    watcher = ExternalChangeWatcher(settle_ms=20)
    watcher.watch(article, b"what the editor read before someone changed it\n")
    with qtbot.waitSignal(watcher.changedOnDisk, timeout=3000):
        watcher.check_now()


@pytest.mark.parametrize(
    ("deleted", "choice"),
    [
        (False, ExternalChoice.RELOAD),
        (False, ExternalChoice.KEEP_MINE),
        (True, ExternalChoice.SAVE_AGAIN),
        (True, ExternalChoice.KEEP_MINE),
    ],
)
def test_prompt_offers_the_choices(qtbot, article, deleted, choice) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, ExternalChangePrompt)
        assert article.name in box.text()
        box.button_for(choice).click()

    QTimer.singleShot(50, click)
    assert ask_about_change(None, article, deleted=deleted, modified=True) is choice


def test_prompt_closed_means_keep_mine(qtbot, article) -> None:
    prompt = ExternalChangePrompt(article, deleted=False, modified=False)
    qtbot.addWidget(prompt)
    QTimer.singleShot(50, prompt.reject)
    prompt.exec()
    assert prompt.choice() is ExternalChoice.KEEP_MINE
    assert "undo" not in prompt.informativeText()
