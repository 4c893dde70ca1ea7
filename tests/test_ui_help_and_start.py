"""Help menu (cheat sheet, shortcuts) and the hint in an empty window (#17, point 9)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_help_menu_has_the_cheat_sheet_and_the_shortcuts(window) -> None:
    texts = [a.text() for a in window.help_menu.actions()]
    assert "&Markdown Cheat Sheet" in texts and "&Keyboard Shortcuts" in texts
    window.help_actions.cheat_sheet.trigger()
    sheet = window.help_dialog.cheat_sheet.toPlainText()
    assert "## " in sheet and '{credit="' in sheet and "Caption" in sheet
    assert window.help_dialog.tabs.currentIndex() == 0
    window.help_dialog.close()
    window.help_actions.shortcuts.trigger()
    keys = window.help_dialog.shortcuts.toPlainText()
    assert window.help_dialog.tabs.currentIndex() == 1
    assert "Ctrl+S" in keys and "Save" in keys
    assert "F11" in keys and "Distraction-Free Full Screen" in keys
    assert "Ctrl+Shift+P" in keys


def test_the_shortcut_list_follows_the_actions(window) -> None:
    """Negative: an action without a shortcut is not listed, a changed key is listed as it is now."""
    window.view_actions.typewriter.setShortcut("Ctrl+Alt+W")
    window.help_actions.shortcuts.trigger()
    keys = window.help_dialog.shortcuts.toPlainText()
    assert "Ctrl+Alt+W" in keys and "Ctrl+Shift+T" not in keys
    assert "German Typography While Typing" not in keys  # no shortcut, no row


def test_the_empty_window_shows_a_start_hint_that_leads_somewhere(window, qtbot) -> None:
    hint = window.view.start_hint
    assert hint.isVisible()
    qtbot.mouseClick(hint.sample_button, Qt.MouseButton.LeftButton)
    assert window.view.path is not None and window.view.path.name == "marktgeschehen.md"
    assert not window.view.start_hint.isVisible()


def test_the_hint_goes_when_writing_starts_and_stays_away_for_a_file(window, qtbot, tmp_path) -> None:
    hint = window.view.start_hint
    qtbot.mouseClick(hint.new_button, Qt.MouseButton.LeftButton)
    assert not hint.isVisible() and window.view.editor.hasFocus()
    qtbot.keyClicks(window.view.editor, "Erster")
    window.new_file()  # a second, empty tab: its own hint
    assert window.view.start_hint.isVisible()
    qtbot.keyClicks(window.view.editor, "Los")
    assert not window.view.start_hint.isVisible()
    path = tmp_path / "a.md"
    path.write_text("Text\n", encoding="utf-8")
    window.open_file(path)
    assert not window.view.start_hint.isVisible()
