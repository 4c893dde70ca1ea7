"""The document's text as one search sees it, and the way back from its hits to Qt positions.

Matching runs in Python (:mod:`editor.core.text.find`) on the text; Qt counts
positions in UTF-16 code units. A snapshot holds the text with its offset
map (:class:`~editor.core.utf16.Utf16Offsets`) and where the body begins, so
selecting, replacing and highlighting a hit all convert the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from editor.core.text import frontmatter
from editor.core.text.find import Match
from editor.core.utf16 import Utf16Offsets

_HIGHLIGHT = QColor(255, 200, 0, 120)
_HIGHLIGHT_DARK = QColor(150, 105, 0, 200)


@dataclass
class SearchSnapshot:
    """The document text as the last search saw it, with Qt position mapping."""

    text: str
    offsets: Utf16Offsets
    body_start: int = 0  # where the body begins: hits before it are in the front matter

    @classmethod
    def of(cls, document: QTextDocument) -> SearchSnapshot:
        # toRawText keeps non-breaking spaces (toPlainText turns them into spaces).
        text = document.toRawText().replace("\u2029", "\n").replace("\u2028", "\n")
        return cls(text, Utf16Offsets(text), frontmatter.split(text).body_start)

    def select(self, cursor: QTextCursor, hit: Match) -> QTextCursor:
        """``cursor`` with ``hit`` selected (anchor at its start)."""
        cursor.setPosition(self.offsets.to_utf16(hit.start))
        cursor.setPosition(self.offsets.to_utf16(hit.end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def replace(self, document: QTextDocument, hits: Sequence[Match], texts: Sequence[str]) -> None:
        """Replace each hit by its text in one edit block: one Ctrl+Z undoes it all."""
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for hit, text in zip(reversed(hits), reversed(texts), strict=True):
            self.select(cursor, hit).insertText(text)
        cursor.endEditBlock()

    def highlight(self, editor: QPlainTextEdit, hit: Match) -> QTextEdit.ExtraSelection:
        """A hit in amber, its text at full contrast even where focus mode dims the rest."""
        palette = editor.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self.select(QTextCursor(editor.document()), hit)
        selection.format.setBackground(_HIGHLIGHT_DARK if dark else _HIGHLIGHT)
        selection.format.setForeground(palette.color(QPalette.ColorRole.Text))
        return selection
