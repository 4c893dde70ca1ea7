"""What the writer does with a flagged word, and the spelling language menus.

:func:`add_spelling_actions` puts suggestions, "Add to dictionary" and the
ignore actions into a text widget's context menu; :class:`TypoToolTips` says
what a probable typo was meant to be; :class:`LanguageMenu` and
:class:`LanguageStatusButton` switch the article's language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QToolTip,
    QWidget,
)

from editor.core import languages
from editor.core.messages import FederError
from editor.core.spelling.service import NO_DICTIONARY, available_languages
from editor.core.utf16 import utf16_to_index
from editor.i18n import error_text
from editor.ui.spelling.controller import SpellController
from editor.ui.spelling.underlines import underlined_range


def language_name(lang: str) -> str:
    """A language code as the writer reads it, in the interface language."""
    return languages.display_name(lang, QCoreApplication.translate)


def add_spelling_actions(
    menu: QMenu,
    widget: QPlainTextEdit | QTextEdit,
    pos: QPoint,
    controller: SpellController,
    ignore_in_article: Callable[[str], None] | None,
) -> None:
    """Put suggestions and the dictionary actions at the top of ``menu`` for the word at ``pos``.

    Only a word the writer sees underlined gets them, so the menu always agrees
    with the highlighting, whichever highlighter drew it. ``pos`` is in the
    widget's viewport coordinates, as in ``contextMenuEvent(event).pos()``.
    """
    cursor = widget.cursorForPosition(pos)
    block = cursor.block()
    found = underlined_range(block, cursor.positionInBlock())
    if found is None:
        return
    text = block.text()
    start16, end16 = found
    word = text[utf16_to_index(text, start16) : utf16_to_index(text, end16)]
    target = QTextCursor(widget.document())
    target.setPosition(block.position() + start16)
    target.setPosition(block.position() + end16, QTextCursor.MoveMode.KeepAnchor)

    first = menu.actions()[0] if menu.actions() else None
    actions: list[QAction | None] = []
    suggestions = controller.service.suggestions(word)
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        action.triggered.connect(lambda _=False, s=suggestion: _replace(target, word, s))
        actions.append(action)
    if not suggestions:
        none = QAction(QCoreApplication.translate("Spelling", "No suggestions"), menu)
        none.setEnabled(False)
        actions.append(none)
    actions.append(None)
    add = QAction(QCoreApplication.translate("Spelling", "Add to dictionary"), menu)
    add.triggered.connect(lambda: _guarded(widget, controller.add_to_personal, word))
    actions.append(add)
    if ignore_in_article is not None:
        article = QAction(QCoreApplication.translate("Spelling", "Ignore in this article"), menu)
        article.triggered.connect(lambda: _ignore_in_article(controller, ignore_in_article, word))
        actions.append(article)
    session = QAction(QCoreApplication.translate("Spelling", "Ignore all for this session"), menu)
    session.triggered.connect(lambda: _guarded(widget, controller.ignore_for_session, word))
    actions.append(session)
    if first is not None:
        actions.append(None)
    for action in actions:
        if action is None:
            separator = QAction(menu)
            separator.setSeparator(True)
            action = separator
        if first is not None:
            menu.insertAction(first, action)
        else:
            menu.addAction(action)


class TypoToolTips(QObject):
    """Tells what a probable typo was meant to be when the pointer rests on it: "meant Montag?".

    Installed on the viewport of a text widget; ``controller`` returns the
    :class:`SpellController` that currently checks it (fields change article).
    """

    def __init__(
        self, widget: QPlainTextEdit | QTextEdit, controller: Callable[[], SpellController | None]
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._controller = controller
        widget.viewport().installEventFilter(self)

    def text_at(self, pos: QPoint) -> str | None:
        """The tooltip for viewport position ``pos``, None where there is no probable typo."""
        controller = self._controller()
        if controller is None:
            return None
        cursor = self._widget.cursorForPosition(pos)
        block = cursor.block()
        found = underlined_range(block, cursor.positionInBlock(), (QTextCharFormat.UnderlineStyle.DotLine,))
        if found is None:
            return None
        text = block.text()
        word = text[utf16_to_index(text, found[0]) : utf16_to_index(text, found[1])]
        target = controller.service.typo_target(word)
        if not target:
            return None
        return QCoreApplication.translate("Spelling", "meant {word}?").format(word=target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.text_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self._widget)
            else:
                QToolTip.hideText()
            return bool(text)
        return False


def _replace(target: QTextCursor, word: str, replacement: str) -> None:
    """Replace the word as one undo step, unless the text moved on since the menu opened."""
    if target.selectedText() != word:
        return
    target.beginEditBlock()
    target.insertText(replacement)
    target.endEditBlock()


def _ignore_in_article(
    controller: SpellController, ignore_in_article: Callable[[str], None], word: str
) -> None:
    """Record the word in the front matter, and clear its underline at once."""
    ignore_in_article(word)
    controller.set_article_ignores(controller.service.article_ignores | {word})


def _guarded(widget: QWidget, action: Callable[[str], None], word: str) -> None:
    try:
        action(word)
    except FederError as error:
        QMessageBox.warning(widget, QCoreApplication.translate("Spelling", "Spelling"), error_text(error))


class LanguageMenu(QMenu):
    """The installed spelling languages, the current one checked.

    ``languageChosen`` fires only when the writer picks one, so the window can
    write it into the article's front matter (``lang``); loading an article
    that sets the language fires the controller's ``languageChanged`` only.
    """

    languageChosen = Signal(str)

    def __init__(self, controller: SpellController, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Spelling", "Spelling Language"), parent)
        self._controller = controller
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        for lang in available_languages():
            action = QAction(language_name(lang), self)
            action.setCheckable(True)
            action.setData(lang)
            self._group.addAction(action)
            self.addAction(action)
        if not self._group.actions():
            empty = QAction(error_text(FederError(NO_DICTIONARY)), self)
            empty.setEnabled(False)
            self.addAction(empty)
        self._group.triggered.connect(self._choose)
        controller.languageChanged.connect(self._sync)
        self._sync(controller.service.lang)

    @Slot(str)
    def _sync(self, lang: str) -> None:
        for action in self._group.actions():
            action.setChecked(self._controller.service.is_available and action.data() == lang)

    @Slot(QAction)
    def _choose(self, action: QAction) -> None:
        lang = action.data()
        try:
            self._controller.set_language(lang)
        except FederError as error:
            self._sync(self._controller.service.lang)
            QMessageBox.warning(self.parentWidget(), QCoreApplication.translate("Spelling", "Spelling"), error_text(error))
            return
        self.languageChosen.emit(lang)


class LanguageStatusButton(QToolButton):
    """The spelling language in the status bar; a click opens :class:`LanguageMenu`.

    Without any dictionary it says so, and its tooltip tells how to install one.
    """

    languageChosen = Signal(str)

    def __init__(self, controller: SpellController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.language_menu = LanguageMenu(controller, self)
        self.language_menu.languageChosen.connect(self.languageChosen)
        self.setMenu(self.language_menu)
        controller.languageChanged.connect(self._update)
        self._update(controller.service.lang)

    @Slot(str)
    def _update(self, lang: str) -> None:
        service = self._controller.service
        if not service.is_available:
            self.setText(QCoreApplication.translate("Spelling", "No spelling dictionary"))
            self.setToolTip(error_text(FederError(NO_DICTIONARY)))
            return
        self.setText(language_name(lang))
        self.setToolTip(QCoreApplication.translate("Spelling", "Spelling language of this article. Click to change it."))
