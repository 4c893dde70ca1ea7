"""The spelling dictionary is read from disk after the window's first frame, not before.

The text shows and takes typing at once; the underlines follow, for words typed
before the dictionary was there too.
"""

from __future__ import annotations

import shutil

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCharFormat

from editor import paths
from editor.ui.article.article_view import ArticleView
from editor.ui.spelling.controller import SharedSpelling

TEXT = "---\ntitle: Ein Test\nlang: de\n---\n\n# Überschrift\n\nDas ist ein Satz mit einem Fehlerrr darin.\n\nNoch ein Absatz.\n"


def underlined(view: ArticleView, word: str) -> bool:
    document = view.document.text_document
    block = document.firstBlock()
    while block.isValid():
        start = block.text().find(word)
        if start >= 0:
            return any(
                r.start <= start < r.start + r.length
                and r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
                for r in block.layout().formats()
            )
        block = block.next()
    raise AssertionError(f"{word} is not in the text")


def test_the_text_shows_before_the_dictionary_is_read_and_underlines_follow(qtbot, tmp_path) -> None:
    # A fresh process's state: word lists not loaded yet (they are shared per folder).
    knowledge = tmp_path / "spelling"
    shutil.copytree(paths.resource("spelling"), knowledge)
    shared = SharedSpelling(tmp_path / "personal.txt", knowledge_folder=knowledge)
    path = tmp_path / "text.md"
    path.write_text(TEXT, encoding="utf-8")
    view = ArticleView(spelling=shared)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.document.load(path)
    dictionary = shared.service.lexicon("de_DE").dictionary
    assert not dictionary.is_loaded
    assert view.spelling.service.lang == "de_DE" and view.spelling.service.is_available

    # Typed before the dictionary is there: taken at once, checked once it arrives.
    cursor = view.editor.textCursor()
    cursor.setPosition(view.document.text().index("Noch ein Absatz") + len("Noch ein"))
    view.editor.setTextCursor(cursor)
    qtbot.keyClicks(view.editor, " Tippfehlerr")
    assert "Noch ein Tippfehlerr Absatz." in view.document.text()
    assert not dictionary.is_loaded

    at_first_paint: list[bool] = []

    class Watch(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and not at_first_paint:
                at_first_paint.append(dictionary.is_loaded)
            return False

    watch = Watch()
    view.editor.viewport().installEventFilter(watch)
    view.show()
    qtbot.waitUntil(lambda: bool(at_first_paint), timeout=10000)
    assert at_first_paint == [False]  # the first frame did not wait for the dictionary
    qtbot.waitUntil(lambda: dictionary.is_loaded, timeout=20000)  # read right after it
    qtbot.waitUntil(lambda: underlined(view, "Fehlerrr") and underlined(view, "Tippfehlerr"), timeout=60000)
    assert not underlined(view, "Absatz")
    view.renderer.shutdown()
