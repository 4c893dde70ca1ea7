"""Something to do once a widget has been painted the first time.

Several parts wait for the editor's first paint so that the window comes
first: the web preview, the dictionary, the colours below the first screen.
It sits at the bottom of the UI layers so that any of them may use it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Calls ``callback`` once, when ``widget`` has been painted the first time."""

    def __init__(self, widget: QWidget, callback) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        widget.installEventFilter(self)

    def stop(self) -> None:
        self._widget.removeEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.stop()
            self._callback()
        return False
