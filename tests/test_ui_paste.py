"""Pasting: rich text arrives as Markdown, plain paste and copying stay plain."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit

from editor.ui.editing.paste import RichPasteMixin, make_paste_plain_action


class Editor(RichPasteMixin, QPlainTextEdit):
    pass


@pytest.fixture
def editor(qtbot) -> Editor:
    widget = Editor()
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    return widget


def put_on_clipboard(html: str | None, text: str | None) -> None:
    data = QMimeData()
    if html is not None:
        data.setHtml(html)
    if text is not None:
        data.setText(text)
    QGuiApplication.clipboard().setMimeData(data)


def paste(qtbot, editor: QPlainTextEdit) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_rich_text_becomes_markdown_in_one_undo_step(qtbot, editor: Editor) -> None:
    editor.setPlainText("Vorher: ")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    put_on_clipboard(
        '<b style="font-weight:normal"><span style="font-weight:700">fett</span> '
        '<a href="https://x.org">Link</a></b>',
        "fett Link",
    )
    paste(qtbot, editor)
    assert editor.toPlainText() == "Vorher: **fett** [Link](https://x.org)"
    editor.undo()
    assert editor.toPlainText() == "Vorher: "


def test_blocks_get_their_own_lines(qtbot, editor: Editor) -> None:
    editor.setPlainText("Anfang Ende")
    cursor = editor.textCursor()
    cursor.setPosition(7)
    editor.setTextCursor(cursor)
    put_on_clipboard("<h2>Titel</h2><ul><li>eins</li></ul>", "Titel\neins")
    paste(qtbot, editor)
    assert editor.toPlainText() == "Anfang \n\n## Titel\n\n- eins\n\nEnde"


def test_plain_html_pastes_the_plain_text(qtbot, editor: Editor) -> None:
    # What a code editor puts on the clipboard: coloured spans, indentation in CSS.
    ide = (
        '<div style="color: #d4d4d4;font-family: monospace;white-space: pre;">'
        '<div><span style="color: #569cd6;">def</span> <span style="color: #dcdcaa;">f</span>'
        '():</div><div>    <span style="color: #c586c0;">return</span> 1</div></div>'
    )
    put_on_clipboard(ide, "def f():\n    return 1")
    paste(qtbot, editor)
    assert editor.toPlainText() == "def f():\n    return 1"


def test_plain_paste_action(qtbot, editor: Editor) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    action = make_paste_plain_action(window, lambda: editor)
    assert action.shortcut().toString() == "Ctrl+Shift+V"
    put_on_clipboard("<p><b>fett</b></p>", "**fett** bleibt wie es ist")
    action.trigger()
    assert editor.toPlainText() == "**fett** bleibt wie es ist"


def test_plain_paste_action_on_a_plain_editor(qtbot) -> None:
    plain = QPlainTextEdit()
    qtbot.addWidget(plain)
    action = make_paste_plain_action(plain, lambda: plain)
    put_on_clipboard("<p><b>x</b></p>", "x")
    action.trigger()
    assert plain.toPlainText() == "x"
    make_paste_plain_action(plain, lambda: None).trigger()  # no editor: nothing happens


def test_copy_from_the_editor_is_plain_markdown(qtbot, editor: Editor) -> None:
    editor.setPlainText("**fett** und *kursiv*")
    editor.selectAll()
    editor.copy()
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "**fett** und *kursiv*"
    assert not data.hasHtml()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    paste(qtbot, editor)
    assert editor.toPlainText() == "**fett** und *kursiv***fett** und *kursiv*"


def test_read_only_editor_takes_no_paste(qtbot, editor: Editor) -> None:
    editor.setReadOnly(True)
    put_on_clipboard("<p><b>x</b></p>", "x")
    paste(qtbot, editor)
    editor.paste_plain()
    assert editor.toPlainText() == ""
