"""Hides the YAML front matter in the editor while the fields panel shows it.

The front matter stays in the document (undo, find, save and the fields all
work on it); only its lines are folded away, and the cursor is kept out of
them so typing can never land in hidden text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.messages import FederError
from editor.core.text import frontmatter


class FrontMatterFold(QObject):
    """Folds the front matter of ``editor``'s text when enabled."""

    revealRequested = Signal()  # a selection (a find hit) landed in the hidden lines

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._enabled = False
        self._hidden_blocks = 0
        self._body_start = 0  # document position just after the hidden lines
        editor.document().contentsChange.connect(self._on_change)
        editor.cursorPositionChanged.connect(self._keep_cursor_out)

    def is_enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self._refresh()

    def _on_change(self, position: int, _removed: int, _added: int) -> None:
        """Typing in the body cannot change the front matter: skip the work then."""
        if self._enabled and self._hidden_blocks and position > self._body_start:
            return
        self._refresh()

    def _front_matter_blocks(self) -> int:
        """How many lines the front matter (with its fences) takes; 0 without one."""
        if not self._enabled:
            return 0
        doc = self._editor.document()
        first = doc.firstBlock()
        if first.text().rstrip() not in ("---", "+++"):  # YAML or TOML
            return 0
        # Look only at the top of the text: front matter is never long.
        lines = []
        block = first
        while block.isValid() and len(lines) < 400:
            lines.append(block.text())
            block = block.next()
        parts = frontmatter.split("\n".join(lines) + "\n")
        if parts.front is None:
            return 0
        try:
            frontmatter.parse(parts.front, parts.fmt)
        except FederError:
            return 0  # broken YAML stays in sight: the fields cannot show it
        return parts.front.count("\n") + 2

    def _refresh(self) -> None:
        count = self._front_matter_blocks()
        doc = self._editor.document()
        limit = max(count, self._hidden_blocks)
        block = doc.firstBlock()
        changed = False
        for number in range(limit):
            if not block.isValid():
                break
            visible = number >= count
            if block.isVisible() != visible:
                block.setVisible(visible)
                changed = True
            block = block.next()
        self._hidden_blocks = count
        body = doc.findBlockByNumber(count) if count else doc.firstBlock()
        self._body_start = body.position() if count and body.isValid() else 0
        if changed:
            end = doc.findBlockByNumber(limit).position() if limit < doc.blockCount() else doc.characterCount()
            doc.markContentsDirty(0, end)
            self._editor.viewport().update()
            self._keep_cursor_out()

    def _keep_cursor_out(self) -> None:
        if not self._hidden_blocks:
            return
        cursor = self._editor.textCursor()
        if cursor.block().isVisible():
            return
        if cursor.hasSelection():  # found in a field's YAML: show it rather than jump away
            self.revealRequested.emit()
            return
        body = self._editor.document().findBlockByNumber(self._hidden_blocks)
        if body.isValid():
            moved = QTextCursor(body)
            self._editor.setTextCursor(moved)
