"""The article's text in a QTextDocument: reading it exactly and changing it as one undo step.

Shared by the editor widget and the document object, which works on the same
QTextDocument without any widget.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

from editor.core.utf16 import to_utf16


def text_of(document: QTextDocument) -> str:
    """The text exactly as typed: no-break spaces stay (toPlainText would drop them)."""
    return document.toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


def apply_text(document: QTextDocument, new_text: str, join_previous: bool = False) -> None:
    """Turn the text into ``new_text`` by replacing only the part that differs.

    One undo step (with ``join_previous``, part of the step before it); a
    cursor elsewhere in the text stays where it was.
    """
    old = text_of(document)
    if old == new_text:
        return
    start = 0
    limit = min(len(old), len(new_text))
    while start < limit and old[start] == new_text[start]:
        start += 1
    end_old, end_new = len(old), len(new_text)
    while end_old > start and end_new > start and old[end_old - 1] == new_text[end_new - 1]:
        end_old -= 1
        end_new -= 1
    cursor = QTextCursor(document)
    cursor.setPosition(to_utf16(old, start))
    cursor.setPosition(to_utf16(old, end_old), QTextCursor.MoveMode.KeepAnchor)
    if join_previous:
        cursor.joinPreviousEditBlock()
    else:
        cursor.beginEditBlock()
    cursor.insertText(new_text[start:end_new])
    cursor.endEditBlock()
