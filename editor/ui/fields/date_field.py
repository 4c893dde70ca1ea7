"""The date field of the article panel: empty by default, typed or picked, "today" one click away.

A QDateEdit cannot be empty: it needs a fake minimum date shown as "No date",
and typing into that fake value mangles the input. This field is a line edit
that reads the locale's form (01.12.2025 here) and ISO (2025-12-01) alike,
with a calendar that opens at the shown date or today, a "Today" button and
a clear button. Text that is no date stays as typed and is marked, so the
writer can fix it; it is never silently replaced.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from editor.core.text.dates import parse_date


class DateField(QWidget):
    """Line edit + calendar + today + clear; ``dateEdited`` carries a date or None."""

    dateEdited = Signal(object)  # datetime.date | None, only for the writer's edits

    def __init__(self, display_format: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._format = display_format
        self._date: _dt.date | None = None
        self.edit = QLineEdit(self)
        example = QLocale().toString(QDate.currentDate(), display_format)
        self.edit.setPlaceholderText(
            QCoreApplication.translate("DateField", "No date (e.g. {example})").format(example=example)
        )
        self.edit.setClearButtonEnabled(False)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(QCoreApplication.translate("DateField", "Pick the date in a calendar"))
        # The calendar is a popup window owned by this field (a QWidgetAction in a menu
        # would own it too, and Python and Qt then both free it).
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(False)
        self.calendar_button.clicked.connect(self.show_calendar)
        self.today_button = QToolButton(self)
        self.today_button.setText(QCoreApplication.translate("DateField", "Today"))
        self.today_button.setToolTip(QCoreApplication.translate("DateField", "Set today's date"))
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(QCoreApplication.translate("DateField", "Remove the date"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        for button in (self.calendar_button, self.today_button, self.clear_button):
            layout.addWidget(button)
        self.edit.editingFinished.connect(self._typed)
        self.edit.textEdited.connect(lambda _text: self._mark(valid=True))
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.today_button.clicked.connect(lambda: self._set_by_writer(_dt.date.today()))
        self.clear_button.clicked.connect(lambda: self._set_by_writer(None))

    # ---- public -------------------------------------------------------------------------
    def date(self) -> _dt.date | None:
        return self._date

    def text(self) -> str:
        return self.edit.text()

    def set_date(self, date: _dt.date | None) -> None:
        """Show ``date`` without emitting; text being typed that means the same stays."""
        if date == self._date and (self.edit.hasFocus() or self._shown() == date):
            return
        self._date = date
        self.edit.setText(self._format_date(date))
        self._mark(valid=True)

    def is_valid(self) -> bool:
        """False while the field shows text that is not a date."""
        return not self.edit.text().strip() or self._parse(self.edit.text()) is not None

    def show_calendar(self) -> None:
        """Open the calendar under the field, at the shown date or today."""
        self.open_calendar_page()
        self.calendar.adjustSize()
        self.calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def open_calendar_page(self) -> None:
        """The calendar opens at the shown date, or at today without one."""
        shown = self._date or _dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.setCurrentPage(shown.year, shown.month)

    # ---- edits --------------------------------------------------------------------------
    def _typed(self) -> None:
        text = self.edit.text()
        if not text.strip():
            self._set_by_writer(None)
            return
        date = self._parse(text)
        if date is None:
            self._mark(valid=False)
            return
        self._set_by_writer(date)

    def _picked(self, date: QDate) -> None:
        self.calendar.hide()
        self._set_by_writer(_dt.date(date.year(), date.month(), date.day()))

    def _set_by_writer(self, date: _dt.date | None) -> None:
        changed = date != self._date
        self._date = date
        self.edit.setText(self._format_date(date))
        self._mark(valid=True)
        if changed:
            self.dateEdited.emit(date)

    # ---- helpers ------------------------------------------------------------------------
    def _parse(self, text: str) -> _dt.date | None:
        qdate = QLocale().toDate(text.strip(), self._format)
        if qdate.isValid():
            return _dt.date(qdate.year(), qdate.month(), qdate.day())
        return parse_date(text)

    def _shown(self) -> _dt.date | None:
        return self._parse(self.edit.text()) if self.edit.text().strip() else None

    def _format_date(self, date: _dt.date | None) -> str:
        if date is None:
            return ""
        return QLocale().toString(QDate(date.year, date.month, date.day), self._format)

    def _mark(self, valid: bool) -> None:
        if valid:
            self.edit.setStyleSheet("")
            self.edit.setToolTip("")
            return
        self.edit.setStyleSheet("QLineEdit { border: 1px solid #c62828; }")
        self.edit.setToolTip(
            QCoreApplication.translate("DateField", "Not a date. Type it like {example} or 2025-12-01.").format(
                example=QLocale().toString(QDate.currentDate(), self._format)
            )
        )
