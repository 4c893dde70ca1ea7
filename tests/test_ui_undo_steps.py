"""Undo the writer can follow (#17, point 6): word steps in fields, pauses and sentences in the body,
and an undo outside the body shows where it happened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.core.text.article import Article
from editor.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "undo.md"
    path.write_text("---\ntitle: Markt\n---\nText\n", encoding="utf-8")
    win = MainWindow()
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.open_file(path)
    yield win
    win.view.editor.document().setModified(False)
    win.close()


def ctrl_z(widget) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def type_at_end(window: MainWindow, text: str) -> None:
    editor = window.view.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    QTest.keyClicks(editor, text)


def test_field_typing_undoes_word_by_word(window, qtbot) -> None:
    kicker = window.fields_panel.kicker
    kicker.setFocus()
    QTest.keyClicks(kicker, "Handel und Wandel")
    assert window.view.parse_now().kicker == "Handel und Wandel"
    ctrl_z(kicker)
    assert window.view.parse_now().kicker == "Handel und"
    ctrl_z(kicker)
    assert window.view.parse_now().kicker == "Handel"
    ctrl_z(kicker)
    assert window.view.parse_now().kicker == ""


def test_a_field_edit_after_other_work_is_its_own_step(window, qtbot) -> None:
    """The negative: letters of one word typed around a body edit do not merge across it."""
    kicker = window.fields_panel.kicker
    kicker.setFocus()
    QTest.keyClicks(kicker, "Han")
    type_at_end(window, "x")
    kicker.setFocus()
    QTest.keyClicks(kicker, "del")
    ctrl_z(kicker)
    assert window.view.parse_now().kicker == "Han"
    assert window.view.editor.text().endswith("Text\nx")


def test_body_typing_breaks_at_sentence_ends(window, qtbot) -> None:
    type_at_end(window, "Erster Satz. Zweiter Satz")
    ctrl_z(window.view.editor)
    assert window.view.editor.text().endswith("Text\nErster Satz. ")
    ctrl_z(window.view.editor)
    assert window.view.editor.text().endswith("Text\n")


def test_body_typing_breaks_at_a_pause(window, qtbot) -> None:
    window.view.editor.undo_pause = 0.2
    type_at_end(window, "vorher")
    qtbot.wait(400)
    QTest.keyClicks(window.view.editor, " nachher")
    ctrl_z(window.view.editor)
    assert window.view.editor.text().endswith("Text\nvorher")


def test_body_typing_without_pause_or_sentence_end_is_one_step(window, qtbot) -> None:
    type_at_end(window, "ein langer Satz ohne Ende")
    ctrl_z(window.view.editor)
    assert window.view.editor.text() == "---\ntitle: Markt\n---\nText\n"


def test_undo_of_a_field_edit_selects_the_field_and_names_it(window, qtbot) -> None:
    headline = window.fields_panel.headline
    headline.setFocus()
    headline.selectAll()
    QTest.keyClicks(headline, "Neu")
    type_at_end(window, " Ende")
    window.view_actions.full_screen.setChecked(False)
    ctrl_z(window.view.editor)  # the body edit
    assert window.view.editor.hasFocus()
    ctrl_z(window.view.editor)  # the headline: shown, selected, named
    assert Article.from_text(window.view.editor.text()).title == "Markt"
    assert headline.hasFocus()
    assert headline.textCursor().selectedText() == "Markt"
    assert "Headline" in window.statusBar().currentMessage()


def test_undo_of_an_author_in_the_hidden_sidebar_shows_the_sidebar(window, qtbot) -> None:
    window.fields_panel.raise_()
    window.author_sidebar.assignmentChanged.emit([{"id": "jana", "name": "Jana Vogt"}])
    assert window.view.parse_now().authors[0]["name"] == "Jana Vogt"
    window.fields_panel.raise_()
    window.author_sidebar.close()
    assert not window.author_sidebar.isVisible()
    type_at_end(window, "Satz")
    ctrl_z(window.view.editor)
    assert not window.author_sidebar.isVisible()  # a body undo leaves the panels alone
    ctrl_z(window.view.editor)
    assert window.view.parse_now().authors == []
    assert window.author_sidebar.isVisible()
    assert "Authors" in window.statusBar().currentMessage()
    window.edit_actions.redo.trigger()
    assert window.view.parse_now().authors[0]["name"] == "Jana Vogt"
    assert window.statusBar().currentMessage().startswith("Redone")
