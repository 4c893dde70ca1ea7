"""Help → Markdown cheat sheet and keyboard shortcuts, in one dialog with two tabs.

The cheat sheet shows what to type and what it becomes, including Feder's
figure line with caption and credit. The shortcuts are read from the
window's actions, so the list cannot drift from what the keys really do.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

CHEAT_SHEET, SHORTCUTS = 0, 1


def cheat_sheet_rows() -> list[tuple[str, str]]:
    """(what to type, what it gives) for the Markdown the writer needs most."""
    return [
        ("## " + QCoreApplication.translate("HelpDialog", "Section heading"), QCoreApplication.translate("HelpDialog", "A heading inside the article (the headline is a field)")),
        ("### " + QCoreApplication.translate("HelpDialog", "Sub-heading"), QCoreApplication.translate("HelpDialog", "A heading one level below")),
        ("**" + QCoreApplication.translate("HelpDialog", "bold") + "**", QCoreApplication.translate("HelpDialog", "Bold text")),
        ("*" + QCoreApplication.translate("HelpDialog", "italic") + "*", QCoreApplication.translate("HelpDialog", "Italic text")),
        ("[" + QCoreApplication.translate("HelpDialog", "link text") + "](https://example.org)", QCoreApplication.translate("HelpDialog", "A link")),
        ("> " + QCoreApplication.translate("HelpDialog", "A quotation"), QCoreApplication.translate("HelpDialog", "A block quote")),
        ("- " + QCoreApplication.translate("HelpDialog", "Item"), QCoreApplication.translate("HelpDialog", "A bulleted list; 1. gives a numbered one")),
        ("`code`", QCoreApplication.translate("HelpDialog", "Code inside a line")),
        ("---", QCoreApplication.translate("HelpDialog", "A thematic break (a line of its own, with blank lines around it)")),
        (
            "![" + QCoreApplication.translate("HelpDialog", "Alt text") + "](bilder/foto.jpg \"" + QCoreApplication.translate("HelpDialog", "Caption") + "\"){credit=\"" + QCoreApplication.translate("HelpDialog", "Photo: Name | Agency") + "\"}",
            QCoreApplication.translate("HelpDialog", "A figure: the image with its caption (the title in quotes) and its credit, on a line of its own"),
        ),
        ("| A | B |\n|---|---|\n| 1 | 2 |", QCoreApplication.translate("HelpDialog", "A table")),
        ("\"…\"  --  ...", QCoreApplication.translate("HelpDialog", "With German typography on: „…“, the dash – and the ellipsis …")),
        (QCoreApplication.translate("HelpDialog", "Word") + " - " + QCoreApplication.translate("HelpDialog", "word"), QCoreApplication.translate("HelpDialog", "A hyphen between spaced words becomes a dash –")),
    ]


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, command) for every action that has a shortcut, in the order given."""
    rows = []
    for action in actions:
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        if keys:
            rows.append((keys, action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")))
    return rows


class HelpDialog(QDialog):
    """Two tabs: the Markdown cheat sheet and the keyboard shortcuts."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None, page: int = CHEAT_SHEET) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(QCoreApplication.translate("HelpDialog", "Feder Help"))
        self.tabs = QTabWidget(self)
        self.cheat_sheet = self._page(
            _table(cheat_sheet_rows(), QCoreApplication.translate("HelpDialog", "You type"), QCoreApplication.translate("HelpDialog", "You get"), code_first=True),
        )
        self.shortcuts = self._page(_table(shortcut_rows(actions), QCoreApplication.translate("HelpDialog", "Keys"), QCoreApplication.translate("HelpDialog", "Command"), code_first=True))
        self.tabs.addTab(self.cheat_sheet, QCoreApplication.translate("HelpDialog", "Markdown and figures"))
        self.tabs.addTab(self.shortcuts, QCoreApplication.translate("HelpDialog", "Keyboard shortcuts"))
        self.tabs.setCurrentIndex(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(760, 620)

    def _page(self, body: str) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setOpenLinks(False)
        browser.setHtml(body)
        return browser


def _table(rows: list[tuple[str, str]], left: str, right: str, code_first: bool) -> str:
    cells = []
    for first, second in rows:
        shown = html.escape(first).replace("\n", "<br>")
        if code_first:
            shown = f"<code>{shown}</code>"
        cells.append(f"<tr><td>{shown}</td><td>{html.escape(second)}</td></tr>")
    return (
        "<table cellpadding='6' cellspacing='0' width='100%'>"
        f"<tr><th align='left'>{html.escape(left)}</th><th align='left'>{html.escape(right)}</th></tr>"
        + "".join(cells)
        + "</table>"
    )
