"""One spelling state for the whole window: every tab and field, at once (real MainWindow)."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

from editor.ui.spelling.menus import TypoToolTips, add_spelling_actions

WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
DOTTED = QTextCharFormat.UnderlineStyle.DotLine


def underlined(editor: QPlainTextEdit, style=WAVY) -> list[str]:
    found = []
    block = editor.document().firstBlock()
    while block.isValid():
        units = block.text().encode("utf-16-le")
        found += [
            units[2 * r.start : 2 * (r.start + r.length)].decode("utf-16-le")
            for r in block.layout().formats()
            if r.format.underlineStyle() == style
        ]
        block = block.next()
    return found


def point_at(editor: QPlainTextEdit, word: str):
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index(word) + 2)
    return editor.cursorRect(cursor).center()




def test_add_to_dictionary_in_one_tab_clears_the_word_in_every_tab_and_field(window, qtbot) -> None:
    first = window.view
    first.editor.setPlainText("Der Blorpfank kam.\n")
    second = window.tabs.add_view()
    second.editor.setPlainText("---\nkicker: Blorpfank\n---\nAuch hier: Blorpfank.\n")
    qtbot.waitUntil(lambda: window.fields_panel.kicker.text() == "Blorpfank", timeout=5_000)
    assert first.spelling.shared is second.spelling.shared is window.spelling
    for editor in (first.editor, second.editor, window.fields_panel.kicker):
        qtbot.waitUntil(lambda e=editor: underlined(e) == ["Blorpfank"], timeout=10_000)

    window.tabs.setCurrentWidget(first)
    menu = first.editor.createStandardContextMenu()
    add_spelling_actions(menu, first.editor, point_at(first.editor, "Blorpfank"), first.spelling, None)
    add = next(a for a in menu.actions() if a.text() in ("Add to dictionary", "Zum Wörterbuch hinzufügen"))
    add.trigger()

    for editor in (first.editor, second.editor, window.fields_panel.kicker):
        qtbot.waitUntil(lambda e=editor: underlined(e) == [], timeout=10_000)


def test_ignore_all_in_a_field_clears_the_other_tabs(window, qtbot) -> None:
    window.view.editor.setPlainText("Ein Quarzelwick.\n")
    other = window.tabs.add_view()
    other.editor.setPlainText(
        "---\nimage:\n  src: b.jpg\n  caption: Quarzelwick\n---\nNoch ein Quarzelwick.\n"
    )
    headline = window.fields_panel.image_caption
    qtbot.waitUntil(lambda: headline.text() == "Quarzelwick", timeout=5_000)
    qtbot.waitUntil(lambda: underlined(headline) == ["Quarzelwick"], timeout=10_000)
    menu = headline.createStandardContextMenu()
    add_spelling_actions(menu, headline, point_at(headline, "Quarzelwick"), other.spelling, None)
    ignore = next(a for a in menu.actions() if "session" in a.text() or "Sitzung" in a.text())
    ignore.trigger()
    for editor in (window.view.editor, other.editor, headline):
        qtbot.waitUntil(lambda e=editor: underlined(e) == [], timeout=10_000)


def test_probable_typo_has_a_dotted_underline_and_says_what_was_meant(window, qtbot) -> None:
    editor = window.view.editor
    editor.setPlainText("Am Mondtag kommt die Kaztze.\n")
    qtbot.waitUntil(lambda: underlined(editor, DOTTED) == ["Mondtag"], timeout=10_000)
    qtbot.waitUntil(lambda: underlined(editor) == ["Kaztze"], timeout=10_000)
    tips = window.view.typo_tooltips
    assert isinstance(tips, TypoToolTips)
    assert tips.text_at(point_at(editor, "Mondtag")) in ("meant Montag?", "Montag gemeint?")
    assert tips.text_at(point_at(editor, "Kaztze")) is None
    assert tips.text_at(point_at(editor, "kommt")) is None
