"""The layout pieces of the fields panel: the form, rows, separators and the length counters.

Kept apart so the panel reads as what it shows and does; these say only how
it is laid out.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def set_line(edit: QLineEdit, value: str) -> None:
    """Show ``value`` in ``edit`` without moving the cursor of an unchanged field."""
    if edit.text() != value:
        edit.setText(value)
        edit.setCursorPosition(len(value) if edit.hasFocus() else 0)


def counter() -> QLabel:
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.85)
    label.setFont(font)
    return label


def count(label: QLabel, length: int, limit: int) -> None:
    """Show ``length`` of ``limit`` characters in ``label``, marked when over the limit."""
    label.setText(
        QCoreApplication.translate("FieldsPanel", "{length} / {limit} characters").format(length=length, limit=limit)
    )
    over = length > limit
    label.setProperty("over", over)
    if over:
        dark = label.palette().color(QPalette.ColorRole.Window).lightness() < 128
        label.setStyleSheet(f"QLabel {{ color: {'#ffb74d' if dark else '#a85d00'}; font-weight: 600; }}")
        label.setToolTip(
            QCoreApplication.translate("FieldsPanel", "{over} characters over the limit").format(over=length - limit)
        )
    else:
        label.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        label.setToolTip("")


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(8)
    return form


def row(main: QWidget, extra: QWidget, stretch_first: bool = True) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(main, 1 if stretch_first else 0)
    layout.addWidget(extra)
    if not stretch_first:
        layout.addStretch(1)
    return row


def stack(main: QWidget, below: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(main)
    layout.addWidget(below)
    return box


def date_format() -> str:
    """The locale's short date format with a four-digit year (20.11.2026, not 20.11.26)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    return re.sub(r"y+", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
