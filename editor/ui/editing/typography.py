"""Typographic replacements while typing, for any QPlainTextEdit.

Not part of the editor class: on any QPlainTextEdit it is an event filter; on
Feder's TextEditor it is one of its ``typing_watchers``, asked once per key
instead of with each of the editor's events (seven per keystroke, each a call
into Python). Either way the editor inserts the typed character first (one
undo step) and the replacement follows as a second undo step: Ctrl+Z right
after gives back exactly what the writer typed, and typing on keeps it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QTextBlock, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.text import markdown_lines, typography
from editor.core.text.markdown_lines import Kind
from editor.core.utf16 import utf16_length, utf16_to_index

_COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
_ALT_GR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class TypographyFilter(QObject):
    """Watches one editor's typing and applies :mod:`editor.core.text.typography`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editor: QPlainTextEdit | None = None
        self._enabled: Callable[[], bool] = lambda: True
        self._lang: Callable[[], str] = lambda: "de_DE"
        self._in_code_block: Callable[[QTextBlock], bool] = fenced_or_front_matter

    def attach(
        self,
        editor: QPlainTextEdit,
        enabled: Callable[[], bool],
        lang: Callable[[], str],
        in_code_block: Callable[[QTextBlock], bool] | None = None,
    ) -> None:
        """Start watching ``editor``.

        The callables are asked at each keystroke, so a changed setting or the
        article's ``lang`` field takes effect at once. ``in_code_block`` tells
        whether a block is fenced code or front matter; the highlighter knows
        that cheaply, the default scans the text above the block.
        """
        self.detach()
        self._editor = editor
        self._enabled = enabled
        self._lang = lang
        self._in_code_block = in_code_block or fenced_or_front_matter
        watchers = getattr(editor, "typing_watchers", None)
        if watchers is not None:
            watchers.append(self._watch)
        else:
            editor.installEventFilter(self)
        editor.destroyed.connect(self._forget)

    def detach(self) -> None:
        if self._editor is not None:
            watchers = getattr(self._editor, "typing_watchers", None)
            if watchers is not None and self._watch in watchers:
                watchers.remove(self._watch)
            self._editor.removeEventFilter(self)
            self._editor = None

    def _forget(self) -> None:
        self._editor = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editor = self._editor
        if watched is not editor or editor is None:
            return False
        then = self._watch(event)
        if then is None:
            return False
        # Let the editor (and any subclass's keyPressEvent) insert the character
        # first, so it becomes its own undo step; then look at the result.
        editor.event(event)
        then()
        return True

    def _watch(self, event: QEvent) -> Callable[[], None] | None:
        """Before the editor takes ``event``: what to do once it has, or None for nothing."""
        editor = self._editor
        if editor is None:
            return None
        typed = _typed_text(event)
        # The cheap question first: an ordinary letter goes its usual way untouched,
        # without asking the settings or the article's language (this runs per key).
        if typed is None or not typography.may_trigger(typed, _char_before_cursor(editor)):
            return None
        if editor.isReadOnly() or not self._enabled():
            return None
        return lambda: self._after_typing(editor, typed)

    def _after_typing(self, editor: QPlainTextEdit, typed: str) -> None:
        cursor = editor.textCursor()
        if cursor.hasSelection():
            return
        block = cursor.block()
        line = block.text()
        typed_end = utf16_to_index(line, cursor.positionInBlock())
        if typed_end < 1 or line[typed_end - 1] != typed:
            return  # the editor did something else with the key
        before = line[: typed_end - 1]
        if not typography.may_trigger(typed, before):
            return
        lang = self._lang()
        change = typography.replacement_for(before, typed, lang, False)
        if change is None or self._in_code_block(block):
            return
        removed = (before + typed)[-change.remove :]
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, utf16_length(removed)
        )
        cursor.beginEditBlock()
        cursor.insertText(change.insert)
        cursor.endEditBlock()
        editor.setTextCursor(cursor)


def fenced_or_front_matter(block: QTextBlock) -> bool:
    """Whether ``block`` is code, front matter or a comment (scans the text above it).

    Runs only when a replacement is about to happen, not on every keystroke.
    """
    number = block.blockNumber()
    lines = block.document().toPlainText().split("\n", number)[:number]
    return markdown_lines.kind_at(lines, block.text()) is not Kind.MARKDOWN


def in_code_by_block_state(block: QTextBlock) -> bool:
    """The same answer from the highlighter's block states, without scanning: for an editor
    whose document has a :class:`MarkdownHighlighter` (the article view's)."""
    previous = block.previous()
    state = previous.userState() if previous.isValid() else markdown_lines.START
    first = block.blockNumber() == 0
    return markdown_lines.scan_line(state, block.text(), first).kind is not Kind.MARKDOWN


def _typed_text(event: QEvent) -> str | None:
    """The single printable character a key press or input method commits, if any."""
    if event.type() == QEvent.Type.KeyPress:
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers()
        if modifiers & _COMMAND_MODIFIERS and (modifiers & _ALT_GR) != _ALT_GR:
            return None
        text = event.text()
    elif event.type() == QEvent.Type.InputMethod:
        assert isinstance(event, QInputMethodEvent)
        if event.preeditString() or event.replacementLength():
            return None
        text = event.commitString()
    else:
        return None
    if len(text) != 1 or not text.isprintable():
        return None
    return text


def _char_before_cursor(editor: QPlainTextEdit) -> str:
    """The character left of the cursor on its line ("" at a line start or with a selection).

    Asks the document for one UTF-16 unit instead of copying the whole paragraph:
    the only characters :func:`typography.may_trigger` looks for are single
    units, and half of an emoji never equals one of them.
    """
    cursor = editor.textCursor()
    if cursor.hasSelection() or cursor.atBlockStart():
        return ""
    return editor.document().characterAt(cursor.position() - 1)
