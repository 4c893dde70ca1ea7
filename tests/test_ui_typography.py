"""Typography while typing in a real QPlainTextEdit: keys in, text and undo out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from editor.ui.editing.text_editor import TextEditor
from editor.ui.editing.typography import TypographyFilter


@pytest.fixture
def setting() -> dict[str, object]:
    return {"enabled": True, "lang": "de_DE"}


@pytest.fixture(params=["plain", "feder"])
def editor(qtbot, setting: dict[str, object], request) -> QPlainTextEdit:
    """A plain QPlainTextEdit (an event filter) and Feder's TextEditor (a typing watcher)."""
    if request.param == "plain":
        widget = QPlainTextEdit()
    else:
        widget = TextEditor()
        widget.historyRequested.connect(lambda redo: widget.redo() if redo else widget.undo())
    qtbot.addWidget(widget)
    typo = TypographyFilter(widget)
    typo.attach(widget, lambda: bool(setting["enabled"]), lambda: str(setting["lang"]))
    widget.show()
    widget.setFocus()
    return widget


def undo(qtbot, editor: QPlainTextEdit) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_quotes_dashes_and_ellipsis(qtbot, editor: QPlainTextEdit) -> None:
    qtbot.keyClicks(editor, 'Sie sagte: "Geht\'s -- vielleicht..."')
    assert editor.toPlainText() == "Sie sagte: „Geht’s – vielleicht…“"


def test_undo_right_after_restores_what_was_typed(qtbot, editor: QPlainTextEdit) -> None:
    qtbot.keyClicks(editor, 'Ein "')
    assert editor.toPlainText() == "Ein „"
    undo(qtbot, editor)
    assert editor.toPlainText() == 'Ein "'
    qtbot.keyClicks(editor, "x")  # typing on keeps the straight quote
    assert editor.toPlainText() == 'Ein "x'


def test_undo_restores_both_hyphens_and_a_third_stays(qtbot, editor: QPlainTextEdit) -> None:
    qtbot.keyClicks(editor, "a --")
    assert editor.toPlainText() == "a –"
    undo(qtbot, editor)
    assert editor.toPlainText() == "a --"
    qtbot.keyClicks(editor, "-")
    assert editor.toPlainText() == "a ---"


def test_undo_of_ellipsis_and_redo(qtbot, editor: QPlainTextEdit) -> None:
    qtbot.keyClicks(editor, "so...")
    undo(qtbot, editor)
    assert editor.toPlainText() == "so..."
    editor.redo()
    assert editor.toPlainText() == "so…"


def test_nothing_changes_in_code(qtbot, editor: QPlainTextEdit) -> None:
    qtbot.keyClicks(editor, 'Code `"x" -- y...` und "z"')
    assert editor.toPlainText() == 'Code `"x" -- y...` und „z“'
    editor.clear()
    editor.setPlainText('Text\n```\n"a"\n```\n')
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    editor.moveCursor(QTextCursor.MoveOperation.Down)
    editor.moveCursor(QTextCursor.MoveOperation.Down)
    editor.moveCursor(QTextCursor.MoveOperation.EndOfLine)
    qtbot.keyClicks(editor, ' "b" --')
    assert editor.toPlainText() == 'Text\n```\n"a" "b" --\n```\n'
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, '"c"')
    assert editor.toPlainText().endswith("```\n„c“")


def test_front_matter_keeps_straight_quotes(qtbot, editor: QPlainTextEdit) -> None:
    editor.setPlainText("---\ntitle: \n---\n")
    cursor = editor.textCursor()
    cursor.setPosition(len("---\ntitle: "))
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, '"A: B"')
    assert editor.toPlainText() == '---\ntitle: "A: B"\n---\n'


def test_setting_off_and_language_switch(qtbot, editor, setting) -> None:
    setting["enabled"] = False
    qtbot.keyClicks(editor, '"a" ')
    setting["enabled"] = True
    setting["lang"] = "en_US"
    qtbot.keyClicks(editor, '"b" ')
    setting["lang"] = "de_CH"
    qtbot.keyClicks(editor, '"c"')
    assert editor.toPlainText() == '"a" “b” «c»'


def test_emoji_before_the_cursor(qtbot, editor: QPlainTextEdit) -> None:
    # QTest cannot type characters outside the BMP; the emoji comes in as text.
    editor.setPlainText("😀😀")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, '" ...')
    assert editor.toPlainText() == "😀😀“ …"  # after an emoji a quote closes
    qtbot.keyClicks(editor, ' "x"')
    assert editor.toPlainText() == "😀😀“ … „x“"
    undo(qtbot, editor)
    assert editor.toPlainText() == '😀😀“ … „x"'


def test_letters_and_spaces_right_after_an_emoji_or_a_line_start(qtbot, editor: QPlainTextEdit) -> None:
    """The filter reads one UTF-16 unit left of the cursor: half an emoji, or the line
    break at a line start, must never pass for a hyphen or a single quote."""
    editor.setPlainText("😀\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, "a 'b' -")
    editor.moveCursor(QTextCursor.MoveOperation.Up)
    editor.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    qtbot.keyClicks(editor, "x y - z")
    assert editor.toPlainText() == "😀x y – z\na ‚b‘ -"


def test_letter_after_closing_single_quote_becomes_apostrophe(qtbot, editor) -> None:
    qtbot.keyClicks(editor, "'Wie geht's?'")
    assert editor.toPlainText() == "‚Wie geht’s?‘"


def test_typing_over_a_selection(qtbot, editor: QPlainTextEdit) -> None:
    editor.setPlainText("Er sagte X")
    cursor = editor.textCursor()
    cursor.setPosition(9)
    cursor.setPosition(10, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, '"')
    assert editor.toPlainText() == "Er sagte „"


def test_shortcuts_are_not_swallowed(qtbot, editor: QPlainTextEdit) -> None:
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert editor.textCursor().selectedText() == "abc"


def test_input_method_commit(qtbot, editor: QPlainTextEdit) -> None:
    # Dead keys and compose sequences arrive as input method events.
    qtbot.keyClicks(editor, "Wort ")
    QApplication.sendEvent(editor, _commit('"'))
    assert editor.toPlainText() == "Wort „"


def test_read_only_editor_is_left_alone(qtbot, editor: QPlainTextEdit) -> None:
    editor.setPlainText("x")
    editor.setReadOnly(True)
    qtbot.keyClicks(editor, '"')
    assert editor.toPlainText() == "x"


def _commit(text: str) -> QInputMethodEvent:
    event = QInputMethodEvent()
    event.setCommitString(text)
    return event


def test_a_spaced_hyphen_between_words_becomes_a_dash_and_undo_restores_it(qtbot, editor: QPlainTextEdit) -> None:
    qtbot.keyClicks(editor, "Markt - Stand")
    assert editor.toPlainText() == "Markt – Stand"
    editor.clear()
    qtbot.keyClicks(editor, "Markt - ")
    undo(qtbot, editor)
    assert editor.toPlainText() == "Markt - "


def test_list_items_and_compounds_keep_their_hyphen(qtbot, editor: QPlainTextEdit) -> None:
    qtbot.keyClicks(editor, "- Punkt mit E-Mail und -x")
    assert editor.toPlainText() == "- Punkt mit E-Mail und -x"


def test_feder_editor_asks_typography_once_per_key(qtbot, setting) -> None:
    """On the TextEditor typography is a typing watcher: an event filter was called with
    each of the editor's events, seven per keystroke, each a call into Python."""

    class Counting(TypographyFilter):
        filtered = 0
        asked = 0

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
            Counting.filtered += 1
            return super().eventFilter(watched, event)

        def _watch(self, event):
            Counting.asked += 1
            return super()._watch(event)

    widget = TextEditor()
    qtbot.addWidget(widget)
    typo = Counting(widget)
    typo.attach(widget, lambda: True, lambda: "de_DE")
    widget.show()
    widget.setFocus()
    typed = 'Er sagt "ja" -- gut...'
    qtbot.keyClicks(widget, typed)
    assert widget.toPlainText() == "Er sagt „ja“ – gut…"
    assert Counting.filtered == 0
    assert Counting.asked == len(typed)
    typo.detach()
    qtbot.keyClicks(widget, ' "x"')
    assert widget.toPlainText().endswith(' "x"')  # detached: no longer asked
    assert Counting.asked == len(typed)
