"""Spelling in widgets: underlines, the context menu, the language menu (offscreen Qt)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit
from pytestqt.qtbot import QtBot

from editor import paths
from editor.core.spelling.service import PERSONAL_FILE, SpellService
from editor.core.utf16 import utf16_spans
from editor.ui.editing.highlighter import MarkdownHighlighter
from editor.ui.spelling.controller import SpellController, connect_highlighter
from editor.ui.spelling.links import StillShown
from editor.ui.spelling.menus import LanguageMenu, LanguageStatusButton, add_spelling_actions
from editor.ui.spelling.underlines import FieldSpellHighlighter, underline_format

WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


@pytest.fixture
def controller(qtbot: QtBot) -> SpellController:
    return SpellController("de_DE")


def field(qtbot: QtBot, controller: SpellController, text: str) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.resize(600, 300)
    editor.highlighter = FieldSpellHighlighter(editor.document(), controller)
    editor.setPlainText(text)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def underlined(editor: QPlainTextEdit, block_number: int = 0) -> list[str]:
    """The underlined words of a block, as the writer sees them (UTF-16 ranges → text)."""
    block = editor.document().findBlockByNumber(block_number)
    units = block.text().encode("utf-16-le")
    return [
        units[2 * r.start : 2 * (r.start + r.length)].decode("utf-16-le")
        for r in block.layout().formats()
        if r.format.underlineStyle() == WAVY
    ]


def point_at(editor: QPlainTextEdit, word: str) -> QPoint:
    """Viewport position in the middle of ``word``'s first occurrence."""
    cursor = QTextCursor(editor.document())
    index = editor.toPlainText().index(word)
    cursor.setPosition(len(editor.toPlainText()[:index].encode("utf-16-le")) // 2 + 1)
    return editor.cursorRect(cursor).center()


def context_menu(
    editor: QPlainTextEdit,
    word: str,
    controller: SpellController,
    ignore: Callable[[str], None] | None = None,
) -> QMenu:
    menu = editor.createStandardContextMenu()
    add_spelling_actions(menu, editor, point_at(editor, word), controller, ignore)
    return menu


def test_underline_format_is_red_and_wavy() -> None:
    fmt = underline_format()
    assert fmt.underlineStyle() == WAVY
    assert fmt.underlineColor().name() == "#d0021b"


def test_field_highlighter_underlines_misspelled_words(
    qtbot: QtBot, controller: SpellController
) -> None:
    editor = field(qtbot, controller, "Die Kaztze sitzt.\nDer Hundd bellt auf https://hundd.de")
    qtbot.waitUntil(lambda: underlined(editor, 1) == ["Hundd"])
    assert underlined(editor, 0) == ["Kaztze"]


def test_underline_positions_count_utf16_after_an_emoji(
    qtbot: QtBot, controller: SpellController
) -> None:
    editor = field(qtbot, controller, "😀 Kaztze und 😀😀 Hundd")
    qtbot.waitUntil(lambda: underlined(editor) == ["Kaztze", "Hundd"])
    assert utf16_spans("😀 Kaztze", [(2, 6)]) == [(3, 6)]


class CountingHighlighter(FieldSpellHighlighter):
    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.seen: list[str] = []

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        self.seen.append(text)
        super().highlightBlock(text)


def test_typing_rechecks_only_the_edited_paragraph(
    qtbot: QtBot, controller: SpellController
) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    highlighter = CountingHighlighter(editor.document(), controller)
    editor.setPlainText("Erster Absatz.\nZweiter Absatz.\nDritter Absatz.")
    highlighter.seen.clear()
    cursor = editor.textCursor()
    cursor.setPosition(len("Erster Absatz.\nZweiter Absatz"))
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " Fehlerr")
    assert highlighter.seen and all(t.startswith("Zweiter Absatz") for t in highlighter.seen)
    qtbot.waitUntil(lambda: underlined(editor, 1) == ["Fehlerr"])
    assert underlined(editor, 0) == [] and underlined(editor, 2) == []


def test_context_menu_replaces_the_word_in_one_undo_step(
    qtbot: QtBot, controller: SpellController
) -> None:
    editor = field(qtbot, controller, "Die Kaztze sitzt auf dem Dach.")
    qtbot.waitUntil(lambda: underlined(editor) == ["Kaztze"])
    menu = context_menu(editor, "Kaztze", controller)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Katze"
    assert "Add to dictionary" in texts and "Ignore all for this session" in texts
    assert "Ignore in this article" not in texts  # no callback given
    assert texts.index("Ignore all for this session") < len(texts) - 2  # standard actions follow
    menu.actions()[0].trigger()
    assert editor.toPlainText() == "Die Katze sitzt auf dem Dach."
    qtbot.waitUntil(lambda: underlined(editor) == [])
    editor.undo()
    assert editor.toPlainText() == "Die Kaztze sitzt auf dem Dach."


def test_no_spelling_actions_on_a_correct_word(qtbot: QtBot, controller: SpellController) -> None:
    editor = field(qtbot, controller, "Die Kaztze sitzt.")
    qtbot.waitUntil(lambda: underlined(editor) == ["Kaztze"])
    menu = editor.createStandardContextMenu()
    before = [a.text() for a in menu.actions()]
    add_spelling_actions(menu, editor, point_at(editor, "sitzt"), controller, None)
    assert [a.text() for a in menu.actions()] == before


def test_add_to_dictionary_clears_every_field_and_is_saved(
    qtbot: QtBot, controller: SpellController
) -> None:
    body = field(qtbot, controller, "Die Kaztze sitzt.")
    caption = field(qtbot, controller, "Foto: Kaztze im Garten")
    qtbot.waitUntil(lambda: underlined(caption) == ["Kaztze"])
    qtbot.waitUntil(lambda: underlined(body) == ["Kaztze"])
    menu = context_menu(body, "Kaztze", controller)
    next(a for a in menu.actions() if a.text() == "Add to dictionary").trigger()
    assert underlined(body) == [] and underlined(caption) == []
    assert (paths.user_data_dir() / PERSONAL_FILE).read_text(encoding="utf-8") == "Kaztze\n"


def test_ignore_in_article_calls_back_and_clears_the_underline(
    qtbot: QtBot, controller: SpellController
) -> None:
    editor = field(qtbot, controller, "Der Hundd und die Kaztze.")
    qtbot.waitUntil(lambda: underlined(editor) == ["Hundd", "Kaztze"])
    recorded: list[str] = []
    menu = context_menu(editor, "Hundd", controller, recorded.append)
    next(a for a in menu.actions() if a.text() == "Ignore in this article").trigger()
    assert recorded == ["Hundd"]
    assert underlined(editor) == ["Kaztze"]
    assert "Hundd" in controller.service.article_ignores


def test_ignore_for_session(qtbot: QtBot, controller: SpellController) -> None:
    editor = field(qtbot, controller, "Der Hundd und der Hundd.")
    qtbot.waitUntil(lambda: underlined(editor) == ["Hundd", "Hundd"])
    with qtbot.waitSignal(controller.changed):
        next(
            a
            for a in context_menu(editor, "Hundd", controller).actions()
            if a.text() == "Ignore all for this session"
        ).trigger()
    assert underlined(editor) == []
    assert not (paths.user_data_dir() / PERSONAL_FILE).exists()


def test_language_menu_lists_installed_languages_and_switches(
    qtbot: QtBot, controller: SpellController
) -> None:
    editor = field(qtbot, controller, "Die Strasse ist nass.")
    qtbot.waitUntil(lambda: underlined(editor) == ["Strasse"])
    menu = LanguageMenu(controller)
    qtbot.addWidget(menu)
    names = [a.text() for a in menu.actions()]
    assert names == [
        "German (Germany)",
        "German (Austria)",
        "German (Switzerland)",
        "English (US)",
        "English (UK)",
    ]
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["German (Germany)"]
    swiss = menu.actions()[2]
    with qtbot.waitSignals([menu.languageChosen, controller.languageChanged]):
        swiss.trigger()
    assert controller.service.lang == "de_CH"
    assert underlined(editor) == []
    controller.set_language("en_GB")  # e.g. another article opened: the menu follows
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["English (UK)"]


def test_status_button_shows_the_language(qtbot: QtBot, controller: SpellController) -> None:
    button = LanguageStatusButton(controller)
    qtbot.addWidget(button)
    assert button.text() == "German (Germany)"
    controller.set_language("de_AT")
    assert button.text() == "German (Austria)"


def test_a_long_text_is_checked_later_without_blocking(qtbot: QtBot, tmp_path: Path) -> None:
    """Thousands of new words: the first pass returns, the rest is underlined afterwards."""
    controller = SpellController("de_DE", tmp_path / "p.txt")
    letters = "bcdfghklmnpqrstvwxz"
    junk = ["".join(p) for p in itertools.islice(itertools.product(letters, repeat=4), 6000)]
    lines = [" ".join(junk[i : i + 60]) for i in range(0, len(junk), 60)]
    lines.append("Am Ende steht die Kaztze.")
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    FieldSpellHighlighter(editor.document(), controller)
    with qtbot.waitSignal(controller.misspellingsFound, timeout=10_000):
        editor.setPlainText("\n".join(lines))
    last = editor.document().blockCount() - 1
    qtbot.waitUntil(lambda: not controller.service.has_pending, timeout=60_000)
    qtbot.waitUntil(lambda: underlined(editor, last) == ["Kaztze"], timeout=60_000)
    # The same answers as an unhurried check (a few junk strings are real abbreviations).
    checker = SpellService("de_DE", tmp_path / "p.txt")
    expected = [len(checker.misspelled_spans(line)) for line in lines[:-1]]
    assert sum(expected) > 5_500
    qtbot.waitUntil(
        lambda: [len(underlined(editor, number)) for number in range(last)] == expected,
        timeout=60_000,
    )


class CountingMarkdownHighlighter(MarkdownHighlighter):
    """The body's highlighter, counting the blocks it (re-)highlights."""

    def __init__(self, *args: object) -> None:
        self.seen: list[int] = []  # the base class highlights once while it is made
        super().__init__(*args)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        self.seen.append(self.currentBlock().blockNumber())
        super().highlightBlock(text)


def body_editor(qtbot: QtBot, controller: SpellController, paragraphs: int) -> tuple[QPlainTextEdit, CountingMarkdownHighlighter]:
    """A long article body whose every paragraph shares letters with the word typed later."""
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    highlighter = CountingMarkdownHighlighter(editor.document(), controller.spans)
    connect_highlighter(highlighter, controller)
    text = "\n\n".join(
        f"Absatz {n}: Der Fehler im Feld fiel dem Fehlerteufel auf, sagt die Sprecherin."
        for n in range(paragraphs)
    )
    editor.setPlainText(text)

    def idle() -> bool:
        timers = highlighter.findChildren(QTimer)
        return not controller.service.has_pending and not any(t.isActive() for t in timers)

    qtbot.waitUntil(idle, timeout=30_000)
    return editor, highlighter


def type_at(qtbot: QtBot, editor: QPlainTextEdit, block_number: int, column: int, text: str) -> None:
    cursor = QTextCursor(editor.document().findBlockByNumber(block_number))
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=column)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, text)


def test_a_typed_word_is_redrawn_in_its_own_paragraph_only(qtbot: QtBot, tmp_path: Path) -> None:
    """The late answer for a half-typed or mistyped word costs its own block, not a document search.

    Every other paragraph contains "Sprecherin", so the half-typed words found
    wrong ("Spre", "Sprec") stand in all of them: a search for the words
    typed would re-highlight all 400.
    """
    controller = SpellController("de_DE", tmp_path / "p.txt")
    editor, highlighter = body_editor(qtbot, controller, 400)
    middle = 400  # block 400 of 799: paragraph 200 (blank lines between paragraphs)
    highlighter.seen.clear()
    type_at(qtbot, editor, middle, len("Absatz 200: Der"), " Sprecherinn")
    qtbot.waitUntil(lambda: underlined(editor, middle) == ["Sprecherinn"], timeout=10_000)
    qtbot.waitUntil(lambda: not controller.service.has_pending, timeout=10_000)
    qtbot.wait(300)  # room for any search that would follow
    assert highlighter.seen and set(highlighter.seen) == {middle}
    assert underlined(editor, middle - 2) == [] and underlined(editor, middle + 2) == []
    # The half-typed words were dropped unchecked: the finished word stands in their place.
    lexicon = controller.shared.service.lexicon("de_DE")
    assert lexicon.is_cached("Sprecherinn") and not lexicon.is_cached("Sprec")


@pytest.mark.parametrize(
    ("word", "text", "shown"),
    [
        ("Schr", "der schritte schritt: schritte", False),
        ("Wort", "ein _Wort_ hier", True),
        ("Abb.", "siehe Abb. 3", True),
        ("Modell", "das KI-Modell", True),
        ("geht", "so geht's", True),
        ("Tag", "Montag und Tage", False),
    ],
)
def test_a_word_left_over_counts_as_shown_only_as_a_whole_word(word: str, text: str, shown: bool) -> None:
    assert StillShown([text])(word) is shown


def test_a_late_answer_finds_its_block_after_lines_above_moved(qtbot: QtBot, tmp_path: Path) -> None:
    """Typed, then lines inserted above before the pause: the underline lands on the moved block."""
    controller = SpellController("de_DE", tmp_path / "p.txt")
    editor, _highlighter = body_editor(qtbot, controller, 50)
    type_at(qtbot, editor, 60, len("Absatz 30: Der"), " Fehlerr")
    cursor = QTextCursor(editor.document())
    cursor.insertText("Neu oben.\n\nNoch einer.\n\n")  # before the typing pause ends
    qtbot.waitUntil(lambda: underlined(editor, 64) == ["Fehlerr"], timeout=10_000)
    assert editor.document().findBlockByNumber(64).text().startswith("Absatz 30: Der Fehlerr")


def test_a_name_that_changes_is_searched_for_in_the_whole_text(qtbot: QtBot, tmp_path: Path) -> None:
    """The article's own names stand anywhere: their blocks are found by a search."""
    controller = SpellController("de_DE", tmp_path / "p.txt")
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    highlighter = MarkdownHighlighter(editor.document(), controller.spans)
    connect_highlighter(highlighter, controller)
    editor.setPlainText("\n\n".join(["Ein Satz ohne Namen."] * 30 + ["Hier spricht Quarzelwick."]))
    last = editor.document().blockCount() - 1
    qtbot.waitUntil(lambda: underlined(editor, last) == ["Quarzelwick"], timeout=10_000)
    controller.set_article_names({"Quarzelwick"})
    qtbot.waitUntil(lambda: underlined(editor, last) == [], timeout=10_000)
