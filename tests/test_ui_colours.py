"""Colours mixed from two palette colours (focus mode's dim text, the fields panel's borders)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from editor.ui.colours import blend
from editor.ui.editing.focus_mode import DIM_STRENGTH, dim_colour


def test_blend_goes_the_given_share_of_the_way() -> None:
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    assert blend(black, white, 0) == black
    assert blend(black, white, 1) == white
    assert blend(black, white, 0.25) == QColor(64, 64, 64)
    assert blend(QColor(200, 100, 0), QColor(0, 100, 200), 0.5) == QColor(100, 100, 100)


def test_dim_text_moves_from_the_text_colour_towards_the_background() -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor(20, 20, 20))
    palette.setColor(QPalette.ColorRole.Base, QColor(250, 250, 250))
    dimmed = dim_colour(palette)
    assert dimmed == blend(QColor(20, 20, 20), QColor(250, 250, 250), DIM_STRENGTH)
    assert 20 < dimmed.red() < 250
