"""Actions and the widgets that mirror them: buttons, rows, a menu button, a notice bar, headings.

The sidebar's commands are actions (menus, shortcuts, enabled state); these
buttons follow an action's text and enabled state, so there is one place
that decides whether a command can run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)


def make_action(parent: QWidget, text: str, slot: Callable[[], object],
                icon: QStyle.StandardPixmap | None = None) -> QAction:
    """An action of ``parent`` that calls ``slot`` (without the checked flag), with a standard icon."""
    action = QAction(text, parent)
    if icon is not None:
        action.setIcon(parent.style().standardIcon(icon))
    action.triggered.connect(lambda checked=False: slot())
    return action


def menu_button(text: str, parent: QWidget, *groups: Sequence[QAction]) -> QToolButton:
    """A button that opens a menu of ``groups`` of actions, with separators between them."""
    button = QToolButton(parent)
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for index, group in enumerate(groups):
        if index:
            menu.addSeparator()
        menu.addActions(list(group))
    button.setMenu(menu)
    return button


def notice_bar(name: str, action: QAction, parent: QWidget) -> tuple[QFrame, QLabel]:
    """A yellow bar with a message (the label returned) and a button for ``action``."""
    bar = QFrame(parent)
    bar.setObjectName(name)
    bar.setStyleSheet(f"#{name} {{ background: #fff4ce; border: 1px solid #e0b700; border-radius: 4px; }}"
                      f"#{name} QLabel {{ color: #222; }}")
    label = QLabel(bar)
    label.setWordWrap(True)
    layout = QHBoxLayout(bar)
    layout.setContentsMargins(8, 4, 4, 4)
    layout.addWidget(label, 1)
    layout.addWidget(action_button(action, bar))
    return bar, label


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
