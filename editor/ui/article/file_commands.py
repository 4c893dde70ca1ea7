"""Opening, saving and closing articles, with every question the writer must answer.

Kept apart from the main window so the window only wires menus to these
commands. Texts keep the "MainWindow" translation context they were born in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from editor.core.files import backups, storage
from editor.core.files.recovery import RecoveryEntry
from editor.core.messages import QT_TRANSLATE_NOOP, FederError
from editor.i18n import error_text
from editor.ui import settings as settings_store
from editor.ui.article.article_tabs import ArticleTabs
from editor.ui.article.article_view import ArticleView
from editor.ui.files.file_watcher import ExternalChoice, ask_about_change


class FileCommands(QObject):
    """File menu behaviour for the tabs of one window."""

    def __init__(self, window: QMainWindow, tabs: ArticleTabs, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.tabs = tabs
        self.settings = settings
        self.recent_menu = QMenu(QCoreApplication.translate("MainWindow", "Open &Recent"), window)
        tabs.externalChange.connect(self.on_external_change)
        tabs.closeRequested.connect(self.close_view)
        self.update_recent_menu()

    # ---- opening ------------------------------------------------------------------------
    def open_file(self, path: Path | str) -> bool:
        """Open ``path`` in a tab of its own (or show it if it is open already)."""
        existing = self.tabs.find(Path(path))
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return True
        current = self.tabs.current()
        reuse = self.tabs.is_blank(current)
        view = current if reuse else self.tabs.add_view()
        try:
            view.document.load(Path(path))
        except FederError as exc:
            if not reuse:
                self.tabs.remove(view)
            self.show_error(QCoreApplication.translate("MainWindow", "Could not open the article"), exc)
            return False
        self.remember_recent(view.path)
        return True

    def ask_open(self) -> None:
        view = self.tabs.current()
        start = str(view.path.parent) if view.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self.window, QCoreApplication.translate("MainWindow", "Open Article"), start, self.markdown_filter()
        )
        if name:
            self.open_file(name)

    def new_file(self) -> None:
        if not self.tabs.is_blank(self.tabs.current()):
            self.tabs.add_view()
        self.tabs.current().focus_editor()

    def restore_session(self) -> None:
        """Reopen the articles that were open when Feder was last closed."""
        for name in settings_store.session_files(self.settings):
            if Path(name).is_file():
                self.open_file(name)

    def restore_recovered(self, entry: RecoveryEntry) -> None:
        """Show a recovered article in its own tab (or the tab that has its file)."""
        view = self.tabs.find(entry.path) if entry.path is not None else None
        if view is None:
            current = self.tabs.current()
            view = current if self.tabs.is_blank(current) else self.tabs.add_view()
        self.tabs.setCurrentWidget(view)
        view.document.restore(entry)

    # ---- saving -------------------------------------------------------------------------
    def save(self) -> bool:
        view = self.tabs.current()
        if view.path is None:
            return self.save_as()
        return self.save_to(view.path)

    def save_as(self) -> bool:
        view = self.tabs.current()
        start = str(view.path or self.proposed_path(view))
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Save Article As"),
            start,
            self.markdown_filter(),
        )
        if not name:
            return False
        return self.save_to(Path(name))

    def proposed_path(self, view: ArticleView) -> Path:
        """Where Save proposes a new article: ``<slug>.md`` in the folder last saved or opened in."""
        folder = Path(str(self.settings.value("files/lastFolder", "") or Path.home()))
        if not folder.is_dir():
            folder = Path.home()
        slug = view.parse_now().slug
        name = f"{slug}.md" if slug else QCoreApplication.translate("MainWindow", "article.md")
        return folder / name

    def save_to(self, path: Path) -> bool:
        """Save the current article; every refusal is a question or a message, never a loss."""
        view = self.tabs.current()
        if view.path is None and not self.make_image_paths_relative(view, Path(path).parent):
            return False
        if view.is_modified():
            view.document.end_with_newline()
        overwrite = False
        backup_count = int(self.settings.value("files/backupCount", backups.DEFAULT_COUNT))
        while True:
            try:
                view.document.save(path, overwrite_changed=overwrite, backup_count=backup_count)
                break
            except storage.FileChangedError:
                choice = ask_about_change(self.window, path, deleted=False, modified=True)
                if choice is ExternalChoice.RELOAD:
                    self.reload(view)
                    return False
                overwrite = True
            except storage.BackupError as exc:
                answer = QMessageBox.question(
                    self.window,
                    QCoreApplication.translate("MainWindow", "No backup"),
                    error_text(exc)
                    + "\n\n"
                    + QCoreApplication.translate("MainWindow", "Save without keeping the previous version?"),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return False
                backup_count = 0
            except FederError as exc:
                self.show_error(QCoreApplication.translate("MainWindow", "The article was not saved"), exc)
                return False
        self.remember_recent(view.path)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved {name}").format(name=path.name), 4000
        )
        return True

    def make_image_paths_relative(self, view: ArticleView, folder: Path) -> bool:
        """At the first save, absolute image paths become relative; False if the writer cancelled.

        Images outside the new folder are copied into ``bilder/`` beside the article or
        linked where they are, as the writer chooses (asked once for all of them).
        """
        from editor.core.checks import image_paths

        text = view.document.text()
        images = image_paths.absolute_images(text)
        if not images:
            return True
        copy = True
        away = image_paths.outside(images, folder)
        if away:
            choice = self.ask_copy_images(away)
            if choice is None:
                return False
            copy = choice
        try:
            new_text, _copied = image_paths.make_relative(text, folder, copy)
        except OSError as exc:
            self.show_error(
                QCoreApplication.translate("MainWindow", "The article was not saved"),
                FederError(
                    QT_TRANSLATE_NOOP("MainWindow", "The images could not be copied: {reason}"),
                    reason=exc.strerror or str(exc),
                ),
            )
            return False
        view.document.apply_text(new_text)
        view.parse_now()
        return True

    def ask_copy_images(self, images: list) -> bool | None:
        """Copy (True) or link (False) the images outside the article's folder; None cancels."""
        names = "\n".join(f"• {image.path}" for image in images)
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "Images outside the article's folder"))
        box.setText(
            QCoreApplication.translate(
                "MainWindow",
                "These images lie outside the article's folder:\n{names}\n\n"
                "Copy them into “bilder” beside the article, or keep linking to them where they are? "
                "Either way the article refers to them by a relative path.",
            ).format(names=names)
        )
        copy = box.addButton(
            QCoreApplication.translate("MainWindow", "Copy into “bilder”"), QMessageBox.ButtonRole.AcceptRole
        )
        copy.setObjectName("copyImages")
        link = box.addButton(
            QCoreApplication.translate("MainWindow", "Keep the link"), QMessageBox.ButtonRole.ActionRole
        )
        link.setObjectName("keepLinks")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(copy)
        box.exec()
        clicked = box.clickedButton()
        if clicked is copy:
            return True
        if clicked is link:
            return False
        return None

    def maybe_save(self, view: ArticleView | None = None) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        view = view or self.tabs.current()
        if not view.is_modified():
            return True
        self.tabs.setCurrentWidget(view)
        name = view.display_name() or QCoreApplication.translate("MainWindow", "Untitled")
        answer = QMessageBox.warning(
            self.window,
            QCoreApplication.translate("MainWindow", "Unsaved changes"),
            QCoreApplication.translate("MainWindow", "“{name}” has unsaved changes. Save them?").format(name=name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def close_view(self, view: ArticleView) -> bool:
        """Close one tab, asking about its unsaved changes first."""
        if not self.maybe_save(view):
            return False
        view.close_document()
        if self.tabs.count() == 1:
            self.tabs.add_view()
        self.tabs.remove(view)
        return True

    # ---- changes on disk ----------------------------------------------------------------
    def on_external_change(self, view: ArticleView, path: Path, deleted: bool) -> None:
        """Another program changed or deleted the file: the writer decides, nothing silent."""
        self.tabs.setCurrentWidget(view)
        choice = ask_about_change(self.window, path, deleted=deleted, modified=view.is_modified())
        if choice is ExternalChoice.RELOAD:
            self.reload(view)
            return
        view.document.keep_own_version(path, deleted)
        if choice is ExternalChoice.SAVE_AGAIN:
            self.save()

    def reload(self, view: ArticleView) -> None:
        try:
            view.document.reload()
        except FederError as exc:
            self.show_error(QCoreApplication.translate("MainWindow", "Could not reload the article"), exc)

    # ---- helpers ------------------------------------------------------------------------
    def markdown_filter(self) -> str:
        return QCoreApplication.translate("MainWindow", "Markdown (*.md *.markdown *.txt);;All files (*)")

    def remember_recent(self, path: Path | None) -> None:
        if path is not None:
            settings_store.add_recent_file(self.settings, str(path))
            self.settings.setValue("files/lastFolder", str(Path(path).parent))
            self.update_recent_menu()

    def update_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = settings_store.recent_files(self.settings)
        for name in files:
            action = self.recent_menu.addAction(Path(name).name)
            action.setStatusTip(name)
            action.setToolTip(name)
            action.triggered.connect(lambda _=False, n=name: self.open_file(n))
        self.recent_menu.setEnabled(bool(files))

    def show_error(self, title: str, error: FederError) -> None:
        QMessageBox.warning(self.window, title, error_text(error))
