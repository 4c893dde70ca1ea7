"""The spelling of the window: one shared state, one controller per article.

:class:`SharedSpelling` owns the application's one
:class:`~editor.core.spelling.service.SpellService`; every tab makes a
:class:`SpellController` from it for its article, and every spellchecked
widget listens to that. The controller keeps typing smooth: a highlighter gets
only the cheap answers at once (the per-word cache, common words hunspell
knows, at most :data:`TURN_BUDGET` seconds of them per turn of the event loop);
other words count as correct for the moment and are checked in short slices
afterwards (:attr:`SpellController.misspellingsFound`), once the writer pauses
for :data:`TYPING_PAUSE` seconds. So opening a long article or switching the
language never freezes the window, and a keystroke never waits for the rules.
Where a late answer is drawn is the business of :mod:`.links`; a change of
the dictionaries (personal dictionary, ignores, language) re-highlights
everything.

A whole new text (opening an article) goes another way:
:meth:`SpellController.check_in_background` has every different word of it
judged in a worker thread (:mod:`.background`), takes the answers unless the
language or a list changed meanwhile (then it asks again), and re-highlights
only the lines that hold a flagged word.

The underlines themselves are drawn by the highlighters (:mod:`.underlines`
for fields, ``editor.ui.editing.highlighter`` for the body); the menus are in
:mod:`.menus`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QSyntaxHighlighter, QTextDocument

from editor.core.spelling.batch import TextAnswers
from editor.core.spelling.service import DEFAULT_LANGUAGE, ArticleSpelling, SpellService
from editor.ui.spelling.background import BackgroundChecks
from editor.ui.spelling.links import LATE_SLICE, HighlighterLink, StillShown

#: Seconds of dictionary look-ups allowed per turn of the event loop.
TURN_BUDGET = 0.02
#: Seconds without an edit before words left over are checked: not between keystrokes.
TYPING_PAUSE = 0.2
#: How often to look whether the word lists finished loading (milliseconds).
LOADING_POLL_MS = 50
#: Seconds without highlighting before the word lists start loading (not while typing).
LOAD_AFTER_IDLE = 0.6


class SharedSpelling(QObject):
    """The application's one :class:`SpellService`, created once and handed to every tab.

    ``changed`` fires when the personal dictionary or the session ignores change
    (in any tab or field): every :class:`SpellController` made from it passes
    that on, so all open articles and fields re-highlight at once.
    """

    changed = Signal()

    def __init__(
        self,
        personal_path: Path | None = None,
        parent: QObject | None = None,
        knowledge_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = SpellService(DEFAULT_LANGUAGE, personal_path, knowledge_folder)
        #: Whole-text checks in a worker thread, for every article (one queue, one thread).
        self.checks = BackgroundChecks(self.service.knowledge, self)
        self.service.add_listener(self.changed.emit)
        self.destroyed.connect(lambda _=None, s=self.service, c=self.changed.emit: s.remove_listener(c))

    def load_dictionaries(self) -> None:
        """Read the dictionaries from disk now, in the background (after the window's first frame)."""
        self.service.load_dictionaries_in_background()

    def controller(self, lang: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> SpellController:
        """The spelling of one article (its language, ignores and names) over the shared state."""
        return SpellController(lang, parent=parent, shared=self)


@dataclass
class _TextCheck:
    """A whole-text check under way: the text as it was, where it is shown, the job."""

    link: HighlighterLink
    text: str
    edits: int  # the link's edit count when the text was taken
    job: int = 0


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
        self._links: list[HighlighterLink] = []
        self._unplaced = False  # words were left over outside any linked highlighter
        self._found: list[str] = []  # wrong words answered late, not yet drawn where they waited
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._end_turn)
        self._late = QTimer(self)
        self._late.setInterval(0)
        self._late.timeout.connect(self._check_late_words)
        self._check: _TextCheck | None = None
        self.shared.checks.answered.connect(self._answered)
        self.changed.connect(self._ask_again)

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

    def set_article_names(self, names: Iterable[str], redraw: bool = True) -> None:
        """The article's own names; lines with a name that came or went are re-highlighted.

        ``redraw=False`` when a whole-text check (:meth:`check_in_background`) of
        every linked text follows anyway: it answers every word with these names
        and stops any search, so searching for the lines now would only colour
        them twice (opening an article, before its first frame).
        """
        changed = self._service.set_article_names(names)
        if changed:
            words = sorted(changed)
            # The names may stand anywhere: search for them. Words left over were
            # forgotten with the old answers: their blocks ask again.
            for link in self._live_links() if redraw else ():
                link.redraw_places()
                link.search(words)
            self._unplaced = False
            self._found = []
            self.misspellingsFound.emit(words)
            self._ask_again()

    def check_in_background(self, document: QTextDocument) -> None:
        """Judge every word of ``document`` in a worker thread, then underline its lines.

        For a new text in a document whose highlighter drew it without
        spelling (opening an article): the window stays free meanwhile, and
        only the lines with a flagged word are re-highlighted when the answers
        come. Words typed meanwhile take the usual way. ``document`` must be
        shown by a highlighter connected to this controller; searches for late
        answers in it stop (the check answers every word).
        """
        link = next((link for link in self._live_links() if link.document() is document), None)
        if link is None or not self._service.is_available:
            return
        self._cancel_check()
        link.stop_searching()
        self.shared.checks.forget_edit()  # putting the text in was no typing
        text = document.toRawText().replace("\u2029", "\n")  # one line per block, as Qt counts them
        self._submit(_TextCheck(link, text, link.edits))

    def preload(self) -> None:
        """Load the word lists and the worker's dictionary now (once), before a check needs them."""
        self.shared.checks.preload(self._service.lang)

    def is_checking(self) -> bool:
        """Whether a whole-text check (:meth:`check_in_background`) is still under way."""
        return self._check is not None

    def note_edit(self) -> None:
        """A linked document changed: late checks wait for the next pause in typing."""
        self._last_edit = time.perf_counter()
        self.shared.checks.note_edit()

    def add_link(self, link: HighlighterLink) -> None:
        """Tell ``link`` (see :func:`connect_highlighter`) where words wait for late answers."""
        self._links.append(link)

    def _live_links(self) -> list[HighlighterLink]:
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

    def _submit(self, check: _TextCheck) -> None:
        check.job = self.shared.checks.submit(check.text, self._service.snapshot())
        self._check = check

    def _cancel_check(self) -> None:
        if self._check is not None:
            self.shared.checks.cancel(self._check.job)
            self._check = None

    @Slot()
    def _ask_again(self) -> None:
        """The language or a list changed: a check under way would answer stale, so restart it."""
        check = self._check
        if check is not None:
            self.shared.checks.cancel(check.job)
            self._submit(check)

    @Slot(int, object)
    def _answered(self, job: int, answers: TextAnswers | None) -> None:
        check = self._check
        if check is None or job != check.job:
            return  # another article's, or one cancelled
        self._check = None
        link = check.link
        if not (shiboken6.isValid(link) and link.is_live()):
            return
        if answers is None:  # the check failed (its error follows): the usual way, slice by slice
            link.rehighlight_all()
            return
        learned = self._service.learn(answers.snapshot, answers.tokens, answers.verdicts)
        self.shared.load_dictionaries()  # one opened for the answers (English) is read off this thread
        if not learned:
            self._submit(check)  # stale (the lists changed as it finished): once more
            return
        link.redraw_lines(answers.lines, sorted(answers.wrong), check.edits, answers.line_count)

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
            keep = StillShown([text for link in links for text in link.place_texts()])
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


def connect_highlighter(highlighter: QSyntaxHighlighter, controller: SpellController) -> None:
    """Keep ``highlighter``'s underlines current with ``controller``.

    Everything is re-highlighted on ``changed``; when late answers come, only
    the blocks that waited for them (see the module docstring). The connection
    ends with the highlighter.
    """
    link = HighlighterLink(highlighter, controller.note_edit)
    controller.changed.connect(link.rehighlight_all)
    controller.add_link(link)
