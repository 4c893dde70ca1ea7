"""Typographic replacements while typing: quotes, dashes, the ellipsis.

Writers type on keyboards that only have straight quotes; a German article
wants „…“ and ‚…‘, the apostrophe ’, the Gedankenstrich – and the ellipsis ….
The rules look only at what is left of the cursor on the current line, so
they work while typing, when the text right of the cursor is not yet there.

Markdown and markup must survive: nothing changes in code spans, fenced code,
front matter, link destinations, HTML tags and comments, table delimiter rows
or thematic breaks (``---``). The editor applies a replacement as its own undo
step, so Ctrl+Z right after it gives back exactly what was typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from editor.core.languages import QuoteStyle, quote_style
from editor.core.text import markdown_lines


@dataclass(frozen=True)
class Replacement:
    """Delete ``remove`` characters left of the cursor, then insert ``insert``.

    The character just typed is the last of the removed ones, so ``remove`` is
    at least 1. Counts are Python characters (code points).
    """

    remove: int
    insert: str


# A quote typed after one of these (or after an opening quote) opens.
_OPENING_CONTEXT = frozenset("([{</-–—")
_EMPHASIS = "*_~"
_TRIGGERS = frozenset("\"'-.")
_TABLE_OR_RULE = re.compile(r"[\s|:\-]*")
# Left of the cursor inside a raw HTML tag, e.g. <a href="…
_IN_HTML_TAG = re.compile(r"<[A-Za-z/!][^<>]*$")
# Left of the cursor inside an attribute list: ![…](…){credit="…
_IN_ATTR_LIST = re.compile(r"\{[^{}]*$")
# Left of the cursor inside a link destination or title: [text](url "title
_IN_LINK_TARGET = re.compile(r"\]\([^()]*$")
# A word (maybe followed by a closing quote or emphasis), a space and a hyphen, at the end.
_SPACED_HYPHEN_BEFORE = re.compile(r"\w[\"“”»«*_)]? -$")


def enabled_by_default(lang: str) -> bool:
    """Typing typography is on by default for German articles (the issue's rule).

    Other languages get it when the writer switches it on; their dashes and
    ellipsis work then, quotes only where :func:`quote_style` knows them.
    """
    code = lang.replace("-", "_").lower()
    return code == "de" or code.startswith("de_")


def may_trigger(typed: str, before: str = "") -> bool:
    """Cheap pre-check: could typing ``typed`` after ``before`` change anything?

    Lets the editor skip the full rules (and the costlier code-block check) for
    ordinary letters.
    """
    if typed in _TRIGGERS:
        return True
    if typed == " ":
        return before.endswith("-")
    return typed.isalpha() and before.endswith(("‘", "›"))


def replacement_for(before: str, typed: str, lang: str, in_code: bool) -> Replacement | None:
    """What typing ``typed`` after ``before`` should become, or None to keep it.

    ``before`` is the current line left of the cursor, without ``typed``;
    ``in_code`` says the line is inside a fenced code block or front matter
    (the caller knows the document; this function sees one line).
    """
    if in_code or len(typed) != 1 or not may_trigger(typed, before):
        return None
    if _in_markup(before):
        return None
    style = quote_style(lang)
    if typed == '"':
        if style is None:
            return None
        mark = style.open_double if _opens(before, style) else style.close_double
        return Replacement(1, mark)
    if typed == "'":
        return _single_quote(before, style) if style is not None else None
    if typed == "-":
        return _dash(before)
    if typed == ".":
        return _ellipsis(before)
    if typed == " ":
        return _spaced_hyphen(before)
    return _apostrophe_inside_word(before, typed, style)


def in_code_at(line: str, column: int) -> bool:
    """Whether ``column`` of ``line`` lies inside an inline code span.

    A span opens with a run of backticks and closes with a run of the same
    length (CommonMark). While typing, the closing run is often not there yet,
    so an unclosed run left of ``column`` counts as code too. A backslash
    escapes a backtick only outside code.
    """
    text = line[:column]
    open_run = 0
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and not open_run:
            i += 2
            continue
        if char != "`":
            i += 1
            continue
        start = i
        while i < len(text) and text[i] == "`":
            i += 1
        run = i - start
        if not open_run:
            open_run = run
        elif run == open_run:
            open_run = 0
    return open_run > 0


def in_code_block(lines_before: Sequence[str]) -> bool:
    """Whether the line after ``lines_before`` is inside fenced code, front matter or a comment.

    Front matter is the YAML between a first line ``---`` and the next ``---``
    or ``...``; typographic quotes there would break YAML's own quoting. The
    rules are :mod:`editor.core.text.markdown_lines`'s, read line by line as the
    editor does (front matter still being typed counts).
    """
    return markdown_lines.inside_block(markdown_lines.state_after(lines_before))


def _in_markup(before: str) -> bool:
    """The cursor stands where a typographic character would break Markdown."""
    if in_code_at(before, len(before)):
        return True
    if _IN_HTML_TAG.search(before) or _IN_LINK_TARGET.search(before) or _IN_ATTR_LIST.search(before):
        return True
    comment = before.rfind("<!--")
    return comment >= 0 and "-->" not in before[comment:]


def _opens(before: str, style: QuoteStyle) -> bool:
    """Whether a quote typed after ``before`` opens a quotation.

    Emphasis markers are looked through: ``**„fett“**`` and ``„**fett**“``.
    """
    stripped = before.rstrip(_EMPHASIS)
    if not stripped:
        return True
    last = stripped[-1]
    return (
        last.isspace() or last in _OPENING_CONTEXT or last in (style.open_double, style.open_single)
    )


def _single_quote(before: str, style: QuoteStyle) -> Replacement:
    if _opens(before, style):
        return Replacement(1, style.open_single)
    # German ‚…‘ and Swiss ‹…›: the closing mark differs from the apostrophe.
    # A quotation opened on this line and not closed yet gets closed; else it
    # is an apostrophe (geht’s, Hans’ Hut).
    unclosed = before.count(style.open_single) > before.count(style.close_single)
    if style.close_single != style.apostrophe and unclosed:
        return Replacement(1, style.close_single)
    return Replacement(1, style.apostrophe)


def _apostrophe_inside_word(
    before: str, typed: str, style: QuoteStyle | None
) -> Replacement | None:
    """A letter right after a closing single quote: it was an apostrophe (‚Wie geht’s‘)."""
    if style is None or style.close_single == style.apostrophe:
        return None
    if before.endswith(style.close_single) and len(before) >= 2 and before[-2].isalnum():
        return Replacement(2, style.apostrophe + typed)
    return None


def _dash(before: str) -> Replacement | None:
    """``--`` becomes the en dash (Gedankenstrich), ``–-`` the em dash.

    Not in table delimiter rows (``|---|``), thematic breaks and front matter
    fences (a line of only dashes), after ``|``, ``:`` and ``!`` (``<!--``),
    and not when the writer kept three hyphens by undoing.
    """
    if _TABLE_OR_RULE.fullmatch(before + "-"):
        return None
    if before.endswith("–"):
        return Replacement(2, "—")
    if not before.endswith("-"):
        return None
    previous = before[-2:-1]
    if previous in ("-", "|", ":", "!"):
        return None
    return Replacement(2, "–")


def _spaced_hyphen(before: str) -> Replacement | None:
    """``Wort - `` becomes ``Wort – ``: a hyphen typed between spaces after a word is a dash.

    Not at the start of a line (a list item) and not after a space-less hyphen
    (``E-Mail``), which never reaches here with a space before it.
    """
    if _SPACED_HYPHEN_BEFORE.search(before):
        return Replacement(2, "– ")
    return None


def _ellipsis(before: str) -> Replacement | None:
    if before.endswith("..") and not before.endswith("..."):
        return Replacement(3, "…")
    return None
