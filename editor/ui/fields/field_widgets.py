"""Text fields of the article panel that behave like the writer expects in a side panel.

:class:`GrowingLine` wraps a long headline or credit instead of scrolling it
out of sight; :class:`HistoryKeys` sends Ctrl+Z in a field to the document, so
the text and the fields share one undo history.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class GrowingLine(QPlainTextEdit):
    """A one-paragraph text field that wraps and grows to ``max_lines`` instead of scrolling.

    Headlines, captions and credits are often longer than a line edit in a
    side panel shows; here the writer sees the whole text. Enter does not
    add a line break and pasted breaks become spaces.
    """

    textEdited = Signal(str)  # typed by the writer (not emitted by set_text)

    def __init__(self, max_lines: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self._setting = False
        self._last_text = ""  # a re-highlight (spelling) fires textChanged without an edit
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(3)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.textChanged.connect(self._changed)
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, value: str) -> None:
        """Show ``value`` without emitting ``textEdited``; no change, no cursor move."""
        if self.toPlainText() == value:
            return
        self._setting = True
        self._last_text = value
        try:
            self.setPlainText(value)
            self.moveCursor(QTextCursor.MoveOperation.End if self.hasFocus() else QTextCursor.MoveOperation.Start)
        finally:
            self._setting = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt API
        self.insertPlainText(" ".join(source.text().split()))

    def _changed(self) -> None:
        text = self.toPlainText()
        if "\n" in text or "\u2029" in text:  # typed by an input method or dropped
            cursor = self.textCursor()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(" ".join(text.split()))
            return
        if not self._setting and text != self._last_text:
            self._last_text = text
            self.textEdited.emit(text)

    def _fit(self, *_args: object) -> None:
        lines = max(1, min(self.max_lines, int(self.document().size().height())))
        margins = self.contentsMargins()
        height = (
            lines * self.fontMetrics().lineSpacing()
            + 2 * int(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 2
        )
        self.setFixedHeight(height)
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if self.document().size().height() > self.max_lines
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()


class HistoryKeys(QObject):
    """Sends Ctrl+Z / Ctrl+Shift+Z in a field to the document's history (``undo`` / ``redo``)."""

    def __init__(self, parent: QObject, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        super().__init__(parent)
        self.undo = undo
        self.redo = redo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo):
                if event.type() == QEvent.Type.KeyPress:
                    self.undo()
                event.accept()
                return True
            if event.matches(QKeySequence.StandardKey.Redo):
                if event.type() == QEvent.Type.KeyPress:
                    self.redo()
                event.accept()
                return True
        return super().eventFilter(watched, event)
