"""The highlighter colours a long mixed article exactly as recorded, also after edits.

The golden file (tests/golden/highlight/mixed.json) was written by the
highlighter before its per-key shortcuts (skipping rules whose characters a
line lacks, re-tokenising only the edited part of a line for spelling); every
block's formats must still match it. Regenerate with
``FEDER_UPDATE_GOLDEN=1 pytest tests/test_ui_highlight_golden.py`` and review
the diff.

Edits: the text is typed into, cut and pasted in many places (as a writer
does, one character at a time), and after each step the document's formats
must equal those of a fresh highlighter on the same text, block for block.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from editor.core.spelling.service import SpellService
from editor.ui.editing.highlighter import MarkdownHighlighter

GOLDEN = Path(__file__).parent / "golden" / "highlight" / "mixed.json"

_FRONT = """---
title: "Der **Titel** bleibt Text"
tags: [a, b]
lang: de
---
"""

_PARTS = [
    "# Überschrift mit **fett** und `Code`",
    "",
    "Ein Absatz mit **fetten**, *kursiven* und _unterstrichenen_ Wörtern, ~~gestrichen~~, "
    'einem [Link](https://example.org/pfad "Titel") und ![Bild](bilder/foto.jpg){credit="Anna"}. '
    "Ein Fehlr steht hier, und die Rathauss-Sanierung auch. Mail an info@example.org, "
    "mehr auf www.example.org oder <https://example.org>; &amp; bleibt &nbsp; so.",
    "",
    "Der Sprecher sagte: the one thing that matters is the money and we have it. Danach ging es weiter.",
    "",
    "- Punkt eins mit `Code` und **fett**",
    "- Punkt zwei mit einem Tippfeler",
    "  1. eingerückt, Fussnote[^1]",
    "",
    "> Ein Zitat mit *Betonung* und einem Wortt.",
    "",
    "| Spalte | Wert |",
    "|---|---|",
    "| a | **b** |",
    "",
    "```python",
    "# kein Titel, kein **fett**",
    "def f(): return 'Fehlr'",
    "```",
    "",
    "````",
    "```",
    "noch Code",
    "````",
    "",
    "~~~",
    "Tilde-Code mit Fehlr",
    "~~~",
    "",
    "Text <!-- ein Kommentar",
    "über zwei Zeilen --> und danach Prosa mit Fehlr.",
    "",
    '<span class="x">HTML</span> und <br/> im Satz.',
    "",
    "    eingerückter Code mit Fehlr",
    "",
    "[^1]: Die Fußnote mit Text.",
    "[ref]: https://example.org/ref",
    "",
    "😀 Emoji vor **fett** und einem Fehlr danach, 🎉 und *kursiv*.",
    "",
    "***",
    "",
    "Ein __doppelt__ unterstrichener Satz mit snake_case_name und Datei kapitel-1.md sowie /usr/bin/pfad.",
    "",
    "## Zweite Überschrift",
    "",
    "Ein „Zitat“ mit ‚einfachen‘ Zeichen, Bindestrich-Wörter wie L-Mount und Ein- und -ausgang, bzw. z.B. usw.",
]


def _article() -> str:
    """About 400 blocks: the parts above, six times, each time a little different."""
    chunks = [_FRONT]
    for round_ in range(6):
        for part in _PARTS:
            chunks.append(part.replace("Fehlr", f"Fehlr{'x' * round_}") + "\n")
        chunks.append(
            "\n".join(f"Zeile {n} mit Wort{n} und **fett{n}**." for n in range(round_ * 5)) + "\n"
        )
    return "".join(chunks)


def _describe(fmt: QTextCharFormat) -> str:
    """What the writer sees of a format, as a short string."""
    parts = []
    if fmt.hasProperty(QTextCharFormat.Property.ForegroundBrush):
        parts.append("fg" + fmt.foreground().color().name())
    if fmt.hasProperty(QTextCharFormat.Property.FontWeight):
        parts.append(f"w{fmt.fontWeight()}")
    if fmt.fontItalic():
        parts.append("i")
    if fmt.fontStrikeOut():
        parts.append("s")
    if fmt.fontFixedPitch():
        parts.append("mono")
    style = fmt.underlineStyle()
    if style != QTextCharFormat.UnderlineStyle.NoUnderline:
        parts.append(f"u{style.value}" + fmt.underlineColor().name())
    return " ".join(parts)


def _formats(doc: QTextDocument) -> list:
    result = []
    block = doc.firstBlock()
    while block.isValid():
        ranges = sorted((r.start, r.length, _describe(r.format)) for r in block.layout().formats())
        result.append([block.userState(), [list(r) for r in ranges]])
        block = block.next()
    return result


@pytest.fixture(scope="module")
def spelling():
    """Real German spelling without a time budget: every answer at once."""
    article = SpellService("de_DE").article("de_DE")
    if not article.is_available:
        pytest.skip("no German dictionary")
    return article.spans


def _highlighted(text: str, spell) -> tuple[QTextDocument, MarkdownHighlighter]:
    doc = QTextDocument()
    doc.setDocumentLayout(QPlainTextDocumentLayout(doc))  # without a layout, no contentsChange
    doc.setPlainText(text)
    highlighter = MarkdownHighlighter(doc, spell)
    highlighter.rehighlight()
    # Until its first delayed pass has run, a QSyntaxHighlighter ignores edits.
    QCoreApplication.processEvents()
    return doc, highlighter


def test_a_long_mixed_article_is_coloured_as_recorded(qapp, spelling) -> None:
    doc, _h = _highlighted(_article(), spelling)
    formats = _formats(doc)
    if os.environ.get("FEDER_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        lines = (json.dumps(block, ensure_ascii=False) for block in formats)
        GOLDEN.write_text("[\n" + ",\n".join(lines) + "\n]\n", encoding="utf-8")
    recorded = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert len(formats) == len(recorded)
    for number, (got, want) in enumerate(zip(formats, recorded, strict=True)):
        assert got == want, f"block {number}: {doc.findBlockByNumber(number).text()!r}"


def _type(doc: QTextDocument, position: int, text: str) -> None:
    """Type ``text`` at ``position`` one character at a time, as keystrokes arrive."""
    cursor = QTextCursor(doc)
    cursor.setPosition(position)
    for char in text:
        cursor.insertText(char)


def _backspace(doc: QTextDocument, position: int, count: int) -> None:
    cursor = QTextCursor(doc)
    cursor.setPosition(position)
    for _ in range(count):
        cursor.deletePreviousChar()


def _assert_same_as_fresh(doc: QTextDocument, spell, step: str) -> None:
    fresh, _h = _highlighted(doc.toPlainText(), spell)
    got, want = _formats(doc), _formats(fresh)
    for number, (a, b) in enumerate(zip(got, want, strict=True)):
        assert a == b, f"after {step}, block {number}: {doc.findBlockByNumber(number).text()!r}"


def test_edits_leave_the_same_colours_as_a_fresh_highlight(qapp, spelling) -> None:
    text = _article()
    doc, _h = _highlighted(text, spelling)
    steps = [
        (
            "typing prose mid-paragraph",
            "Ein Absatz mit",
            " ein Fehlr und mehr Wörter, dann ein Punkt. Neu",
        ),
        ("typing emphasis", "einem [Link]", " **neu fett** und *kursiv* und `co"),
        ("closing a code span", "einem [Link]", "de` weiter"),
        ("typing a link", "Der Sprecher sagte:", " [Text](http://x.org/y) und"),
        ("typing English", "Danach ging", " the end of the story and the rest is"),
        ("typing an address", "Punkt zwei", " an mail@example.org und datei.jpg"),
        ("typing an emoji", "😀 Emoji vor", " 🎉🎉 noch ein Fehlr"),
        ("typing a comment opener", "Ein __doppelt__", " <!-- offen"),
        ("closing the comment", "unterstrichener Satz", " zu --> wieder"),
        ("opening a fence", "## Zweite Überschrift", "\n```"),
        ("typing in the fence", "Ein „Zitat“", "code Fehlr"),
        ("typing a hyphen compound", "Bindestrich-Wörter", " AF-Modul und Haus-"),
        ("typing underscores", "snake_case_name", " und _kursiv_ und __x"),
        ("typing an entity", "&amp; bleibt", " &copy; und &#123;"),
        ("typing at a line start", "- Punkt eins", "x"),
    ]
    for step, anchor, typed in steps:
        position = doc.toPlainText().find(anchor)
        assert position >= 0, anchor
        _type(doc, position + len(anchor), typed)
        _assert_same_as_fresh(doc, spelling, step)
    # Deleting back over what was typed, through word and syntax boundaries.
    for anchor, count in (("Neu", 30), ("`co", 12), ("🎉🎉", 8), ("<!-- offen", 6), ("```", 3)):
        position = doc.toPlainText().find(anchor)
        assert position >= 0, anchor
        _backspace(doc, position + len(anchor), count)
        _assert_same_as_fresh(doc, spelling, f"deleting before {anchor!r}")
    # A paste of several lines, then the paragraph joined to the line above.
    cursor = QTextCursor(doc)
    cursor.setPosition(doc.toPlainText().find("Der Sprecher"))
    cursor.insertText("Neuer Absatz mit Fehlr.\n\n```\nCode\n")
    _assert_same_as_fresh(doc, spelling, "pasting lines")
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    cursor.deletePreviousChar()
    _assert_same_as_fresh(doc, spelling, "joining lines")
