"""The "Check before publishing" dock: what the pre-publish rules found, and where.

The panel only shows findings (``editor.core.checks.rules.run_checks``) and reports
the line the writer picks; the main window runs the checks (on request via
``refreshRequested``, or when the panel is shown) and moves the editor. A
finding with a one-click fix enables the Fix button, which asks the window to
apply it (``fixRequested``) as one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.ui.lazy_dock import LazyDock, needs_contents

LINE_ROLE = Qt.ItemDataRole.UserRole
RULE_ROLE = Qt.ItemDataRole.UserRole + 1
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2


if TYPE_CHECKING:
    from editor.core.checks.findings import Finding


class ChecksPanel(LazyDock):
    """Dock listing pre-publish findings; a click reports the finding's line (built when first shown)."""

    locationActivated = Signal(int)  # 0-based line in the full text
    refreshRequested = Signal()
    fixRequested = Signal(object)  # the Finding whose fix to apply

    def __init__(self, parent: QWidget | None = None, lazy: bool = False) -> None:
        title = QCoreApplication.translate("ChecksPanel", "Check before publishing")
        super().__init__(title, "checksPanel", parent, lazy)

    def build(self) -> QWidget:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton(QCoreApplication.translate("ChecksPanel", "Check again"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._activated)
        self.list.itemActivated.connect(self._activated)
        self.refresh_button.clicked.connect(self.refreshRequested)
        self.fix_button = QPushButton(QCoreApplication.translate("ChecksPanel", "Fix"))
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self._fix_current)
        self.list.currentItemChanged.connect(self._update_fix_button)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.fix_button)
        top.addWidget(self.refresh_button)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self._show_note(QCoreApplication.translate("ChecksPanel", "Not checked yet."), None)
        return content

    @needs_contents
    def set_findings(self, findings: list[Finding]) -> None:
        """Show ``findings``; none at all is the clear "ready" answer."""
        # Not at start: creating QStyle's many enums costs 10-20 ms before the first frame.
        from PySide6.QtWidgets import QStyle

        self.list.clear()
        if not findings:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            from editor.core.checks.findings import READY

            self._show_note(QCoreApplication.translate(READY.context, READY.text), icon)
            self.summary.setText(QCoreApplication.translate("ChecksPanel", "Ready to publish."))
            return
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for finding in findings:
            text = QCoreApplication.translate("ChecksPanel", "Line {line}: {message}").format(
                line=finding.line + 1, message=finding.text(QCoreApplication.translate)
            )
            item = QListWidgetItem(icon, text)
            item.setData(LINE_ROLE, finding.line)
            item.setData(RULE_ROLE, finding.rule_id)
            item.setData(FINDING_ROLE, finding)
            if finding.fix is not None:
                label = QCoreApplication.translate(finding.fix.label.context, finding.fix.label.text)
                item.setToolTip(QCoreApplication.translate("ChecksPanel", "{message}\nFix: {fix}").format(
                    message=text, fix=label))
            else:
                item.setToolTip(text)
            self.list.addItem(item)
        self.summary.setText(
            QCoreApplication.translate("ChecksPanel", "{count} things to look at before publishing.").format(
                count=len(findings)
            )
        )

    def _update_fix_button(self, item: QListWidgetItem | None = None, _previous=None) -> None:
        finding = item.data(FINDING_ROLE) if item is not None else None
        fix = getattr(finding, "fix", None)
        self.fix_button.setEnabled(fix is not None)
        self.fix_button.setToolTip(
            QCoreApplication.translate(fix.label.context, fix.label.text) if fix is not None else ""
        )

    def _fix_current(self) -> None:
        item = self.list.currentItem()
        finding = item.data(FINDING_ROLE) if item is not None else None
        if getattr(finding, "fix", None) is not None:
            self.fixRequested.emit(finding)

    def _show_note(self, text: str, icon) -> None:
        item = QListWidgetItem(text) if icon is None else QListWidgetItem(icon, text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.clear()
        self.list.addItem(item)
        self._update_fix_button(None)
        if icon is None:
            self.summary.setText("")

    def _activated(self, item: QListWidgetItem) -> None:
        line = item.data(LINE_ROLE)
        if line is not None:
            self.locationActivated.emit(int(line))
