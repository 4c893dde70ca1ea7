"""Buttons that mirror actions, rows of them, and bold headings: the sidebar's building blocks.

The sidebar's commands are actions (menus, shortcuts, enabled state); these
buttons follow an action's text and enabled state, so there is one place
that decides whether a command can run.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


def heading(text: str, parent: QWidget) -> QLabel:
    """A bold label over a list."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def action_button(action: QAction, parent: QWidget, icon_only: bool = False, primary: bool = False) -> QWidget:
    """A button that mirrors ``action`` (text, enabled state, tooltip)."""
    if icon_only:
        button = QToolButton(parent)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        return button
    push = QPushButton(action.text(), parent)
    push.setToolTip(action.toolTip())
    push.setDefault(primary)
    push.setEnabled(action.isEnabled())
    push.clicked.connect(action.trigger)
    action.changed.connect(lambda: push.setEnabled(action.isEnabled()))
    return push


def button_row(parent: QWidget, *widgets: QWidget | None) -> QHBoxLayout:
    """Widgets side by side; None is a stretch that pushes the rest to the right."""
    layout = QHBoxLayout()
    layout.setSpacing(6)
    for widget in widgets:
        if widget is None:
            layout.addStretch(1)
        else:
            layout.addWidget(widget)
    return layout
