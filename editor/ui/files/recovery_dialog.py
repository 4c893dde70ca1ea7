"""After a crash: the articles that had unsaved text, with Restore, Compare and Discard.

Shown at start-up when :meth:`RecoveryStore.list` finds orphaned entries.
Restore takes the entry over into this session (so autosave goes on under
the same id) and hands it to the window through ``restoreRequested``;
Discard moves it aside (kept for a while, see ``recovery.KEEP_DISCARDED``);
closing the dialog leaves the rest for the next start. Nothing is deleted
without the writer asking for it.
"""

from __future__ import annotations

import difflib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.files.recovery import RecoveryEntry, RecoveryStore
from editor.core.messages import FederError
from editor.i18n import error_text

_ENTRY_ROLE = Qt.ItemDataRole.UserRole


class RecoveryDialog(QDialog):
    """Lists recovered articles; the writer restores, compares or discards each."""

    restoreRequested = Signal(object)  # RecoveryEntry, already adopted by this session

    def __init__(
        self, store: RecoveryStore, entries: list[RecoveryEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Recover Unsaved Text"))
        self.setObjectName("recoveryDialog")
        intro = QLabel(
            self.tr("Feder was not closed properly last time. These articles had text that was "
                    "not saved yet. Restore opens it again; nothing is saved until you save it."),
            self,
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Article"), self.tr("Last autosave"), self.tr("File")])
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self.compare_selected())
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.compare_button = QPushButton(self.tr("&Compare…"), self)
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        side = QVBoxLayout()
        for button in (self.restore_button, self.compare_button, self.discard_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        closer = QDialogButtonBox(self)
        later = closer.addButton(self.tr("Decide &Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(self.tr("Keep the rest; Feder offers it again at the next start."))
        closer.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(closer)
        for entry in entries:
            self._add_row(entry)
        self.list.setCurrentItem(self.list.topLevelItem(0))
        for column in (0, 1):
            self.list.resizeColumnToContents(column)
        self.resize(760, 360)
        self._update_buttons()

    # ---- actions ------------------------------------------------------------------------
    def entries(self) -> list[RecoveryEntry]:
        """The entries still listed (not restored or discarded)."""
        return [self.list.topLevelItem(i).data(0, _ENTRY_ROLE) for i in range(self.list.topLevelItemCount())]

    def restore_selected(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        try:
            adopted = self.store.adopt(entry.id)
        except FederError as exc:
            QMessageBox.warning(self, self.tr("Could not restore"), error_text(exc))
            return
        self._remove_selected()
        self.restoreRequested.emit(adopted)

    def discard_selected(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        try:
            self.store.discard(entry.id, keep_copy=True)
        except FederError as exc:
            QMessageBox.warning(self, self.tr("Could not discard"), error_text(exc))
            return
        self._remove_selected()

    def compare_selected(self) -> None:
        entry = self._selected()
        if entry is not None:
            CompareDialog(entry, self).exec()

    # ---- internals ----------------------------------------------------------------------
    def _add_row(self, entry: RecoveryEntry) -> None:
        name = entry.display_name or self.tr("Untitled")
        saved = entry.saved.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        where = str(entry.path) if entry.path else self.tr("(never saved)")
        item = QTreeWidgetItem([name, saved, where])
        item.setData(0, _ENTRY_ROLE, entry)
        item.setToolTip(2, where)
        self.list.addTopLevelItem(item)

    def _selected(self) -> RecoveryEntry | None:
        item = self.list.currentItem()
        return item.data(0, _ENTRY_ROLE) if item is not None else None

    def _remove_selected(self) -> None:
        item = self.list.currentItem()
        self.list.takeTopLevelItem(self.list.indexOfTopLevelItem(item))
        if self.list.topLevelItemCount() == 0:
            self.accept()
        else:
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def _update_buttons(self) -> None:
        has = self._selected() is not None
        for button in (self.restore_button, self.compare_button, self.discard_button):
            button.setEnabled(has)


class CompareDialog(QDialog):
    """The recovered text against the file on disk, as a unified diff with colours."""

    def __init__(self, entry: RecoveryEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare “{name}”").format(name=entry.display_name or self.tr("Untitled")))
        disk = entry.disk_text()
        if entry.path is None:
            summary = self.tr("This article was never saved; everything below is recovered text.")
        elif disk is None:
            summary = self.tr("The file {path} cannot be read now; everything below is recovered text.").format(
                path=entry.path
            )
        elif disk == entry.text:
            summary = self.tr("The recovered text is the same as the file on disk.")
        else:
            summary = self.tr("Lines marked − are only in the file on disk, lines marked + only in the recovered text.")
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._show_diff(disk or "", entry.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def _show_diff(self, old: str, new: str) -> None:
        lines = difflib.unified_diff(
            old.splitlines(), new.splitlines(), self.tr("on disk"), self.tr("recovered"), lineterm="", n=3
        )
        plain, added, removed, header = (QTextCharFormat() for _ in range(4))
        added.setBackground(QColor("#dff5dd"))
        removed.setBackground(QColor("#fbe0e0"))
        header.setForeground(QColor("#555555"))
        header.setFontWeight(QFont.Weight.Bold)
        cursor = QTextCursor(self.view.document())
        for index, line in enumerate(lines):
            if index:
                cursor.insertBlock()
            if index < 2 or line.startswith("@@"):  # the two file names, then hunk headers
                fmt = header
            elif line.startswith("+"):
                fmt = added
            elif line.startswith("-"):
                fmt = removed
                line = "−" + line[1:]
            else:
                fmt = plain
            block_format = cursor.blockFormat()
            block_format.setBackground(fmt.background())
            cursor.setBlockFormat(block_format)
            cursor.insertText(line, fmt)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)
