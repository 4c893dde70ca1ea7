"""Folding the front matter away: hidden lines, cursor kept in the body, text untouched."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from editor.ui.editing.front_matter_fold import FrontMatterFold

TEXT = "---\ntitle: A\ntags:\n- x\n---\nErster Absatz.\n\nZweiter.\n"


def _visible(editor: QPlainTextEdit) -> list[bool]:
    doc = editor.document()
    return [doc.findBlockByNumber(n).isVisible() for n in range(doc.blockCount())]


def test_fold_hides_exactly_the_front_matter(qtbot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(TEXT)
    fold = FrontMatterFold(editor)
    fold.set_enabled(True)
    assert _visible(editor)[:6] == [False] * 5 + [True]
    assert editor.textCursor().blockNumber() == 5  # moved out of the hidden lines
    assert editor.toPlainText() == TEXT
    fold.set_enabled(False)
    assert all(_visible(editor))


def test_fold_follows_edits_of_the_front_matter(qtbot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("Nur Text.\n")
    fold = FrontMatterFold(editor)
    fold.set_enabled(True)
    assert all(_visible(editor))
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.insertText("---\ntitle: Neu\n---\n")
    assert _visible(editor)[:4] == [False, False, False, True]
    editor.undo()
    assert all(_visible(editor))


def test_broken_front_matter_is_never_hidden(qtbot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("---\ntitle: [kaputt\n---\nText\n")
    FrontMatterFold(editor).set_enabled(True)
    assert all(_visible(editor))
