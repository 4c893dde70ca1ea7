"""When the preview asks for a render (issue #20, preview latency).

The first change after a quiet spell goes to the render helper at once (no
80 ms debounce); keys typed in a row are still gathered into one render per
pause, so typing does not render per key.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from editor.ui.article import article_view
from editor.ui.article.article_view import ArticleView
from tests.view_helpers import shown_view

TEXT = "---\ntitle: Markt\n---\n\nDer Wochenmarkt öffnet früh.\n\n## Käse\n\nDrei Sorten.\n"


def settled_view(qtbot, tmp_path: Path) -> tuple[ArticleView, list[str]]:
    view = shown_view(qtbot, tmp_path / "markt.md", TEXT)
    sent: list[str] = []
    real_request = view.renderer.request

    def request(text, path):
        sent.append(text)
        return real_request(text, path)

    view.renderer.request = request
    qtbot.wait(int(article_view.PREVIEW_QUIET_S * 1000) + 100)  # a quiet spell
    return view, sent


def type_key(view: ArticleView, char: str) -> None:
    cursor = QTextCursor(view.document.text_document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(char)


def test_a_change_after_a_quiet_spell_is_sent_at_once(qtbot, tmp_path: Path) -> None:
    view, sent = settled_view(qtbot, tmp_path)
    type_key(view, "X")
    assert sent == []  # not inside the edit itself: the key's own work comes first
    QApplication.processEvents()  # the next turn of the event loop, no debounce timer
    assert len(sent) == 1 and sent[0].endswith("X")


def test_keys_in_a_row_are_gathered_into_one_render(qtbot, tmp_path: Path) -> None:
    view, sent = settled_view(qtbot, tmp_path)
    type_key(view, "A")
    QApplication.processEvents()
    assert len(sent) == 1  # the first key after the pause
    for char in "bcdefgh":  # typed faster than the debounce
        type_key(view, char)
        timer = view._preview_timer
        assert timer.isActive() and timer.interval() == article_view.PREVIEW_DELAY_MS
    assert len(sent) == 1
    qtbot.waitUntil(lambda: len(sent) == 2, timeout=3000)  # the pause after them
    assert sent[1].endswith("Abcdefgh")
    qtbot.wait(300)
    assert len(sent) == 2
