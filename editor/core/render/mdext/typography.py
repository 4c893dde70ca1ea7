"""Typographic quotes, dashes and ellipsis, German or English, as one fast pass.

Python-Markdown's smarty extension does this with many inline patterns and
about doubled the render time of a long article. This extension walks the
finished element tree once and rewrites text nodes with a few regular
expressions; code, preformatted text and raw HTML are left alone. The same
:func:`educate` serves plain-text fields (headline, teaser, captions).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from editor.core.languages import quote_style

_SKIP = frozenset({"code", "pre", "kbd", "samp", "script", "style", "math"})
_DASHES = ((re.compile(r"(?<!-)---(?!-)"), "—"), (re.compile(r"(?<!-)--(?!-)"), "–"))
_ELLIPSIS = re.compile(r"(?<!\.)\.\.\.(?!\.)")
_QUOTE = re.compile(r"[\"']")
#: After these (or at the start), a quote mark opens.
_OPENERS = frozenset(" \t\n\r\u00a0([{<-–—/\u2002\u2003\u2009")


class Educator:
    """Rewrites text runs in document order, remembering the character before each run."""

    def __init__(self, lang: str = "de_DE") -> None:
        self.quotes = quote_style(lang)  # None: a language whose marks Feder does not know
        self.previous = " "
        self.single_open = False

    def __call__(self, text: str) -> str:
        if not text:
            return text
        for pattern, dash in _DASHES:
            text = pattern.sub(dash, text)
        text = _ELLIPSIS.sub("…", text)
        if self.quotes is not None and ('"' in text or "'" in text):
            text = _QUOTE.sub(lambda m: self._quote(m, text), text)
        self.previous = text[-1]
        return text

    def _quote(self, match: re.Match[str], text: str) -> str:
        start = match.start()
        before = text[start - 1] if start else self.previous
        # At the end of a run the next character sits in the next element ("*Zitat*").
        after = text[start + 1] if start + 1 < len(text) else "x"
        opens = before in _OPENERS
        quotes = self.quotes
        assert quotes is not None
        open_double, close_double = quotes.open_double, quotes.close_double
        open_single, close_single, apostrophe = quotes.open_single, quotes.close_single, quotes.apostrophe
        if match.group() == '"':
            return open_double if opens and not after.isspace() else close_double
        if before.isalnum() and (after.isalnum() or not self.single_open):
            return apostrophe  # geht's, Hans' Haus, '90er stays below
        if opens and (after.isalnum() or after in "„“\"'"):
            if after.isdigit():
                return apostrophe  # ’90er
            self.single_open = True
            return open_single
        self.single_open = False
        return close_single


def educate(text: str, lang: str = "de_DE") -> str:
    """Plain ``text`` with typographic quotes, dashes and ellipsis for ``lang``."""
    return Educator(lang)(text)


class TypographyTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, lang: str) -> None:
        super().__init__(md)
        self.lang = lang

    def run(self, root: ET.Element) -> None:
        educator = Educator(self.lang)
        self._walk(root, educator)

    def _walk(self, element: ET.Element, educator: Educator) -> None:
        if element.tag in _SKIP:
            educator.previous = "x"  # a quote right after code closes
            return
        if element.text:  # raw HTML sits in the stash behind a placeholder without quotes
            element.text = educator(element.text)
        for child in element:
            self._walk(child, educator)
            if child.tail:
                child.tail = educator(child.tail)


class TypographyExtension(Extension):
    def __init__(self, **kwargs) -> None:
        self.config = {"lang": ["de_DE", "article language: its quotation marks (editor.core.languages)"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's hook
        for char in "\"'":  # \" keeps a straight quote
            if char not in md.ESCAPED_CHARS:
                md.ESCAPED_CHARS.append(char)
        # After inline patterns (20) and prettify (10), before unescape (0), so a
        # backslash-escaped quote stays straight.
        md.treeprocessors.register(TypographyTreeprocessor(md, self.getConfig("lang")), "feder_typography", 2)


def makeExtension(**kwargs) -> TypographyExtension:  # noqa: N802 - Python-Markdown's hook
    return TypographyExtension(**kwargs)
