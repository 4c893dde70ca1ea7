"""What the rules read: the article under check and what several rules need, computed once.

The prose view blanks all markup so the word rules see only what a reader
sees, at the columns where it stands. Every line kind (front matter, fenced or
indented code, comments) comes from the one line scanner,
:mod:`editor.core.text.markdown_lines`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from editor.core.checks.limits import HEADLINE_LIMIT, TEASER_LIMIT
from editor.core.render.mdext.figure import parse_figure
from editor.core.text import markdown_lines
from editor.core.text.article import Article, Image
from editor.core.text.markdown_lines import Kind
from editor.core.text.outline import Heading, headings


@dataclass
class CheckContext:
    """The article under check plus what several rules need, computed once."""

    article: Article
    text: str
    headline_limit: int = HEADLINE_LIMIT
    teaser_limit: int = TEASER_LIMIT
    speller: Any = None  # a SpellService to reuse; None makes one for the article's language

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @cached_property
    def scanned(self) -> dict[int, markdown_lines.Line]:
        """The body's lines as :mod:`editor.core.text.markdown_lines` sees them, by number."""
        return {
            line.number: line
            for line in markdown_lines.scan(self.text)
            if line.number >= self.article.body_line
        }

    @cached_property
    def code_lines(self) -> frozenset[int]:
        """Lines of code in the body: fenced (with the fences) or indented (text line numbers)."""
        return frozenset(number for number, line in self.scanned.items() if line.kind.is_code)

    @cached_property
    def body_lines(self) -> list[tuple[int, str]]:
        """(line, text) of body lines outside code, with inline code blanked."""
        return [
            (index, _blank(_INLINE_CODE, self.lines[index]))
            for index in range(self.article.body_line, len(self.lines))
            if index not in self.code_lines
        ]

    @cached_property
    def prose(self) -> list[tuple[int, str]]:
        """Body lines with all markup blanked: only words a reader sees remain."""
        result = []
        for index, line in self.body_lines:
            scanned = self.scanned[index]
            if scanned.kind is not Kind.MARKDOWN:  # wholly inside a comment
                result.append((index, MASK * len(line)))
                continue
            start, end = scanned.start, scanned.end  # outside a comment over several lines
            line = MASK * start + line[start:end] + MASK * (len(line) - end)
            for pattern, mask in _MARKUP:
                line = _blank(pattern, line, mask)
            result.append((index, line))
        return result

    @cached_property
    def headings(self) -> list[Heading]:
        return headings(self.text)

    @cached_property
    def body_images(self) -> list[tuple[int, int, Image]]:
        """(line, column, image) of every image in the body outside code."""
        found = []
        for index, line in self.body_lines:
            for match in _IMAGE.finditer(line):
                image = parse_figure(match.group(0))
                if image is not None:
                    found.append((index, match.start(), image))
        return found

    def key_line(self, key: str) -> int:
        """Line of a top-level front matter key, else the first line."""
        pattern = re.compile(rf"^['\"]?{re.escape(key)}['\"]?[ \t]*:")
        for index in range(min(self.article.body_line, len(self.lines))):
            if pattern.match(self.lines[index]):
                return index
        return 0


def _blank(pattern: re.Pattern[str], line: str, mask: str = "\x00") -> str:
    """``line`` with ``pattern``'s matches overwritten, so columns stay where they were."""
    return pattern.sub(lambda m: mask * len(m.group(0)), line)


#: Markup a reader sees as something (code, images, URLs) becomes MASK: not a space,
#: so "die `x` die" is no doubled word. Markup a reader does not see at all (a link's
#: address, tags, emphasis marks) becomes HIDDEN, which the word checks drop.
MASK = "\x00"
HIDDEN = "\x01"
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
_IMAGE = re.compile(
    r"""!\[(?:\\.|[^\]\\])*\]\(\s*(?:<[^>\n]*>|[^\s)]*)(?:\s+(?:"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\([^)]*\)))?\s*\)(?:\{[^}\n]*\})?"""
)
_MARKUP: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^ {0,3}\[[^\]]+\]:.*$"), MASK),  # reference definition
    (_IMAGE, MASK),
    (re.compile(r"\]\((?:<[^>]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"), HIDDEN),
    (re.compile(r"\]\[[^\]]*\]"), HIDDEN),
    (re.compile(r"<[a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*>"), MASK),  # autolink
    (re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://\S+"), MASK),  # bare URL
    (re.compile(r"<!--.*?-->"), HIDDEN),
    (re.compile(r"</?[a-zA-Z][^>]*>"), HIDDEN),  # HTML tag
    (re.compile(r"\{:?[^}\n]*\}"), HIDDEN),  # attribute list
    (re.compile(r"\\[\\`*_{}\[\]()#+\-.!\"'|<>~]"), MASK),  # backslash escape: a literal, on purpose
    (re.compile(r"[\[\]]|(?<!\w)[*_]+|[*_]+(?!\w)"), HIDDEN),  # link brackets, emphasis marks
)
