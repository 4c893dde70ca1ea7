"""The main window: wires the parts together (actions, article view, docks, status bar).

It holds no editing or file logic of its own; it decides which part handles
a request and shows errors as messages, never as tracebacks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from editor.core.authors.store import AuthorStore
from editor.core.files.recovery import RecoveryEntry, RecoveryStore
from editor.core.messages import FederError
from editor.core.text.outline import outline
from editor.ui import settings as settings_store
from editor.ui.actions import (
    EditActions,
    FileActions,
    FormatActions,
    HelpActions,
    SearchActions,
    ToolActions,
    ViewActions,
)
from editor.ui.article.article_tabs import ArticleTabs
from editor.ui.article.article_view import ArticleView
from editor.ui.article.file_commands import FileCommands
from editor.ui.authors.sidebar import AuthorSidebar
from editor.ui.checks.outline_panel import OutlinePanel
from editor.ui.checks.panel import ChecksPanel
from editor.ui.checks.stats_panel import StatsPanel
from editor.ui.editing.focus_mode import DistractionFree
from editor.ui.editing.paste import make_paste_plain_action
from editor.ui.fields.image_dialog import ImageActions, insert_or_edit_figure
from editor.ui.fields.panel import FieldsPanel, field_name
from editor.ui.publish.command import PublishCommand
from editor.ui.spelling.controller import SharedSpelling
from editor.ui.spelling.fields import FieldSpelling
from editor.ui.spelling.menus import LanguageMenu, LanguageStatusButton
from editor.ui.window.appearance_menu import AppearanceMenu
from editor.ui.window.language_setting import make_interface_language_menu

if TYPE_CHECKING:
    from editor.core.preview.stats import Stats


class MainWindow(QMainWindow):
    """One window with the open articles (editor + preview each, in tabs) and side panels."""

    def __init__(self, parent: QWidget | None = None, recovery: RecoveryStore | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings_store.open_settings()
        self.spelling = SharedSpelling(parent=self)  # one spelling state for every tab and field
        self.tabs = ArticleTabs(self, recovery, self.spelling)
        self.setCentralWidget(self.tabs)
        self._view_links: list[tuple[object, object]] = []
        self._shown_view: ArticleView | None = None
        self.tabs.add_view()
        self.file_actions = FileActions(self)
        self.edit_actions = EditActions(self)
        self.format_actions = FormatActions(self)
        self.view_actions = ViewActions(self)
        self.search_actions = SearchActions(self)
        self.tool_actions = ToolActions(self)
        self.help_actions = HelpActions(self)
        self.image_actions = ImageActions(self)
        self.paste_plain = make_paste_plain_action(self, lambda: self.view.editor)
        self.files = FileCommands(self, self.tabs, self.settings)
        self.publish = PublishCommand(self, self.file_actions.send_wordpress, self._save_view)
        self.status_stats = QLabel(self)
        self.status_position = QLabel(self)
        self.language_button: LanguageStatusButton | None = None
        self.language_menu: LanguageMenu | None = None
        self._build_menus()
        self._build_toolbar()
        # With the menu bar and toolbar hidden (full screen) a shortcut works only if a
        # visible widget carries its action: the window itself does.
        self.addActions(self.window_actions())
        self._outline_line = -1
        for label in (self.status_stats, self.status_position):
            label.setContentsMargins(6, 0, 10, 0)
        # A fixed width: a new column number must not re-lay out the status bar per keystroke.
        self.status_position.setMinimumWidth(
            self.status_position.fontMetrics().horizontalAdvance(self.tr("Line {line}, column {column}").format(line=99999, column=9999)) + 16
        )
        self.statusBar().addPermanentWidget(self.status_stats)
        self.statusBar().addPermanentWidget(self.status_position)
        self._install_docks()
        self._install_appearance()
        self._connect()
        self._show_view(self.view)
        self._restore_state()

    @property
    def recovery(self) -> RecoveryStore:
        return self.tabs.recovery

    @property
    def view(self) -> ArticleView:
        """The article in the current tab."""
        return self.tabs.current()

    # ---- files (the commands live in FileCommands) --------------------------------------
    def open_file(self, path: Path | str) -> bool:
        return self.files.open_file(path)

    def open_handed_over(self, files: list[str]) -> None:
        """Files from a second `feder` start: open them as tabs and come to the front."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
        for name in files:
            self.open_file(name)

    def save(self) -> bool:
        return self.files.save()

    def new_file(self) -> None:
        self.files.new_file()

    def maybe_save(self, view: ArticleView | None = None) -> bool:
        return self.files.maybe_save(view)

    def close_view(self, view: ArticleView) -> bool:
        return self.files.close_view(view)

    def restore_session(self) -> None:
        self.files.restore_session()

    def restore_recovered(self, entry: RecoveryEntry) -> None:
        self.files.restore_recovered(entry)

    def open_files(self) -> list[str]:
        """Paths of the open, saved articles (restored at the next start)."""
        return [str(v.path) for v in self.tabs.views() if v.path is not None]

    def autosave_now(self) -> None:
        for view in self.tabs.views():
            view.autosave_quietly()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not all(self.files.maybe_save(view) for view in self.tabs.views()):
            event.ignore()
            return
        self._save_state()
        for view in self.tabs.views():
            view.close_document()
            view.renderer.shutdown()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Leaving the window autosaves; coming back looks for changes on disk."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange:
            for view in self.tabs.views():
                if self.isActiveWindow():
                    view.watcher.check_now()
                else:
                    view.autosave_quietly()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Esc that nobody else wanted leaves full screen, then focus mode: never a trap."""
        if event.key() == Qt.Key.Key_Escape and self.leave_writing_modes():
            event.accept()
            return
        super().keyPressEvent(event)

    def leave_writing_modes(self) -> bool:
        """Leave distraction-free full screen, or else focus mode; False if neither was on."""
        v = self.view_actions
        for action in (v.full_screen, v.focus_mode):
            if action.isChecked():
                action.setChecked(False)
                return True
        return False

    def window_actions(self) -> list[QAction]:
        """Every action with a shortcut, so the window can carry them all."""
        groups = (
            self.file_actions, self.edit_actions, self.format_actions, self.view_actions,
            self.search_actions, self.tool_actions, self.image_actions, self.help_actions,
        )
        actions = [a for group in groups for a in vars(group).values() if isinstance(a, QAction)]
        return [*actions, self.paste_plain]

    # ---- wiring -----------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        f, e, fmt, v = self.file_actions, self.edit_actions, self.format_actions, self.view_actions
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([f.new, f.open])
        file_menu.addMenu(self.files.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([f.save, f.save_as])
        file_menu.addSeparator()
        file_menu.addAction(f.export)
        self.publish_menu = file_menu.addMenu(self.tr("&Publish"))
        self.publish_menu.setToolTipsVisible(True)  # says why sending is greyed out offline
        self.publish_menu.addAction(f.send_wordpress)
        file_menu.addSeparator()
        file_menu.addAction(f.close)
        file_menu.addSeparator()
        file_menu.addAction(f.quit)
        self.file_menu = file_menu
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([e.undo, e.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([e.cut, e.copy, e.copy_html, e.paste, self.paste_plain])
        edit_menu.addSeparator()
        edit_menu.addAction(e.select_all)
        edit_menu.addSeparator()
        edit_menu.addActions([self.search_actions.find, self.search_actions.replace])
        self.edit_menu = edit_menu
        format_menu = bar.addMenu(self.tr("F&ormat"))
        format_menu.addActions([fmt.bold, fmt.italic, fmt.link])
        format_menu.addSeparator()
        format_menu.addActions([fmt.heading2, fmt.heading3, fmt.quote, fmt.bullet_list])
        format_menu.addSeparator()
        format_menu.addAction(self.image_actions.insert_image)
        self.format_menu = format_menu
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addActions([v.toggle_preview, v.show_front_matter])
        self.view_menu.addSeparator()
        self.view_menu.addActions([v.focus_mode, v.typewriter, v.full_screen])
        self.view_menu.addSeparator()
        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.tools_menu.addAction(self.tool_actions.check)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.search_actions.typography)
        self.tools_menu.addSeparator()
        self.tools_menu.addMenu(make_interface_language_menu(self, self.settings))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addActions([self.help_actions.cheat_sheet, self.help_actions.shortcuts])
        self.help_menu.addSeparator()
        about = self.help_menu.addAction(self.tr("&About Feder"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._show_about)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        f, fmt = self.file_actions, self.format_actions
        toolbar.addActions([f.new, f.open, f.save])
        toolbar.addSeparator()
        toolbar.addActions([fmt.bold, fmt.italic, fmt.link, fmt.heading2, fmt.quote, fmt.bullet_list])
        toolbar.addAction(self.image_actions.insert_image)
        toolbar.addSeparator()
        toolbar.addAction(self.tool_actions.check)
        self.toolbar = toolbar

    def _connect(self) -> None:
        """Actions act on whichever article is current, so they are wired once."""
        f, e, fmt, v = self.file_actions, self.edit_actions, self.format_actions, self.view_actions
        f.new.triggered.connect(self.files.new_file)
        f.open.triggered.connect(self.files.ask_open)
        f.save.triggered.connect(self.files.save)
        f.save_as.triggered.connect(self.files.save_as)
        f.close.triggered.connect(lambda: self.files.close_view(self.view))
        f.quit.triggered.connect(self.close)
        f.export.triggered.connect(self._export)
        f.send_wordpress.triggered.connect(lambda: self.publish.send(self.view, self._findings()))
        e.copy_html.triggered.connect(self._copy_html)
        e.undo.triggered.connect(lambda: self.view.undo())
        e.redo.triggered.connect(lambda: self.view.redo())
        e.cut.triggered.connect(lambda: self.view.editor.cut())
        e.copy.triggered.connect(lambda: self.view.editor.copy())
        e.paste.triggered.connect(lambda: self.view.editor.paste())
        e.select_all.triggered.connect(lambda: self.view.editor.selectAll())
        fmt.bold.triggered.connect(lambda: self.view.editor.toggle_inline("**"))
        fmt.italic.triggered.connect(lambda: self.view.editor.toggle_inline("*"))
        fmt.link.triggered.connect(lambda: self.view.editor.insert_link())
        fmt.heading2.triggered.connect(lambda: self.view.editor.set_heading(2))
        fmt.heading3.triggered.connect(lambda: self.view.editor.set_heading(3))
        fmt.quote.triggered.connect(lambda: self.view.editor.toggle_quote())
        fmt.bullet_list.triggered.connect(lambda: self.view.editor.toggle_list())
        v.toggle_preview.toggled.connect(lambda on: self.view.preview.setVisible(on))
        v.show_front_matter.toggled.connect(lambda on: self.view.front_matter_fold.set_enabled(not on))
        self.tool_actions.check.triggered.connect(self._show_checks)
        self.help_actions.cheat_sheet.triggered.connect(lambda: self.show_help(shortcuts=False))
        self.help_actions.shortcuts.triggered.connect(lambda: self.show_help(shortcuts=True))
        self.image_actions.insert_image.triggered.connect(
            lambda: insert_or_edit_figure(self.view.editor, self.view.path.parent if self.view.path else None)
        )
        self.fields_panel.fieldEdited.connect(lambda key, value: self.view.set_field(key, value))
        self.fields_panel.undoRequested.connect(lambda: self.view.undo())
        self.fields_panel.redoRequested.connect(lambda: self.view.redo())
        self.fields_panel.toggleViewAction().toggled.connect(self._fields_visibility)
        self.outline_panel.headingActivated.connect(self._go_to_line)
        self.checks_panel.locationActivated.connect(self._go_to_line)
        self.checks_panel.refreshRequested.connect(self._run_checks)
        self.checks_panel.fixRequested.connect(self._apply_fix)
        self.checks_panel.visibilityChanged.connect(lambda shown: shown and self._run_checks())
        self.stats_panel.visibilityChanged.connect(self._stats_panel_shown)
        v.focus_mode.toggled.connect(lambda on: self.view.focus_mode.set_enabled(on))
        v.typewriter.toggled.connect(lambda on: self.view.typewriter.set_enabled(on))
        self.distraction_free = DistractionFree(
            self, also_hide=[self.tabs.tabBar()], switch_off=[v.toggle_preview, v.show_front_matter]
        )
        v.full_screen.toggled.connect(self.distraction_free.set_enabled)
        s = self.search_actions
        s.find.triggered.connect(lambda: self.view.find_bar.show_find())
        s.replace.triggered.connect(lambda: self.view.find_bar.show_replace())
        s.typography.toggled.connect(self._set_typography)
        self.author_sidebar.assignmentChanged.connect(lambda authors: self.view.set_field("authors", authors))
        self.tabs.currentViewChanged.connect(self._show_view)
        self.tabs.autosaveFailed.connect(lambda text: self.statusBar().showMessage(text, 10000))

    def _show_view(self, view: ArticleView) -> None:
        """Point the status bar, panels and toggles at the article now in front."""
        for signal, slot in self._view_links:
            signal.disconnect(slot)
        self._shown_view = view
        self._view_links = [
            (view.editor.undoAvailable, self.edit_actions.undo.setEnabled),
            (view.editor.redoAvailable, self.edit_actions.redo.setEnabled),
            (view.editor.cursorPositionChanged, self._update_position),
            (view.statsChanged, self._show_stats),
            (view.articleChanged, self._article_changed),
            (view.modificationChanged, self._update_title),
            (view.pathChanged, self._update_title),
            (view.preview.linkClicked, self._open_link),
            (view.editor.cursorPositionChanged, self._cursor_to_outline),
            (view.front_matter_fold.revealRequested, self._reveal_front_matter),
            (view.find_bar.fieldsReplaced, self._show_replaced_fields),
            (view.historyStepped, self._show_history_step),
            (view.start_hint.openRequested, self.files.ask_open),
            (view.start_hint.sampleRequested, self._open_sample),
        ]
        for signal, slot in self._view_links:
            signal.connect(slot)
        document = view.editor.document()
        self.edit_actions.undo.setEnabled(document.isUndoAvailable())
        self.edit_actions.redo.setEnabled(document.isRedoAvailable())
        v = self.view_actions
        view.preview.setVisible(v.toggle_preview.isChecked())
        view.focus_mode.set_enabled(v.focus_mode.isChecked())
        view.typewriter.set_enabled(v.typewriter.isChecked())
        view.front_matter_fold.set_enabled(not v.show_front_matter.isChecked())
        self._replace_language_widgets(view)
        self.author_sidebar.spell_controller = view.spelling
        self.field_spelling.set_controller(view.spelling)
        self.field_spelling.ignore_in_article = view.ignore_in_article
        self._update_title()
        self._update_position()
        self._article_changed(view.article)
        self._show_stats(view.last_stats)  # this article's counts, not the last tab's
        view.editor.setFocus()

    def _replace_language_widgets(self, view: ArticleView) -> None:
        """The spelling language belongs to the article: rebuild its menu and button."""
        if self.language_button is not None:
            self.statusBar().removeWidget(self.language_button)
            self.language_button.deleteLater()
        if self.language_menu is not None:
            self.tools_menu.removeAction(self.language_menu.menuAction())
            self.language_menu.deleteLater()
        self.language_button = LanguageStatusButton(view.spelling, self)
        self.statusBar().addPermanentWidget(self.language_button)
        self.language_button.show()
        self.language_menu = LanguageMenu(view.spelling, self)
        self.tools_menu.insertMenu(self.search_actions.typography, self.language_menu)
        for chooser in (self.language_menu, self.language_button):
            chooser.languageChosen.connect(lambda lang, v=view: v.set_field("lang", lang))

    def _install_docks(self) -> None:
        """Article panels (fields, authors, outline) on the left as tabs; checks and
        statistics on the right, shown when asked for."""
        self.fields_panel = FieldsPanel(self)
        self.author_sidebar = AuthorSidebar(AuthorStore(), self, spell_controller=None)
        self.outline_panel = OutlinePanel(self)
        self.checks_panel = ChecksPanel(self)
        self.stats_panel = StatsPanel(self)
        self.stats_panel.setObjectName("statsPanel")
        groups = (
            (Qt.DockWidgetArea.LeftDockWidgetArea, (self.fields_panel, self.author_sidebar, self.outline_panel)),
            (Qt.DockWidgetArea.RightDockWidgetArea, (self.checks_panel, self.stats_panel)),
        )
        for area, docks in groups:
            for dock in docks:
                self.addDockWidget(area, dock)
                self.view_menu.addAction(dock.toggleViewAction())
            for dock in docks[1:]:
                self.tabifyDockWidget(docks[0], dock)
        self.fields_panel.raise_()
        self.checks_panel.hide()
        self.stats_panel.hide()
        fp = self.fields_panel
        self.field_spelling = FieldSpelling(
            [fp.kicker, fp.headline, fp.teaser, fp.image_alt, fp.image_caption, fp.image_credit], self
        )
        self._checks_timer = QTimer(self)
        self._checks_timer.setSingleShot(True)
        self._checks_timer.setInterval(1500)
        self._checks_timer.timeout.connect(self._run_checks)

    def _install_appearance(self) -> None:
        self.appearance_menu = AppearanceMenu(self.settings, self)
        self.view_menu.addMenu(self.appearance_menu)
        for view in self.tabs.views():
            self.appearance_menu.add_view(view)
        self.tabs.viewAdded.connect(self.appearance_menu.add_view)
        typography = self.settings.value("editor/typography")
        self._typography: bool | None = None if typography is None else str(typography).lower() == "true"
        for view in self.tabs.views():
            view.typography_enabled = self._typography
        self.tabs.viewAdded.connect(lambda view: setattr(view, "typography_enabled", self._typography))

    # ---- slots ------------------------------------------------------------------------
    def _set_typography(self, enabled: bool) -> None:
        self._typography = enabled
        for view in self.tabs.views():
            view.typography_enabled = enabled
        self.settings.setValue("editor/typography", enabled)

    def _article_changed(self, article) -> None:
        self.fields_panel.set_article(article)
        self.outline_panel.set_headings(outline(self.view.editor.text()))
        if self.checks_panel.isVisible():
            self._checks_timer.start()  # checking a long article takes a moment: not per keystroke
        self.author_sidebar.setEnabled(article.meta_error is None)  # never write into broken YAML
        self.author_sidebar.set_article_authors(article.authors)
        action = self.search_actions.typography
        action.blockSignals(True)
        action.setChecked(self.view.typography_on())
        action.blockSignals(False)

    def _show_stats(self, stats: Stats | None) -> None:
        """The counts of the article in front; empty until its first count arrives."""
        if stats is None:
            self.status_stats.clear()
            self.status_stats.setToolTip("")
            return
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
            self.stats_panel.set_stats(stats, self.view, self.view.session_start_words)

    def _show_history_step(self, keys: list[str], redo: bool) -> None:
        """An undo or redo changed fields or authors: show where, even if that panel was hidden."""
        names = ", ".join(field_name(key) for key in keys)
        text = self.tr("Redone: {names}") if redo else self.tr("Undone: {names}")
        self.statusBar().showMessage(text.format(names=names), 10000)
        if "authors" in keys:
            self.author_sidebar.show()
            self.author_sidebar.raise_()
            return
        shown = [key for key in keys if self.fields_panel.field_widget(key) is not None]
        if shown and not self.distraction_free.is_enabled():
            self.fields_panel.show()
            self.fields_panel.select_field(shown[0])

    def _show_replaced_fields(self, keys: list[str]) -> None:
        """Replace reached the fields: show the panel with the changed fields marked."""
        self.view.parse_now()  # the panel shows the new values before they are marked
        self.fields_panel.show()
        self.fields_panel.raise_()
        self.fields_panel.mark_changed(keys)
        if "authors" in keys:
            self.author_sidebar.show()
        names = ", ".join(field_name(key) for key in keys)
        self.statusBar().showMessage(self.tr("Replaced in the fields: {names}").format(names=names), 10000)

    def _stats_panel_shown(self, shown: bool) -> None:
        """Opened: show the counts at once, not after the next keystroke."""
        view = self.view
        if shown and view.last_stats is not None:
            self.stats_panel.set_stats(view.last_stats, view, view.session_start_words)

    def _reveal_front_matter(self) -> None:
        self.view_actions.show_front_matter.setChecked(True)
        self.view.editor.ensureCursorVisible()

    def _go_to_line(self, line: int) -> None:
        self.view.editor.go_to_line(line)
        self.view.preview.scroll_to_line(line)

    def _cursor_to_outline(self) -> None:
        line = self.view.editor.textCursor().blockNumber()
        if line != self._outline_line:  # typing stays on one line: nothing to do
            self._outline_line = line
            self.outline_panel.set_current_line(line)

    def _show_checks(self) -> None:
        self.checks_panel.show()
        self.checks_panel.raise_()
        self._run_checks()

    def show_help(self, shortcuts: bool = False) -> QWidget:
        """The cheat sheet or the shortcut list (not modal: it may stay open beside the text)."""
        from editor.ui.window.help_dialog import (  # loaded when asked for
            CHEAT_SHEET,
            SHORTCUTS,
            HelpDialog,
        )

        dialog = HelpDialog(self.window_actions(), self, SHORTCUTS if shortcuts else CHEAT_SHEET)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.help_dialog = dialog
        return dialog

    def _open_sample(self) -> None:
        from editor import paths

        self.open_file(paths.sample_article())

    def _show_about(self) -> None:
        from editor.ui.window.about_dialog import AboutDialog  # loaded when asked for

        AboutDialog(self).exec()

    def _run_checks(self) -> None:
        self._checked_text = self.view.editor.text()  # where the findings' fixes apply
        self.checks_panel.set_findings(self._findings())

    def _save_view(self, view: ArticleView) -> bool:
        self.tabs.setCurrentWidget(view)
        return self.files.save_to(view.path)

    def _findings(self) -> list:
        """The pre-publish check of the current article, with the panel's limits."""
        from editor.core.checks.rules import run_checks  # loaded when asked for

        view = self.view
        headline, teaser = self.fields_panel.limits()
        return run_checks(
            view.parse_now(), view.editor.text(), headline_limit=headline, teaser_limit=teaser,
            speller=view.spelling.service,
        )

    def _apply_fix(self, finding) -> None:
        """Apply a finding's one-click fix as one undo step, then check again.

        A fix is placed by line and column of the text that was checked; if the
        text changed since, the check runs again instead of editing the wrong place.
        """
        editor = self.view.editor
        text = editor.text()
        if text == getattr(self, "_checked_text", None) and finding.fix is not None:
            editor.apply_text(finding.fix.apply(text))
        self._run_checks()

    def _fields_visibility(self, shown: bool) -> None:
        """With the fields panel closed, the YAML is the only way to the fields: show it."""
        if not shown:
            self.view_actions.show_front_matter.setChecked(True)

    def _export(self) -> None:
        from editor.ui.export.dialog import export_article, export_message  # loaded when asked for

        exported = export_article(self.view.parse_now(), self, self.settings)
        if exported is not None:
            self.statusBar().showMessage(export_message(*exported), 8000)

    def _copy_html(self) -> None:
        from editor.ui.export.dialog import copy_article_html  # loaded when asked for

        try:
            copy_article_html(self.view.parse_now())
        except FederError as exc:
            self.files.show_error(self.tr("The article was not copied"), exc)
            return
        self.statusBar().showMessage(self.tr("Article copied as HTML"), 3000)

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

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 880)
            self.resizeDocks([self.fields_panel], [400], Qt.Orientation.Horizontal)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.view.splitter.restoreState(splitter)

    def _save_state(self) -> None:
        settings_store.set_session_files(self.settings, self.open_files())
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.view.splitter.saveState())
        self.settings.sync()
