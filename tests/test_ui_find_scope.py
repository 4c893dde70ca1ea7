"""Find and replace stay in the body unless the writer ticks "also in fields" (#17, point 2)."""

from __future__ import annotations

import pytest

from editor.core.text.article import Article
from editor.ui.window.main_window import MainWindow

TEXT = (
    "---\n"
    "title: Markt am Morgen\n"
    "slug: markt-am-morgen\n"
    "image:\n"
    "  src: bilder/markt.png\n"
    "authors:\n"
    "- name: Jana Vogt\n"
    "  bio: Jana schreibt über den Markt.\n"
    "---\n"
    "Der Markt öffnet früh. Am Markt gibt es Brot.\n"
)


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "markt.md"
    path.write_text(TEXT, encoding="utf-8")
    win = MainWindow()
    win.resize(1200, 800)
    win.show()
    win.open_file(path)
    yield win
    win.view.editor.document().setModified(False)
    win.close()


def replace_all(window: MainWindow, query: str, replacement: str, also_fields: bool = False) -> int:
    bar = window.view.find_bar
    bar.show_replace()
    bar.also_fields.setChecked(also_fields)
    bar.find_field.setText(query)
    bar.replace_field.setText(replacement)
    return bar.replace_all()


def test_replace_all_leaves_the_front_matter_alone(window) -> None:
    before = Article.from_text(window.view.editor.text())
    assert replace_all(window, "markt", "Basar") == 2
    after = Article.from_text(window.view.editor.text())
    assert after.meta == before.meta  # image path, slug, author bio: untouched
    assert after.body == "Der Basar öffnet früh. Am Basar gibt es Brot.\n"
    assert window.view.find_bar.status_label.text() == "Replaced: 2"
    window.view.editor.undo()  # one step
    assert window.view.editor.text() == TEXT


def test_find_skips_hits_in_the_front_matter(window) -> None:
    bar = window.view.find_bar
    bar.show_find()
    bar.find_field.setText("Jana")
    assert not bar.find_next()
    bar.also_fields.setChecked(True)
    assert bar.find_next()
    assert window.view.editor.textCursor().selectedText() == "Jana"


def test_also_in_fields_replaces_there_too_and_shows_what_changed(window) -> None:
    assert replace_all(window, "markt", "Basar", also_fields=True) == 6
    after = Article.from_text(window.view.editor.text())
    assert after.title == "Basar am Morgen"
    assert after.image.src == "bilder/Basar.png"
    status = window.view.find_bar.status_label.text()
    assert status == "Replaced: 6 (4 in fields)"
    assert window.fields_panel.isVisible()
    assert window.fields_panel.headline.property("replaced")
    assert window.fields_panel.slug.property("replaced")
    assert not window.fields_panel.kicker.property("replaced")
    message = window.statusBar().currentMessage()
    assert "Headline" in message and "Slug" in message and "Authors" in message
    window.view.editor.undo()  # still one step
    assert window.view.editor.text() == TEXT
