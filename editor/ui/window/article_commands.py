"""Commands on the article in front that reach outside the editor: export it, copy it
as HTML, open a link from its preview in the browser, open the sample article.

Kept apart from the main window (``main_window.MainWindow``, handed in, not
imported: it imports this module) so the window only wires menus to them. Texts
keep the "MainWindow" translation context they were born in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox

from editor.core.messages import FederError


class ArticleCommands(QObject):
    """Export, copy as HTML, links and the sample article, for one window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def export(self) -> None:
        from editor.ui.export.dialog import export_article, export_message  # loaded when asked for

        exported = export_article(self.window.view.parse_now(), self.window, self.window.settings)
        if exported is not None:
            self.window.statusBar().showMessage(export_message(*exported), 8000)

    def copy_html(self) -> None:
        from editor.ui.export.dialog import copy_article_html  # loaded when asked for

        try:
            copy_article_html(self.window.view.parse_now())
        except FederError as exc:
            self.window.files.show_error(QCoreApplication.translate("MainWindow", "The article was not copied"), exc)
            return
        self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Article copied as HTML"), 3000)

    def open_link(self, url: QUrl) -> None:
        """Links in the preview open in the browser only after the writer saw the address."""
        shown = url.toDisplayString()
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("MainWindow", "Open link"),
            QCoreApplication.translate("MainWindow", "Open this address in your web browser?\n\n{url}").format(
                url=shown
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)

    def open_sample(self) -> None:
        from editor import paths

        self.window.open_file(paths.sample_article())
