"""Typing repaints only the lines that changed, and the screen always shows the text as it is.

The pixels are read from the window's backing store (what the writer sees),
not rendered afresh: after every key they must equal a full repaint of the
editor, through word wrap, emphasis that recolours later lines, spelling
underlines, new and joined lines, and scrolling.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from editor.ui.editing.highlighter import MarkdownHighlighter
from editor.ui.editing.text_editor import TextEditor

PARAGRAPH = (
    "Die Gemeinde prüft nun weitere Schritte, sagt die Sprecherin. In der Altstadt klagen "
    "Händler über fehlende Parkplätze, viele fordern mehr Tempo. Der Rat will im Frühjahr "
    "entscheiden, bis dahin bleibt alles offen. Ein *kursiver* Teil und **fette** Wörter "
    "stehen hier, dazu ein [Link](https://example.org) und weiterer Text bis zum Ende."
)


def _spell(line: str):
    """Underlines every word that starts with "Fehl" (a real highlighter input, no dictionary)."""
    start = line.find("Fehl")
    spans = []
    while start >= 0:
        end = start
        while end < len(line) and line[end].isalpha():
            end += 1
        spans.append((start, end - start))
        start = line.find("Fehl", end)
    return spans


class PaintHeights(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.heights: list[int] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.heights.append(event.rect().height())
        return False


@pytest.fixture
def editor(qtbot):
    widget = TextEditor()
    qtbot.addWidget(widget)
    widget.setCursorWidth(0)  # no blinking caret between two looks at the screen
    widget.resize(420, 360)
    widget.setPlainText("# Titel\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH + "\n\nEnde.\n")
    widget.highlighter = MarkdownHighlighter(widget.document(), _spell)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def _on_screen(editor: TextEditor) -> QImage:
    for _ in range(3):  # the key's layout and paint requests, and what they post in turn
        QApplication.processEvents()
    return editor.screen().grabWindow(editor.winId()).toImage()


def _assert_screen_is_current(editor: TextEditor, step: str) -> None:
    shown = _on_screen(editor)
    editor.viewport().repaint()
    assert shown == _on_screen(editor), f"stale pixels after {step}"


def _put_cursor(editor: TextEditor, anchor: str, occurrence: int = 0) -> None:
    text = editor.toPlainText()
    position = -1
    for _ in range(occurrence + 1):
        position = text.find(anchor, position + 1)
    cursor = editor.textCursor()
    cursor.setPosition(position + len(anchor))
    editor.setTextCursor(cursor)


def test_every_key_leaves_the_screen_as_a_full_repaint_would(qtbot, editor: TextEditor) -> None:
    steps = [
        ("Sprecherin.", " Noch ein Satz mit Fehler und weiteren Wörtern, die umbrechen"),
        ("Altstadt", " **fett"),  # an open ** recolours up to the next **
        ("Altstadt **fett", "**"),
        ("Parkplätze,", " ein Fehlwort"),
        ("offen.", " *schräg"),
    ]
    for anchor, typed in steps:
        _put_cursor(editor, anchor)
        for char in typed:
            qtbot.keyClick(editor, char)
            _assert_screen_is_current(editor, f"typing {char!r} after {anchor!r}")
    _put_cursor(editor, "Tempo.")
    for _ in range(12):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
        _assert_screen_is_current(editor, "a backspace")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _assert_screen_is_current(editor, "a new line")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    _assert_screen_is_current(editor, "joining the lines again")
    editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum())
    _put_cursor(editor, "Tempo.", occurrence=1)
    for char in " weiter":
        qtbot.keyClick(editor, char)
        _assert_screen_is_current(editor, f"typing {char!r} after scrolling")
    editor.resize(380, 360)
    qtbot.keyClick(editor, "x")
    _assert_screen_is_current(editor, "typing after a resize")


def test_a_key_mid_paragraph_repaints_less_than_the_paragraph(qtbot, editor: TextEditor) -> None:
    _put_cursor(editor, "Sprecherin.")
    qtbot.keyClick(editor, "x")
    QApplication.processEvents()
    block = editor.textCursor().block()
    paragraph = editor.blockBoundingRect(block).height()
    assert block.layout().lineCount() >= 4
    watcher = PaintHeights()
    editor.viewport().installEventFilter(watcher)
    for char in "abcdefghij":
        qtbot.keyClick(editor, char)
        QApplication.processEvents()
    editor.viewport().removeEventFilter(watcher)
    assert len(watcher.heights) >= 10, "not every key was repainted"
    # A key whose line wraps into one more repaints everything below; most repaint one line.
    assert sorted(watcher.heights)[len(watcher.heights) // 2] < paragraph / 2


def _long_paragraph_editor(qtbot) -> TextEditor:
    widget = TextEditor()
    qtbot.addWidget(widget)
    widget.setCursorWidth(0)
    widget.resize(420, 700)
    widget.setPlainText("# Titel\n\n" + " ".join([PARAGRAPH] * 4) + "\n\nEnde.\n")
    widget.highlighter = MarkdownHighlighter(widget.document(), _spell)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def test_rewrapping_in_a_long_paragraph_leaves_the_screen_current(qtbot) -> None:
    """Words that move to the line above or below, formats that change lines away
    from the key, and a line break inside the paragraph: every key's pixels match a
    full repaint."""
    editor = _long_paragraph_editor(qtbot)
    _put_cursor(editor, "Händler", occurrence=2)
    for char in " Donaudampfschifffahrtsgesellschaftskapitän":
        qtbot.keyClick(editor, char)
        _assert_screen_is_current(editor, f"typing {char!r} (a long word wraps)")
    for _ in range(44):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
        _assert_screen_is_current(editor, "a backspace (words move up)")
    _put_cursor(editor, "Die Gemeinde", occurrence=2)
    for char in "*Fehl":
        qtbot.keyClick(editor, char)
        _assert_screen_is_current(editor, f"typing {char!r} (emphasis and an underline)")
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    _assert_screen_is_current(editor, "a delete")
    _put_cursor(editor, "Tempo.", occurrence=1)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _assert_screen_is_current(editor, "a line break inside the paragraph")
