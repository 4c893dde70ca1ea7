"""The status bar's lasting part, about the article in front: its counts, the cursor's
line and column, and its spelling language (a button here and a menu under Tools).

Texts keep the "MainWindow" translation context they were born in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from editor.ui.spelling.controller import SpellController
from editor.ui.spelling.menus import LanguageMenu, LanguageStatusButton

if TYPE_CHECKING:  # at run time it comes with the first count: Markdown is not loaded at start-up
    from editor.core.preview.stats import Stats


class ArticleStatus(QObject):
    """Counts, position and spelling language of the article in front."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.stats = QLabel(window)
        self.position = QLabel(window)
        self.language_button: LanguageStatusButton | None = None
        self.language_menu: LanguageMenu | None = None
        for label in (self.stats, self.position):
            label.setContentsMargins(6, 0, 10, 0)
        # A fixed size: a new column number must not re-lay out the status bar per keystroke.
        # Qt skips that only for a widget whose smallest and largest sizes are equal; with a
        # minimum width alone QStatusBar rebuilt its layout and repainted itself (size grip,
        # labels, language button) and a strip of the window on every key.
        widest = _position_text(99998, 9998)
        self.position.setText(widest)
        self.position.setFixedSize(self.position.sizeHint())
        self.position.clear()
        # Opaque: a new position repaints the label alone, not the status bar and the strip
        # of the window behind it (Qt paints a see-through widget's parents first).
        self.position.setAutoFillBackground(True)
        self._position_fits = len(widest)  # texts no longer than this fit (digits are equally wide)
        window.statusBar().addPermanentWidget(self.stats)
        window.statusBar().addPermanentWidget(self.position)

    def show_stats(self, stats: Stats | None) -> None:
        """The counts of the article in front; empty until its first count arrives."""
        if stats is None:
            self.stats.clear()
            self.stats.setToolTip("")
            return
        locale = QLocale()
        self.stats.setText(
            QCoreApplication.translate("MainWindow", "{words} words · {chars} characters · {minutes} min read").format(
                words=locale.toString(stats.words),
                chars=locale.toString(stats.characters),
                minutes=stats.reading_minutes,
            )
        )
        self.stats.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "{chars} characters without spaces, counted on the text as published"
            ).format(chars=locale.toString(stats.characters_no_spaces))
        )

    def show_position(self, line: int, column: int) -> None:
        """``line`` and ``column`` count from 0; the writer reads them from 1."""
        text = _position_text(line, column)
        if len(text) > self._position_fits:  # beyond line 99,999: grow (once in a while)
            needed = self.position.fontMetrics().horizontalAdvance(text) + 16  # + the side margins
            self.position.setFixedWidth(max(needed, self.position.maximumWidth()))
            self._position_fits = len(text)
        self.position.setText(text)

    def follow_spelling(
        self, spelling: SpellController, tools_menu: QMenu, before: QAction, choose: Callable[[str], None]
    ) -> None:
        """The spelling language belongs to the article: rebuild its button and menu for
        ``spelling``; a language chosen there goes to ``choose``."""
        if self.language_button is not None:
            self._window.statusBar().removeWidget(self.language_button)
            self.language_button.deleteLater()
        if self.language_menu is not None:
            tools_menu.removeAction(self.language_menu.menuAction())
            self.language_menu.deleteLater()
        self.language_button = LanguageStatusButton(spelling, self._window)
        self._window.statusBar().addPermanentWidget(self.language_button)
        self.language_button.show()
        self.language_menu = LanguageMenu(spelling, self._window)
        tools_menu.insertMenu(before, self.language_menu)
        for chooser in (self.language_menu, self.language_button):
            chooser.languageChosen.connect(choose)


def _position_text(line: int, column: int) -> str:
    return QCoreApplication.translate("MainWindow", "Line {line}, column {column}").format(
        line=line + 1, column=column + 1
    )
