"""Colours derived from the palette, so a tint or a border follows the light and the dark theme.

Shared by ui/: focus mode dims text towards the background, the fields panel
draws borders from the text colour; both mix two palette colours the same way.
"""

from __future__ import annotations

from PySide6.QtGui import QColor


def blend(start: QColor, end: QColor, amount: float) -> QColor:
    """The colour ``amount`` (0 … 1) of the way from ``start`` to ``end``."""
    return QColor(
        round(start.red() + (end.red() - start.red()) * amount),
        round(start.green() + (end.green() - start.green()) * amount),
        round(start.blue() + (end.blue() - start.blue()) * amount),
    )
