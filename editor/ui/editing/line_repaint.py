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

from PySide6.QtCore import QObject, QRect, Slot
from PySide6.QtGui import QTextBlock, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.utf16 import has_astral

#: What a block looks like: its own formats and input-method text, then per line
#: ``(x, y, height, text, formats within the line)``.
_Look = tuple[tuple, list[tuple]]


class LineRepaint(QObject):
    """Repaints the changed lines of ``editor``'s edited block instead of the whole block."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._block_number = -1
        self._look: _Look | None = None
        layout = editor.document().documentLayout()
        layout.updateBlock.disconnect()  # the editor's whole-block repaint: replaced below
        layout.updateBlock.connect(self._block_changed)
        layout.update.connect(self._forget)
        layout.documentSizeChanged.connect(self._forget)

    @Slot()
    def _forget(self, *_args) -> None:
        """Everything is repainted (or laid out anew): what was kept may no longer be on screen."""
        self._block_number = -1
        self._look = None

    @Slot(QTextBlock)
    def _block_changed(self, block: QTextBlock) -> None:
        look = _look(block)
        number = block.blockNumber()
        old = self._look if number == self._block_number else None
        self._block_number, self._look = (number, look) if look is not None else (-1, None)
        editor = self._editor
        geometry = editor.blockBoundingGeometry(block).translated(editor.contentOffset())
        if old is None or look is None or old[0] != look[0]:
            top, bottom = geometry.top(), geometry.bottom()  # the whole block, as Qt would
        else:
            old_lines, new_lines = old[1], look[1]
            changed = [
                line
                for index, line in enumerate(new_lines)
                if index >= len(old_lines) or old_lines[index] != line
            ]
            changed += old_lines[len(new_lines) :]
            if not changed:
                return
            origin = geometry.top() + block.layout().position().y()
            top = origin + min(line[1] for line in changed)
            bottom = origin + max(line[1] + line[2] for line in changed)
        area = QRect(0, int(top) - 1, editor.viewport().width(), int(bottom) - int(top) + 3)
        visible = area.intersected(editor.viewport().rect())
        if not visible.isEmpty():
            editor.viewport().update(visible)
            editor.updateRequest.emit(visible, 0)


def _look(block: QTextBlock) -> _Look | None:
    """Each line of ``block`` as drawn: place, text and formats (None: not comparable here)."""
    text = block.text()
    if has_astral(text):  # lines count UTF-16 units: leave such a block whole
        return None
    layout = block.layout()
    # Copies of the formats (cheap, shared data): a range's own dies with the list.
    ranges = [(r.start, r.start + r.length, QTextCharFormat(r.format)) for r in layout.formats()]
    ranges += [
        (r.start, r.start + r.length, QTextCharFormat(r.format)) for r in block.textFormats()
    ]
    ranges.sort(key=_start)
    lines = []
    first = 0  # ranges before this one end before the current line
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        start = line.textStart()
        end = start + line.textLength()
        while first < len(ranges) and ranges[first][1] <= start and ranges[first][0] < start:
            first += 1
        formats = []
        for a, b, fmt in ranges[first:]:
            if a >= end:
                break
            if b > start:
                formats.append((max(a, start) - start, min(b, end) - start, fmt))
        lines.append((line.x(), line.y(), line.height(), text[start:end], formats))
    whole = (
        block.blockFormat(),
        layout.preeditAreaText(),
        layout.preeditAreaPosition(),
        layout.position().x(),
    )
    return whole, lines


def _start(item: tuple) -> int:
    return item[0]
