"""Figures with caption and credit: an image alone in its paragraph becomes <figure>.

The syntax (see docs/figures.md) is one line of standard Markdown plus an
attribute list, so it stays readable and other Markdown tools still show the
image::

    ![Alt text](bilder/hafen.jpg "Caption"){credit="Foto: Name | Agentur"}

The image title is the caption; the ``credit`` attribute is the credit line.
Rendered::

    <figure>
    <img alt="Alt text" src="bilder/hafen.jpg">
    <figcaption><span class="caption">Caption</span> <small class="credit">Foto: Name | Agentur</small></figcaption>
    </figure>

The same classes are used for the featured image, so one stylesheet fits both.
The line is read by one parser, :func:`parse_figure`, both for rendering and
for the image dialog, so what the dialog writes (:func:`figure_markdown`) is
what renders and what the dialog reads back. Caption and credit are Markdown
text like the body: they get the same typography (German quotes, dashes).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.extensions.attr_list import get_attrs_and_remainder
from markdown.treeprocessors import Treeprocessor

from editor.core.text.article import Image

#: Above the paragraph processor (10), below everything that owns other block syntax.
BLOCK_PRIORITY = 12
#: After attr_list (8) has placed ``{…}`` onto inline images.
TREE_PRIORITY = 7.5

_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!\"'|<>~^=:])")
_FIGURE_LINE = re.compile(
    r"""^[ ]{0,3}!\[(?P<alt>(?:\\.|[^\]\\\n])*)\]
    \([ \t]*(?P<src><[^>\n]*>|[^\s)]*)
    (?:[ \t]+(?:"(?P<dq>(?:\\.|[^"\\\n])*)"|'(?P<sq>(?:\\.|[^'\\\n])*)'|\((?P<pq>(?:\\.|[^)\\\n])*)\)))?
    [ \t]*\)
    (?:\{:?(?P<attrs>(?:"[^"\n]*"|'[^'\n]*'|[^\n}"'])*)\})?[ \t]*\n?$""",
    re.VERBOSE,
)
_DELIMITERS = (('"', '"'), ("'", "'"), ("(", ")"))


def figure_markdown(src: str, alt: str = "", caption: str = "", credit: str = "") -> str:
    """One Markdown line for a figure; empty caption and credit are left out.

    Line breaks become spaces: a figure is one line, so it stays one block.
    """
    src, alt, caption, credit = (_one_line(part) for part in (src, alt, caption, credit))
    if not src or re.search(r"[\s()<>]", src):
        src = f"<{src.replace('<', '%3C').replace('>', '%3E')}>"
    alt = re.sub(r"([\\\[\]])", r"\\\1", alt)
    line = f"![{alt}]({src}"
    if caption:
        line += " " + _title(caption)
    line += ")"
    if credit:
        line += "{" + _attribute("credit", credit) + "}"
    return line


def parse_figure(markdown_line: str) -> Image | None:
    """The figure written on ``markdown_line``, or None when the line is not one image."""
    parsed = _parse(markdown_line)
    return parsed[0] if parsed else None


class FigureBlockProcessor(BlockProcessor):
    """A block that is exactly one figure line becomes a <figure>."""

    def test(self, parent: etree.Element, block: str) -> bool:
        return "\n" not in block.strip("\n") and _parse(block) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        image, attrs = _parse(blocks.pop(0)) or (Image(), [])
        figure = etree.SubElement(parent, "figure")
        for key, value in attrs:
            if key == ".":
                figure.set("class", f"{figure.get('class', '')} {value}".strip())
            elif key != "credit":
                figure.set(key, value if value is not None else key)
        figure.text = "\n"
        img = etree.SubElement(figure, "img", {"alt": image.alt, "src": image.src})
        img.tail = "\n"
        if image.caption.strip() or image.credit.strip():
            _add_figcaption(figure, image.caption.strip(), image.credit.strip())


class InlineCreditTreeprocessor(Treeprocessor):
    """An image inside running text cannot show a credit; keep it as ``data-credit``."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter("img"):
            if "credit" in element.attrib:
                element.set("data-credit", element.attrib.pop("credit") or "")


class FigureExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.parser.blockprocessors.register(FigureBlockProcessor(md.parser), "figure", BLOCK_PRIORITY)
        md.treeprocessors.register(InlineCreditTreeprocessor(md), "inline-credit", TREE_PRIORITY)


def makeExtension(**kwargs) -> FigureExtension:  # noqa: N802 (Python-Markdown's name)
    return FigureExtension(**kwargs)


def _parse(line: str) -> tuple[Image, list[tuple[str, str | None]]] | None:
    match = _FIGURE_LINE.match(line)
    if not match:
        return None
    src = match.group("src")
    if src.startswith("<"):
        src = src[1:-1]
    caption = ""
    for group, (opening, _closing) in zip(("dq", "sq", "pq"), _DELIMITERS, strict=True):
        if match.group(group) is not None:
            caption = match.group(group).replace("\\" + opening, opening)
    attrs: list[tuple[str, str | None]] = []
    if match.group("attrs") is not None:
        attrs, _rest = get_attrs_and_remainder(match.group("attrs").strip())
    credit = next((value or "" for key, value in attrs if key == "credit"), "")
    image = Image(src=src.strip(), alt=_ESCAPED.sub(r"\1", match.group("alt")), caption=caption, credit=credit)
    return image, attrs


def _add_figcaption(figure: etree.Element, caption: str, credit: str) -> None:
    figcaption = etree.SubElement(figure, "figcaption")
    figcaption.tail = "\n"
    if caption:
        span = etree.SubElement(figcaption, "span", {"class": "caption"})
        span.text = caption
        span.tail = " " if credit else ""
    if credit:
        small = etree.SubElement(figcaption, "small", {"class": "credit"})
        small.text = credit


def _title(caption: str) -> str:
    for opening, closing in _DELIMITERS:
        if opening not in caption and closing not in caption:
            return f"{opening}{caption}{closing}"
    return '"' + caption.replace('"', '\\"') + '"'


def _attribute(name: str, value: str) -> str:
    if '"' not in value:
        return f'{name}="{value}"'
    if "'" not in value:
        return f"{name}='{value}'"
    # attr_list values have no escapes: with both kinds of quote, the double ones become typographic.
    return f'{name}="{_typographic(value)}"'


def _typographic(value: str) -> str:
    parts = value.split('"')
    out = parts[0]
    for index, part in enumerate(parts[1:]):
        out += ("„" if index % 2 == 0 else "“") + part
    return out


def _one_line(value: str) -> str:
    return " ".join((value or "").split())
