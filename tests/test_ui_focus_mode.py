"""Focus mode, typewriter scrolling, text column and distraction-free full screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
)

from editor.ui.editing import extra_selections
from editor.ui.editing.focus_mode import (
    LAYER,
    DistractionFree,
    FocusMode,
    TextColumn,
    TypewriterScrolling,
    dim_colour,
)

TEXT = "Erster Absatz.\n\nZweiter Absatz,\nhart umbrochen.\n\nDritter Absatz."


@pytest.fixture
def editor(qtbot) -> QPlainTextEdit:
    widget = QPlainTextEdit()
    qtbot.addWidget(widget)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    widget.setPalette(palette)
    widget.setPlainText(TEXT)
    widget.resize(500, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def move_to(editor: QPlainTextEdit, line: int) -> None:
    cursor = QTextCursor(editor.document().findBlockByNumber(line))
    editor.setTextCursor(cursor)


def dimmed_texts(editor: QPlainTextEdit) -> list[str]:
    return [
        s.cursor.selectedText().replace("\u2029", "\n")
        for s in extra_selections.layer(editor, LAYER)
    ]


def dimmed_colour(editor: QPlainTextEdit) -> QColor:
    selection = extra_selections.layer(editor, LAYER)[0]
    char_format = selection.format
    return QColor(char_format.foreground().color())


def darkest(image: QImage, top: int, bottom: int) -> int:
    """The lowest grey value in a band of rows: the ink of the text there."""
    values = [
        QColor(image.pixel(x, y)).lightness()
        for y in range(max(0, top), min(image.height(), bottom))
        for x in range(0, image.width(), 2)
    ]
    return min(values)


def test_the_paragraph_with_the_cursor_stays_bright(qtbot, editor: QPlainTextEdit) -> None:
    focus = FocusMode(editor)
    move_to(editor, 3)
    focus.set_enabled(True)
    assert dimmed_texts(editor) == ["Erster Absatz.\n\n", "\nDritter Absatz."]
    move_to(editor, 5)
    assert dimmed_texts(editor) == ["Erster Absatz.\n\nZweiter Absatz,\nhart umbrochen.\n\n"]
    move_to(editor, 1)  # a blank line: everything else dims
    assert dimmed_texts(editor)[0] == "Erster Absatz.\n"
    focus.set_enabled(False)
    assert dimmed_texts(editor) == []


def test_what_the_writer_sees(qtbot, editor: QPlainTextEdit) -> None:
    focus = FocusMode(editor)
    move_to(editor, 2)
    focus.set_enabled(True)
    image = editor.viewport().grab().toImage()

    def band(line: int) -> tuple[int, int]:
        block = editor.document().findBlockByNumber(line)
        rect = editor.blockBoundingGeometry(block).translated(editor.contentOffset())
        return round(rect.top()), round(rect.bottom())

    assert darkest(image, *band(2)) < 60  # black text where the cursor is
    assert darkest(image, *band(3)) < 60  # the whole paragraph, not just the line
    for line in (0, 5):
        assert 120 < darkest(image, *band(line)) < 200  # clearly lighter, still readable


def test_dimming_follows_typing_and_keeps_other_layers(qtbot, editor: QPlainTextEdit) -> None:
    other = QTextEdit.ExtraSelection()
    other.cursor = QTextCursor(editor.document())
    extra_selections.set_layer(editor, "find", [other], 20)
    focus = FocusMode(editor)
    move_to(editor, 2)
    focus.set_enabled(True)
    editor.moveCursor(QTextCursor.MoveOperation.EndOfLine)
    qtbot.keyClicks(editor, " mehr")
    assert dimmed_texts(editor) == ["Erster Absatz.\n\n", "\nDritter Absatz."]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Neu")  # a new paragraph that "hart umbrochen." now belongs to
    assert dimmed_texts(editor) == [
        "Erster Absatz.\n\nZweiter Absatz, mehr\n\n",
        "\nDritter Absatz.",
    ]
    assert len(extra_selections.layer(editor, "find")) == 1


def test_dim_colour_follows_the_theme(qtbot, editor: QPlainTextEdit) -> None:
    focus = FocusMode(editor)
    focus.set_enabled(True)
    light = dimmed_colour(editor)
    palette = editor.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    editor.setPalette(palette)
    dark = dimmed_colour(editor)
    assert light.lightness() > 120 and dark.lightness() < 120
    assert dark == dim_colour(palette)


def test_typewriter_keeps_the_cursor_line_in_the_middle(qtbot, editor: QPlainTextEdit) -> None:
    editor.setPlainText("\n".join(f"Zeile {n}" for n in range(300)))
    typewriter = TypewriterScrolling(editor)
    typewriter.set_enabled(True)
    middle = editor.viewport().height() / 2
    line_height = editor.fontMetrics().height()
    for line in (150, 299, 40):
        move_to(editor, line)
        assert abs(editor.cursorRect().center().y() - middle) <= line_height
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    assert abs(editor.cursorRect().center().y() - middle) <= line_height
    typewriter.set_enabled(False)
    assert not editor.centerOnScroll()
    move_to(editor, 0)
    move_to(editor, 200)  # plain scrolling again: the cursor line ends up at an edge
    assert editor.cursorRect().bottom() > editor.viewport().height() - 2 * line_height


def test_text_column(qtbot, editor: QPlainTextEdit) -> None:
    editor.resize(1200, 300)
    column = TextColumn(editor, 60)
    margins = editor.viewportMargins()
    assert margins.left() == margins.right() > 100
    characters = editor.viewport().width() / editor.fontMetrics().averageCharWidth()
    assert 60 <= characters <= 66
    editor.resize(1600, 300)
    assert editor.viewportMargins().left() > margins.left()
    editor.resize(200, 300)
    assert editor.viewportMargins().left() == 0  # narrower than the column: no margin
    column.set_width(0)
    editor.resize(1200, 300)
    assert editor.viewportMargins().left() == 0


def test_a_full_width_column_does_not_watch_the_typing(qtbot, editor: QPlainTextEdit) -> None:
    """Full width (the default) needs no filter on the editor: it saw seven events per key."""

    class CountingColumn(TextColumn):
        seen = 0

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
            CountingColumn.seen += 1
            return super().eventFilter(watched, event)

    column = CountingColumn(editor)
    editor.setFocus()
    qtbot.keyClicks(editor, "Zwanzig Zeichen Text")
    assert CountingColumn.seen == 0
    column.set_width(60)
    editor.resize(1200, 300)
    assert CountingColumn.seen > 0
    assert editor.viewportMargins().left() > 100  # a set width still follows the size
    column.set_width(0)
    assert editor.viewportMargins().left() == 0
    CountingColumn.seen = 0
    qtbot.keyClicks(editor, "weiter")
    assert CountingColumn.seen == 0


def test_distraction_free_hides_and_restores(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("Datei")
    toolbar = window.addToolBar("Werkzeuge")
    shown_dock = QDockWidget("Felder", window)
    hidden_dock = QDockWidget("Statistik", window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, shown_dock)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, hidden_dock)
    preview = QLabel("Vorschau")
    window.setCentralWidget(preview)
    window.statusBar().showMessage("bereit")
    window.show()
    hidden_dock.hide()
    mode = DistractionFree(window, also_hide=[preview])
    mode.set_enabled(True)
    assert window.isFullScreen()
    assert not any(
        w.isVisible() for w in (window.menuBar(), toolbar, shown_dock, window.statusBar(), preview)
    )
    mode.set_enabled(False)
    assert not window.isFullScreen()
    assert all(w.isVisible() for w in (window.menuBar(), toolbar, shown_dock, window.statusBar()))
    assert not hidden_dock.isVisible()
    assert isinstance(toolbar, QToolBar)


def test_front_matter_and_headings_are_their_own_paragraphs(qtbot, editor: QPlainTextEdit) -> None:
    editor.setPlainText("---\ntitle: X\nslug: x\n---\nText direkt darunter\n## Titel\nweiter")
    focus = FocusMode(editor)
    focus.set_enabled(True)
    move_to(editor, 1)
    assert dimmed_texts(editor) == ["---\n", "---\nText direkt darunter\n## Titel\nweiter"]
    move_to(editor, 4)
    assert dimmed_texts(editor) == ["---\ntitle: X\nslug: x\n---\n", "## Titel\nweiter"]
    move_to(editor, 5)
    assert dimmed_texts(editor)[-1] == "weiter"
