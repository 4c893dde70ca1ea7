"""Spelling underlines: their look, a field's highlighter, and reading them back.

A misspelling gets a red wavy underline, a probable typo ("Mondtag" for
"Montag") a quieter dotted amber one. The context menu and the tooltips read
the underlines back from the block layout (:func:`underlined_range`), so they
always agree with what the writer sees, whichever highlighter drew it.

Positions: the core counts code points, Qt counts UTF-16 units; conversion
happens here (:func:`~editor.core.utf16.utf16_spans`), right where the two meet.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from editor.core.utf16 import utf16_spans
from editor.ui.spelling.controller import SpellController, connect_highlighter

#: Misspellings: red, wavy.
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


def underlined_range(
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
