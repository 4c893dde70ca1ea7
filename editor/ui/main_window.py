"""The main window: wires the parts together (actions, article view, docks, status bar).

It holds no editing or file logic of its own; it decides which part handles
a request and shows errors as messages, never as tracebacks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from editor.core.messages import FederError
from editor.i18n import error_text
from editor.ui import settings as settings_store
from editor.ui.actions import EditActions, FileActions, FormatActions, ViewActions
from editor.ui.article_view import ArticleView

MARKDOWN_FILTER = "Markdown (*.md *.markdown *.txt);;All files (*)"


class MainWindow(QMainWindow):
    """One window with one article (editor + preview) and its side panels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings_store.open_settings()
        self.view = ArticleView(self)
        self.setCentralWidget(self.view)
        self.file_actions = FileActions(self)
        self.edit_actions = EditActions(self)
        self.format_actions = FormatActions(self)
        self.view_actions = ViewActions(self)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.status_position = QLabel(self)
        self._build_menus()
        self._build_toolbar()
        self.statusBar().addPermanentWidget(self.status_position)
        self._connect()
        self._update_title()
        self._update_recent_menu()
        self._restore_state()

    # ---- files ------------------------------------------------------------------------
    def open_file(self, path: Path | str) -> bool:
        """Open ``path`` in the window (asking to save unsaved changes first)."""
        if not self.maybe_save():
            return False
        try:
            self.view.load(Path(path))
        except FederError as exc:
            self._show_error(self.tr("Could not open the article"), exc)
            return False
        self._remember_recent(self.view.path)
        return True

    def new_file(self) -> None:
        if self.maybe_save():
            self.view.new()

    def save(self) -> bool:
        if self.view.path is None:
            return self.save_as()
        return self._save_to(self.view.path)

    def save_as(self) -> bool:
        start = str(self.view.path or Path.home() / self.tr("article.md"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save Article As"), start, MARKDOWN_FILTER)
        if not name:
            return False
        return self._save_to(Path(name))

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.view.is_modified():
            return True
        name = self.view.display_name() or self.tr("Untitled")
        answer = QMessageBox.warning(
            self,
            self.tr("Unsaved changes"),
            self.tr("“{name}” has unsaved changes. Save them?").format(name=name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.maybe_save():
            event.ignore()
            return
        self._save_state()
        self.view.renderer.shutdown()
        event.accept()

    # ---- wiring -----------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        f, e, fmt, v = self.file_actions, self.edit_actions, self.format_actions, self.view_actions
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([f.new, f.open])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([f.save, f.save_as])
        file_menu.addSeparator()
        file_menu.addAction(f.quit)
        self.file_menu = file_menu
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([e.undo, e.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([e.cut, e.copy, e.paste])
        edit_menu.addSeparator()
        edit_menu.addAction(e.select_all)
        self.edit_menu = edit_menu
        format_menu = bar.addMenu(self.tr("F&ormat"))
        format_menu.addActions([fmt.bold, fmt.italic, fmt.link])
        format_menu.addSeparator()
        format_menu.addActions([fmt.heading2, fmt.heading3, fmt.quote, fmt.bullet_list])
        self.format_menu = format_menu
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(v.toggle_preview)
        self.help_menu = bar.addMenu(self.tr("&Help"))

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        f, fmt = self.file_actions, self.format_actions
        toolbar.addActions([f.new, f.open, f.save])
        toolbar.addSeparator()
        toolbar.addActions([fmt.bold, fmt.italic, fmt.link, fmt.heading2, fmt.quote, fmt.bullet_list])
        self.toolbar = toolbar

    def _connect(self) -> None:
        f, e, fmt, v = self.file_actions, self.edit_actions, self.format_actions, self.view_actions
        editor = self.view.editor
        f.new.triggered.connect(self.new_file)
        f.open.triggered.connect(self._ask_open)
        f.save.triggered.connect(self.save)
        f.save_as.triggered.connect(self.save_as)
        f.quit.triggered.connect(self.close)
        e.undo.triggered.connect(editor.undo)
        e.redo.triggered.connect(editor.redo)
        e.cut.triggered.connect(editor.cut)
        e.copy.triggered.connect(editor.copy)
        e.paste.triggered.connect(editor.paste)
        e.select_all.triggered.connect(editor.selectAll)
        editor.undoAvailable.connect(e.undo.setEnabled)
        editor.redoAvailable.connect(e.redo.setEnabled)
        e.undo.setEnabled(False)
        e.redo.setEnabled(False)
        fmt.bold.triggered.connect(lambda: editor.toggle_inline("**"))
        fmt.italic.triggered.connect(lambda: editor.toggle_inline("*"))
        fmt.link.triggered.connect(lambda: editor.insert_link())
        fmt.heading2.triggered.connect(lambda: editor.set_heading(2))
        fmt.heading3.triggered.connect(lambda: editor.set_heading(3))
        fmt.quote.triggered.connect(editor.toggle_quote)
        fmt.bullet_list.triggered.connect(editor.toggle_list)
        v.toggle_preview.toggled.connect(self.view.preview.setVisible)
        editor.cursorPositionChanged.connect(self._update_position)
        self.view.modificationChanged.connect(self._update_title)
        self.view.pathChanged.connect(lambda _path: self._update_title())
        self.view.preview.linkClicked.connect(self._open_link)

    # ---- slots ------------------------------------------------------------------------
    def _ask_open(self) -> None:
        start = str(self.view.path.parent) if self.view.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open Article"), start, MARKDOWN_FILTER)
        if name:
            self.open_file(name)

    def _save_to(self, path: Path) -> bool:
        try:
            self.view.save(path)
        except FederError as exc:
            self._show_error(self.tr("The article was not saved"), exc)
            return False
        self._remember_recent(self.view.path)
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 4000)
        return True

    def _open_link(self, url: QUrl) -> None:
        """Links in the preview open in the browser only after the writer saw the address."""
        shown = url.toDisplayString()
        answer = QMessageBox.question(
            self,
            self.tr("Open link"),
            self.tr("Open this address in your web browser?\n\n{url}").format(url=shown),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)

    def _update_title(self, *_args) -> None:
        name = self.view.display_name() or self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — Feder")
        self.setWindowModified(self.view.is_modified())

    def _update_position(self) -> None:
        cursor = self.view.editor.textCursor()
        self.status_position.setText(
            self.tr("Line {line}, column {column}").format(
                line=cursor.blockNumber() + 1, column=cursor.positionInBlock() + 1
            )
        )

    def _remember_recent(self, path: Path | None) -> None:
        if path is not None:
            settings_store.add_recent_file(self.settings, str(path))
            self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = settings_store.recent_files(self.settings)
        for name in files:
            action = self.recent_menu.addAction(Path(name).name)
            action.setStatusTip(name)
            action.setToolTip(name)
            action.triggered.connect(lambda _=False, n=name: self.open_file(n))
        self.recent_menu.setEnabled(bool(files))

    def _show_error(self, title: str, error: FederError) -> None:
        QMessageBox.warning(self, title, error_text(error))

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.view.splitter.restoreState(splitter)

    def _save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.view.splitter.saveState())
        self.settings.sync()
