"""Bad files in the real window: the writer reads a clear message, and nothing is lost.

The core cases are in test_core_bad_input.py; here the same files go through
MainWindow.open_file / save, and the test reads what the writer would see
(the message box text, the message bar) and checks the editor kept its text.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.ui.window.main_window import MainWindow

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
KEPT_TEXT = "Text, der schon offen ist.\n"


@pytest.fixture
def window(qtbot, tmp_path: Path):
    win = MainWindow()
    win.show()
    start = tmp_path / "offen.md"
    start.write_text(KEPT_TEXT, encoding="utf-8")
    assert win.open_file(start)
    yield win
    # closed here, not by qtbot: unsaved test edits must not stop the close with a question
    win.view.editor.document().setModified(False)
    win.close()
    win.view.renderer.shutdown()
    win.deleteLater()


def _capture_message_box(seen: list[str]) -> None:
    """Read the next message box as the writer would, then close it."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(f"{box.text()}\n{box.informativeText()}")
            box.close()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def _open_refused(window: MainWindow, path: Path, expected: str) -> str:
    before = path.read_bytes() if path.is_file() else None
    seen: list[str] = []
    _capture_message_box(seen)
    assert window.open_file(path) is False
    assert len(seen) == 1 and expected in seen[0], seen
    assert window.view.editor.text() == KEPT_TEXT  # the open article is untouched
    if before is not None:
        assert path.read_bytes() == before
    return seen[0]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("binaer.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("nul.md", b"Text\nmit \x00 drin\n", "NUL bytes"),
        ("utf16-kaputt.md", codecs.BOM_UTF16_LE + b"A\x00\x00\xd8", "byte order mark"),
    ],
)
def test_unreadable_files_are_refused_with_a_message(window, tmp_path, name, data, expected) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    _open_refused(window, path, expected)


def test_50_mb_file_is_refused(window, tmp_path) -> None:
    path = tmp_path / "riesig.md"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    _open_refused(window, path, "too large")


def test_folder_and_fifo_are_refused(window, tmp_path) -> None:
    _open_refused(window, tmp_path, "is a folder")
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    _open_refused(window, fifo, "not a regular file")


@pytest.mark.skipif(IS_ROOT, reason="root reads files without read permission; the FIFO case covers a failing open")
def test_unreadable_permission(window, tmp_path) -> None:
    path = tmp_path / "geheim.md"
    path.write_bytes(b"x")
    path.chmod(0)
    _open_refused(window, path, "not allowed to read")


@pytest.mark.parametrize(
    ("data", "notice"),
    [
        ("„Grüße“ – 5 €\r\n".encode("cp1252"), "Windows-1252"),
        ("Grüße ".encode("latin-1") + b"\x81\n", "Latin-1"),
    ],
)
def test_non_utf8_opens_with_a_notice(window, tmp_path, data, notice) -> None:
    path = tmp_path / "alt.md"
    path.write_bytes(data)
    assert window.open_file(path)
    assert notice in window.view.message_bar.label.text()
    assert window.view.editor.text() == data.decode("cp1252" if notice == "Windows-1252" else "latin-1").replace("\r\n", "\n")
    assert path.read_bytes() == data


@pytest.mark.parametrize(
    ("front", "expected"),
    [("title: [kaputt\n", "not valid YAML"), ("- a\n- b\n", "not a list of keys"),
     ("a: &a [1]\nb: *a\n", "aliases")],
)
def test_bad_front_matter_opens_with_the_whole_text(window, tmp_path, front, expected) -> None:
    path = tmp_path / "yaml.md"
    text = f"---\n{front}---\nDer Text bleibt.\n"
    path.write_text(text, encoding="utf-8")
    assert window.open_file(path)
    window.view.parse_now()
    assert expected in window.view.message_bar.label.text()
    assert window.view.editor.text() == text


def test_empty_and_utf16_files_open(window, tmp_path) -> None:
    empty = tmp_path / "leer.md"
    empty.write_bytes(b"")
    assert window.open_file(empty) and window.view.editor.text() == ""
    utf16 = tmp_path / "utf16.md"
    utf16.write_bytes(codecs.BOM_UTF16_BE + "Größe 😀\n".encode("utf-16-be"))
    assert window.open_file(utf16) and window.view.editor.text() == "Größe 😀\n"


def test_save_to_read_only_file_says_so_and_keeps_the_text(window, tmp_path) -> None:
    path = window.view.path
    window.view.editor.appendPlainText("Neu getippt.")
    path.chmod(0o444)
    seen: list[str] = []
    _capture_message_box(seen)
    assert window.save() is False
    assert "read-only" in seen[0]
    assert window.view.is_modified() and "Neu getippt." in window.view.editor.text()
    assert path.read_text(encoding="utf-8") == KEPT_TEXT
