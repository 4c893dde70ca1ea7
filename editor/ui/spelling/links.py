"""How a highlighter follows late spelling answers without searching the whole text.

A :class:`HighlighterLink` hangs on each spellchecked highlighter. It remembers
the blocks whose words were left over for a late answer (see
:mod:`editor.ui.spelling.controller`) as text cursors, which follow edits
above them, and re-highlights just those blocks when the answers come: a word
typed in one paragraph costs that paragraph. Only words spread too wide to
remember (opening a long article) or whose answer changed for reasons that
are not in one place (the article's own names) are searched for, in slices of
:data:`LATE_SLICE` seconds, so this never blocks typing either.
"""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QSyntaxHighlighter, QTextBlock, QTextCursor, QTextDocument

from editor.core.spelling.tokens import normalise_word

#: Seconds per slice when the words left over are checked afterwards.
LATE_SLICE = 0.01
#: Blocks a highlighter remembers as waiting for late answers; beyond, it searches the text.
MAX_PLACES = 64


class StillShown:
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


class HighlighterLink(QObject):
    """Child of a highlighter, so its connections die with it (no dangling lambdas).

    Remembers the blocks whose words wait for a late answer, as text cursors
    (they follow edits above them), up to :data:`MAX_PLACES`; when the answers
    come it re-highlights those blocks that contain a word found wrong. Past
    that many blocks, or for words whose place is unknown, it searches the
    document in slices of :data:`LATE_SLICE` seconds, so this, too, never
    blocks typing.
    """

    def __init__(self, highlighter: QSyntaxHighlighter, on_edit: Callable[[], None]) -> None:
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
        #: Changes of the characters so far: block numbers taken at one count hold until the next.
        self.edits = 0
        self._lines: deque[int] = deque()  # block numbers to redraw (see redraw_lines)
        self._lines_words: list[str] = []
        self._lines_edits = 0
        self._lines_timer = QTimer(self)
        self._lines_timer.setInterval(0)
        self._lines_timer.timeout.connect(self._lines_slice)
        self._on_edit = on_edit
        document = highlighter.document()
        if document is not None:
            document.contentsChange.connect(self._edited)

    def is_live(self) -> bool:
        return shiboken6.isValid(self._highlighter) and self._highlighter.document() is not None

    def document(self) -> QTextDocument | None:
        return self._highlighter.document()

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

    def is_searching(self) -> bool:
        """Whether a search for lines with late-answered words is under way."""
        return self._timer.isActive()

    def stop_searching(self) -> None:
        """Forget the blocks and words waiting for late answers (a whole-text check answers them)."""
        self._timer.stop()
        self._waiting.clear()
        self._scanning.clear()
        self.forget_places()

    def redraw_lines(self, numbers: list[int], words: list[str], edits: int, line_count: int) -> None:
        """Re-highlight blocks ``numbers``, a slice at a time.

        The numbers count the lines of the text as it was at edit count
        ``edits`` (``line_count`` lines); once the text changed they may point
        elsewhere, so then the blocks containing one of ``words`` are searched
        for instead.
        """
        document = self._highlighter.document()
        if document is None:
            return
        if self.edits != edits or document.blockCount() != line_count:
            self.search(words)
            return
        self._lines.extend(numbers)
        self._lines_words = sorted(set(self._lines_words) | set(words))
        self._lines_edits = edits
        if self._lines:
            self._lines_timer.start()

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
    def _edited(self, _position: int, removed: int, added: int) -> None:
        if removed or added:  # new colours may be reported as a change without characters
            self.edits += 1
            self._on_edit()

    @Slot()
    def _lines_slice(self) -> None:
        document = self._highlighter.document()
        if document is None or self.edits != self._lines_edits:
            # Lines moved (or the document went): find the words' blocks by their text.
            self._lines_timer.stop()
            self._lines.clear()
            if document is not None:
                self.search(self._lines_words)
            self._lines_words = []
            return
        deadline = time.perf_counter() + LATE_SLICE
        while self._lines and time.perf_counter() < deadline:
            block = document.findBlockByNumber(self._lines.popleft())
            if block.isValid():
                self._highlighter.rehighlightBlock(block)
        if not self._lines:
            self._lines_timer.stop()
            self._lines_words = []

    @Slot()
    def rehighlight_all(self) -> None:
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
