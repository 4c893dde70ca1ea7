"""The main window: wires the parts together (actions, article view, docks, status bar).

It holds no editing or file logic of its own; it decides which part handles
a request and shows errors as messages, never as tracebacks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QWidget,
)

from editor.core.authors.store import AuthorStore
from editor.core.files.recovery import RecoveryEntry, RecoveryStore
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
from editor.ui.editing.paste import paste_plain_action
from editor.ui.fields.image_dialog import ImageActions
from editor.ui.fields.panel import FieldsPanel, field_name
from editor.ui.publish.command import PublishCommand
from editor.ui.spelling.controller import SharedSpelling
from editor.ui.spelling.fields import FieldSpelling
from editor.ui.window.appearance_menu import AppearanceMenu
from editor.ui.window.article_commands import ArticleCommands
from editor.ui.window.check_runner import CheckRunner
from editor.ui.window.menus import build_menus, build_toolbar
from editor.ui.window.status_bar import ArticleStatus
from editor.ui.window.window_state import restore_window_state, save_window_state

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
        self.paste_plain = paste_plain_action(self)  # acts on the article in front, like the edit actions
        self.files = FileCommands(self, self.tabs, self.settings)
        self.commands = ArticleCommands(self)
        self.publish = PublishCommand(self, self.file_actions.send_wordpress, self._save_view)
        menus = build_menus(self)
        self.file_menu, self.publish_menu, self.edit_menu, self.format_menu = menus[:4]
        self.view_menu, self.tools_menu, self.help_menu = menus[4:]
        self.toolbar = build_toolbar(self)
        # With the menu bar and toolbar hidden (full screen) a shortcut works only if a
        # visible widget carries its action: the window itself does.
        self.addActions(self.window_actions())
        self._outline_line = -1
        self.status = ArticleStatus(self)
        self.status_stats = self.status.stats
        self._install_docks()
        self.checks = CheckRunner(self)
        self._install_appearance()
        self._connect()
        self._show_view(self.view)
        restore_window_state(self)

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
            view.document.autosave_quietly()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not all(self.files.maybe_save(view) for view in self.tabs.views()):
            event.ignore()
            return
        save_window_state(self)
        for view in self.tabs.views():
            view.release()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Leaving the window autosaves; coming back looks for changes on disk."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange:
            for view in self.tabs.views():
                if self.isActiveWindow():
                    view.document.check_disk()
                else:
                    view.document.autosave_quietly()

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
    def _connect(self) -> None:
        """The window's own actions and the panels, wired once; the editing actions follow
        the article in front (its ``action_links``, connected in ``_show_view``)."""
        f, e, v = self.file_actions, self.edit_actions, self.view_actions
        f.new.triggered.connect(self.files.new_file)
        f.open.triggered.connect(self.files.ask_open)
        f.save.triggered.connect(self.files.save)
        f.save_as.triggered.connect(self.files.save_as)
        f.close.triggered.connect(lambda: self.files.close_view(self.view))
        f.quit.triggered.connect(self.close)
        f.export.triggered.connect(self.commands.export)
        f.send_wordpress.triggered.connect(lambda: self.publish.send(self.view, self.checks.findings()))
        e.copy_html.triggered.connect(self.commands.copy_html)
        self.tool_actions.check.triggered.connect(self.checks.show)
        self.help_actions.cheat_sheet.triggered.connect(lambda: self.show_help(shortcuts=False))
        self.help_actions.shortcuts.triggered.connect(lambda: self.show_help(shortcuts=True))
        self.fields_panel.fieldEdited.connect(lambda key, value: self.view.set_field(key, value))
        self.fields_panel.undoRequested.connect(lambda: self.view.undo())
        self.fields_panel.redoRequested.connect(lambda: self.view.redo())
        self.fields_panel.toggleViewAction().toggled.connect(self._fields_visibility)
        self.outline_panel.headingActivated.connect(lambda line: self.view.go_to_line(line))
        self.outline_panel.visibilityChanged.connect(lambda shown: shown and self._show_outline())
        self.checks_panel.locationActivated.connect(lambda line: self.view.go_to_line(line))
        self.checks_panel.refreshRequested.connect(self.checks.run)
        self.checks_panel.fixRequested.connect(self.checks.apply_fix)
        self.checks_panel.visibilityChanged.connect(lambda shown: shown and self.checks.run())
        self.stats_panel.visibilityChanged.connect(self._stats_panel_shown)
        self.distraction_free = DistractionFree(
            self, also_hide=[self.tabs.tabBar()], switch_off=[v.toggle_preview, v.show_front_matter]
        )
        v.full_screen.toggled.connect(self.distraction_free.set_enabled)
        s = self.search_actions
        s.typography.toggled.connect(self._set_typography)
        self.author_sidebar.assignmentChanged.connect(lambda authors: self.view.set_field("authors", authors))
        self.tabs.currentViewChanged.connect(self._show_view)
        self.tabs.autosaveFailed.connect(lambda text: self.statusBar().showMessage(text, 10000))

    def _show_view(self, view: ArticleView) -> None:
        """Point the status bar, panels and toggles at the article now in front."""
        for signal, slot in self._view_links:
            signal.disconnect(slot)
        self._shown_view = view
        actions = view.action_links(
            self.edit_actions, self.format_actions, self.search_actions, self.view_actions,
            self.image_actions.insert_image, self.paste_plain,
        )
        self._view_links = [
            *actions,
            (view.cursorMoved, self.status.show_position),
            (view.statsChanged, self._show_stats),
            (view.articleChanged, self._article_changed),
            (view.document.modificationChanged, self._update_title),
            (view.document.pathChanged, self._update_title),
            (view.linkClicked, self.commands.open_link),
            (view.cursorMoved, self._cursor_to_outline),
            (view.frontMatterRevealRequested, self._reveal_front_matter),
            (view.fieldsReplaced, self._show_replaced_fields),
            (view.historyStepped, self._show_history_step),
            (view.openRequested, self.files.ask_open),
            (view.sampleRequested, self.commands.open_sample),
        ]
        for signal, slot in self._view_links:
            signal.connect(slot)
        self.status.follow_spelling(
            view.spelling, self.tools_menu, self.search_actions.typography, lambda lang: view.set_field("lang", lang)
        )
        self.author_sidebar.spell_controller = view.spelling
        self.field_spelling.set_controller(view.spelling)
        self.field_spelling.ignore_in_article = view.ignore_in_article
        self._update_title()
        self.status.show_position(*view.cursor_position())
        self._article_changed(view.article)
        self._show_stats(view.last_stats)  # this article's counts, not the last tab's
        view.focus_editor()

    def _install_docks(self) -> None:
        """Article panels (fields, authors, outline) on the left as tabs; checks and
        statistics on the right, shown when asked for."""
        self.fields_panel = FieldsPanel(self)
        # Hidden at start (tabbed behind the fields, or closed): built when first shown.
        self.author_sidebar = AuthorSidebar(AuthorStore(), self, spell_controller=None, lazy=True)
        self.outline_panel = OutlinePanel(self, lazy=True)
        self.checks_panel = ChecksPanel(self, lazy=True)
        self.stats_panel = StatsPanel(self, lazy=True)
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

    def _install_appearance(self) -> None:
        self.appearance_menu = AppearanceMenu(self.settings, self)
        self.view_menu.addMenu(self.appearance_menu)
        for view in self.tabs.views():
            self.appearance_menu.add_view(view)
        self.tabs.viewAdded.connect(self.appearance_menu.add_view)
        typography = self.settings.value("editor/typography")
        self.tabs.set_typography(None if typography is None else str(typography).lower() == "true")

    # ---- slots ------------------------------------------------------------------------
    def _set_typography(self, enabled: bool) -> None:
        self.tabs.set_typography(enabled)
        self.settings.setValue("editor/typography", enabled)

    def _article_changed(self, article) -> None:
        self.fields_panel.set_article(article)
        if self.outline_panel.is_on_screen():  # 0.1-0.3 s at 100k words: only for a shown outline
            self._show_outline()
        if self.checks_panel.is_on_screen():
            self.checks.timer.start()  # checking a long article takes a moment: not per keystroke
        self.author_sidebar.setEnabled(article.meta_error is None)  # never write into broken YAML
        self.author_sidebar.set_article_authors(article.authors)
        action = self.search_actions.typography
        action.blockSignals(True)
        action.setChecked(self.view.typography_on())
        action.blockSignals(False)

    def _show_stats(self, stats: Stats | None) -> None:
        self.status.show_stats(stats)
        if stats is None:
            return
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
        self.view.ensure_cursor_visible()

    def _show_outline(self) -> None:
        self.outline_panel.set_headings(outline(self.view.document.text()))

    def _cursor_to_outline(self, line: int, _column: int) -> None:
        if line != self._outline_line:  # typing stays on one line: nothing to do
            self._outline_line = line
            self.outline_panel.set_current_line(line)

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

    def _save_view(self, view: ArticleView) -> bool:
        self.tabs.setCurrentWidget(view)
        return self.files.save_to(view.path)

    def _fields_visibility(self, shown: bool) -> None:
        """With the fields panel closed, the YAML is the only way to the fields: show it."""
        if not shown:
            self.view_actions.show_front_matter.setChecked(True)

    def _update_title(self, *_args) -> None:
        name = self.view.display_name() or self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — Feder")
        self.setWindowModified(self.view.is_modified())
