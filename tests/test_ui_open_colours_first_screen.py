"""Opening a long article colours what the first screen shows at once, the rest right after.

The highlighter gives every block its state during the open (so a code fence
far down is known as one), but colours only the blocks the first screen can
show; the others are coloured in slices once the editor has painted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from editor.ui.article.article_view import ArticleView
from editor.ui.editing.highlighter import MarkdownHighlighter

FRONT = "---\ntitle: Ein langer Text\nlang: de\n---\n"


def long_article() -> str:
    paragraphs = [f"Ein **fetter** Absatz mit der Nummer {n} und einem [Link](https://example.org/{n})." for n in range(300)]
    body = "\n\n".join(paragraphs[:250])
    fence = "```python\n# kein Titel, sondern Code\n**auch nicht fett**\n```"
    rest = "\n\n".join(paragraphs[250:])
    return f"{FRONT}\n# Anfang\n\n{body}\n\n{fence}\n\n## Nach dem Code\n\n{rest}\n"


def reference(text: str) -> tuple[QTextDocument, MarkdownHighlighter]:
    """The same text highlighted the ordinary way: every block at once, no spelling."""
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))  # as in the editor
    highlighter = MarkdownHighlighter(document)
    document.setPlainText(text)
    return document, highlighter


def look(document: QTextDocument, number: int) -> tuple[int, list[tuple[int, int, bool, int]]]:
    """A block's state and its colours (start, length, monospace, weight), comparable across documents."""
    block = document.findBlockByNumber(number)
    ranges = [
        (r.start, r.length, r.format.fontFixedPitch(), r.format.fontWeight()) for r in block.layout().formats()
    ]
    return block.userState(), ranges


def block_number(text: str, line: str) -> int:
    return text.split("\n").index(line)


def test_the_first_screen_is_coloured_at_once_the_rest_after_the_first_paint(qtbot, tmp_path) -> None:
    text = long_article()
    path = tmp_path / "lang.md"
    path.write_text(text, encoding="utf-8")
    ref, _keep = reference(text)
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.document.load(path)
    document = view.document.text_document
    count = document.blockCount()
    assert count == ref.blockCount() > 500

    # Every state is right at once, the code fence far down included.
    assert [look(document, n)[0] for n in range(count)] == [look(ref, n)[0] for n in range(count)]
    heading = block_number(text, "# Anfang")
    assert look(document, heading) == look(ref, heading) and look(ref, heading)[1]
    below = block_number(text, "## Nach dem Code")
    assert look(document, below)[1] == []  # not coloured yet
    in_fence = block_number(text, "# kein Titel, sondern Code")
    assert look(document, in_fence)[1] == []

    # What the first paint shows is coloured as ever; nothing is coloured later than it.
    seen: list[list[int]] = []

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and not seen:
                editor = view.editor
                block = editor.firstVisibleBlock()
                numbers = []
                while block.isValid() and editor.blockBoundingGeometry(block).translated(
                    editor.contentOffset()
                ).top() < editor.viewport().height():
                    if block.isVisible():
                        numbers.append(block.blockNumber())
                    block = block.next()
                seen.append(numbers)
                assert not view.colour_pass.is_running()
                wrong = [n for n in numbers if look(document, n) != look(ref, n)]
                seen.append(wrong)
                # Right after this paint the rest is being coloured (not left to the spell pass).
                QTimer.singleShot(0, lambda: seen.append([view.colour_pass.is_running(), look(document, below)[1]]))
            return False

    watch = FirstPaint()
    view.editor.viewport().installEventFilter(watch)
    view.show()
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=10000)
    shown, wrong, after_paint = seen
    assert len(shown) > 10 and heading in shown and below not in shown
    assert wrong == []
    assert after_paint == [True, []]

    # Right after it, the rest: the fence as code, the heading after it as a heading.
    qtbot.waitUntil(lambda: look(document, below)[1] != [], timeout=20000)
    qtbot.waitUntil(lambda: not view.colour_pass.is_running(), timeout=20000)
    assert look(document, in_fence) == look(ref, in_fence)
    assert all(mono for _, _, mono, _ in look(document, in_fence)[1])
    assert look(document, below) == look(ref, below)
    last = count - 2
    assert look(document, last)[1] != [] and look(document, last) == look(ref, last)
    # Scrolled to, the block coloured out of sight is laid out with its colours.
    view.go_to_line(below)
    qtbot.waitUntil(lambda: document.findBlockByNumber(below).layout().lineCount() > 0, timeout=5000)
    assert look(document, below) == look(ref, below)
    assert view.editor.cursorRect().top() < view.editor.viewport().height()
    view.renderer.shutdown()


def test_a_block_typed_in_before_its_colours_came_is_coloured_at_once(qtbot, tmp_path) -> None:
    text = long_article()
    path = tmp_path / "lang.md"
    path.write_text(text, encoding="utf-8")
    view = ArticleView()
    qtbot.addWidget(view)
    view.document.load(path)
    document = view.document.text_document
    below = block_number(text, "## Nach dem Code")
    assert look(document, below)[1] == []
    cursor = view.editor.textCursor()
    cursor.setPosition(document.findBlockByNumber(below).position() + len("## Nach dem Code"))
    cursor.insertText(" und **mehr**")
    state, ranges = look(document, below)
    assert ranges != [] and state == reference(document.toPlainText())[0].findBlockByNumber(below).userState()
    view.renderer.shutdown()


def test_scrolling_ahead_of_the_colouring_colours_what_shows_at_once(qtbot, tmp_path) -> None:
    paragraphs = [f"Absatz {n} mit **fett** und `Code` darin." for n in range(3000)]
    text = FRONT + "\n" + "\n\n".join(paragraphs) + "\n\n## Das Ende\n"
    path = tmp_path / "sehr-lang.md"
    path.write_text(text, encoding="utf-8")
    ref, _keep = reference(text)
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.document.load(path)
    document = view.document.text_document
    view.show()
    qtbot.waitUntil(view.colour_pass.is_running, timeout=10000)
    last = block_number(text, "## Das Ende")
    assert look(document, last)[1] == []  # the pass is far from the end
    scroll = view.editor.verticalScrollBar()
    scroll.setValue(scroll.maximum())  # Ctrl+End, say, right after the open
    assert view.colour_pass.is_running()
    assert look(document, last) == look(ref, last) and look(ref, last)[1]
    assert look(document, last - 2) == look(ref, last - 2) and look(ref, last - 2)[1]
    view.renderer.shutdown()
