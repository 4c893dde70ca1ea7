"""Repaint only the lines of a paragraph that look different after an edit.

A QPlainTextEdit repaints the whole paragraph (its text block) whenever the
block's layout changes: a key typed into a ten-line paragraph repaints ten
lines. Yet only the line with the cursor changed, and the lines whose words
wrapped differently; the lines after them hold the same characters in the
same colours, moved along in the document but not on screen.

:class:`LineRepaint` takes over the layout's ``updateBlock`` signal (the
editor's own whole-block repaint). For the block it last repainted it keeps
each line's place, text and formats; when that block changes again it
repaints the lines that differ, and a block it does not know whole. Anything
that lays out more than one block (a resize, a new font, a line break) makes
the editor repaint everything, and this forgets what it kept.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QObject, QRect, Slot
from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.text.common_ends import common_prefix, common_suffix
from editor.core.utf16 import has_astral

#: One format range of a block: ``(start, end, format)``.
_Range = tuple[int, int, QTextCharFormat]
#: One screen line of a block: ``(text start, text length, x, y, height)``.
_Line = tuple[int, int, float, float, float]


class LineRepaint(QObject):
    """Repaints the changed lines of ``editor``'s edited block instead of the whole block.

    For the block it last saw it keeps the text, the format ranges and each
    line's place. A key changes one stretch of the text; left and right of
    that stretch text and formats are compared as two short lists, and only
    the lines around the changed stretch are read from the layout: a line
    further down that starts where it started before (shifted by the edit)
    and at the same height is followed by the same lines as before, since
    the same text breaks the same way. So a key costs the same in a
    three-line and a thirty-line paragraph.
    """

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._block_number = -1
        self._text = ""
        self._whole: tuple | None = None
        self._ranges: list[_Range] = []
        self._lines: list[_Line] = []
        #: Screen lines read from a layout so far (tests: a key reads a few, not the paragraph).
        self.lines_read = 0
        layout = editor.document().documentLayout()
        layout.updateBlock.disconnect()  # the editor's whole-block repaint: replaced below
        layout.updateBlock.connect(self._block_changed)
        layout.update.connect(self._forget)
        layout.documentSizeChanged.connect(self._forget)

    @Slot()
    def _forget(self, *_args) -> None:
        """Everything is repainted (or laid out anew): what was kept may no longer be on screen."""
        self._block_number = -1
        self._whole = None

    @Slot(QTextBlock)
    def _block_changed(self, block: QTextBlock) -> None:
        editor = self._editor
        geometry = editor.blockBoundingGeometry(block).translated(editor.contentOffset())
        changed = self._changed_lines(block)
        if changed is None:
            top, bottom = geometry.top(), geometry.bottom()  # the whole block, as Qt would
        elif not changed:
            return
        else:
            origin = geometry.top() + block.layout().position().y()
            top = origin + min(line[3] for line in changed)
            bottom = origin + max(line[3] + line[4] for line in changed)
        area = QRect(0, int(top) - 1, editor.viewport().width(), int(bottom) - int(top) + 3)
        visible = area.intersected(editor.viewport().rect())
        if not visible.isEmpty():
            editor.viewport().update(visible)
            editor.updateRequest.emit(visible, 0)

    def _changed_lines(self, block: QTextBlock) -> list[_Line] | None:
        """The lines (new and old) that look different; None: repaint the whole block.

        Also keeps what the block looks like now, for the next call.
        """
        text = block.text()
        number = block.blockNumber()
        if has_astral(text):  # lines count UTF-16 units, the text code points: leave it whole
            self._forget()
            return None
        layout = block.layout()
        whole = (
            block.blockFormat(),
            layout.preeditAreaText(),
            layout.preeditAreaPosition(),
            layout.position().x(),
        )
        ranges = _ranges(block)
        old_text, old_ranges, old_lines = self._text, self._ranges, self._lines
        known = number == self._block_number and self._whole is not None and self._whole == whole
        self._block_number, self._text, self._whole, self._ranges = number, text, whole, ranges
        if not known:
            self._lines = self._read(layout, 0, layout.lineCount())
            return None
        prefix = common_prefix(old_text, text)
        suffix = common_suffix(old_text, text, min(len(old_text), len(text)) - prefix)
        old_end, new_end = len(old_text) - suffix, len(text) - suffix
        lo, hi = _dirty_stretch(old_ranges, ranges, prefix, old_end, new_end)
        if lo > hi:  # same text, same formats: the same lines
            return []
        delta = new_end - old_end
        count = layout.lineCount()
        if not count:
            self._lines = []
            return None
        # The line that held the stretch's start: the text before it is as it was,
        # so the lines above break as before unless this one now starts elsewhere
        # (its first word moved up, or one moved down into it).
        start = min(max(0, bisect_right(old_lines, lo, key=_start) - 1), count - 1)
        read = self._read(layout, start, start + 1)
        while start > 0 and (start >= len(old_lines) or old_lines[start][0] != read[0][0]):
            start -= 1
            read[:0] = self._read(layout, start, start + 1)
        position = start + len(read)
        same_from = count  # lines from here on equal the old ones, shifted by the edit
        while position < count:
            line = self._read(layout, position, position + 1)[0]
            read.append(line)
            position += 1
            if (
                line[0] > hi
                and count == len(old_lines)
                and old_lines[position - 1] == (line[0] - delta, *line[1:])
            ):
                same_from = position
                break
        changed = _differing(old_lines[start:same_from], read, lo, hi, delta)
        new = old_lines[:start] + read
        if same_from < count:
            new += [(s + delta, *rest) for s, *rest in old_lines[same_from:]]
        else:
            changed += old_lines[count:]  # lines the block no longer has
        self._lines = new
        return changed

    def _read(self, layout: QTextLayout, first: int, end: int) -> list[_Line]:
        """Screen lines ``first`` to ``end`` (exclusive) of ``layout``."""
        self.lines_read += end - first
        lines = []
        for index in range(first, end):
            line = layout.lineAt(index)
            lines.append((line.textStart(), line.textLength(), line.x(), line.y(), line.height()))
        return lines


def _ranges(block: QTextBlock) -> list[_Range]:
    """The block's format ranges (the highlighter's and the document's), by start."""
    # Copies of the formats (cheap, shared data): a range's own dies with the list.
    ranges = [
        (r.start, r.start + r.length, QTextCharFormat(r.format)) for r in block.layout().formats()
    ]
    ranges += [
        (r.start, r.start + r.length, QTextCharFormat(r.format)) for r in block.textFormats()
    ]
    ranges.sort(key=_start)
    return ranges


def _dirty_stretch(
    old: list[_Range], new: list[_Range], prefix: int, old_end: int, new_end: int
) -> tuple[int, int]:
    """``(lo, hi)``: new positions outside which text and formats are as before (lo > hi: all are).

    The text differs in ``new_end - prefix`` characters at ``prefix``; the
    formats are compared left of it as they are and right of it shifted by the
    edit, each cut at the stretch, so a range reaching over the edit (a bold
    phrase being typed into) does not count as changed.
    """
    delta = new_end - old_end
    lo, hi = prefix, new_end
    old_before = [(a, min(b, prefix), f) for a, b, f in old if a < prefix]
    new_before = [(a, min(b, prefix), f) for a, b, f in new if a < prefix]
    if old_before != new_before:
        index = 0
        while (
            index < min(len(old_before), len(new_before)) and old_before[index] == new_before[index]
        ):
            index += 1
        lo = min(r[0] for r in old_before[index : index + 1] + new_before[index : index + 1])
    old_after = [(max(a, old_end) + delta, b + delta, f) for a, b, f in old if b > old_end]
    new_after = [(max(a, new_end), b, f) for a, b, f in new if b > new_end]
    if old_after != new_after:
        back = 1  # the first pair that differs, counted from the end
        while back <= min(len(old_after), len(new_after)) and old_after[-back] == new_after[-back]:
            back += 1
        ends = [r[-back][1] for r in (old_after, new_after) if back <= len(r)]
        hi = max(ends)
    if lo == hi == prefix and old_end == new_end:
        return 1, 0  # nothing changed
    return lo, hi


def _differing(old: list[_Line], new: list[_Line], lo: int, hi: int, delta: int) -> list[_Line]:
    """The lines of ``new`` (and ``old``, same index) that look different.

    A line touching the stretch ``lo``..``hi`` differs; one left of it must
    match the old line exactly, one right of it the old line shifted by ``delta``.
    """
    changed = []
    for index, line in enumerate(new):
        start, end = line[0], line[0] + line[1]
        if start <= hi and end >= lo:
            changed.append(line)
            if index < len(old):
                changed.append(old[index])
            continue
        was = old[index] if index < len(old) else None
        if was is None:
            changed.append(line)
        elif (was if end < lo else (was[0] + delta, *was[1:])) != line:
            changed += (line, was)
    return changed


def _start(item: tuple) -> int:
    return item[0]
