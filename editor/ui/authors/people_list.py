"""A list of people drawn as portrait, bold name and grey role, with a hint when it is empty.

The author sidebar shows the article's authors and the saved profiles in two
of these; what each row holds travels in the item data roles below.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
NOTICE_ROLE = Qt.ItemDataRole.UserRole + 2  # replaces the subtitle, drawn as a warning
BADGE_ROLE = Qt.ItemDataRole.UserRole + 3
AVATAR = 36


def person_item(person_id: object, name: str, subtitle: str, portrait: QPixmap) -> QListWidgetItem:
    """A row of a :class:`PeopleList`: the person's id, name, role (or other subtitle) and portrait."""
    item = QListWidgetItem(name)
    item.setData(ID_ROLE, person_id)
    item.setData(SUBTITLE_ROLE, subtitle)
    item.setIcon(QIcon(portrait))
    return item


class PeopleList(QListWidget):
    """A list of people (portrait, name, role) that says what to do when it is empty."""

    def __init__(self, placeholder: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.placeholder = placeholder
        self.filtered_placeholder = placeholder
        self.placeholder_active = False
        self.setItemDelegate(PersonDelegate(self))
        self.setIconSize(QSize(AVATAR, AVATAR))
        self.setUniformItemSizes(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setMinimumHeight(AVATAR * 2 + 16)

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if any(not self.item(r).isHidden() for r in range(self.count())):
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        text = self.filtered_placeholder if self.count() and self.placeholder_active else self.placeholder
        painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, text)


class PersonDelegate(QStyledItemDelegate):
    """Draws portrait, bold name and grey role (or an amber notice) on two lines."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(200, max(AVATAR, option.fontMetrics.height() * 2 + 4) + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget else None
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        opt.text, opt.icon = "", QIcon()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(8, 6, -8, -6)
        painter.save()
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(rect.left(), rect.center().y() - AVATAR // 2, AVATAR, AVATAR))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        text_color = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        badge = index.data(BADGE_ROLE)
        badge_width = opt.fontMetrics.horizontalAdvance("✓") + 6 if badge else 0
        text_rect = rect.adjusted(AVATAR + 10, 0, -badge_width, 0)
        line = opt.fontMetrics.height()
        top = rect.center().y() - line
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        name = painter.fontMetrics().elidedText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                                                Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(QRect(text_rect.left(), top, text_rect.width(), line), Qt.AlignmentFlag.AlignLeft, name)
        notice = index.data(NOTICE_ROLE)
        second = str(notice or index.data(SUBTITLE_ROLE) or "")
        painter.setFont(opt.font)
        if notice and not selected:
            painter.setPen(QColor("#9a6700"))
        elif not selected:
            muted = QColor(text_color)
            muted.setAlphaF(0.68)
            painter.setPen(muted)
        second = opt.fontMetrics.elidedText(second, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(QRect(text_rect.left(), top + line, text_rect.width(), line), Qt.AlignmentFlag.AlignLeft, second)
        if badge:
            painter.setPen(text_color if selected else QColor("#2e7d32"))
            painter.drawText(QRect(rect.right() - badge_width, rect.top(), badge_width, rect.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(badge))
        painter.restore()
