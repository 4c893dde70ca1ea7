"""A writer's whole working day in the real main window (#17, "Done when").

New article, every field typed (the date from empty), a featured image chosen
before the first save, an author, a body with headings, a figure and a typo,
find/replace of a word that is also in the front matter (body only), F11 in
and out with Ctrl+S inside, undo across field and body edits, save, close,
reopen, and each export format into one folder, twice.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from editor.core.authors.store import AuthorProfile
from editor.core.preview.stats import text_statistics
from editor.core.text.article import Article
from editor.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    for view in win.tabs.views():
        view.editor.document().setModified(False)
    win.close()


def when_modal(act: Callable[[QApplication], bool]) -> None:
    """Run ``act`` on the next modal dialog; ``act`` returns False to wait for another."""

    def poll() -> None:
        if not act(QApplication.activeModalWidget()):
            QTimer.singleShot(30, poll)

    QTimer.singleShot(30, poll)


def type_into(widget, text: str, finish: Qt.Key | None = None) -> None:
    widget.setFocus()
    type_chars(widget, text)
    if finish is not None:
        QTest.keyClick(widget, finish)


def type_chars(widget, text: str) -> None:
    """Key by key as a keyboard sends them; QTest.keyClicks knows only ASCII."""
    for char in text:
        if char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif char.isascii():
            QTest.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def test_a_writers_day(window: MainWindow, qtbot, tmp_path: Path) -> None:
    fotos = tmp_path / "fotos"
    fotos.mkdir()
    featured = fotos / "markt.png"
    inline = fotos / "brot.png"
    for picture in (featured, inline):
        picture.write_bytes((Path(__file__).parent.parent / "resources" / "sample" / "wochenmarkt.png").read_bytes())
    articles = tmp_path / "artikel"
    articles.mkdir()
    exports = tmp_path / "export"
    exports.mkdir()
    view = window.view
    panel = window.fields_panel

    # --- a new article: every field typed, the date from an empty field -----------------
    assert view.path is None and view.start_hint.isVisible()
    type_into(panel.kicker, "Handel")
    type_into(panel.headline, "Der Markt am Morgen")
    type_into(panel.teaser, "Warum Erzeuger wieder selbst verkaufen.")
    type_into(panel.tags, "Markt, Landwirtschaft")
    assert panel.date.text() == ""
    type_into(panel.date.edit, "01.12.2025", Qt.Key.Key_Tab)
    panel.language.setCurrentIndex(panel.language.findData("de_AT"))
    panel.language.activated.emit(panel.language.currentIndex())
    type_into(panel.image_src, str(featured))  # chosen before the first save: absolute
    type_into(panel.image_alt, "Marktstände am Morgen")
    type_into(panel.image_caption, "Samstag auf dem Markt")
    type_into(panel.image_credit, "Foto: Jana Vogt")
    article = view.parse_now()
    assert (article.kicker, article.title, article.slug) == ("Handel", "Der Markt am Morgen", "der-markt-am-morgen")
    assert article.date.isoformat() == "2025-12-01" and article.lang == "de_AT"
    assert article.tags == ["Markt", "Landwirtschaft"]

    # --- an author from the sidebar -----------------------------------------------------
    profile = window.author_sidebar.store.save(AuthorProfile("", "Jana Vogt", "Redakteurin", "Schreibt über Märkte."))
    window.author_sidebar.reload()
    window.author_sidebar.select_profile(profile.id)
    window.author_sidebar.assign_selected()
    assert [a["name"] for a in view.parse_now().authors] == ["Jana Vogt"]

    # --- the body: headings, a figure (absolute path typed), a typo ---------------------
    editor = view.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    body = (
        "Der Markt öffnet um sieben. Die Händler bauen auf.\n\n"
        "## Frühe Kundschaft\n\n"
        "Wer früh kommt, findet das beste Brot auf dem Markt. Ein Tipfehler bleibt.\n\n"
        f'![Brot am Stand]({inline} "Frisches Brot"){{credit="Foto: Jana Vogt"}}\n\n'
        "### Preise\n\n"
        "Die Preise sind stabil.\n"
    )
    type_chars(editor, body)
    assert "Tipfehler" in editor.text()
    block = _block(editor, "Tipfehler")
    line = block.text()

    def underlined() -> list[str]:
        """The words the writer sees underlined (polling spans() would keep postponing the
        spell pass, which waits for a pause in the calls)."""
        return [
            line[r.start : r.start + r.length]
            for r in block.layout().formats()
            if r.format.underlineStyle() != r.format.underlineStyle().NoUnderline
        ]

    qtbot.waitUntil(lambda: "Tipfehler" in underlined(), timeout=10000)
    assert "Markt" not in underlined()

    # --- replace a word that is also in the front matter: the body only -----------------
    meta_before = Article.from_text(editor.text()).meta
    bar = view.find_bar
    window.search_actions.replace.trigger()
    bar.find_field.setText("Markt")
    bar.replace_field.setText("Wochenmarkt")
    bar.whole_words.setChecked(True)
    assert bar.replace_all() == 2
    assert bar.status_label.text() == "Replaced: 2"
    after = Article.from_text(editor.text())
    assert after.meta == meta_before  # headline, slug, tags, image path: untouched
    assert "Der Wochenmarkt öffnet" in after.body and "auf dem Wochenmarkt" in after.body
    bar.close_bar()

    # --- F11 in, Ctrl+S inside (the first save: file name, image question), F11 out -------
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_F11)
    assert window.isFullScreen() and not window.menuBar().isVisible()
    assert not view.preview.isVisible()
    target = articles / "der-markt-am-morgen.md"

    def save_dialog(box) -> bool:
        if not isinstance(box, QFileDialog):
            return False
        assert box.selectedFiles()[0].endswith("der-markt-am-morgen.md")  # proposed from the slug
        box.selectFile(str(target))
        box.accept()
        when_modal(copy_images)
        return True

    def copy_images(box) -> bool:
        if not isinstance(box, QMessageBox):
            return False
        box.findChild(QPushButton, "copyImages").click()
        return True

    window.settings.setValue("files/lastFolder", str(articles))
    when_modal(save_dialog)
    QTest.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert target.is_file() and not view.is_modified()
    back_to(window, editor, qtbot)  # the dialogs closed: the window is active again
    QTest.keyClick(editor, Qt.Key.Key_F11)
    assert not window.isFullScreen() and window.menuBar().isVisible() and view.preview.isVisible()
    saved = target.read_text(encoding="utf-8")
    assert str(tmp_path) not in saved  # no path of this machine in the file
    assert (articles / "bilder" / "markt.png").is_file() and (articles / "bilder" / "brot.png").is_file()
    assert Article.from_text(saved).image.src == "bilder/markt.png"
    assert '![Brot am Stand](bilder/brot.png "Frisches Brot"){credit="Foto: Jana Vogt"}' in saved

    # --- undo across a field edit and a body edit ---------------------------------------
    type_into(panel.kicker, " und Wandel")
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    QTest.keyClicks(editor, "Noch ein Satz.")
    QTest.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert "Noch ein Satz." not in editor.text()
    assert view.parse_now().kicker == "Handel und Wandel"
    QTest.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert view.parse_now().kicker == "Handel und"  # word by word
    assert panel.kicker.hasFocus()  # the undone field is shown and selected
    QTest.keyClick(panel.kicker, Qt.Key.Key_Z, CTRL)
    assert view.parse_now().kicker == "Handel"
    assert "Kicker" in window.statusBar().currentMessage()
    QTest.keyClick(editor, Qt.Key.Key_S, CTRL)
    saved = target.read_text(encoding="utf-8")
    assert saved == editor.text() and saved.endswith("\n")
    keys = [line.split(":")[0] for line in saved.split("---\n")[1].splitlines() if line[:1].isalpha()]
    assert keys == ["title", "kicker", "teaser", "slug", "date", "tags", "lang", "image", "authors"]  # not typing order

    # --- close, reopen: the same text, counts of this article ---------------------------
    window.close_view(view)
    assert window.view.path is None
    assert window.open_file(target)
    view = window.view
    assert view.editor.text() == saved
    expected = text_statistics(Article.from_text(saved))
    qtbot.waitUntil(lambda: view.last_stats is not None, timeout=20000)
    assert view.last_stats.words == expected.words
    qtbot.waitUntil(lambda: window.status_stats.text().startswith(f"{expected.words} words"), timeout=5000)
    window.stats_panel.show()
    assert window.stats_panel.values["words"].text() == str(expected.words)
    assert window.stats_panel.values["session"].text() == "0"

    # --- export each format into one folder, twice --------------------------------------
    names = {"html": "der-markt-am-morgen.html", "fragment": "der-markt-am-morgen.fragment.html",
             "md": "der-markt-am-morgen.md"}
    for round_ in (1, 2):
        for fmt, name in names.items():
            asked: list[str] = []
            proposed: list = []
            opened: list = []

            def export_dialog(dialog, fmt=fmt, name=name, round_=round_, proposed=proposed, opened=opened) -> bool:
                if dialog is None or dialog.objectName() != "exportDialog":
                    return False
                opened.append(dialog)
                dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
                if round_ == 1 and fmt == "html":
                    dialog.target_edit.setText(str(exports / name))
                proposed.append(dialog.target())  # its own name; the folder remembered
                dialog.accept()
                if dialog.isVisible():  # an error: say it, and do not hang the test
                    proposed.append(dialog.error_label.text())
                    dialog.reject()
                return True

            def replace_question(box, asked=asked, opened=opened) -> bool:
                if isinstance(box, QMessageBox):
                    asked.append(box.text())
                    box.button(QMessageBox.StandardButton.Yes).click()
                    return True
                return bool(opened) and not opened[0].isVisible()  # exported without a question

            # Both pollers start out here: a timer started inside another timer's callback
            # does not fire while that callback waits in a nested event loop.
            when_modal(export_dialog)
            when_modal(replace_question)
            window.file_actions.export.trigger()
            assert proposed == [exports / name]
            assert (exports / name).is_file()
            assert bool(asked) == (round_ == 2), (fmt, round_, asked)  # replaced only after asking
    written = {p.name for p in exports.iterdir()}
    assert set(names.values()) <= written
    for name in names.values():
        content = (exports / name).read_text(encoding="utf-8")
        assert str(tmp_path) not in content, name  # no machine path in any export
        assert "Wochenmarkt" in content
    page = (exports / names["html"]).read_text(encoding="utf-8")
    assert '<p class="byline"><span class="byline-authors">Jana Vogt</span> · <time datetime="2025-12-01">1. Dezember 2025</time></p>' in page
    assert "<h2" in page and "Frühe Kundschaft" in page
    fragment = (exports / names["fragment"]).read_text(encoding="utf-8")
    assert "<html" not in fragment and "byline" in fragment
    markdown = (exports / names["md"]).read_text(encoding="utf-8")
    assert markdown.startswith("---\n") and "Der Markt am Morgen" in markdown


def back_to(window: MainWindow, widget, qtbot) -> None:
    """What the desktop does when a dialog closes (the offscreen platform does not)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    widget.setFocus()


def _block(editor, word: str):
    block = editor.document().begin()
    while block.isValid() and word not in block.text():
        block = block.next()
    return block
