"""What each line of an article is: front matter, fenced code, indented code, comment or Markdown.

The one place that decides "is this line inside fenced code?" and its
relatives. The highlighter (line by line, carrying the state between Qt text
blocks), spelling, the outline, the checks, the preview's block splitter and
typography all ask here, so a four-backtick fence is closed by four or more
backticks everywhere, or nowhere.

The rules, close to CommonMark:

- **Front matter** is the YAML between a first line ``---`` and the next line
  ``---`` or ``...``, or the TOML between two ``+++`` lines
  (:mod:`editor.core.text.frontmatter` reads it the same way).
- **A fence** is a line of three or more backticks or tildes, indented by up to
  three spaces (any amount inside a list item); a backtick fence's info string
  holds no backtick. It is closed only by a line of the *same* character, at
  least as long, with nothing after it; ``~~~`` inside a backtick fence is
  content. A fence never closed runs to the end of the text.
- **An HTML comment** runs from ``<!--`` to the next ``-->``, across lines; the
  parts of a line outside it stay Markdown (:attr:`Line.start`, :attr:`Line.end`).
- **Indented code** is a line indented by four spaces or a tab after a blank
  line (or the start of the body) outside a list, and the indented lines that
  follow it.

A line's classification depends on the lines above it only; :func:`scan_line` does one
line from the state the previous line left, for a caller that holds its text
in pieces (:func:`scan_line`; the highlighter's block states are these states). Carriage returns
before a newline count as line-end whitespace, so CRLF text scans like LF text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from enum import IntEnum
from typing import NamedTuple

from editor.core.text import frontmatter


class Kind(IntEnum):
    """What a line is (its Markdown part, for a line a comment opens or closes in)."""

    MARKDOWN = 0
    FRONT_MATTER = 1  # both delimiter lines included
    FENCE = 2  # a line that opens or closes fenced code
    CODE = 3  # inside fenced code
    INDENTED_CODE = 4
    COMMENT = 5  # wholly inside an HTML comment

    @property
    def is_code(self) -> bool:
        """Code or YAML: no spelling, no typographic quotes, no Markdown."""
        return self in (Kind.FRONT_MATTER, Kind.FENCE, Kind.CODE, Kind.INDENTED_CODE)

    @property
    def is_text(self) -> bool:
        """Markdown a reader sees (maybe only part of the line, see :class:`Line`)."""
        return self is Kind.MARKDOWN


class Line(NamedTuple):
    """One line: its 0-based number, what it is, and where its Markdown part lies.

    For a :attr:`Kind.MARKDOWN` line, ``text[start:end]`` is the part outside a
    comment that spans lines (a comment closed on the same line stays inside).
    """

    number: int
    kind: Kind
    text: str
    start: int
    end: int
    state: int  # what the line leaves for the next one (see :func:`scan_line`)

    @property
    def markdown(self) -> str:
        return self.text[self.start : self.end] if self.kind is Kind.MARKDOWN else ""


#: The state before the first line of a text (a ``---`` there opens front matter).
START = -1
#: The state after an ordinary line that was neither blank nor part of a list.
NORMAL = -1
#: Qt's "no state" is -1 too; :func:`scan_line` tells the first line apart by ``first``.

_FRONT, _BACKTICK, _TILDE, _COMMENT, _TOML, _TEXT = 1, 2, 3, 4, 5, 0
_MODE_BITS = 3
_BLANK, _LIST, _INDENTED = 1 << 3, 1 << 4, 1 << 5
_LENGTH_SHIFT = 6
_MODE_MASK = (1 << _MODE_BITS) - 1

_FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,})(.*)$")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_FRONT_OPEN = re.compile(r"---[ \t]*\r?")  # the same rules as frontmatter.split
_FRONT_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*\r?")
_TOML_FENCE = re.compile(r"\+\+\+[ \t]*\r?")  # opens and closes TOML front matter


def scan(text: str, *, front_matter: bool = True) -> Iterator[Line]:
    """Every line of ``text`` (split at ``\\n``) with its kind, top to bottom.

    Front matter is what :func:`editor.core.text.frontmatter.split` finds, so the
    lines agree with the article's fields; an opening ``---`` that is never
    closed is not front matter. ``front_matter=False`` scans a body whose front
    matter is already cut off (a ``---`` on its first line is a rule there).
    """
    lines = text.split("\n")
    front_lines = text.count("\n", 0, frontmatter.split(text).body_start) if front_matter else 0
    for number in range(min(front_lines, len(lines))):
        yield Line(number, Kind.FRONT_MATTER, lines[number], 0, 0, _FRONT if number < front_lines - 1 else _BLANK)
    state = _BLANK
    for number in range(front_lines, len(lines)):
        line = lines[number]
        kind, start, end, state = _step(state, line, front_matter and number == 0)
        yield Line(number, kind, line, start, end, state)


def kinds(text: str) -> list[Kind]:
    """The kind of every line of ``text``."""
    return [line.kind for line in scan(text)]


def scan_line(state: int, line: str, first: bool = False) -> Line:
    """One line after a line that left ``state``: its kind, Markdown part and the state it leaves.

    ``first`` marks the text's first line (whose ``state`` is :data:`START`);
    there a ``---`` opens front matter, which ends at ``---`` or ``...``. The
    states are small integers, the most common equal to the ones the
    highlighter has always used (-1 ordinary, 1 front matter, 2/3 inside a
    three-character backtick/tilde fence). ``number`` is 0: the caller knows it.
    """
    kind, start, end, state = _step(state, line, first)
    return Line(0, kind, line, start, end, state)


def kind_at(lines_before: Sequence[str], line: str) -> Kind:
    """The kind of ``line`` when ``lines_before`` stand above it (line by line, like the editor)."""
    return scan_line(state_after(lines_before), line, not lines_before).kind


def state_after(lines: Sequence[str]) -> int:
    """The state the last of ``lines`` leaves (:data:`START` for none)."""
    state = START
    for index, line in enumerate(lines):
        state = _step(state, line, index == 0)[3]
    return state


def inside_block(state: int) -> bool:
    """Whether the line after one that left ``state`` continues front matter, a fence or a comment."""
    return state != NORMAL and state & _MODE_MASK in (_FRONT, _TOML, _BACKTICK, _TILDE, _COMMENT)


def fence_opening(line: str, in_list: bool = True) -> str | None:
    """The fence ("```", "~~~~"…) if ``line`` opens fenced code, else None.

    Up to three spaces of indentation, any inside a list item (``in_list``);
    ``` followed by more backticks on the line is inline code, not a fence.
    """
    match = _FENCE.match(line)
    if match is None:
        return None
    indent, fence, info = match.groups()
    if not in_list and (len(indent.expandtabs(4)) > 3):
        return None
    if fence[0] == "`" and "`" in info:
        return None
    return fence


def fence_closes(line: str, fence: str) -> bool:
    """Whether ``line`` closes the fenced code that ``fence`` opened (same character, as long or longer)."""
    stripped = line.strip(" \t\r")
    return len(stripped) >= len(fence) and stripped == fence[0] * len(stripped)


# ---- the state machine -------------------------------------------------------------


def _step(state: int, line: str, first: bool) -> tuple[Kind, int, int, int]:
    """``(kind, markdown start, markdown end, next state)`` for one line."""
    if first:
        if _FRONT_OPEN.fullmatch(line):
            return Kind.FRONT_MATTER, 0, 0, _FRONT
        if _TOML_FENCE.fullmatch(line):
            return Kind.FRONT_MATTER, 0, 0, _TOML
        mode, flags = _TEXT, _BLANK  # the start of a text is like a blank line
    elif state == NORMAL:
        mode, flags = _TEXT, 0
    else:
        mode, flags = state & _MODE_MASK, state & (_BLANK | _LIST | _INDENTED)
    if mode in (_FRONT, _TOML):
        if (_FRONT_CLOSE if mode == _FRONT else _TOML_FENCE).fullmatch(line):
            return Kind.FRONT_MATTER, 0, 0, _text_state(_BLANK)
        return Kind.FRONT_MATTER, 0, 0, mode
    if mode in (_BACKTICK, _TILDE):
        fence = ("`" if mode == _BACKTICK else "~") * ((state >> _LENGTH_SHIFT) + 3)
        if fence_closes(line, fence):
            return Kind.FENCE, 0, 0, _text_state(flags & _LIST)
        return Kind.CODE, 0, 0, state
    start = 0
    if mode == _COMMENT:
        close = line.find("-->")
        if close < 0:
            return Kind.COMMENT, 0, 0, state
        start = close + 3
        flags &= _LIST
    elif not line.strip(" \t\r"):
        return Kind.MARKDOWN, 0, len(line), _text_state(flags | _BLANK)
    else:
        indented = line.startswith(("    ", "\t"))
        if indented and (flags & _INDENTED or (flags & _BLANK and not flags & _LIST)):
            return Kind.INDENTED_CODE, 0, 0, _text_state(_INDENTED | (flags & _LIST))
        fence = fence_opening(line, bool(flags & _LIST))
        if fence is not None:
            mode = _BACKTICK if fence[0] == "`" else _TILDE
            return Kind.FENCE, 0, 0, mode | (flags & _LIST) | ((len(fence) - 3) << _LENGTH_SHIFT)
        if _LIST_ITEM.match(line):
            flags = _LIST
        elif flags & _BLANK and not line[:1].isspace():
            flags = 0  # a paragraph at the margin after a blank line ends the list
        else:
            flags &= _LIST
    opened = _comment_opens(line, start)
    if opened is not None:
        return Kind.MARKDOWN, start, opened, _COMMENT | (flags & _LIST)
    return Kind.MARKDOWN, start, len(line), _text_state(flags)


def _text_state(flags: int) -> int:
    return NORMAL if not flags else _TEXT | flags


def _comment_opens(line: str, start: int) -> int | None:
    """Where a comment that the line does not close opens, from ``start`` on.

    Wherever ``<!--`` stands (even in a code span: spelling and typography
    have always read it so, and a line scanner cannot see spans).
    """
    position = start
    while True:
        opening = line.find("<!--", position)
        if opening < 0:
            return None
        closing = line.find("-->", opening + 4)
        if closing < 0:
            return opening
        position = closing + 3
