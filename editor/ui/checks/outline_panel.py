"""The outline dock: the body's section headings (H2, H3), click to go there.

It shows what ``editor.core.text.outline.outline`` found and reports the line
(0-based, full text) of the heading the writer picks; the main window moves
the editor and the preview there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from editor.core.text.outline import Heading
from editor.ui.lazy_dock import LazyDock

LINE_ROLE = Qt.ItemDataRole.UserRole


class OutlinePanel(LazyDock):
    """Dock with the article's H2/H3 headings as a tree (built when first shown)."""

    headingActivated = Signal(int)  # 0-based line of the heading in the full text

    def __init__(self, parent: QWidget | None = None, lazy: bool = False) -> None:
        self._headings: list[Heading] | None = None
        self._current_line: int | None = None
        super().__init__(QCoreApplication.translate("OutlinePanel", "Outline"), "outlinePanel", parent, lazy)

    def build(self) -> QTreeWidget:
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(14)
        self.tree.setUniformRowHeights(True)
        # Row spacing through a delegate, not a style sheet: a widget with its own style
        # sheet keeps the palette it was polished with and stayed white in the dark theme.
        self.tree.setItemDelegate(_RoomyRows(self.tree))
        self.tree.itemClicked.connect(self._activated)
        self.tree.itemActivated.connect(self._activated)
        headings, self._headings = self._headings, None
        self._fill(headings or [])
        if self._current_line is not None:
            self.set_current_line(self._current_line)
        return self.tree

    def set_headings(self, headings: list[Heading]) -> None:
        """Show ``headings``; an unchanged list leaves the tree (and its selection) alone."""
        if headings == self._headings:
            return
        if not self.is_built():
            self._headings = list(headings)  # shown when the panel is built
            return
        self._fill(headings)

    def _fill(self, headings: list[Heading]) -> None:
        self._headings = list(headings)
        current = self.tree.currentItem()
        current_line = current.data(0, LINE_ROLE) if current is not None else None
        with QSignalBlocker(self.tree):
            self.tree.clear()
            if not headings:
                empty = QTreeWidgetItem(
                    [QCoreApplication.translate("OutlinePanel", "No section headings yet (## Heading)")]
                )
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                self.tree.addTopLevelItem(empty)
                return
            parent: QTreeWidgetItem | None = None
            for heading in headings:
                title = heading.title or QCoreApplication.translate("OutlinePanel", "(untitled)")
                item = QTreeWidgetItem([title])
                item.setData(0, LINE_ROLE, heading.line)
                item.setToolTip(0, title)
                if heading.level <= 2 or parent is None:
                    self.tree.addTopLevelItem(item)
                    parent = item if heading.level <= 2 else None
                else:
                    parent.addChild(item)
                if heading.line == current_line:
                    self.tree.setCurrentItem(item)
            self.tree.expandAll()

    def set_current_line(self, line: int) -> None:
        """Mark the heading of the section the cursor is in (without emitting)."""
        self._current_line = line
        if not self.is_built():
            return  # marked when the panel is built
        best: QTreeWidgetItem | None = None
        for item in self._items():
            item_line = item.data(0, LINE_ROLE)
            if item_line is not None and item_line <= line:
                best = item
        with QSignalBlocker(self.tree):
            if best is None:
                self.tree.clearSelection()
                self.tree.setCurrentItem(None)
            elif best is not self.tree.currentItem():
                self.tree.setCurrentItem(best)

    def _items(self) -> list[QTreeWidgetItem]:
        items = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            items.append(top)
            items.extend(top.child(child) for child in range(top.childCount()))
        return items

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        line = item.data(0, LINE_ROLE)
        if line is not None:
            self.headingActivated.emit(int(line))


class _RoomyRows(QStyledItemDelegate):
    """A little air above and below each heading."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 6)
