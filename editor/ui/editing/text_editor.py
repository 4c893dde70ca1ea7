"""The Markdown editing widget: plain text, Markdown formatting commands, scroll lines.

Every change the app makes to the text (formatting, field edits) goes through
a QTextCursor edit block, so one Ctrl+Z undoes exactly one user action.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6.QtCore import QPoint, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextDocumentLayout, QPlainTextEdit, QWidget

from editor.core.utf16 import utf16_to_index
from editor.ui.editing import plain_text
from editor.ui.editing.line_repaint import LineRepaint
from editor.ui.editing.paste import RichPasteMixin

_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+")
_QUOTE = re.compile(r"^ {0,3}> ?")
_LIST = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])[ \t]+")
#: A pause this long (seconds) in typing starts a new undo step.
UNDO_PAUSE = 2.0
# The text before the cursor ends a sentence: . ! ? … (maybe closing quotes or brackets), then space.
_SENTENCE_END = re.compile(r"[.!?…][\"'“”»«‘’›‹)\]]*\s+$")

#: Asked with each key press or input-method commit before the editor takes it; returns
#: what to do right after the editor took it, or None (see TextEditor.typing_watchers).
TypingWatcher = Callable[[QKeyEvent | QInputMethodEvent], Callable[[], None] | None]


class TextEditor(RichPasteMixin, QPlainTextEdit):
    """QPlainTextEdit that knows Markdown and reports its top line for scroll sync."""

    contextMenuAboutToShow = Signal(QMenu, QPoint)  # menu, position in viewport
    topLineChanged = Signal(int)  # first visible line (0-based), on user scroll
    #: Ctrl+Z (False) or Ctrl+Shift+Z (True) pressed here: the article view steps its history,
    #: so it can show what an undo changed outside the body.
    historyRequested = Signal(bool)

    def __init__(self, parent: QWidget | None = None, document: QTextDocument | None = None) -> None:
        """``document``: the article's text, owned by its document object (default: a new one)."""
        super().__init__(parent)
        document = document if document is not None else QTextDocument(self)
        document.setDocumentLayout(BlockRepaintLayout(document))
        self.setDocument(document)
        self._line_repaint = LineRepaint(self)  # a key repaints its line, not the paragraph
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        font.setStyleHint(QFont.StyleHint.SansSerif)
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self.setCenterOnScroll(False)
        self._programmatic_scroll = 0
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.undo_pause = UNDO_PAUSE
        self._last_typed = 0.0
        #: Typing aids (typography) hear of keys here instead of through an event filter,
        #: which Qt would call with every event of the editor, seven per keystroke.
        self.typing_watchers: list[TypingWatcher] = []

    # ---- text -------------------------------------------------------------------------
    def text(self) -> str:
        """The text exactly as typed: no-break spaces stay (toPlainText would drop them)."""
        return plain_text.text_of(self.document())

    def apply_text(self, new_text: str, join_previous: bool = False) -> None:
        """Turn the text into ``new_text`` as one undo step (see :func:`plain_text.apply_text`).

        The cursor and scroll position stay where the writer was.
        """
        plain_text.apply_text(self.document(), new_text, join_previous)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Undo keys go to the article's history; typing breaks undo steps at pauses and sentences.

        Qt merges all typing into one undo step. A character typed after a pause
        or at the start of a sentence is inserted as an edit block of its own,
        which ends the merge; the typing after it joins that new step.
        """
        if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
            self.historyRequested.emit(event.matches(QKeySequence.StandardKey.Redo))
            event.accept()
            return
        afterwards = self._ask_watchers(event)
        text = event.text()
        typing = len(text) == 1 and text.isprintable() and not self.isReadOnly()
        if typing and self._starts_undo_step(text):
            cursor = self.textCursor()
            cursor.beginEditBlock()
            super().keyPressEvent(event)
            cursor.endEditBlock()
        else:
            super().keyPressEvent(event)
        if typing:
            self._last_typed = time.monotonic()
        for then in afterwards:
            then()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt API
        afterwards = self._ask_watchers(event)
        super().inputMethodEvent(event)
        for then in afterwards:
            then()

    def _ask_watchers(self, event: QKeyEvent | QInputMethodEvent) -> list[Callable[[], None]]:
        if not self.typing_watchers:
            return []
        return [then for watcher in self.typing_watchers if (then := watcher(event)) is not None]

    def _starts_undo_step(self, typed: str) -> bool:
        if not self.document().isUndoAvailable():
            return False
        if time.monotonic() - self._last_typed > self.undo_pause:
            return True
        if typed.isspace():
            return False
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        line = cursor.block().text()
        before = line[: utf16_to_index(line, cursor.positionInBlock())]
        return _SENTENCE_END.search(before[-8:]) is not None

    # ---- Markdown commands ------------------------------------------------------------
    def toggle_inline(self, marker: str) -> None:
        """Wrap the selection (or the word at the cursor) in ``marker``, or unwrap it."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        selected = cursor.selectedText()
        cursor.beginEditBlock()
        if len(selected) >= 2 * len(marker) and selected.startswith(marker) and selected.endswith(marker):
            cursor.insertText(selected[len(marker) : -len(marker)])
        elif not selected:
            cursor.insertText(marker * 2)
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
        else:
            cursor.insertText(f"{marker}{selected}{marker}")
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def insert_link(self, url: str = "https://") -> None:
        """Make the selection a link and select the URL part for typing."""
        cursor = self.textCursor()
        label = cursor.selectedText()
        cursor.beginEditBlock()
        cursor.insertText(f"[{label}]({url})")
        cursor.endEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.Left)
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(url))
        self.setTextCursor(cursor)

    def set_heading(self, level: int) -> None:
        """Make the current line a heading of ``level`` (the same level again removes it)."""
        self._edit_lines(lambda line: _heading(line, level))

    def toggle_quote(self) -> None:
        lines = self._selected_lines()
        quoted = all(_QUOTE.match(line) for line in lines if line.strip())
        self._edit_lines(lambda line: _QUOTE.sub("", line, count=1) if quoted else f"> {line}")

    def toggle_list(self) -> None:
        lines = self._selected_lines()
        listed = all(_LIST.match(line) for line in lines if line.strip())
        self._edit_lines(lambda line: _LIST.sub(r"\1", line, count=1) if listed else f"- {line}")

    # ---- lines and scrolling ----------------------------------------------------------
    def first_visible_line(self) -> int:
        return self.firstVisibleBlock().blockNumber()

    def scroll_to_line(self, line: int) -> None:
        """Put source ``line`` at the top without moving the cursor or echoing the scroll."""
        block = self.document().findBlockByNumber(max(0, line))
        if not block.isValid():
            return
        self._programmatic_scroll += 1
        try:
            self.verticalScrollBar().setValue(block.firstLineNumber())
        finally:
            self._programmatic_scroll -= 1

    def go_to_line(self, line: int) -> None:
        """Move the cursor to ``line`` and show it near the top."""
        block = self.document().findBlockByNumber(max(0, line))
        if block.isValid():
            cursor = QTextCursor(block)
            self.setTextCursor(cursor)
            self.scroll_to_line(line)
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        menu = self.createStandardContextMenu(event.pos())
        self.contextMenuAboutToShow.emit(menu, event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    # ---- internals --------------------------------------------------------------------
    def _on_scrolled(self, _value: int) -> None:
        if not self._programmatic_scroll:
            self.topLineChanged.emit(self.first_visible_line())

    def _selected_lines(self) -> list[str]:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart()).blockNumber()
        last = doc.findBlock(cursor.selectionEnd()).blockNumber()
        return [doc.findBlockByNumber(n).text() for n in range(first, last + 1)]

    def _edit_lines(self, change) -> None:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        edit = QTextCursor(first)
        edit.beginEditBlock()
        block = first
        while block.isValid():
            text = block.text()
            new = change(text)
            if new != text:
                line = QTextCursor(block)
                line.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                line.insertText(new)
            if block == last:
                break
            block = block.next()
        edit.endEditBlock()


class BlockRepaintLayout(QPlainTextDocumentLayout):
    """Repaints only the edited line when a keystroke re-highlights it, not the whole view.

    Qt merges the typed character and the highlighter's new formats into one
    change "from the line's start, N characters replaced by N+1"; the layout
    adds removed and added up, reaches past the line and repaints everything
    (about 3 ms per keystroke). Only the new text needs laying out, so the
    removed count is left out whenever text was also added.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._lines = -1.0  # the document's height in lines when last told
        self.documentSizeChanged.connect(self._size_changed)
        #: Set while blocks below the screen get their colours after an open
        #: (:mod:`.colour_later`): a block never laid out is left alone, Qt lays it
        #: out with those colours when it is first shown. Laying each out at once
        #: cost about 0.5 ms per block, the whole article after every open.
        self.colours_only = False

    def documentChanged(self, position: int, removed: int, added: int) -> None:  # noqa: N802 - Qt API
        if self.colours_only and removed == added:
            block = self.document().findBlock(position)
            if block.position() == position and block.length() == added and block.layout().lineCount() == 0:
                return  # new colours for a block not laid out yet
        super().documentChanged(position, 0 if added else removed, added)

    def _size_changed(self, size: QSizeF) -> None:
        """A line got taller or shorter, so the text below it moved: repaint everything.

        With the removed count left out, Qt repaints only the edited line even
        when it wrapped into one more (or one fewer) screen line.
        """
        if self._lines >= 0 and size.height() != self._lines:
            self.update.emit()
        self._lines = size.height()


def _heading(line: str, level: int) -> str:
    match = _HEADING.match(line)
    current = line[: match.end()].strip() if match else ""
    rest = line[match.end() :] if match else line.lstrip()
    if current == "#" * level:
        return rest
    return f"{'#' * level} {rest}"
