"""Counts describe the article in front, from its first paint (#17, point 7)."""

from __future__ import annotations

from PySide6.QtTest import QTest


def write(tmp_path, name: str, words: int) -> str:
    path = tmp_path / name
    path.write_text(" ".join(["Wort"] * words) + "\n", encoding="utf-8")
    return str(path)


def counted(qtbot, view) -> None:
    qtbot.waitUntil(lambda: view.last_stats is not None, timeout=20000)


def test_status_bar_shows_the_tab_in_front_after_closing_another(window, qtbot, tmp_path) -> None:
    window.open_file(write(tmp_path, "drei.md", 3))
    counted(qtbot, window.view)
    first = window.view
    window.open_file(write(tmp_path, "sieben.md", 7))
    counted(qtbot, window.view)
    qtbot.waitUntil(lambda: window.status_stats.text().startswith("7 words"))
    window.close_view(window.view)
    assert window.view is first
    assert window.status_stats.text().startswith("3 words")


def test_a_blank_tab_shows_no_stale_counts(window, qtbot, tmp_path) -> None:
    window.open_file(write(tmp_path, "fuenf.md", 5))
    counted(qtbot, window.view)
    qtbot.waitUntil(lambda: window.status_stats.text().startswith("5 words"))
    window.tabs.add_view()
    assert not window.status_stats.text().startswith("5 words")


def test_statistics_panel_shows_numbers_when_opened(window, qtbot, tmp_path) -> None:
    window.open_file(write(tmp_path, "zwoelf.md", 12))
    counted(qtbot, window.view)
    assert window.stats_panel.values["words"].text() == "–"  # closed: nothing counted for it
    window.stats_panel.show()
    assert window.stats_panel.values["words"].text() == "12"  # at once, no keystroke needed
    assert window.stats_panel.values["session"].text() == "0"


def test_words_this_session_count_from_the_opening_not_from_the_panel(window, qtbot, tmp_path) -> None:
    window.open_file(write(tmp_path, "vier.md", 4))
    view = window.view
    counted(qtbot, view)
    editor = view.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    QTest.keyClicks(editor, "neu dazu")
    qtbot.waitUntil(lambda: view.last_stats.words == 6, timeout=20000)
    window.stats_panel.show()
    assert window.stats_panel.values["session"].text() == "+2"
