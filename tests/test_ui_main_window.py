"""The window as a writer uses it: open, edit, preview, save, close."""

from __future__ import annotations

import http.server
import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWebEngineCore import QWebEngineScript
from PySide6.QtWidgets import QApplication, QMessageBox

from editor import paths
from editor.ui.window.main_window import MainWindow


def preview_text(qtbot, window: MainWindow, contains: str, timeout: int = 20000) -> str:
    """Poll the preview's DOM until it shows ``contains``."""
    seen = {"text": ""}

    def check() -> None:
        window.view.preview.body_text(lambda t: seen.__setitem__("text", t or ""))
        assert contains in seen["text"]

    qtbot.waitUntil(check, timeout=timeout)
    return seen["text"]


@pytest.fixture
def window(qtbot):
    win = MainWindow()  # not qtbot.addWidget: it closes before we can drop unsaved edits
    win.resize(1200, 800)
    win.show()
    yield win
    win.view.editor.document().setModified(False)
    win.close()


def answer_next_message_box(button: QMessageBox.StandardButton) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            choice = box.button(button) or box.defaultButton() or box.buttons()[0]
            choice.click()
        else:
            QTimer.singleShot(50, click)

    QTimer.singleShot(50, click)


def test_sample_opens_and_preview_shows_body(window, qtbot) -> None:
    assert window.open_file(paths.sample_article())
    assert window.windowTitle().startswith("marktgeschehen.md")
    text = preview_text(qtbot, window, "Kurze Wege, faire Preise")
    assert "„Wir verdienen" in text


def test_preview_follows_an_edit(window, qtbot, tmp_path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# Titel\n\nErster Absatz.\n", encoding="utf-8")
    window.open_file(article)
    preview_text(qtbot, window, "Erster Absatz")
    editor = window.view.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Zweiter Absatz mit Pfiff.")
    preview_text(qtbot, window, "Pfiff")
    assert window.isWindowModified()


def test_preview_does_not_run_scripts_or_make_requests(window, qtbot, tmp_path) -> None:
    hits: list[str] = []

    class Counter(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    article = tmp_path / "evil.md"
    article.write_text(
        "Text\n\n<script>document.title='pwned'; document.body.innerHTML='pwned'</script>\n\n"
        f'<img src="{base}/pixel.png" onerror="document.body.innerHTML=\'pwned\'">\n\n'
        f'<iframe src="{base}/frame"></iframe>\n\n![Bild]({base}/bild.png)\n\nEnde\n',
        encoding="utf-8",
    )
    try:
        window.open_file(article)
        text = preview_text(qtbot, window, "Ende")
        qtbot.wait(500)
    finally:
        server.shutdown()
    assert "pwned" not in text
    assert window.view.preview.page().title() != "pwned"
    assert hits == []


def test_save_writes_the_edit_and_clears_the_modified_mark(window, qtbot, tmp_path) -> None:
    article = tmp_path / "b.md"
    article.write_text("---\ntitle: A\n---\nText\n", encoding="utf-8")
    window.open_file(article)
    window.view.editor.appendPlainText("Neu\u00a0mit geschütztem Leerzeichen")
    assert window.save()
    # an edited text is saved with a final line break (#17)
    assert article.read_text(encoding="utf-8") == "---\ntitle: A\n---\nText\n\nNeu\u00a0mit geschütztem Leerzeichen\n"
    assert not window.isWindowModified()


def test_failed_save_keeps_text_and_modified_mark(window, qtbot, tmp_path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    article = folder / "c.md"
    article.write_text("alt\n", encoding="utf-8")
    window.open_file(article)
    window.view.editor.appendPlainText("neu")
    # A path whose parent is a file cannot be written, even by root.
    blocker = tmp_path / "file"
    blocker.write_text("x")
    answer_next_message_box(QMessageBox.StandardButton.Ok)
    assert not window.files.save_to(blocker / "c.md")
    assert window.isWindowModified()
    assert "neu" in window.view.editor.text()
    assert article.read_text(encoding="utf-8") == "alt\n"


def test_windows_1252_file_opens_with_a_notice(window, tmp_path) -> None:
    article = tmp_path / "ansi.md"
    article.write_bytes("Grüße aus Köln – „Zitat“\n".encode("cp1252"))
    assert window.open_file(article)
    assert window.view.editor.text() == "Grüße aus Köln – „Zitat“\n"
    assert "Windows-1252" in window.view.message_bar.label.text()


def test_broken_front_matter_opens_with_a_warning_and_all_text(window, tmp_path) -> None:
    article = tmp_path / "broken.md"
    text = "---\ntitle: [kaputt\n---\nDer Text bleibt.\n"
    article.write_text(text, encoding="utf-8")
    assert window.open_file(article)
    assert window.view.editor.text() == text
    assert window.view.message_bar.isVisible()
    assert "front matter" in window.view.message_bar.label.text()


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_window(window, qtbot) -> None:
    window.view.editor.insertPlainText("ungespeichert")
    answer_next_message_box(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()


def test_formatting_commands_undo_in_one_step(window, qtbot) -> None:
    editor = window.view.editor
    editor.setPlainText("Wort")
    editor.selectAll()
    window.format_actions.bold.trigger()
    assert editor.text() == "**Wort**"
    window.format_actions.heading2.trigger()
    assert editor.text() == "## **Wort**"
    editor.undo()
    assert editor.text() == "**Wort**"


def test_window_geometry_is_remembered(qtbot, tmp_path) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.size().width() == 700
    second.close()


def test_unreadable_path_gives_a_message_not_a_traceback(window, tmp_path) -> None:
    answer_next_message_box(QMessageBox.StandardButton.Ok)
    assert not window.open_file(tmp_path)  # a folder
    assert not Path(tmp_path / "missing.md").exists()
    assert stat.S_ISDIR(tmp_path.stat().st_mode)


def test_several_articles_open_in_tabs_and_come_back_next_start(window, qtbot, tmp_path) -> None:
    first, second = tmp_path / "eins.md", tmp_path / "zwei.md"
    first.write_text("Eins\n", encoding="utf-8")
    second.write_text("Zwei\n", encoding="utf-8")
    assert window.open_file(first) and window.open_file(second)
    assert window.tabs.count() == 2  # the blank start tab was reused for the first file
    assert window.open_file(first)  # already open: shown, not opened twice
    assert window.tabs.count() == 2 and window.view.path == first.resolve()
    window.view.editor.insertPlainText("geändert ")
    assert window.tabs.tabText(window.tabs.currentIndex()) == "eins.md •"
    window.view.editor.undo()
    window.close()
    again = MainWindow()
    again.restore_session()
    assert [v.path for v in again.tabs.views()] == [first.resolve(), second.resolve()]
    again.close()


def test_closing_a_tab_with_changes_asks_first(window, qtbot, tmp_path) -> None:
    article = tmp_path / "t.md"
    article.write_text("Text\n", encoding="utf-8")
    window.open_file(article)
    window.new_file()
    assert window.tabs.count() == 2
    window.tabs.setCurrentIndex(0)
    window.view.editor.insertPlainText("neu ")
    answer_next_message_box(QMessageBox.StandardButton.Cancel)
    assert not window.close_view(window.view)
    assert window.tabs.count() == 2
    answer_next_message_box(QMessageBox.StandardButton.Discard)
    assert window.close_view(window.view)
    assert window.tabs.count() == 1
    assert article.read_text(encoding="utf-8") == "Text\n"


def test_copy_as_html_puts_the_article_on_the_clipboard(window, qtbot) -> None:
    window.open_file(paths.sample_article())
    window.edit_actions.copy_html.trigger()
    data = QApplication.clipboard().mimeData()
    assert "Kurze Wege, faire Preise" in data.html()
    assert "<script" not in data.html()
    assert "Kurze Wege, faire Preise" in data.text()


def test_a_field_edit_lands_in_the_text_and_undoes_in_one_step(window, qtbot, tmp_path) -> None:
    article = tmp_path / "f.md"
    article.write_text("---\ntitle: Alt\nslug: alt\nlayout: post  # mine\n---\nText\n", encoding="utf-8")
    window.open_file(article)
    window.fields_panel.fieldEdited.emit("title", "Neue Überschrift")
    text = window.view.editor.text()
    assert "title: Neue Überschrift\n" in text
    assert "slug: neue-ueberschrift\n" in text  # the slug followed the headline
    assert "layout: post  # mine\n" in text
    assert window.isWindowModified()
    window.edit_actions.undo.trigger()
    assert window.view.editor.text() == article.read_text(encoding="utf-8")


def test_front_matter_is_folded_until_asked_for(window, qtbot) -> None:
    window.open_file(paths.sample_article())
    first = window.view.editor.document().firstBlock()
    assert not first.isVisible()
    window.view_actions.show_front_matter.setChecked(True)
    assert first.isVisible()


def test_headline_field_is_spellchecked_with_the_article_dictionary(window, qtbot, tmp_path) -> None:
    article = tmp_path / "s.md"
    article.write_text("---\ntitle: Ein Fehlrwort hier\n---\nText\n", encoding="utf-8")
    window.open_file(article)
    document = window.fields_panel.headline.document()

    def underlined() -> list[int]:
        formats = document.firstBlock().layout().formats()
        return [r.start for r in formats if r.format.underlineStyle() != r.format.underlineStyle().NoUnderline]

    qtbot.waitUntil(lambda: underlined() == [4], timeout=5000)
    window.view.spelling.ignore_for_session("Fehlrwort")
    qtbot.waitUntil(lambda: underlined() == [], timeout=5000)


def test_site_stylesheet_and_text_width_are_remembered(window, qtbot, tmp_path) -> None:
    css = tmp_path / "site.css"
    css.write_text("body { background: rgb(1, 2, 3); }", encoding="utf-8")
    window.appearance_menu.set_stylesheet(css)
    window.appearance_menu._set_width(72)
    window.open_file(paths.sample_article())
    preview_text(qtbot, window, "Kurze Wege")
    seen = {}
    window.view.preview.page().runJavaScript(
        "getComputedStyle(document.body).backgroundColor",
        QWebEngineScript.ScriptWorldId.ApplicationWorld,
        lambda value: seen.setdefault("bg", value),
    )
    qtbot.waitUntil(lambda: "bg" in seen, timeout=5000)
    assert seen["bg"] == "rgb(1, 2, 3)"
    again = MainWindow()
    assert again.appearance_menu.stylesheet() == css
    assert again.appearance_menu.appearance.line_width == 72
    again.close()


def test_opening_an_article_changes_nothing(window, qtbot) -> None:
    window.open_file(paths.sample_article())
    qtbot.wait(800)  # spelling and highlighting of the fields have run
    assert window.view.editor.text() == paths.sample_article().read_text(encoding="utf-8")
    assert not window.isWindowModified()
    assert window.fields_panel.headline.text().startswith("Wochenmärkte")


def test_scrolling_the_editor_scrolls_the_preview(window, qtbot, tmp_path) -> None:
    article = tmp_path / "long.md"
    article.write_text("".join(f"## Abschnitt {n}\n\nText {n} " + "Wort " * 80 + "\n\n" for n in range(60)), encoding="utf-8")
    window.open_file(article)
    preview_text(qtbot, window, "Abschnitt 59")
    seen: dict[str, float] = {}

    def scrolled() -> None:
        window.view.preview.page().runJavaScript(
            "window.scrollY", QWebEngineScript.ScriptWorldId.ApplicationWorld, lambda y: seen.__setitem__("y", y or 0)
        )
        assert seen.get("y", 0) > 500

    window.view.editor.scroll_to_line(0)
    window.view.editor.verticalScrollBar().setValue(window.view.editor.verticalScrollBar().maximum() // 2)
    qtbot.waitUntil(scrolled, timeout=10000)


def test_find_reaches_the_fields_in_the_folded_front_matter(window, qtbot, tmp_path) -> None:
    article = tmp_path / "find.md"
    article.write_text("---\ntitle: Seltenwort im Titel\n---\nText ohne es.\n", encoding="utf-8")
    window.open_file(article)
    assert not window.view.editor.document().firstBlock().isVisible()
    bar = window.view.find_bar
    bar.show_find()
    bar.also_fields.setChecked(True)
    bar.find_field.setText("Seltenwort")
    window.view.editor.moveCursor(window.view.editor.textCursor().MoveOperation.End)
    assert bar.find_next()
    assert window.view_actions.show_front_matter.isChecked()
    assert window.view.editor.textCursor().selectedText() == "Seltenwort"
