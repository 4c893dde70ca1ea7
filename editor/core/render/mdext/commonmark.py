"""Two small steps that bring Python-Markdown closer to CommonMark, where the writer loses nothing.

- A backslash at the end of a line is a hard line break (``<br>``), as on every
  CommonMark site; Python-Markdown would print the backslash.
- ``pymdownx.fancylists`` (which gives ``1)`` lists) marks every ordered list
  ``type="1"``; decimal is what a list is anyway, so the attribute is dropped and
  the HTML stays what it was before.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import SubstituteTagInlineProcessor
from markdown.treeprocessors import Treeprocessor

#: A backslash right before a line break inside a paragraph.
BACKSLASH_BREAK = r"\\\n"


class _DecimalListType(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for element in root.iter("ol"):
            if element.get("type") == "1":
                del element.attrib["type"]


class CommonMarkExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # Above the backslash escape (180), which would otherwise leave the backslash alone.
        md.inlinePatterns.register(SubstituteTagInlineProcessor(BACKSLASH_BREAK, "br"), "backslash_break", 185)
        md.treeprocessors.register(_DecimalListType(md), "decimal_list_type", 1)


def makeExtension(**kwargs) -> CommonMarkExtension:  # noqa: N802 - Python-Markdown's name
    return CommonMarkExtension(**kwargs)
