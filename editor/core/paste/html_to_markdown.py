"""Clean Markdown from the HTML that word processors and browsers put on the clipboard.

Writers paste from Word, LibreOffice, Google Docs and web pages. What they
want to keep is the structure (headings, emphasis, links, lists, quotes,
images); what must go is the junk around it: style sheets, ``<span style>``
soup, ``<o:p>``, Word's fake list paragraphs, Google's all-enclosing ``<b>``.

Our own converter on :mod:`html.parser` instead of a library: markdownify
(the usual choice) turned a Google Docs paste into one bold block, lost the
bold and italic that Google and Word express in ``style=``, leaked Word's
``<![if !supportLists]>`` markers into the text and did not escape a line
starting with ``#``. Those are exactly the cases that matter here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from editor.core.paste.html_tree import BLOCK_TAGS as _BLOCKS
from editor.core.paste.html_tree import Element, parse_html
from editor.core.paste.markdown_text import (
    BOLD,
    ITALIC,
    STRIKE,
    Break,
    Inline,
    Run,
    Style,
    collapse,
    escape_html,
    escape_line_start,
    list_item,
    prefix_lines,
    tidy,
    write_runs,
)
from editor.core.render.mdext.figure import figure_markdown

_SKIPPED = frozenset(
    "head title script style template noscript svg math iframe object embed video audio "
    "canvas map button select textarea input xml".split()
)
_HEADING = {f"h{n}": n for n in range(1, 7)}
_WORD_LIST = re.compile(r"mso-list:\s*l(\d+)\s+level(\d+)", re.IGNORECASE)
_ORDERED_MARKER = re.compile(r"^\(?[0-9a-zA-Z]{1,4}[.)]$")
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")


@dataclass(frozen=True)
class Conversion:
    """The Markdown, and whether the HTML carried any formatting worth keeping.

    Without formatting the plain-text clipboard is the better paste: it keeps
    line breaks and indentation (code copied from an IDE) that HTML hides in CSS.
    """

    markdown: str
    formatted: bool


def html_to_markdown(html: str) -> str:
    """Markdown for ``html`` (blocks separated by blank lines, no trailing newline)."""
    return convert(html).markdown


def convert(html: str) -> Conversion:
    writer = _Writer()
    blocks = writer.blocks(parse_html(_strip_cf_html_header(html)), Style())
    markdown = "\n\n".join(b for b in blocks if b.strip())
    return Conversion(markdown, writer.formatted)


class _Writer:
    """Walks the element tree and writes Markdown blocks."""

    def __init__(self) -> None:
        self.formatted = False

    # -- blocks --

    def blocks(self, element: Element, style: Style) -> list[str]:
        out: list[str] = []
        pending: list[Inline] = []
        word_list: list[tuple[int, bool, list[Inline]]] = []

        def flush() -> None:
            if word_list:
                out.append(self._word_list(word_list))
                word_list.clear()
            if pending:
                out.append(self._paragraph(pending))
                pending.clear()

        for child in element.children:
            if isinstance(child, str):
                if not (word_list and not child.strip()):
                    pending.extend(self._text(child, style))
                continue
            if _skipped(child):
                continue
            item = _word_list_item(child)
            if item is not None:
                if pending:
                    flush()
                level, ordered, content = item
                word_list.append((level, ordered, self.inline(content, style)))
                continue
            if child.tag in _BLOCKS or child.has_block():
                flush()
                out.extend(self.block(child, _element_style(child, style)))
            else:
                if word_list:
                    flush()
                pending.extend(self._inline_element(child, style))
        flush()
        return [b for b in out if b]

    def block(self, element: Element, style: Style) -> list[str]:
        tag = element.tag
        css_class = element.attrs.get("class", "")
        if tag in _HEADING or "MsoTitle" in css_class:
            level = _HEADING.get(tag, 1)
            heading = Style(style.markers - {BOLD}, style.href, style.title, in_heading=True)
            text = self._line(self.inline(element, heading), breaks=" ")
            if not text:
                return []
            self.formatted = True
            return ["#" * level + " " + text]
        if tag in ("ul", "ol"):
            return [self._list(element, style)]
        if tag == "blockquote" or "MsoQuote" in css_class or "MsoIntenseQuote" in css_class:
            inner = (
                self.blocks(element, style)
                if tag == "blockquote"
                else self._as_paragraph(element, style)
            )
            if not inner:
                return []
            self.formatted = True
            return [prefix_lines("\n\n".join(inner), "> ", ">")]
        if tag == "pre":
            return [self._pre(element)]
        if tag == "hr":
            self.formatted = True
            return ["---"]
        if tag == "table" and _is_data_table(element):
            return [self._table(element, style)]
        if tag == "figure":
            figure = self._figure(element)
            if figure:
                return [figure]
        if tag == "p" or not element.has_block():
            return self._as_paragraph(element, style)
        return self.blocks(element, style)

    def _as_paragraph(self, element: Element, style: Style) -> list[str]:
        text = self._paragraph(self.inline(element, style))
        return [text] if text else []

    def _paragraph(self, items: list[Inline]) -> str:
        lines = self._lines(items)
        return "  \n".join(escape_line_start(line) for line in lines)

    def _list(self, element: Element, style: Style, depth: int = 0) -> str:
        self.formatted = True
        ordered = element.tag == "ol"
        number = _int(element.attrs.get("start"), 1)
        items: list[list[str]] = []
        for child in element.children:
            if isinstance(child, str) or _skipped(child):
                continue
            if child.tag in ("ul", "ol"):  # LibreOffice and Google nest lists without <li>
                if not items:
                    items.append([])
                items[-1].append(self._list(child, style, depth + 1))
            else:
                items.append(self.blocks(child, _element_style(child, style)))
        lines = []
        for blocks in items:
            marker = f"{number}. " if ordered else "- "
            number += 1
            lines.append(list_item(marker, blocks))
        return "\n".join(lines)

    def _word_list(self, entries: list[tuple[int, bool, list[Inline]]]) -> str:
        """Word's list paragraphs (``mso-list: l0 level2``) as a nested Markdown list."""
        self.formatted = True
        counters: dict[int, int] = {}
        lines = []
        base = min(level for level, _, _ in entries)
        for level, ordered, items in entries:
            depth = level - base
            for deeper in [d for d in counters if d > depth]:
                del counters[deeper]
            counters[depth] = counters.get(depth, 0) + 1
            marker = f"{counters[depth]}. " if ordered else "- "
            text = self._paragraph(items)
            lines.append(list_item(marker, [text], "    " * depth))
        return "\n".join(lines)

    def _pre(self, element: Element) -> str:
        self.formatted = True
        code = element.text_content(preformatted=True).strip("\n")
        language = ""
        for child in element.children:
            if isinstance(child, Element) and child.tag == "code":
                match = re.search(r"language-([\w+-]+)", child.attrs.get("class", ""))
                language = match.group(1) if match else ""
        longest = max((len(r) for r in re.findall(r"`+", code)), default=0)
        fence = "`" * max(3, longest + 1)
        return f"{fence}{language}\n{code}\n{fence}"

    def _table(self, element: Element, style: Style) -> str:
        rows = []
        for row in element.find_all("tr"):
            cells = [c for c in row.children if isinstance(c, Element) and c.tag in ("td", "th")]
            rows.append(
                [self._line(self.inline(c, style), breaks=" ").replace("|", "\\|") for c in cells]
            )
        rows = [r for r in rows if any(r)]
        if not rows:
            return ""
        self.formatted = True
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n".join(lines)

    def _figure(self, element: Element) -> str:
        images = element.find_all("img")
        if len(images) != 1:
            return ""
        caption = next(iter(element.find_all("figcaption")), None)
        title = caption.text_content().strip() if caption is not None else ""
        return self._image(images[0], title)

    # -- inline --

    def inline(self, element: Element, style: Style) -> list[Inline]:
        items: list[Inline] = []
        for child in element.children:
            if isinstance(child, str):
                items.extend(self._text(child, style))
            else:
                items.extend(self._inline_element(child, style))
        return items

    def _inline_element(self, element: Element, style: Style) -> list[Inline]:
        """One inline element under ``style`` (the style around it, not its own yet)."""
        tag = element.tag
        if _skipped(element) or "mso-list:ignore" in _css(element):
            return []
        if tag == "br":
            return [Break()]
        if tag == "img":
            image = self._image(element)
            return [Run(image, style, raw=True)] if image else []
        if tag in ("code", "kbd", "samp", "tt"):
            text = element.text_content()
            if not text.strip():
                return []
            self.formatted = True
            return [Run(text, style, code=True)]
        if tag in ("sup", "sub"):
            text = collapse(element.text_content()).strip()
            return [Run(f"<{tag}>{escape_html(text)}</{tag}>", style, raw=True)] if text else []
        return self.inline(element, _element_style(element, style))

    def _text(self, text: str, style: Style) -> list[Inline]:
        text = collapse(text)
        return [Run(text, style)] if text else []

    def _image(self, element: Element, caption: str = "") -> str:
        """Feder's figure syntax: the caption is the image title (see mdext/figure.py)."""
        src = element.attrs.get("src", "").strip()
        if not src or src.lower().startswith(_UNSAFE_SCHEMES):
            return ""  # a pasted data: image would put megabytes of base64 into the text
        self.formatted = True
        alt = collapse(element.attrs.get("alt", "")).strip()
        return figure_markdown(src, alt, caption)

    def _lines(self, items: list[Inline]) -> list[str]:
        lines: list[list[Run]] = [[]]
        for item in items:
            if isinstance(item, Break):
                lines.append([])
            else:
                lines[-1].append(item)
        texts = []
        for runs in lines:
            text, formatted = write_runs(runs)
            self.formatted |= formatted
            texts.append(tidy(text))
        while texts and not texts[-1]:
            texts.pop()
        while texts and not texts[0]:
            texts.pop(0)
        return texts

    def _line(self, items: list[Inline], breaks: str) -> str:
        return breaks.join(self._lines(items))


# -- styles and classification ----------------------------------------------------


def _element_style(element: Element, style: Style) -> Style:
    tag = element.tag
    css = _css(element)
    weight = _css_value(css, "font-weight")
    if weight in ("bold", "bolder") or weight[:1] in ("6", "7", "8", "9"):
        style = style.with_marker(BOLD, True)
    elif weight in ("normal", "lighter") or weight[:1] in ("1", "2", "3", "4", "5"):
        style = style.with_marker(BOLD, False)
    elif tag in ("b", "strong"):
        style = style.with_marker(BOLD, True)
    slant = _css_value(css, "font-style")
    if slant in ("italic", "oblique"):
        style = style.with_marker(ITALIC, True)
    elif slant == "normal":
        style = style.with_marker(ITALIC, False)
    elif tag in ("i", "em", "cite", "dfn", "var"):
        style = style.with_marker(ITALIC, True)
    if tag in ("s", "strike", "del") or "line-through" in _css_value(css, "text-decoration"):
        style = style.with_marker(STRIKE, True)
    if tag == "a":
        href = _link_target(element.attrs.get("href", ""))
        title = collapse(element.attrs.get("title", "")).strip()
        style = Style(style.markers, href, title if href else "", style.in_heading)
    return style


def _css_value(css: str, name: str) -> str:
    """One property of an inline style; ``mso-bidi-font-style`` is not ``font-style``."""
    match = re.search(rf"(?:^|;)\s*{name}\s*:\s*([^;]*)", css)
    return match.group(1).strip() if match else ""


def _word_list_item(element: Element) -> tuple[int, bool, Element] | None:
    """(level, ordered, element) for Word's list paragraphs, else None."""
    if element.tag != "p":
        return None
    match = _WORD_LIST.search(element.attrs.get("style", ""))
    if not match:
        return None
    marker = ""
    for span in element.find_all("span"):
        if "mso-list:ignore" in _css(span):
            marker = span.text_content().replace("\u00a0", " ").strip()
            break
    return int(match.group(2)), bool(_ORDERED_MARKER.match(marker)), element


def _is_data_table(table: Element) -> bool:
    """A table of text cells; a layout table (cells holding blocks) is unwrapped instead."""
    for cell in table.find_all("td") + table.find_all("th"):
        for child in cell.children:
            if isinstance(child, Element) and child.tag != "p" and child.has_block():
                return False
            if isinstance(child, Element) and child.tag in _BLOCKS - {"p"}:
                return False
    return bool(table.find_all("tr"))


def _css(element: Element) -> str:
    return element.attrs.get("style", "").lower()


def _skipped(element: Element) -> bool:
    """Content nobody sees: scripts, styles, hidden parts, Word's VML drawings."""
    if element.tag in _SKIPPED or element.tag.startswith("v:"):
        return True
    css = _css(element).replace(" ", "")
    return "display:none" in css or "visibility:hidden" in css or "hidden" in element.attrs


# -- text helpers -------------------------------------------------------------------


def _link_target(href: str) -> str:
    """The address worth keeping, or "" for none (page anchors, scripts)."""
    href = href.strip()
    if not href or href.startswith("#") or href.lower().startswith(_UNSAFE_SCHEMES):
        return ""
    parts = urlsplit(href)
    if parts.netloc.endswith("google.com") and parts.path == "/url":
        target = parse_qs(parts.query).get("q")
        if target:
            return target[0]
    return href


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _strip_cf_html_header(html: str) -> str:
    """Windows' CF_HTML puts "Version:0.9 StartHTML:…" before the markup."""
    if html.startswith("Version:"):
        start = html.find("<")
        return html[start:] if start >= 0 else ""
    return html
