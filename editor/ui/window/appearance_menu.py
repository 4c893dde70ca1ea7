"""How Feder looks: theme, editor font, text width and the preview's stylesheet.

One object owns these settings and applies them to every open article, so
the main window only adds its menu and tells it about new tabs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont
from PySide6.QtWidgets import QApplication, QFileDialog, QFontDialog, QMenu, QWidget

from editor.ui.article.article_view import ArticleView
from editor.ui.window.theme import (
    Appearance,
    ThemeNotifier,
    apply_theme,
    make_theme_menu,
    preview_theme,
)

#: Text widths offered, in characters (0 = as wide as the editor).
TEXT_WIDTHS = (0, 60, 72, 80, 100)


class AppearanceMenu(QMenu):
    """View → Appearance: applies the writer's choices to all articles and remembers them."""

    stylesheetChanged = Signal(object)  # Path | None

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("AppearanceMenu", "&Appearance"), parent)
        self.settings = settings
        self.appearance = Appearance.load(settings)
        self._views: list[ArticleView] = []
        app = QApplication.instance()
        apply_theme(app, self.appearance.theme)
        self.notifier = ThemeNotifier(app, self)
        self.notifier.darkChanged.connect(self._apply_dark)
        self.addMenu(make_theme_menu(self, self.appearance.theme, self._choose_theme))
        font = self.addAction(QCoreApplication.translate("AppearanceMenu", "Editor &Font…"))
        font.triggered.connect(self._choose_font)
        self.addMenu(self._width_menu())
        self.addSeparator()
        site = self.addAction(QCoreApplication.translate("AppearanceMenu", "Use the Site’s &Stylesheet…"))
        site.setStatusTip(
            QCoreApplication.translate("AppearanceMenu", "Preview with your website's own CSS file")
        )
        site.triggered.connect(self._choose_stylesheet)
        default = self.addAction(QCoreApplication.translate("AppearanceMenu", "Use Feder’s Stylesheet"))
        default.triggered.connect(lambda: self.set_stylesheet(None))

    # ---- public -------------------------------------------------------------------------
    def stylesheet(self) -> Path | None:
        value = str(self.settings.value("preview/stylesheet", "") or "")
        return Path(value) if value and Path(value).is_file() else None

    def set_stylesheet(self, path: Path | None) -> None:
        self.settings.setValue("preview/stylesheet", str(path) if path else "")
        for view in self._live_views():
            view.preview.set_stylesheet(path)
        self.stylesheetChanged.emit(path)

    def add_view(self, view: ArticleView) -> None:
        """Give a newly opened article the current look."""
        self._views.append(view)
        view.destroyed.connect(lambda _=None, v=view: self._views.remove(v) if v in self._views else None)
        self.appearance.apply_to_editor(view.editor)
        view.preview.set_stylesheet(self.stylesheet())
        self._style_view(view, self.notifier.is_dark())

    # ---- internals ----------------------------------------------------------------------
    def _live_views(self) -> list[ArticleView]:
        return list(self._views)

    def _choose_theme(self, mode: str) -> None:
        self.appearance.theme = mode
        self.appearance.save(self.settings)
        apply_theme(QApplication.instance(), mode)
        self._apply_dark(self.notifier.is_dark())

    def _apply_dark(self, dark: bool) -> None:
        for view in self._live_views():
            self._style_view(view, dark)

    @staticmethod
    def _style_view(view: ArticleView, dark: bool) -> None:
        view.preview.set_theme(preview_theme(dark))
        view.highlighter.refresh_colors()

    def _choose_font(self) -> None:
        current = self._views[0].editor.font() if self._views else QFont()
        ok, font = QFontDialog.getFont(current, self.parentWidget(),
                                       QCoreApplication.translate("AppearanceMenu", "Editor Font"))
        if not ok:
            return
        self.appearance.font_family = font.family()
        self.appearance.font_size = font.pointSizeF()
        self._save_and_apply()

    def _width_menu(self) -> QMenu:
        menu = QMenu(QCoreApplication.translate("AppearanceMenu", "Text &Width"), self)
        group = QActionGroup(menu)
        for width in TEXT_WIDTHS:
            if width:
                label = QCoreApplication.translate("AppearanceMenu", "{count} characters").format(count=width)
            else:
                label = QCoreApplication.translate("AppearanceMenu", "Full width")
            action = QAction(label, menu, checkable=True, checked=width == self.appearance.line_width)
            action.triggered.connect(lambda _=False, w=width: self._set_width(w))
            group.addAction(action)
            menu.addAction(action)
        return menu

    def _set_width(self, width: int) -> None:
        self.appearance.line_width = width
        self._save_and_apply()

    def _save_and_apply(self) -> None:
        self.appearance.save(self.settings)
        for view in self._live_views():
            self.appearance.apply_to_editor(view.editor)

    def _choose_stylesheet(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.parentWidget(),
            QCoreApplication.translate("AppearanceMenu", "Site Stylesheet"),
            str(self.stylesheet() or Path.home()),
            QCoreApplication.translate("AppearanceMenu", "Stylesheets (*.css)"),
        )
        if name:
            self.set_stylesheet(Path(name))
