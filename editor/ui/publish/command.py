"""File → Publish → Send to WordPress as draft…: the command behind the menu entry.

Owns the action's state (greyed out offline, with a tooltip saying why), opens
the publish dialog for the current article after the pre-publish check, and
writes the post id back into the article when the send succeeded: through
the same front-matter editing as the fields panel (one undoable edit of the
``publish`` key), then saves the file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

from editor.ui.article.article_view import ArticleView
from editor.ui.publish.network_state import NetworkState

if TYPE_CHECKING:
    from editor.core.checks.findings import Finding  # the checks (and Markdown) load when first run


class PublishCommand(QObject):
    def __init__(self, window: QMainWindow, action: QAction,
                 save: Callable[[ArticleView], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.action = action
        self.save = save
        self.dialog = None  # the open PublishDialog, if any
        self.tip = action.toolTip()
        self.network = NetworkState(self)
        self.network.changed.connect(self.set_online)
        self.set_online(self.network.online)

    def set_online(self, online: bool) -> None:
        self.action.setEnabled(online)
        tip = self.tip if online else QCoreApplication.translate("PublishDialog",
            "You are offline. Sending to WordPress needs a network connection.")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)

    def send(self, view: ArticleView, findings: list[Finding]):
        """Open the dialog for ``view``'s article; returns it (None when the article is unsaved)."""
        from editor.core.publish.send_record import PUBLISH_KEY, merged_record
        from editor.ui.publish.dialog import PublishDialog

        if view.path is None:
            QMessageBox.information(
                self.window, QCoreApplication.translate("PublishDialog", "Send to WordPress as Draft"),
                QCoreApplication.translate("PublishDialog", "Save the article first: Feder needs its folder to find the pictures, "
                    "and notes the post in it."))
            return None
        article = view.parse_now()
        dialog = PublishDialog(article, findings, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def record(site_name: str, result) -> None:
            view.set_field(PUBLISH_KEY, merged_record(view.parse_now(), site_name, result.record))
            self.save(view)

        dialog.sent.connect(record)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog
