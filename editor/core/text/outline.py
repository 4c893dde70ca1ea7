"""Headings of the article body, with their line in the full text.

Lines count from 0 in the text as the editor holds it (front matter
included), so the outline and the checks can move the cursor straight there.
Headings are read from the Markdown lines, not the rendered HTML, because
only the source knows where a heading stands.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from editor.core.text import markdown_lines
from editor.core.text.markdown_lines import Kind

#: The outline panel shows section and subsection headings; the headline is H1.
OUTLINE_LEVELS = (2, 3)

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_CLOSING_HASHES = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_ATTR_LIST = re.compile(r"[ \t]*\{:?[^}\n]*\}[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|!?\[([^\]]*)\]\[[^\]]*\]")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_NOT_PARAGRAPH = re.compile(r"^ {0,3}(?:[-*+>]|\d+[.)]|#|<|\||```|~~~)")


class Heading(NamedTuple):
    level: int
    title: str
    line: int  # 0-based line in the full text


def outline(text: str) -> list[Heading]:
    """The body's H2 and H3 headings, in order."""
    return [h for h in headings(text) if h.level in OUTLINE_LEVELS]


def headings(text: str) -> list[Heading]:
    """All headings (ATX ``## …`` and setext underlines) of the body, in order.

    Front matter, code and comments hold none (:mod:`editor.core.text.markdown_lines`).
    """
    lines = text.split("\n")
    found: list[Heading] = []
    paragraph_start: int | None = None  # number of the first line of an open paragraph
    for scanned in markdown_lines.scan(text):
        index, line = scanned.number, scanned.markdown
        if scanned.kind is not Kind.MARKDOWN:
            paragraph_start = None
            continue
        atx = _ATX.match(line)
        if atx:
            found.append(Heading(len(atx.group(1)), _clean(atx.group(2) or ""), index))
            paragraph_start = None
            continue
        setext = _SETEXT.match(line)
        if setext and paragraph_start is not None:
            level = 1 if setext.group(1).startswith("=") else 2
            title = " ".join(s.strip() for s in lines[paragraph_start:index])
            found.append(Heading(level, _clean(title), paragraph_start))
            paragraph_start = None
            continue
        if not line.strip() or line.startswith(("    ", "\t")):
            paragraph_start = None
        elif paragraph_start is None and not _NOT_PARAGRAPH.match(line):
            paragraph_start = index
    return found


def _clean(title: str) -> str:
    """The heading as a reader sees it: no closing hashes, attribute list or markup."""
    title = _ATTR_LIST.sub("", _CLOSING_HASHES.sub("", title))
    title = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), title)
    previous = None
    while previous != title:
        previous, title = title, _EMPHASIS.sub(r"\2", title)
    return title.replace("\\", "").strip()
