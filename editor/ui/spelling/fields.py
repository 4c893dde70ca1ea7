"""Spellchecking for the text fields beside the body (kicker, headline, teaser, alt, caption, credit).

The fields check with the current article's controller (its language, ignores
and names over the application's one spelling state), so a word accepted in
the body is accepted in the headline too, and "Add to dictionary" in a field
clears the word everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QPlainTextEdit

from editor.ui.spelling.controller import SpellController
from editor.ui.spelling.menus import TypoToolTips, add_spelling_actions
from editor.ui.spelling.underlines import FieldSpellHighlighter


class FieldSpelling(QObject):
    """Underlines and context-menu suggestions for a set of plain-text fields."""

    def __init__(self, fields: Iterable[QPlainTextEdit], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields = list(fields)
        self._highlighters: list[FieldSpellHighlighter] = []
        self._controller: SpellController | None = None
        self.ignore_in_article: Callable[[str], None] | None = None
        self.tooltips = [TypoToolTips(field, lambda: self._controller) for field in self._fields]
        for field in self._fields:
            field.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            field.customContextMenuRequested.connect(
                lambda pos, f=field: self._show_menu(f, pos)
            )

    def set_controller(self, controller: SpellController) -> None:
        """Check with ``controller`` (the current article's) from now on."""
        if controller is self._controller:
            return
        for highlighter in self._highlighters:
            if shiboken6.isValid(highlighter):
                highlighter.setDocument(None)
                highlighter.deleteLater()
        self._controller = controller
        self._highlighters = [FieldSpellHighlighter(f.document(), controller) for f in self._fields]

    def _show_menu(self, field: QPlainTextEdit, pos: QPoint) -> None:
        menu = field.createStandardContextMenu(pos)
        if self._controller is not None:
            add_spelling_actions(menu, field, pos, self._controller, self.ignore_in_article)
        menu.exec(field.viewport().mapToGlobal(pos))
        menu.deleteLater()
