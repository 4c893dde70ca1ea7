"""Spellchecking in widgets: red wavy underlines, the context menu, the language menu.

:class:`SpellController` owns the one :class:`~editor.core.spelling.service.SpellService`
of the window and tells every highlighter when its answers change. It also
keeps typing smooth: a highlighter gets only the cheap answers at once (the
per-word cache, common words hunspell knows, at most :data:`TURN_BUDGET`
seconds of them per turn of the event loop); other words count as correct for
the moment and are checked in short slices afterwards
(:attr:`SpellController.misspellingsFound`), once the writer pauses for
:data:`TYPING_PAUSE` seconds. So opening a long article or switching the
language never freezes the window, and a keystroke never waits for the rules.

Where such a late answer is drawn: each highlighter remembers the blocks that
left words unchecked (a few text cursors, see :class:`_HighlighterLink`) and
re-highlights only those; a word typed in one paragraph costs that paragraph,
not a search through the whole document. Only when the words left over are
spread too wide to remember (opening an article) or the answer changed for
reasons that are not in one place (the article's own names) does it search the
document for them, in slices; and a change of the dictionaries (personal
dictionary, ignores, language) re-highlights everything.

Positions: the core counts code points, Qt counts UTF-16 units; conversion
happens here (:func:`utf16_spans`), right where the two meet.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QHelpEvent,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
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
from editor.core.spelling.service import (
    DEFAULT_LANGUAGE,
    NO_DICTIONARY,
    ArticleSpelling,
    SpellService,
    available_languages,
    normalise_word,
)
from editor.core.utf16 import utf16_spans, utf16_to_index
from editor.i18n import error_text

__all__ = [
    "FieldSpellHighlighter",
    "LanguageMenu",
    "LanguageStatusButton",
    "SharedSpelling",
    "SpellController",
    "TypoToolTips",
    "add_spelling_actions",
    "connect_highlighter",
    "language_name",
    "underline_format",
    "utf16_spans",
]

#: Seconds of dictionary look-ups allowed per turn of the event loop.
TURN_BUDGET = 0.02
#: Seconds per slice when the words left over are checked afterwards.
LATE_SLICE = 0.01
#: Seconds without an edit before words left over are checked: not between keystrokes.
TYPING_PAUSE = 0.2
#: Blocks a highlighter remembers as waiting for late answers; beyond, it searches the text.
MAX_PLACES = 64
#: How often to look whether the word lists finished loading (milliseconds).
LOADING_POLL_MS = 50
#: Seconds without highlighting before the word lists start loading (not while typing).
LOAD_AFTER_IDLE = 0.6
UNDERLINE_COLOR = "#d0021b"
#: Probable typos (a word hunspell knows, close to a much more frequent one): quieter.
PROBABLE_COLOR = "#c77d00"
#: Underline styles that mark a flagged word (the context menu looks for both).
SPELL_STYLES = (
    QTextCharFormat.UnderlineStyle.SpellCheckUnderline,
    QTextCharFormat.UnderlineStyle.DotLine,
)


def underline_format() -> QTextCharFormat:
    """The red wavy underline of a misspelled word; merge it into other formats."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(QColor(UNDERLINE_COLOR))
    return fmt


def probable_format() -> QTextCharFormat:
    """The dotted amber underline of a probable typo ("Mondtag" for "Montag")."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(QColor(PROBABLE_COLOR))
    return fmt


def language_name(lang: str) -> str:
    """A language code as the writer reads it, in the interface language."""
    return languages.display_name(lang, QCoreApplication.translate)


class SharedSpelling(QObject):
    """The application's one :class:`SpellService`, created once and handed to every tab.

    ``changed`` fires when the personal dictionary or the session ignores change
    (in any tab or field): every :class:`SpellController` made from it passes
    that on, so all open articles and fields re-highlight at once.
    """

    changed = Signal()

    def __init__(self, personal_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = SpellService(DEFAULT_LANGUAGE, personal_path)
        self.service.add_listener(self.changed.emit)
        self.destroyed.connect(lambda _=None, s=self.service, c=self.changed.emit: s.remove_listener(c))

    def controller(self, lang: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> SpellController:
        """The spelling of one article (its language, ignores and names) over the shared state."""
        return SpellController(lang, parent=parent, shared=self)


class SpellController(QObject):
    """One article's spelling over the shared state; every spellchecked widget listens to it.

    ``changed`` means earlier answers may be wrong now (language, dictionary,
    ignores or the personal dictionary changed): highlighters re-highlight
    everything. ``misspellingsFound`` carries words whose answer changed after
    their line was drawn (found wrong later, see the module docstring, or the
    article's own names changed): highlighters re-highlight only the blocks
    containing them.

    Without ``shared`` it makes a private :class:`SharedSpelling` (tests, dialogs).
    """

    changed = Signal()
    languageChanged = Signal(str)
    misspellingsFound = Signal(list)

    def __init__(
        self,
        lang: str = DEFAULT_LANGUAGE,
        personal_path: Path | None = None,
        parent: QObject | None = None,
        shared: SharedSpelling | None = None,
    ) -> None:
        super().__init__(parent)
        self.shared = shared if shared is not None else SharedSpelling(personal_path, self)
        self._service = self.shared.service.article(lang)
        self.shared.changed.connect(self.changed)
        self.changed.connect(self._forget_places)
        self._turn_deadline: float | None = None
        self._last_use = 0.0  # when a highlighter last asked (perf_counter)
        self._last_edit = 0.0  # when a linked document last changed (perf_counter)
        self._links: list[_HighlighterLink] = []
        self._unplaced = False  # words were left over outside any linked highlighter
        self._found: list[str] = []  # wrong words answered late, not yet drawn where they waited
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._end_turn)
        self._late = QTimer(self)
        self._late.setInterval(0)
        self._late.timeout.connect(self._check_late_words)

    @property
    def service(self) -> ArticleSpelling:
        return self._service

    def spans(self, text: str, markdown: bool = True) -> list[tuple[int, int, bool]]:
        """``service.spans`` within this turn's time budget: ``(start, length, probable)``.

        What a highlighter should call: same answers, but a first pass over a
        long text leaves the unknown words for later instead of blocking.
        """
        if self._turn_deadline is None:
            self._turn_deadline = time.perf_counter() + TURN_BUDGET
            self._turn.start()
        self._last_use = time.perf_counter()
        deferred = self._service.deferred_count
        spans = self._service.spans(text, markdown, deadline=self._turn_deadline)
        if self._service.deferred_count != deferred:
            self._note_place()
        if self._service.has_pending and not self._late.isActive():
            self._late.setInterval(self._late_delay_ms())
            self._late.start()
        return spans

    def set_language(self, lang: str) -> None:
        """Switch the dictionary; raises FederError (untouched state) if it cannot."""
        before = self._service.lang
        was_available = self._service.is_available
        self._service.set_language(lang)
        if self._service.lang != before or not was_available:
            self.languageChanged.emit(self._service.lang)
            self.changed.emit()

    def add_to_personal(self, word: str) -> None:
        """Raises FederError when the list cannot be saved (the word is then not added)."""
        self._service.add_to_personal(word)  # the shared state tells every controller

    def ignore_for_session(self, word: str) -> None:
        self._service.ignore_for_session(word)

    def set_article_ignores(self, words: Iterable[str]) -> None:
        before = self._service.article_ignores
        self._service.set_article_ignores(words)
        if self._service.article_ignores != before:
            self.changed.emit()

    def set_article_names(self, names: Iterable[str]) -> None:
        """The article's own names; lines with a name that came or went are re-highlighted."""
        changed = self._service.set_article_names(names)
        if changed:
            words = sorted(changed)
            # The names may stand anywhere: search for them. Words left over were
            # forgotten with the old answers: their blocks ask again.
            for link in self._live_links():
                link.redraw_places()
                link.search(words)
            self._unplaced = False
            self._found = []
            self.misspellingsFound.emit(words)

    def note_edit(self) -> None:
        """A linked document changed: late checks wait for the next pause in typing."""
        self._last_edit = time.perf_counter()

    def _add_link(self, link: _HighlighterLink) -> None:
        self._links.append(link)

    def _live_links(self) -> list[_HighlighterLink]:
        self._links = [link for link in self._links if shiboken6.isValid(link) and link.is_live()]
        return list(self._links)

    def _note_place(self) -> None:
        """The line just checked left words over: remember the block it belongs to.

        Highlighters ask from inside ``highlightBlock``, where exactly one of
        them has a current block; a caller outside any linked highlighter
        leaves the place unknown, and the answers are then searched for.
        """
        for link in self._live_links():
            if link.note_current_block():
                return
        self._unplaced = True

    def _late_delay_ms(self) -> int:
        typing = self._last_edit + TYPING_PAUSE - time.perf_counter()
        if typing > 0:
            return max(1, round(typing * 1000))
        return 0 if self._service.ready else LOADING_POLL_MS

    @Slot()
    def _forget_places(self) -> None:
        """Everything is re-highlighted: no block waits for a late answer any more."""
        self._unplaced = False
        self._found = []
        for link in self._live_links():
            link.forget_places()

    @Slot()
    def _end_turn(self) -> None:
        self._turn_deadline = None

    @Slot()
    def _check_late_words(self) -> None:
        typing = self._last_edit + TYPING_PAUSE - time.perf_counter()
        if typing > 0:  # the writer is typing: check in the next pause, not between keys
            self._late.setInterval(max(1, round(typing * 1000)))
            return
        if not self._service.ready:
            # The word lists take a second of CPU: load them in a pause, not while typing.
            self._late.setInterval(LOADING_POLL_MS)
            if time.perf_counter() - self._last_use > LOAD_AFTER_IDLE:
                self._service.start_loading()
            return
        self._late.setInterval(0)
        links = self._live_links()
        keep = None
        if not self._unplaced and not any(link.too_many for link in links):
            keep = _StillShown([text for link in links for text in link.place_texts()])
        wrong = self._service.take_pending(time.perf_counter() + LATE_SLICE, keep)
        if wrong:
            for link in links:
                if self._unplaced or link.too_many:
                    link.search(wrong)  # spread wide: found from the top down as answered
            self._found.extend(wrong)
            self.misspellingsFound.emit(wrong)
        if not self._service.has_pending and self._found:
            # The blocks that waited get all their answers at once. Re-highlighting
            # them may leave new words over ("Fehlerr." once "Fehlerr" is wrong).
            found, self._found = self._found, []
            for link in links:
                if not (self._unplaced or link.too_many):
                    link.redraw_waiting(found)
        if not self._service.has_pending:
            self._late.stop()
            self._unplaced = False
            for link in links:
                link.forget_places()


class _StillShown:
    """Whether a word left over still stands, as a whole word, in one of ``texts``.

    Typing leaves its half-typed words over ("Schr", "Schri" …); once the word
    is complete they stand nowhere and need no check.
    """

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts

    def __call__(self, word: str) -> bool:
        # Letters and digits around it would make it part of a longer word; "_" is emphasis.
        pattern = re.compile(r"(?<![^\W_])" + re.escape(word) + r"(?![^\W_])")
        return any(pattern.search(text) for text in self._texts)


class FieldSpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelled words in a plain-text field (headline, teaser, caption…)."""

    def __init__(self, document: QTextDocument, controller: SpellController) -> None:
        super().__init__(document)
        self.controller = controller
        self.markdown = False
        connect_highlighter(self, controller)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        spans = self.controller.spans(text, markdown=self.markdown)
        if not spans:
            return
        formats = (underline_format(), probable_format())
        positions = utf16_spans(text, [(start, length) for start, length, _ in spans])
        for (start, length), (_, _, probable) in zip(positions, spans, strict=True):
            self.setFormat(start, length, formats[probable])


def connect_highlighter(highlighter: QSyntaxHighlighter, controller: SpellController) -> None:
    """Keep ``highlighter``'s underlines current with ``controller``.

    Everything is re-highlighted on ``changed``; when late answers come, only
    the blocks that waited for them (see the module docstring). The connection
    ends with the highlighter.
    """
    _HighlighterLink(highlighter, controller)


class _HighlighterLink(QObject):
    """Child of a highlighter, so its connections die with it (no dangling lambdas).

    Remembers the blocks whose words wait for a late answer, as text cursors
    (they follow edits above them), up to :data:`MAX_PLACES`; when the answers
    come it re-highlights those blocks that contain a word found wrong. Past
    that many blocks, or for words whose place is unknown, it searches the
    document in slices of :data:`LATE_SLICE` seconds, so this, too, never
    blocks typing.
    """

    def __init__(self, highlighter: QSyntaxHighlighter, controller: SpellController) -> None:
        super().__init__(highlighter)
        self._highlighter = highlighter
        self._places: list[QTextCursor] = []  # blocks waiting for late answers
        self.too_many = False  # more than MAX_PLACES: search instead
        self._waiting: set[str] = set()  # words for the next scan
        self._scanning: set[str] = set()  # words of the scan in progress
        self._next = 0  # block number the scan continues at
        self._block_count = 0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._scan_slice)
        self._controller = controller
        controller.changed.connect(self._rehighlight_all)
        document = highlighter.document()
        if document is not None:
            document.contentsChange.connect(self._edited)
        controller._add_link(self)

    def is_live(self) -> bool:
        return shiboken6.isValid(self._highlighter) and self._highlighter.document() is not None

    def note_current_block(self) -> bool:
        """Remember the block being highlighted now; False when not highlighting."""
        block = self._highlighter.currentBlock()
        if not block.isValid():
            return False
        if self.too_many:
            return True
        if any(place.block() == block for place in self._places):
            return True
        if len(self._places) >= MAX_PLACES:
            self.too_many = True
            self._places.clear()
            return True
        self._places.append(QTextCursor(block))
        return True

    def forget_places(self) -> None:
        self._places.clear()
        self.too_many = False

    def redraw_places(self) -> None:
        """Re-highlight every remembered block (their pending words were forgotten)."""
        for block in self._place_blocks():
            self._highlighter.rehighlightBlock(block)
        self.forget_places()

    def search(self, words: list[str]) -> None:
        """Re-highlight every block that contains one of ``words``, a slice at a time."""
        self._rehighlight_words(words)

    def redraw_waiting(self, words: list[str]) -> None:
        """Re-highlight the blocks that wait for late answers and contain one of ``words``."""
        for block in self._place_blocks():
            text = normalise_word(block.text())
            if any(word in text for word in words):
                self._highlighter.rehighlightBlock(block)

    def place_texts(self) -> list[str]:
        """The normalised text of each block waiting for late answers."""
        return [normalise_word(block.text()) for block in self._place_blocks()]

    def _place_blocks(self) -> list[QTextBlock]:
        blocks: list[QTextBlock] = []
        for place in self._places:
            block = place.block()
            if block.isValid() and block not in blocks:
                blocks.append(block)
        return blocks

    @Slot(int, int, int)
    def _edited(self, _position: int, _removed: int, _added: int) -> None:
        self._controller.note_edit()

    @Slot()
    def _rehighlight_all(self) -> None:
        self._highlighter.rehighlight()

    def _rehighlight_words(self, words: list[str]) -> None:
        self._waiting.update(words)
        if not self._timer.isActive():
            self._start_scan()

    def _start_scan(self) -> None:
        document = self._highlighter.document()
        if document is None or not self._waiting:
            self._timer.stop()
            return
        self._scanning, self._waiting = self._waiting, set()
        self._next = 0
        self._block_count = document.blockCount()
        self._timer.start()

    @Slot()
    def _scan_slice(self) -> None:
        document = self._highlighter.document()
        if document is None:
            self._timer.stop()
            return
        count = document.blockCount()
        if count < self._block_count:  # lines removed, maybe before us: step back, never skip
            self._next = max(0, self._next - (self._block_count - count))
        self._block_count = count
        deadline = time.perf_counter() + LATE_SLICE
        block = document.findBlockByNumber(self._next)
        words = self._scanning
        while block.isValid() and time.perf_counter() < deadline:
            text = normalise_word(block.text())
            if any(word in text for word in words):
                self._highlighter.rehighlightBlock(block)
            block = block.next()
            self._next += 1
        if not block.isValid():
            self._start_scan()


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
    found = _underlined_range(block, cursor.positionInBlock())
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
        found = _underlined_range(block, cursor.positionInBlock(), (QTextCharFormat.UnderlineStyle.DotLine,))
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


def _underlined_range(
    block: QTextBlock, position: int, styles: tuple[QTextCharFormat.UnderlineStyle, ...] = SPELL_STYLES
) -> tuple[int, int] | None:
    """UTF-16 ``(start, end)`` of the spell-underlined run at ``position`` in ``block``."""
    layout = block.layout()
    if layout is None:
        return None
    runs = sorted(
        (r.start, r.start + r.length)
        for r in layout.formats()
        if r.length > 0 and r.format.underlineStyle() in styles
    )
    merged: list[list[int]] = []
    for start, end in runs:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in merged:
        if start <= position < end or (position == end and position > start):
            return start, end
    return None


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
