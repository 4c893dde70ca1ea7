"""Markdown syntax highlighting, with spelling underlines merged in.

The rules are data: one table of (pattern, style) rows for inline and line
syntax; which lines are front matter, code or comment is
:mod:`editor.core.text.markdown_lines`'s decision, carried between blocks in the
block state. Positions are converted from Python code points to the UTF-16
units Qt counts, so an emoji never shifts a colour.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from editor.core.text import markdown_lines
from editor.core.text.markdown_lines import Kind
from editor.core.utf16 import utf16_offsets


@dataclass(frozen=True)
class Style:
    """How a syntax element looks; colours are picked for light and dark themes."""

    light: str = ""
    dark: str = ""
    bold: bool = False
    italic: bool = False
    monospace: bool = False
    strike: bool = False


STYLES: dict[str, Style] = {
    "heading": Style("#1a4d8f", "#8ab4f8", bold=True),
    "bold": Style(bold=True),
    "italic": Style(italic=True),
    "strike": Style("#777777", "#999999", strike=True),
    "code": Style("#8a3b12", "#f0a070", monospace=True),
    "fence": Style("#8a3b12", "#f0a070", monospace=True),
    "link_text": Style("#0b6e4f", "#6fd3a8"),
    "link_target": Style("#777777", "#9a9a9a"),
    "image": Style("#7a3e9d", "#c79bf2"),
    "quote": Style("#5b6770", "#a8b3bc", italic=True),
    "list_marker": Style("#b35900", "#ffb366", bold=True),
    "html": Style("#9c2f6f", "#e58bc0"),
    "front_key": Style("#7a3e9d", "#c79bf2", bold=True),
    "front": Style("#5b6770", "#a8b3bc"),
    "rule": Style("#999999", "#777777", bold=True),
    "footnote": Style("#7a3e9d", "#c79bf2"),
    "table": Style(monospace=True),
}

#: (pattern, style, group): the group of the match that gets the style.
LINE_RULES: list[tuple[re.Pattern[str], str, int]] = [
    (re.compile(r"^ {0,3}#{1,6}(?: .*)?$"), "heading", 0),
    (re.compile(r"^ {0,3}>.*$"), "quote", 0),
    (re.compile(r"^ {0,3}(?:[-*_] *){3,}$"), "rule", 0),
    (re.compile(r"^\s*([-*+]|\d+[.)])(?=\s)"), "list_marker", 1),
    (re.compile(r"^\s{0,3}\[\^[^\]]+\]:"), "footnote", 0),
    (re.compile(r"^\s{0,3}\|.*\|\s*$"), "table", 0),  # columns line up in a fixed-width font
]
#: (pattern, style, group, needs): ``needs`` lists strings of which a line must hold
#: one for the pattern to match at all, so a line of plain prose runs few patterns
#: (typing re-highlights the whole paragraph on every key).
INLINE_RULES: list[tuple[re.Pattern[str], str, int, tuple[str, ...]]] = [
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), "bold", 0, ("**", "__")),
    (re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)"), "italic", 0, ("*",)),
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), "italic", 0, ("_",)),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), "strike", 0, ("~~",)),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)(?:\{[^}]*\})?"), "image", 0, ("![",)),
    (re.compile(r"(?<!!)\[[^\]]+\](?=[(\[])"), "link_text", 0, ("](", "][")),
    (re.compile(r"(?<=\])\([^)]*\)|(?<=\])\[[^\]]*\]"), "link_target", 0, ("](", "][")),
    (re.compile(r"<https?://[^>]+>|<[^@\s>]+@[^>\s]+>"), "link_target", 0, ("<",)),
    (re.compile(r"</?[A-Za-z][^>]*>|&[A-Za-z#0-9]+;"), "html", 0, ("<", "&")),
    (re.compile(r"\[\^[^\]]+\]"), "footnote", 0, ("[^",)),
    (re.compile(r"(`+)(.+?)\1"), "code", 0, ("`",)),
]
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]")  # YAML key: or TOML key =

#: ``(start, length)`` or ``(start, length, probable)`` per flagged word of a line.
SpellSpans = Callable[[str], Iterable[tuple[int, ...]]]
#: How a stretch is flagged: a misspelling outranks a probable typo.
PROBABLE, WRONG = 1, 2


class MarkdownHighlighter(QSyntaxHighlighter):
    """Colours Markdown and underlines misspelled prose.

    ``spell_spans(line)`` returns (start, length) pairs in code points for a line
    of Markdown prose; it is not called for front matter, code or comments.
    """

    def __init__(self, document: QTextDocument, spell_spans: SpellSpans | None = None) -> None:
        super().__init__(document)
        self.spell_spans = spell_spans
        self.spelling_enabled = spell_spans is not None
        self.spell_format = QTextCharFormat()
        self.spell_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.spell_format.setUnderlineColor(QColor("#d0021b"))
        # A probable typo (a known word close to a much more frequent one): dotted, amber.
        self.probable_format = QTextCharFormat()
        self.probable_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self.probable_format.setUnderlineColor(QColor("#c77d00"))
        self._formats: dict[str, QTextCharFormat] = {}
        #: While a text is opened (see :mod:`.colour_later`): blocks from this number on
        #: get their state only, their colours come after the first frame.
        self.colour_limit: int | None = None
        self.refresh_colors()

    def refresh_colors(self) -> None:
        """Pick the light or dark colours for the current palette, then re-highlight."""
        palette = QApplication.palette() if QApplication.instance() else QPalette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        self._formats = {name: _format(style, dark) for name, style in STYLES.items()}
        self._merged_cache: dict[tuple[tuple[str, ...], int], QTextCharFormat] = {}
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        previous = self.previousBlockState()
        block = self.currentBlock()
        offsets = utf16_offsets(text)

        def apply(start: int, end: int, name: str) -> None:
            if offsets is not None:
                start, end = offsets[start], offsets[end]
            self.setFormat(start, end - start, self._formats[name])

        scanned = markdown_lines.scan_line(previous, text, block.blockNumber() == 0)
        self.setCurrentBlockState(scanned.state)
        if self.colour_limit is not None and block.blockNumber() >= self.colour_limit:
            return  # below the first screen while opening: the state carries over, colours come later
        kind = scanned.kind
        if kind is Kind.FRONT_MATTER:
            apply(0, len(text), "front")
            key = _FRONT_KEY.match(text) if previous != markdown_lines.START else None
            if key:
                apply(0, key.end(1), "front_key")
            return
        if kind.is_code:
            apply(0, len(text), "fence")
            return
        if kind is Kind.COMMENT:
            apply(0, len(text), "html")
            return
        ranges: list[tuple[int, int, str]] = []
        for pattern, name, group in LINE_RULES:
            match = pattern.match(text)
            if match:
                ranges.append((match.start(group), match.end(group), name))
        for pattern, name, group, needs in INLINE_RULES:
            if any(need in text for need in needs):
                ranges.extend((m.start(group), m.end(group), name) for m in pattern.finditer(text))
        if scanned.start > 0:  # the end of a comment begun above
            ranges.append((0, scanned.start, "html"))
        if scanned.end < len(text):  # a comment that goes on below
            ranges.append((scanned.end, len(text), "html"))
        misspelled: list[tuple[int, int, int]] = []
        if self.spelling_enabled and self.spell_spans is not None:
            misspelled = [
                (span[0], span[0] + span[1], PROBABLE if len(span) > 2 and span[2] else WRONG)
                for span in self.spell_spans(text)
                if scanned.start <= span[0] and span[0] + span[1] <= scanned.end
            ]
        self._paint(ranges, misspelled, offsets)

    def _paint(
        self, ranges: list[tuple[int, int, str]], misspelled: list[tuple[int, int, int]], offsets: list[int] | None
    ) -> None:
        """Give each stretch between rule boundaries the merge of every rule covering it.

        Layering (bold inside a heading keeps the heading's colour, an underline
        keeps both) and one setFormat call per stretch instead of per character.
        """
        if not ranges and not misspelled:
            return
        points = sorted(
            {p for start, end, _ in ranges for p in (start, end)} | {p for s, e, _ in misspelled for p in (s, e)}
        )
        for left, right in itertools.pairwise(points):
            names = tuple(name for start, end, name in ranges if start <= left and end >= right)
            wrong = max((kind for start, end, kind in misspelled if start <= left and end >= right), default=0)
            if not names and not wrong:
                continue
            fmt = self._merged(names, wrong)
            if offsets is not None:
                left, right = offsets[left], offsets[right]
            self.setFormat(left, right - left, fmt)

    def _merged(self, names: tuple[str, ...], wrong: int) -> QTextCharFormat:
        key = (names, wrong)
        fmt = self._merged_cache.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            for name in names:
                fmt.merge(self._formats[name])
            if wrong == WRONG:
                fmt.merge(self.spell_format)
            elif wrong == PROBABLE:
                fmt.merge(self.probable_format)
            self._merged_cache[key] = fmt
        return fmt


def _format(style: Style, dark: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    color = style.dark if dark else style.light
    if color:
        fmt.setForeground(QColor(color))
    if style.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if style.italic:
        fmt.setFontItalic(True)
    if style.strike:
        fmt.setFontStrikeOut(True)
    if style.monospace:
        fmt.setFontFamilies(["monospace"])
        fmt.setFontFixedPitch(True)
    return fmt

