"""The main window: wires the parts together (actions, article view, docks, status bar).

It holds no editing or file logic of its own; it decides which part handles
a request and shows errors as messages, never as tracebacks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from editor.core.authors import AuthorStore
from editor.core.messages import FederError
from editor.core.stats import Stats
from editor.i18n import error_text
from editor.ui import settings as settings_store
from editor.ui.about_dialog import AboutDialog
from editor.ui.actions import EditActions, FileActions, FormatActions, SearchActions, ViewActions
from editor.ui.article_view import ArticleView
from editor.ui.author_sidebar import AuthorSidebar
from editor.ui.focus_mode import DistractionFree
from editor.ui.paste import make_paste_plain_action
from editor.ui.spelling import LanguageMenu, LanguageStatusButton
from editor.ui.stats_panel import StatsPanel
from editor.ui.theme import Appearance, ThemeNotifier, apply_theme, make_theme_menu, preview_theme

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
        self.search_actions = SearchActions(self)
        self.paste_plain = make_paste_plain_action(self, lambda: self.view.editor)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.status_stats = QLabel(self)
        self.status_position = QLabel(self)
        self.language_button = LanguageStatusButton(self.view.spelling, self)
        self._build_menus()
        self._build_toolbar()
        self.statusBar().addPermanentWidget(self.status_stats)
        self.statusBar().addPermanentWidget(self.status_position)
        self.statusBar().addPermanentWidget(self.language_button)
        self._install_docks()
        self._install_appearance()
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
        edit_menu.addActions([e.cut, e.copy, e.paste, self.paste_plain])
        edit_menu.addSeparator()
        edit_menu.addAction(e.select_all)
        edit_menu.addSeparator()
        edit_menu.addActions([self.search_actions.find, self.search_actions.replace])
        self.edit_menu = edit_menu
        format_menu = bar.addMenu(self.tr("F&ormat"))
        format_menu.addActions([fmt.bold, fmt.italic, fmt.link])
        format_menu.addSeparator()
        format_menu.addActions([fmt.heading2, fmt.heading3, fmt.quote, fmt.bullet_list])
        self.format_menu = format_menu
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(v.toggle_preview)
        self.view_menu.addSeparator()
        self.view_menu.addActions([v.focus_mode, v.typewriter, v.full_screen])
        self.view_menu.addSeparator()
        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.language_menu = LanguageMenu(self.view.spelling, self)
        self.tools_menu.addMenu(self.language_menu)
        self.tools_menu.addAction(self.search_actions.typography)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        about = self.help_menu.addAction(self.tr("&About Feder"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(lambda: AboutDialog(self).exec())

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
        v.focus_mode.toggled.connect(self.view.focus_mode.set_enabled)
        v.typewriter.toggled.connect(self.view.typewriter.set_enabled)
        self.distraction_free = DistractionFree(self, also_hide=[self.view.preview])
        v.full_screen.toggled.connect(self.distraction_free.set_enabled)
        s = self.search_actions
        s.find.triggered.connect(self.view.find_bar.show_find)
        s.replace.triggered.connect(self.view.find_bar.show_replace)
        s.typography.toggled.connect(self._set_typography)
        for chooser in (self.language_menu, self.language_button):
            chooser.languageChosen.connect(lambda lang: self.view.set_field("lang", lang))
        self.view.statsChanged.connect(self._show_stats)
        self.view.articleChanged.connect(self._article_changed)
        self.author_sidebar.assignmentChanged.connect(lambda authors: self.view.set_field("authors", authors))
        editor.cursorPositionChanged.connect(self._update_position)
        self.view.modificationChanged.connect(self._update_title)
        self.view.pathChanged.connect(lambda _path: self._update_title())
        self.view.preview.linkClicked.connect(self._open_link)

    def _install_docks(self) -> None:
        area = Qt.DockWidgetArea.RightDockWidgetArea
        self.author_sidebar = AuthorSidebar(AuthorStore(), self, spell_controller=self.view.spelling)
        self.stats_panel = StatsPanel(self)
        self.stats_panel.setObjectName("statsPanel")
        for dock in (self.author_sidebar, self.stats_panel):
            self.addDockWidget(area, dock)
            self.view_menu.addAction(dock.toggleViewAction())
        self.tabifyDockWidget(self.author_sidebar, self.stats_panel)
        self.author_sidebar.raise_()
        self.stats_panel.hide()

    def _install_appearance(self) -> None:
        app = QApplication.instance()
        self.appearance = Appearance.load(self.settings)
        apply_theme(app, self.appearance.theme)
        self.appearance.apply_to_editor(self.view.editor)
        self.view_menu.addMenu(make_theme_menu(self, self.appearance.theme, self._choose_theme))
        self.theme_notifier = ThemeNotifier(app, self)
        self.theme_notifier.darkChanged.connect(self._dark_changed)
        self._dark_changed(self.theme_notifier.is_dark())
        typography = self.settings.value("editor/typography")
        if typography is not None:
            self.view.typography_enabled = str(typography).lower() == "true"

    # ---- slots ------------------------------------------------------------------------
    def _choose_theme(self, mode: str) -> None:
        self.appearance.theme = mode
        self.appearance.save(self.settings)
        apply_theme(QApplication.instance(), mode)

    def _dark_changed(self, dark: bool) -> None:
        self.view.preview.set_theme(preview_theme(dark))
        self.view.highlighter.refresh_colors()

    def _set_typography(self, enabled: bool) -> None:
        self.view.typography_enabled = enabled
        self.settings.setValue("editor/typography", enabled)

    def _article_changed(self, article) -> None:
        self.author_sidebar.setEnabled(article.meta_error is None)  # never write into broken YAML
        self.author_sidebar.set_article_authors(article.authors)
        action = self.search_actions.typography
        action.blockSignals(True)
        action.setChecked(self.view.typography_on())
        action.blockSignals(False)

    def _show_stats(self, stats: Stats) -> None:
        locale = QLocale()
        self.status_stats.setText(
            self.tr("{words} words · {chars} characters · {minutes} min read").format(
                words=locale.toString(stats.words),
                chars=locale.toString(stats.characters),
                minutes=stats.reading_minutes,
            )
        )
        self.status_stats.setToolTip(
            self.tr("{chars} characters without spaces, counted on the text as published").format(
                chars=locale.toString(stats.characters_no_spaces)
            )
        )
        if self.stats_panel.wants_stats():
            self.stats_panel.set_stats(stats, self.view.path)

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
