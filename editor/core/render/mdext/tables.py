"""Tables inside a scrolling wrapper: a wide table scrolls on its own, the page does not.

A table with many columns is wider than a narrow column of text (a phone, the
preview beside the check panel). Wrapped in ``<div class="table-wrapper">``
with ``overflow-x: auto`` in the stylesheet, only the table scrolls sideways.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

#: After the tables extension has built its tables (and attr_list has run).
PRIORITY = 5


class TableWrapper(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if child.tag == "table":
                    wrapper = etree.Element("div", {"class": "table-wrapper"})
                    wrapper.tail, child.tail = child.tail, None
                    parent.remove(child)
                    wrapper.append(child)
                    parent.insert(index, wrapper)


class TableWrapperExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's hook
        md.treeprocessors.register(TableWrapper(md), "feder_table_wrapper", PRIORITY)


def makeExtension(**kwargs) -> TableWrapperExtension:  # noqa: N802 - Python-Markdown's hook
    return TableWrapperExtension(**kwargs)
