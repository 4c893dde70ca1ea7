"""Full screen and focus mode can always be left, and every shortcut works inside (#17, point 1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.view.editor.document().setModified(False)
    win.close()


def press(window: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the writer presses it, into the focused editor."""
    window.view.editor.setFocus()
    QTest.keyClick(window.view.editor, key, modifiers)


def test_f11_enters_and_f11_leaves_distraction_free(window, qtbot) -> None:
    press(window, Qt.Key.Key_F11)
    assert window.distraction_free.is_enabled()
    assert window.isFullScreen()
    assert not window.menuBar().isVisible()
    assert not window.toolbar.isVisible()
    press(window, Qt.Key.Key_F11)
    assert not window.distraction_free.is_enabled()
    assert not window.isFullScreen()
    assert window.menuBar().isVisible() and window.toolbar.isVisible()


def test_escape_leaves_distraction_free_and_then_focus_mode(window, qtbot) -> None:
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.view_actions.focus_mode.isChecked()
    press(window, Qt.Key.Key_F11)
    press(window, Qt.Key.Key_Escape)
    assert not window.distraction_free.is_enabled()
    assert window.menuBar().isVisible()
    assert window.view_actions.focus_mode.isChecked()  # one Esc, one mode
    press(window, Qt.Key.Key_Escape)
    assert not window.view_actions.focus_mode.isChecked()
    assert not window.view.focus_mode.is_enabled()


def test_escape_without_a_mode_changes_nothing(window, qtbot) -> None:
    assert not window.leave_writing_modes()
    press(window, Qt.Key.Key_Escape)
    assert window.menuBar().isVisible()
    assert not window.isFullScreen()


def test_shortcuts_work_while_the_menus_are_hidden(window, qtbot, tmp_path) -> None:
    path = tmp_path / "voll.md"
    path.write_text("Text\n", encoding="utf-8")
    window.open_file(path)
    press(window, Qt.Key.Key_F11)
    assert not window.menuBar().isVisible()
    QTest.keyClicks(window.view.editor, "Mehr ")
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert path.read_text(encoding="utf-8") == "Mehr Text\n"
    assert not window.view.is_modified()
    press(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Heading 2
    assert window.view.editor.text().startswith("## ")
    press(window, Qt.Key.Key_F11)
    assert window.menuBar().isVisible()


def test_without_window_actions_a_hidden_menu_takes_its_shortcuts_along(window, qtbot, tmp_path) -> None:
    """The negative: the save action held only by the (hidden) menu does not fire."""
    path = tmp_path / "nur-menue.md"
    path.write_text("Text\n", encoding="utf-8")
    window.open_file(path)
    for action in window.window_actions():
        window.removeAction(action)
    press(window, Qt.Key.Key_F11)
    QTest.keyClicks(window.view.editor, "Neu ")
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert path.read_text(encoding="utf-8") == "Text\n"  # the trap the issue describes
    window.view_actions.full_screen.setChecked(False)


def test_distraction_free_is_the_text_alone_and_everything_comes_back(window, qtbot, tmp_path) -> None:
    path = tmp_path / "felder.md"
    path.write_text("---\ntitle: T\n---\nText\n", encoding="utf-8")
    window.open_file(path)
    v = window.view_actions
    v.show_front_matter.setChecked(True)  # the writer had the YAML open
    assert window.view.preview.isVisible()
    assert window.fields_panel.isVisible()
    press(window, Qt.Key.Key_F11)
    assert not window.view.preview.isVisible()
    assert not window.fields_panel.isVisible()
    assert not window.statusBar().isVisible()
    assert not window.view.editor.document().firstBlock().isVisible()  # fields folded
    # The preview comes back when asked for, inside the mode.
    press(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.view.preview.isVisible()
    press(window, Qt.Key.Key_Escape)
    assert window.view.preview.isVisible()
    assert v.show_front_matter.isChecked()
    assert window.view.editor.document().firstBlock().isVisible()
    assert window.fields_panel.isVisible() and window.statusBar().isVisible()
