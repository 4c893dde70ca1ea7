"""The find bar driven as a writer would: keys into the fields, clicks on the boxes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from editor.ui.editing import extra_selections
from editor.ui.editing.find_bar import LAYER, FindBar

TEXT = "Der Bär schläft. Die Bären tanzen.\nEin BÄR lacht; der Bär singt."


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.editor = QPlainTextEdit(self)
        self.bar = FindBar(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.bar)
        self.bar.set_target(self.editor)


@pytest.fixture
def window(qtbot) -> Window:
    win = Window()
    qtbot.addWidget(win)
    win.editor.setPlainText(TEXT)
    win.resize(700, 400)
    win.show()
    qtbot.waitExposed(win)
    return win


def type_text(widget: QWidget, text: str) -> None:
    """Key presses with text: QTest.keyClicks only knows ASCII, writers type umlauts."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def find(qtbot, window: Window, query: str) -> None:
    window.bar.show_find()
    window.bar.find_field.clear()
    type_text(window.bar.find_field, query)


def selected(window: Window) -> tuple[int, str]:
    cursor = window.editor.textCursor()
    return cursor.selectionStart(), cursor.selectedText()


def highlighted(window: Window) -> list[str]:
    return [s.cursor.selectedText() for s in extra_selections.layer(window.editor, LAYER)]


def test_search_as_you_type_and_enter(qtbot, window: Window) -> None:
    find(qtbot, window, "bär")
    assert selected(window) == (4, "Bär")
    assert window.bar.status_label.text() == "1 of 4"
    qtbot.keyClick(window.bar.find_field, Qt.Key.Key_Return)
    assert selected(window) == (21, "Bär")
    qtbot.keyClick(window.bar.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert selected(window) == (4, "Bär")
    qtbot.keyClick(window.bar.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert selected(window)[1] == "Bär"  # wrapped round to the last one
    assert window.bar.status_label.text() == "4 of 4"


def test_options(qtbot, window: Window) -> None:
    find(qtbot, window, "Bär")
    assert highlighted(window) == ["Bär", "Bär", "BÄR", "Bär"]
    qtbot.mouseClick(window.bar.match_case, Qt.MouseButton.LeftButton)
    assert highlighted(window) == ["Bär", "Bär", "Bär"]
    qtbot.mouseClick(window.bar.whole_words, Qt.MouseButton.LeftButton)
    assert highlighted(window) == ["Bär", "Bär"]
    find(qtbot, window, r"B\w+n")
    assert highlighted(window) == []
    qtbot.mouseClick(window.bar.regex, Qt.MouseButton.LeftButton)
    assert window.bar.regex.isChecked()
    qtbot.mouseClick(window.bar.whole_words, Qt.MouseButton.LeftButton)
    assert highlighted(window) == ["Bären"]


def test_invalid_regex_is_reported_not_raised(qtbot, window: Window) -> None:
    window.bar.regex.setChecked(True)
    find(qtbot, window, "(Bär")
    assert window.bar.status_label.text().startswith("Invalid regular expression")
    assert highlighted(window) == []
    assert not window.bar.find_next()
    assert window.editor.toPlainText() == TEXT


def test_highlight_all_keeps_other_layers_and_goes_on_close(qtbot, window: Window) -> None:
    other = QTextEdit.ExtraSelection()
    other.cursor = QTextCursor(window.editor.document())
    other.cursor.select(QTextCursor.SelectionType.LineUnderCursor)
    extra_selections.set_layer(window.editor, "current-line", [other])
    find(qtbot, window, "bär")
    assert len(highlighted(window)) == 4
    assert len(extra_selections.layer(window.editor, "current-line")) == 1
    qtbot.mouseClick(window.bar.highlight_all, Qt.MouseButton.LeftButton)
    assert highlighted(window) == []
    qtbot.mouseClick(window.bar.highlight_all, Qt.MouseButton.LeftButton)
    assert len(highlighted(window)) == 4
    qtbot.keyClick(window.bar.find_field, Qt.Key.Key_Escape)
    assert window.bar.isHidden()
    assert window.editor.hasFocus()
    assert highlighted(window) == []
    assert len(extra_selections.layer(window.editor, "current-line")) == 1


def test_highlights_follow_edits(qtbot, window: Window) -> None:
    find(qtbot, window, "bär")
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.insertPlainText(" Noch ein Bär.")
    qtbot.waitUntil(lambda: len(highlighted(window)) == 5, timeout=2000)


def test_replace_one_by_one(qtbot, window: Window) -> None:
    window.bar.show_replace()
    type_text(window.bar.find_field, "Bär")
    window.bar.whole_words.setChecked(True)
    qtbot.keyClicks(window.bar.replace_field, "Wolf")
    qtbot.keyClick(window.bar.replace_field, Qt.Key.Key_Return)
    assert window.editor.toPlainText().startswith("Der Wolf schläft.")
    assert selected(window)[1] == "BÄR"  # the next hit is selected, not yet replaced
    window.bar.replace_current()
    assert "Ein Wolf lacht" in window.editor.toPlainText()


def test_replace_all_is_one_undo_step(qtbot, window: Window) -> None:
    window.bar.show_replace()
    type_text(window.bar.find_field, "bär")
    qtbot.keyClicks(window.bar.replace_field, "Wolf")
    qtbot.mouseClick(window.bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert window.editor.toPlainText() == (
        "Der Wolf schläft. Die Wolfen tanzen.\nEin Wolf lacht; der Wolf singt."
    )
    assert window.bar.status_label.text() == "Replaced: 4"
    window.editor.undo()
    assert window.editor.toPlainText() == TEXT


def test_replace_all_with_groups_and_a_bad_template(qtbot, window: Window) -> None:
    window.bar.show_replace()
    window.bar.regex.setChecked(True)
    type_text(window.bar.find_field, r"(\w+) (Bär)")
    window.bar.replace_field.setText(r"\3")
    assert window.bar.replace_all() == 0
    assert window.bar.status_label.text().startswith("Invalid replacement")
    assert window.editor.toPlainText() == TEXT
    window.bar.replace_field.setText(r"\2 \1")
    assert window.bar.replace_all() == 4
    assert window.editor.toPlainText() == (
        "Bär Der schläft. Bär Dieen tanzen.\nBÄR Ein lacht; Bär der singt."
    )


def test_selection_prefills_the_find_field(qtbot, window: Window) -> None:
    cursor = window.editor.textCursor()
    cursor.setPosition(21)
    cursor.setPosition(26, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    window.bar.show_find()
    assert window.bar.find_field.text() == "Bären"
    assert window.bar.find_field.hasFocus()
    assert window.bar.replace_field.isHidden()


def test_emoji_and_non_breaking_space(qtbot, window: Window) -> None:
    window.editor.setPlainText("😀 10\u00a0km 😀👍 10 km Bär")
    find(qtbot, window, "Bär")
    assert selected(window)[1] == "Bär"
    find(qtbot, window, "10 km")
    assert highlighted(window) == ["10 km"]  # the one with the non-breaking space differs
    window.bar.replace_field.setText("zehn")
    window.bar.replace_all()
    assert window.editor.document().toRawText() == "😀 10\u00a0km 😀👍 zehn Bär"


def test_switching_target_moves_the_highlights(qtbot, window: Window) -> None:
    find(qtbot, window, "bär")
    other = QPlainTextEdit("ein Bär")
    qtbot.addWidget(other)
    window.bar.set_target(other)
    assert highlighted(window) == []
    assert [s.cursor.selectedText() for s in extra_selections.layer(other, LAYER)] == ["Bär"]
    window.bar.set_target(None)
    assert extra_selections.layer(other, LAYER) == []
    assert not window.bar.find_next()


def test_replace_all_on_a_long_text_stays_quick(qtbot, window: Window) -> None:
    window.editor.setPlainText("Der Bär schläft.\n" * 5000)
    window.bar.show_replace()
    window.bar.find_field.setText("Bär")
    window.bar.replace_field.setText("Wolf")
    assert window.bar.replace_all() == 5000
    assert window.editor.toPlainText().count("Wolf") == 5000
    window.editor.undo()
    assert window.editor.toPlainText().count("Bär") == 5000
