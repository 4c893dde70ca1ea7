"""Dark theme: the outline panel turns dark too and field borders stay visible (#17, point 9)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from editor.ui.checks.outline_panel import OutlinePanel
from editor.ui.fields.panel import FieldsPanel
from editor.ui.window.theme import apply_theme


@pytest.fixture
def app(qapp: QApplication):
    yield qapp
    apply_theme(qapp, "system")  # other tests must find the app as it was


def painted_lightness(widget) -> int:
    image = widget.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2).lightness()


def border_contrast(panel: FieldsPanel) -> int:
    colour = re.search(r"border: 1px solid (#[0-9a-f]{6})", panel.form.styleSheet()).group(1)
    base = panel.palette().color(QPalette.ColorRole.Base)
    return abs(QColor(colour).lightness() - base.lightness())


def test_outline_and_field_borders_follow_the_dark_theme(qtbot, app) -> None:
    outline, fields = OutlinePanel(), FieldsPanel()
    for widget in (outline, fields):
        qtbot.addWidget(widget)
        widget.resize(300, 300)
        widget.show()
    assert painted_lightness(outline.tree) > 200  # light theme: white
    apply_theme(app, "dark")
    app.processEvents()
    assert painted_lightness(outline.tree) < 80  # it used to stay white
    assert border_contrast(fields) >= 50  # borders clearly apart from the field's ground


def test_a_style_sheet_on_the_tree_would_keep_it_white(qtbot, app) -> None:
    """The negative: what the outline did before (a style sheet freezes the palette)."""
    outline = OutlinePanel()
    qtbot.addWidget(outline)
    outline.resize(300, 300)
    outline.show()
    outline.tree.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
    apply_theme(app, "dark")
    app.processEvents()
    assert painted_lightness(outline.tree) > 200
