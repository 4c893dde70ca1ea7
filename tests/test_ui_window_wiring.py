"""The window's actions act on the article in front, through the view's links, and only on it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QTextCursor

import editor.ui.window.main_window as main_window_module


def _open(window, tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert window.open_file(path)
    return window.view


def _select_all(view) -> None:
    cursor = view.editor.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    view.editor.setTextCursor(cursor)


def test_format_and_edit_actions_reach_only_the_article_in_front(window, tmp_path) -> None:
    first = _open(window, tmp_path, "eins.md", "Erstens\n")
    second = _open(window, tmp_path, "zwei.md", "Zweitens\n")
    assert window.view is second
    window.format_actions.heading2.trigger()
    assert second.editor.text() == "## Zweitens\n"
    assert first.editor.text() == "Erstens\n"
    window.tabs.setCurrentWidget(first)
    window.format_actions.heading2.trigger()
    assert first.editor.text() == "## Erstens\n"
    assert second.editor.text() == "## Zweitens\n"  # the links of the tab behind are gone
    _select_all(first)
    window.edit_actions.cut.trigger()
    assert first.editor.text() == "" and second.editor.text() == "## Zweitens\n"
    window.tabs.setCurrentWidget(second)
    _select_all(second)
    window.edit_actions.paste.trigger()  # pastes what was cut in the other tab
    assert second.editor.text() == "## Erstens\n"


def test_undo_follows_the_article_in_front(window, tmp_path) -> None:
    first = _open(window, tmp_path, "eins.md", "Erstens\n")
    window.format_actions.bold.trigger()
    assert window.edit_actions.undo.isEnabled()
    second = _open(window, tmp_path, "zwei.md", "Zweitens\n")
    assert not window.edit_actions.undo.isEnabled()  # nothing to undo in the new tab
    window.edit_actions.undo.trigger()
    assert second.editor.text() == "Zweitens\n"
    window.tabs.setCurrentWidget(first)
    assert window.edit_actions.undo.isEnabled()
    window.edit_actions.undo.trigger()
    assert first.editor.text() == "Erstens\n"
    assert not window.edit_actions.undo.isEnabled() and window.edit_actions.redo.isEnabled()


def test_view_toggles_reach_a_tab_that_comes_to_the_front(window, tmp_path) -> None:
    first = _open(window, tmp_path, "eins.md", "Erstens\n")
    second = _open(window, tmp_path, "zwei.md", "Zweitens\n")
    window.view_actions.toggle_preview.setChecked(False)
    assert not second.preview.isVisibleTo(second)
    assert first.preview.isVisibleTo(first)  # behind: it learns when it comes to the front
    window.tabs.setCurrentWidget(first)
    assert not first.preview.isVisibleTo(first)
    window.view_actions.toggle_preview.setChecked(True)
    assert first.preview.isVisibleTo(first) and not second.preview.isVisibleTo(second)


def test_status_bar_shows_the_cursor_of_the_article_in_front(window, tmp_path) -> None:
    view = _open(window, tmp_path, "eins.md", "Erste Zeile\nzweite 😀 Zeile\n")
    view.go_to_line(1)
    cursor = view.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    view.editor.setTextCursor(cursor)
    assert window.status.position.text() == "Line 2, column 16"  # 15 characters; Qt counts the emoji as two


def test_the_main_window_does_not_reach_into_the_views_widgets() -> None:
    source = Path(main_window_module.__file__).read_text(encoding="utf-8")
    code = "\n".join(line for line in source.splitlines() if not re.match(r"\s*(from|import) ", line))
    assert re.findall(r"\.(?:editor|preview|find_bar|start_hint|front_matter_fold|splitter)\b", code) == []


def test_typing_does_not_lay_the_status_bar_out_again(window, qtbot, tmp_path) -> None:
    """A new column number repaints the position label only: a label whose size may
    change made QStatusBar rebuild its layout and repaint itself whole on every key."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class LayoutRequests(QObject):
        count = 0

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.LayoutRequest:
                LayoutRequests.count += 1
            return False

    view = _open(window, tmp_path, "eins.md", "Erste Zeile\n")
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.status.stats.text() != "", timeout=20000)  # the first count is in
    view.editor.setFocus()
    view.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.wait(50)
    watcher = LayoutRequests()
    window.statusBar().installEventFilter(watcher)
    typed = "und noch mehr Text"
    for char in typed:
        qtbot.keyClick(view.editor, char)
        QApplication.processEvents()  # each key's posted events on their own, as a writer types
    window.statusBar().removeEventFilter(watcher)
    assert window.status.position.text() == "Line 2, column 19"
    # Before: one per key. A new count from the preview helper may come in between.
    assert LayoutRequests.count <= 1
    label = window.status.position
    assert label.minimumSize() == label.maximumSize()


def test_typing_repaints_the_position_label_alone(window, qtbot, tmp_path) -> None:
    """The label is opaque, so a new column number repaints it alone: a see-through
    label made Qt repaint the status bar and the strip of the window behind it first,
    at every key."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class Paints(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen: dict[str, int] = {}

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                self.seen[watched.objectName()] = self.seen.get(watched.objectName(), 0) + 1
            return False

    view = _open(window, tmp_path, "eins.md", "Erste Zeile\n")
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.status.stats.text() != "", timeout=20000)  # the first count is in
    view.editor.setFocus()
    view.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.wait(50)
    paints = Paints()
    window.status.position.setObjectName("position")
    watched = (window, window.statusBar(), window.status.position)
    for widget in watched:
        widget.installEventFilter(paints)
    typed = "und noch mehr Text"
    for char in typed:
        qtbot.keyClick(view.editor, char)
        QApplication.processEvents()
    for widget in watched:
        widget.removeEventFilter(paints)
    assert window.status.position.text() == "Line 2, column 19"
    assert paints.seen.get("position", 0) >= len(typed) - 1  # it does show each column
    # Before: one paint of each per key (18 and 20). A new count from the preview helper,
    # the preview arriving beside the editor, may come in between.
    assert paints.seen.get(window.statusBar().objectName(), 0) <= 3
    assert paints.seen.get(window.objectName(), 0) <= 6


def test_the_position_label_grows_for_a_line_beyond_its_width(window) -> None:
    label = window.status.position
    window.status.show_position(1_234_567, 123_456)
    assert label.text() == "Line 1234568, column 123457"
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
