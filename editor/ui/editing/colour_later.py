"""Colour an opened text's first screen before the first frame, the rest after it.

``setPlainText`` makes the highlighter colour every block before the window
can paint; at 10k words that was most of the open's instructions (about
130 M of 1,750 M to the window shown, see docs/performance.md). What the
writer sees first is one screen, so only that is coloured then: blocks below
it get their block state (front matter, code fences and comments carry over
from block to block) but no colours, and :class:`ColourLater` colours them
after the editor's first paint, a few milliseconds at a time, so typing is
never held up. Blocks scrolled into view before the pass reaches them are
coloured at once: the writer never sees plain text where they look.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.text import frontmatter
from editor.ui.editing.highlighter import MarkdownHighlighter
from editor.ui.first_paint import FirstPaint

#: A block state no Markdown line leaves (they are small integers, see markdown_lines):
#: stands in for a block's state while a run of blocks is coloured at once.
UNSEEN = -1_000_003


class ColourLater(QObject):
    """Limits the highlighter to the first screen while a text is set, then colours the rest in slices.

    Call :meth:`before_open` right before ``setPlainText`` and :meth:`after_open`
    right after it. The pass colours with spelling off (the whole-text check
    underlines lines when its answers come, as after any open) and leaves a
    block that already has formats alone: it was coloured since (typed in, or
    underlined by the check) and is right as it is.
    """

    #: One slice's budget: short enough that a key pressed meanwhile waits no longer.
    SLICE_SECONDS = 0.008
    #: Blocks coloured by one ``rehighlightBlock`` call (see :meth:`_colour_run`).
    RUN = 24

    def __init__(self, highlighter: MarkdownHighlighter, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._highlighter = highlighter
        self._editor = editor
        self._next: QTextCursor | None = (
            None  # the first block not yet coloured; follows edits above it
        )
        self._paint_watch: FirstPaint | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        editor.verticalScrollBar().valueChanged.connect(self._colour_shown)

    # ---- the open ----------------------------------------------------------------------
    def before_open(self, text: str) -> None:
        """The text about to be set is coloured only as far as a screen can show."""
        self.stop()
        self._highlighter.colour_limit = self.first_screen_blocks(text)

    def after_open(self) -> None:
        """The text is set: colour the rest once the editor has painted (at once if it is shown)."""
        limit, self._highlighter.colour_limit = self._highlighter.colour_limit, None
        document = self._editor.document()
        if limit is None or limit >= document.blockCount():
            return
        self._next = QTextCursor(document.findBlockByNumber(limit))
        if self._editor.viewport().isVisible():
            self._timer.start()
        else:
            self._paint_watch = FirstPaint(self._editor.viewport(), self._timer.start)

    def first_screen_blocks(self, text: str) -> int:
        """How many blocks from the top one screen can show: the front matter (folded or
        not) and one block per screen line (a block is at least one line high)."""
        screen = self._editor.screen()
        height = screen.availableGeometry().height() if screen is not None else 2000
        lines = height // max(1, self._editor.fontMetrics().lineSpacing()) + 2
        return text.count("\n", 0, frontmatter.split(text).body_start) + lines

    def is_running(self) -> bool:
        """Blocks of the last open are still waiting for their colours."""
        return self._next is not None

    def stop(self) -> None:
        self._timer.stop()
        if self._paint_watch is not None:
            self._paint_watch.stop()
            self._paint_watch.deleteLater()
            self._paint_watch = None
        self._next = None

    def finish(self) -> None:
        """Colour everything still waiting now (tests, and whoever needs the final colours)."""
        while self._next is not None:
            self._slice(deadline=float("inf"))

    # ---- the pass ----------------------------------------------------------------------
    def _slice(self, deadline: float | None = None) -> None:
        if self._next is None:
            self._timer.stop()
            return
        end = time.perf_counter() + self.SLICE_SECONDS if deadline is None else deadline
        block = self._next.block()
        while block.isValid() and time.perf_counter() < end:
            block = self._colour_run(block)
        if block.isValid():
            self._next.setPosition(block.position())
        else:
            self.stop()

    def _colour_run(self, first: QTextBlock) -> QTextBlock:
        """Colour up to :attr:`RUN` uncoloured blocks from ``first`` with one ``rehighlightBlock``;
        return the block after them.

        Each ``rehighlightBlock`` call costs about 32 µs even when nothing is coloured
        (a cursor, an edit block and the document's signals), twice the colouring of
        an average block. Qt's highlighter goes on to the next block while a block's
        state changes, so every block of the run but its last gets a state no line
        can leave (:data:`UNSEEN`); the highlighter replaces it with the real one,
        goes on, and stops after the last, whose state is already right. Nobody else
        runs meanwhile, so nobody sees the stand-in state.
        """
        if first.layout().formats():
            return first.next()  # coloured meanwhile: left as it is
        run = [first]
        block = first.next()
        while len(run) < self.RUN and block.isValid() and not block.layout().formats():
            run.append(block)
            block = block.next()
        for member in run[:-1]:
            member.setUserState(UNSEEN)
        self._colour(first)
        return run[-1].next()

    def _colour_shown(self) -> None:
        """Scrolled ahead of the pass: colour what the editor shows now, before it paints."""
        if self._next is None:
            return
        first = self._next.block().blockNumber()
        editor = self._editor
        block, bottom, offset = (
            editor.firstVisibleBlock(),
            editor.viewport().height(),
            editor.contentOffset(),
        )
        while (
            block.isValid()
            and editor.blockBoundingGeometry(block).translated(offset).top() < bottom
        ):
            if block.blockNumber() >= first:
                self._colour(block)
            block = block.next()

    def _colour(self, block: QTextBlock) -> None:
        """Colours only, and only for a block that has none yet (see the class)."""
        if block.layout().formats():
            return
        highlighter = self._highlighter
        layout = self._editor.document().documentLayout()
        spelling, highlighter.spelling_enabled = highlighter.spelling_enabled, False
        unlaid = getattr(layout, "colours_only", None) is not None
        if unlaid:
            layout.colours_only = True
        try:
            highlighter.rehighlightBlock(block)
        finally:
            highlighter.spelling_enabled = spelling
            if unlaid:
                layout.colours_only = False
