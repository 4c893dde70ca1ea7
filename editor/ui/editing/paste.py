"""Pasting rich text as clean Markdown, and "Paste as plain text".

A mixin rather than an event filter, because Qt decides what a paste inserts
in the virtual ``insertFromMimeData``; the editor class lists it first::

    class TextEditor(RichPasteMixin, QPlainTextEdit): ...

Copying out of the editor gives plain text only: the text *is* Markdown, and
Qt's default HTML copy would come back escaped (``\\*\\*``) on the next paste.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMimeData, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.utf16 import split_at_utf16

_BLOCK_START = re.compile(r"(#{1,6} |> |- |\d+\. |```|~~~|\| |---$)")


class RichPasteMixin:
    """Turns pasted HTML (Word, LibreOffice, Google Docs, web pages) into Markdown."""

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or super().canInsertFromMimeData(source)  # type: ignore[misc]

    def insertFromMimeData(self, source: QMimeData) -> None:
        assert isinstance(self, QPlainTextEdit)
        text = markdown_from_mime(source)
        if text is None:
            super().insertFromMimeData(source)  # type: ignore[misc]
            return
        insert_pasted(self, text)

    def createMimeDataFromSelection(self) -> QMimeData:
        assert isinstance(self, QPlainTextEdit)
        data = QMimeData()
        data.setText(self.textCursor().selection().toPlainText())
        return data

    def paste_plain(self) -> None:
        """Paste the clipboard's plain text, whatever else it offers (Ctrl+Shift+V)."""
        assert isinstance(self, QPlainTextEdit)
        text = QGuiApplication.clipboard().text()
        if text and not self.isReadOnly():
            self.textCursor().insertText(text)
            self.ensureCursorVisible()


def markdown_from_mime(source: QMimeData) -> str | None:
    """The Markdown to insert for ``source``, or None to let Qt paste as usual.

    HTML without any formatting (code from an IDE, text from a terminal) is
    pasted from its plain-text twin, which keeps line breaks and indentation.
    """
    if not source.hasHtml():
        return None
    from editor.core.paste.html_to_markdown import (
        convert,  # Markdown comes with it: not at start-up
    )

    conversion = convert(source.html())
    if not conversion.markdown or (not conversion.formatted and source.hasText()):
        return None
    return conversion.markdown


def insert_pasted(editor: QPlainTextEdit, markdown: str) -> None:
    """Insert ``markdown`` at the cursor as one undo step, on its own lines if it has blocks.

    A heading or list pasted into the middle of a sentence would not be one;
    so block content gets blank lines around it where the line is not empty.
    """
    if editor.isReadOnly():
        return
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    cursor.removeSelectedText()
    line = cursor.block().text()
    column = cursor.positionInBlock()
    before, after = split_at_utf16(line, column)
    if "\n\n" in markdown or _BLOCK_START.match(markdown):
        if before.strip():
            markdown = "\n\n" + markdown
        if after.strip():
            markdown += "\n\n"
    cursor.insertText(markdown)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def make_paste_plain_action(
    parent: QObject, target: Callable[[], QPlainTextEdit | None]
) -> QAction:
    """ "Paste as Plain Text" (Ctrl+Shift+V) for whichever editor ``target`` returns."""
    action = paste_plain_action(parent)
    action.triggered.connect(lambda: paste_plain_into(target()))
    return action


def paste_plain_action(parent: QObject) -> QAction:
    """The "Paste as Plain Text" action (Ctrl+Shift+V), not yet connected to an editor."""
    action = QAction(QCoreApplication.translate("Paste", "Paste as &Plain Text"), parent)
    action.setShortcut(QKeySequence("Ctrl+Shift+V"))
    action.setStatusTip(
        QCoreApplication.translate("Paste", "Paste the copied text without its formatting")
    )
    return action


def paste_plain_into(editor: QPlainTextEdit | None) -> None:
    """Paste the clipboard's text into ``editor`` without its formatting."""
    if editor is None or editor.isReadOnly():
        return
    if isinstance(editor, RichPasteMixin):
        editor.paste_plain()
    else:
        editor.textCursor().insertText(QGuiApplication.clipboard().text())
