"""Re-highlighting is not an edit (issue #20, open at 100k words).

QTextDocument reports a highlighter's new colours as ``contentsChanged`` like
typed text. The spell pass after opening re-highlights block after block; if
that counted as an edit, every pause in it parsed the whole article again
(0.3 s at 100k words, plus the outline), re-sent the whole text to the render
helper and restarted the autosave. Only a change of the text may do that.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor

from editor.ui.article.article_view import ArticleView
from tests.view_helpers import shown_view

TEXT = "---\ntitle: Markt\n---\n\nDer Wochenmarkt öffnet früh. Ein Tippfeler steht hier.\n\n## Käse\n\nDrei Sorten.\n"


def settled_view(qtbot, tmp_path: Path) -> ArticleView:
    view = shown_view(qtbot, tmp_path / "markt.md", TEXT)
    qtbot.wait(400)  # longer than the parse delay: nothing left pending
    return view


def watch(view: ArticleView) -> dict[str, int]:
    seen = {"parsed": 0, "edited": 0, "rendered": 0}
    view.document.articleChanged.connect(lambda _a: seen.__setitem__("parsed", seen["parsed"] + 1))
    view.document.textEdited.connect(lambda: seen.__setitem__("edited", seen["edited"] + 1))
    real_request = view.renderer.request

    def request(text, path):
        seen["rendered"] += 1
        return real_request(text, path)

    view.renderer.request = request
    return seen


def test_rehighlighting_neither_parses_nor_renders_nor_autosaves(qtbot, tmp_path: Path) -> None:
    view = settled_view(qtbot, tmp_path)
    seen = watch(view)
    changed = []
    view.document.text_document.contentsChanged.connect(lambda: changed.append(1))
    view.document.autosave_timer.stop()  # started by the load itself
    view.highlighter.rehighlight()  # what the spell pass and a language change do
    for block_number in range(3):
        view.highlighter.rehighlightBlock(view.document.text_document.findBlockByNumber(block_number))
    assert changed, "the highlighter really reported its colours as a change"
    qtbot.wait(600)  # parse (250 ms) and preview (80 ms) delays passed
    assert seen == {"parsed": 0, "edited": 0, "rendered": 0}
    assert not view.document.autosave_timer.isActive()
    assert not view.document.is_modified()


def test_typing_still_parses_renders_and_autosaves(qtbot, tmp_path: Path) -> None:
    view = settled_view(qtbot, tmp_path)
    seen = watch(view)
    cursor = QTextCursor(view.document.text_document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("Mehr.")
    assert seen["edited"] == 1
    assert view.document.autosave_timer.isActive()
    qtbot.waitUntil(lambda: seen["parsed"] == 1 and seen["rendered"] == 1, timeout=5000)
    # Undo is a change of the text too.
    view.document.text_document.undo()
    qtbot.waitUntil(lambda: seen["parsed"] == 2 and seen["rendered"] == 2, timeout=5000)
    assert seen["edited"] == 2
