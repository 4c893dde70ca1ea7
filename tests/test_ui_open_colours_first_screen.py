"""Opening colours the first screen before the first frame and the rest after it (issue #20).

``setPlainText`` used to colour every block before the window could paint.
Now blocks below what a screen can show get only their block state during the
open, and :class:`ColourLater` colours them in slices once the editor has
painted. These tests drive real documents, highlighters and views: the final
colours must equal a full highlight, block for block, also after edits and
undo meanwhile, and blocks scrolled into view are coloured before they show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from editor.ui.article.article_view import ArticleView
from editor.ui.editing.colour_later import ColourLater
from editor.ui.editing.highlighter import MarkdownHighlighter
from editor.ui.editing.text_editor import TextEditor


def long_article(paragraphs: int = 300) -> str:
    """Front matter, then headings, emphasis, links, a code fence and a comment far down."""
    parts = ["---", "title: Langer Bericht", "lang: de_DE", "---", ""]
    for number in range(paragraphs):
        parts.append(
            f"## Abschnitt {number}"
            if number % 10 == 0
            else f"Absatz {number} mit **fett** und [Link](x.md)."
        )
        parts.append("")
        if (
            number == paragraphs - 20
        ):  # state carried over many blocks: code and a comment below the screen
            parts += ["```", "# kein Titel", "```", "", "<!-- ein", "Kommentar -->", ""]
    return "\n".join(parts)


def formats_of(document: QTextDocument) -> list[list[tuple[int, int, str]]]:
    """Every block's formats as (start, length, what the format says), comparable across documents."""
    return [formats_of_block(block) for block in _blocks(document)]


def fully_highlighted(text: str) -> tuple[list, list[int]]:
    """Every block's formats and state from a fresh highlighter that coloured the whole text."""
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    highlighter = MarkdownHighlighter(document, None)
    document.setPlainText(text)
    result = formats_of(document), [b.userState() for b in _blocks(document)]
    highlighter.setDocument(None)
    return result


def open_in_editor(
    qtbot, text: str, shown: bool
) -> tuple[TextEditor, MarkdownHighlighter, ColourLater]:
    editor = TextEditor()
    qtbot.addWidget(editor)
    editor.resize(700, 500)
    highlighter = MarkdownHighlighter(editor.document(), None)
    later = ColourLater(highlighter, editor)
    if shown:
        editor.show()
        qtbot.waitExposed(editor)
    later.before_open(text)
    editor.setPlainText(text)
    later.after_open()
    return editor, highlighter, later


def test_before_the_first_paint_only_the_first_screen_is_coloured(qtbot) -> None:
    text = long_article()
    editor, _highlighter, later = open_in_editor(qtbot, text, shown=False)
    blocks = editor.document().blockCount()
    limit = later.first_screen_blocks(text)
    assert limit < blocks // 4
    coloured = [i for i, formats in enumerate(formats_of(editor.document())) if formats]
    assert coloured and max(coloured) < limit  # nothing below the first screen has colours yet
    assert later.is_running()
    # The states below the screen are right already (the comment's second line knows it is one).
    full, full_states = fully_highlighted(text)
    assert [b.userState() for b in _blocks(editor.document())] == full_states
    editor.show()  # the first paint starts the slices
    qtbot.waitUntil(lambda: not later.is_running(), timeout=10_000)
    assert formats_of(editor.document()) == full
    # The runs' stand-in state is gone everywhere: each block has its real state again.
    assert [b.userState() for b in _blocks(editor.document())] == full_states


def test_the_first_frame_paints_fewer_blocks_than_the_text_has(qtbot, monkeypatch) -> None:
    """Counted where the colours are made: before the first frame far fewer blocks than the text has."""
    calls = []
    paint = MarkdownHighlighter._paint
    monkeypatch.setattr(
        MarkdownHighlighter, "_paint", lambda self, *args: (calls.append(1), paint(self, *args))[1]
    )
    text = long_article()
    editor, _highlighter, later = open_in_editor(qtbot, text, shown=False)
    blocks = editor.document().blockCount()
    before_frame = len(calls)
    assert 0 < before_frame < blocks // 4
    editor.show()
    qtbot.waitUntil(lambda: not later.is_running(), timeout=10_000)
    assert len(calls) > before_frame * 4  # the rest came after the first paint


def test_edits_and_undo_before_the_pass_reaches_them_end_in_a_full_highlight(qtbot) -> None:
    text = long_article()
    editor, _highlighter, later = open_in_editor(qtbot, text, shown=False)
    document = editor.document()
    # Far below the first screen: open a code fence, type, delete lines, then undo one step.
    cursor = QTextCursor(document.findBlockByNumber(400))
    cursor.insertText("```\n")
    cursor = QTextCursor(document.findBlockByNumber(200))
    cursor.movePosition(QTextCursor.MoveOperation.Down, QTextCursor.MoveMode.KeepAnchor, 6)
    cursor.removeSelectedText()
    cursor.insertText("Neu **fett**")
    document.undo()
    assert later.is_running()
    editor.show()
    qtbot.waitUntil(lambda: not later.is_running(), timeout=10_000)
    assert formats_of(document) == fully_highlighted(editor.toPlainText())[0]
    document.undo()  # the fence goes again
    assert formats_of(document) == fully_highlighted(editor.toPlainText())[0]


def test_a_block_underlined_before_the_pass_keeps_its_underline(qtbot) -> None:
    """The pass colours without spelling; a line the whole-text check underlined first stays so."""
    text = long_article()
    editor = TextEditor()
    qtbot.addWidget(editor)
    editor.resize(700, 500)
    highlighter = MarkdownHighlighter(
        editor.document(), lambda line: [(0, 6)] if line.startswith("Absatz 25") else []
    )
    later = ColourLater(highlighter, editor)
    highlighter.spelling_enabled = False  # as ArticleView opens: colours first, words later
    later.before_open(text)
    editor.setPlainText(text)
    later.after_open()
    highlighter.spelling_enabled = True
    underlined = [b for b in _blocks(editor.document()) if b.text().startswith("Absatz 25")]
    assert underlined and all(b.blockNumber() > later.first_screen_blocks(text) for b in underlined)
    for block in underlined:  # as the whole-text check does when its answers come
        highlighter.rehighlightBlock(block)
    later.finish()
    for block in underlined:
        assert any(
            r.format.underlineStyle() != r.format.underlineStyle().NoUnderline
            for r in block.layout().formats()
        )
    plain = fully_highlighted(text)[0]
    mine = formats_of(editor.document())
    others = [
        i for i, b in enumerate(_blocks(editor.document())) if not b.text().startswith("Absatz 25")
    ]
    assert [mine[i] for i in others] == [plain[i] for i in others]


def test_blocks_scrolled_into_view_are_coloured_before_they_show(qtbot) -> None:
    text = long_article()
    editor, _highlighter, later = open_in_editor(qtbot, text, shown=True)
    assert later.is_running()  # shown already: the slices start at once, but have not run yet
    full = fully_highlighted(text)[0]
    bar = editor.verticalScrollBar()
    bar.setValue(
        bar.maximum()
    )  # no events processed: the view's blocks must have their colours now
    block = editor.firstVisibleBlock()
    assert block.blockNumber() > later.first_screen_blocks(text)
    while block.isValid():
        assert formats_of_block(block) == full[block.blockNumber()]
        block = block.next()
    later.finish()
    assert formats_of(editor.document()) == full


def test_article_view_opens_with_the_first_screen_coloured_then_the_rest(
    qtbot, tmp_path: Path
) -> None:
    """The real open (ArticleView.load) of a view not yet shown, as at start."""
    path = tmp_path / "lang.md"
    text = long_article()
    path.write_text(text, encoding="utf-8")
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.document.load(path)
    document = view.document.text_document
    last_heading = max(i for i, b in enumerate(_blocks(document)) if b.text().startswith("## "))
    assert not document.findBlockByNumber(last_heading).layout().formats()
    assert view.colour_later.is_running()
    view.show()
    qtbot.waitUntil(lambda: not view.colour_later.is_running(), timeout=10_000)
    assert document.findBlockByNumber(last_heading).layout().formats()
    assert not document.isModified() and not document.isUndoAvailable()  # colours are no edit


def formats_of_block(block) -> list[tuple[int, int, str]]:
    return [
        (
            r.start,
            r.length,
            f"{r.format.foreground().color().name()}/{r.format.fontWeight()}/"
            f"{r.format.fontItalic()}/{r.format.fontFixedPitch()}/{r.format.underlineStyle()}",
        )
        for r in block.layout().formats()
    ]


def _blocks(document: QTextDocument) -> list:
    blocks, block = [], document.firstBlock()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def test_the_pass_colours_runs_of_blocks_per_call(qtbot) -> None:
    """One ``rehighlightBlock`` per run of blocks, not per block: each call costs ~32 µs on top
    of the colouring (a cursor, an edit block, the document's signals). Every call ends its edit
    block with ``contentsChanged``, so that signal counts the calls."""
    text = long_article()
    editor, _highlighter, later = open_in_editor(qtbot, text, shown=False)
    document = editor.document()
    waiting = document.blockCount() - later.first_screen_blocks(text)
    calls = []
    document.contentsChanged.connect(lambda: calls.append(1))
    later.finish()
    assert 0 < len(calls) <= waiting // 10
    assert formats_of(document) == fully_highlighted(text)[0]
