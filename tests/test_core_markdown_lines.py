"""One Markdown line scanner: the rules, and every consumer agreeing on the same tricky texts.

Each document marks lines with MARK (a doubled, misspelled word in straight
quotes). Where the scanner says a line is Markdown, spelling underlines it,
the checks report it, typing a quote there becomes a typographic one and a
heading there is in the outline; where it says code, front matter or comment,
none of them does. The preview's block splitter never cuts a fence or comment.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.checks.rules import run_checks
from editor.core.render.render import Renderer, split_blocks
from editor.core.spelling.service import SpellService
from editor.core.spelling.tokens import prose_lines
from editor.core.text import markdown_lines, typography
from editor.core.text.article import Article
from editor.core.text.frontmatter import split
from editor.core.text.markdown_lines import Kind, fence_closes, fence_opening, kinds, scan
from editor.core.text.outline import headings
from editor.ui.editing.highlighter import MarkdownHighlighter
from editor.ui.editing.typography import TypographyFilter, in_code_by_block_state

# A typo of a frequent word: used three times it is still flagged (an unknown word
# used that often counts as one of the article's own names, issue #15).
WORD = "Bundesregirung"
MARK = f'{WORD} {WORD} "Zitat"'

DOCUMENTS = {
    "four backticks closed only by four": (
        f"{MARK}\n\n````\n{MARK}\n```\n## {MARK}\n````\n\n## {MARK}\n{MARK}\n"
    ),
    "tildes inside a backtick fence": (
        f"```python\n~~~\n{MARK}\n~~~\n## {MARK}\n```\n\n## {MARK}\n\n~~~~\n```\n{MARK}\n~~~~\n{MARK}\n"
    ),
    "an unclosed fence runs to the end": f"## {MARK}\n\n{MARK}\n\n```\n{MARK}\n\n## {MARK}\n{MARK}",
    "front matter, and lines like it in the body": (
        f"---\ntitle: {MARK}\nkicker: x\n---\n{MARK}\n\n---\ntitle: {MARK}\n...\n\n## {MARK}\n"
    ),
    "comments over several lines": (
        f"{MARK} <!-- {MARK}\n{MARK}\n## {MARK}\n--> {MARK}\n\n<!-- one line --> {MARK}\n"
        f"`<!--` {MARK}\n\n<!--\n\n{MARK}\n\n-->\n\n## {MARK}\n"
    ),
    "indented code, and indented lines in a list": (
        f"{MARK}\n\n    {MARK}\n    ## {MARK}\n\n{MARK}\n\n- item {MARK}\n\n    {MARK}\n\n"
        f"1. item\n\n   ```\n   {MARK}\n   ```\n\n{MARK}\n"
    ),
    "CRLF line endings": (
        f"---\r\ntitle: {MARK}\r\n---\r\n{MARK}\r\n\r\n````\r\n{MARK}\r\n```\r\n{MARK}\r\n````\r\n"
        f"\r\n## {MARK}\r\n<!--\r\n{MARK}\r\n-->\r\n"
    ),
}


def _marked(text: str) -> set[int]:
    """Lines whose Markdown part (as the scanner sees it) holds MARK."""
    return {line.number for line in scan(text) if line.kind is Kind.MARKDOWN and MARK in line.markdown}


@pytest.fixture(scope="module")
def speller() -> SpellService:
    return SpellService("de_DE")


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_scanner_finds_prose_where_expected(name: str) -> None:
    text = DOCUMENTS[name]
    expected = {
        "four backticks closed only by four": {0, 8, 9},
        "tildes inside a backtick fence": {7, 13},
        "an unclosed fence runs to the end": {0, 2},
        "front matter, and lines like it in the body": {4, 7, 10},
        "comments over several lines": {0, 3, 5, 14},
        "indented code, and indented lines in a list": {0, 5, 7, 9, 17},
        "CRLF line endings": {3, 11},
    }[name]
    assert _marked(text) == expected


@pytest.mark.parametrize("name", DOCUMENTS)
def test_spelling_checks_exactly_the_prose(name: str, speller: SpellService) -> None:
    text = DOCUMENTS[name]
    found = {m.line for m in speller.check_markdown(text) if m.word == WORD}
    assert found == _marked(text)
    assert {number for number, _column, line in prose_lines(text) if MARK in line} == _marked(text)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_checks_report_exactly_the_prose(name: str, speller: SpellService) -> None:
    text = DOCUMENTS[name]
    findings = run_checks(Article.from_text(text), text, speller=speller)
    assert {f.line for f in findings if f.rule_id == "doubled-word"} == _marked(text)
    assert {f.line for f in findings if f.rule_id == "straight-quotes"} == _marked(text)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_outline_lists_exactly_the_headings_in_prose(name: str) -> None:
    text = DOCUMENTS[name]
    expected = {n for n in _marked(text) if text.split("\n")[n].startswith("## ")}
    assert {h.line for h in headings(text) if MARK in h.title} == expected


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_preview_never_cuts_a_fence_or_comment(name: str) -> None:
    body = split(DOCUMENTS[name]).body.replace("\r\n", "\n")
    starts = {block.line for block in split_blocks(body)}
    inside = set()
    for line in scan(body, front_matter=False):
        if markdown_lines.inside_block(line.state):
            inside.add(line.number + 1)  # the next line continues a fence or comment
    assert starts & inside == set()
    if "<!--" in body:
        return  # Python-Markdown reads a comment differently alone than after other HTML
    renderer = Renderer()
    assert "".join(b.html for b in renderer.render_blocks(body)).replace("\n", "") == renderer.render(
        body
    ).replace("\n", "")


def _editor_text(name: str) -> str:
    """The text as the editor holds it: storage reads CRLF files with ``\\n`` newlines."""
    return DOCUMENTS[name].replace("\r\n", "\n")


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_highlighter_underlines_exactly_the_prose(qapp, name: str) -> None:
    text = _editor_text(name)

    def spell(line: str):
        return [(m.start(), len(WORD)) for m in re.finditer(WORD, line)]

    doc = QTextDocument()
    doc.setPlainText(text)
    MarkdownHighlighter(doc, spell).rehighlight()
    underlined = set()
    for number in range(doc.blockCount()):
        for fmt in doc.findBlockByNumber(number).layout().formats():
            if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                underlined.add(number)
    assert underlined == _marked(text)
    assert [kind.is_code for kind in kinds(text)] == [
        _block_is_code(doc, number) for number in range(doc.blockCount())
    ]


def _block_is_code(doc: QTextDocument, number: int) -> bool:
    block = doc.findBlockByNumber(number)
    previous = block.previous()
    state = previous.userState() if previous.isValid() else markdown_lines.START
    return markdown_lines.scan_line(state, block.text(), number == 0).kind.is_code


@pytest.mark.parametrize("with_highlighter", [False, True], ids=["text scan", "block states"])
@pytest.mark.parametrize("name", DOCUMENTS)
def test_typing_a_quote_is_typographic_exactly_in_prose(qtbot, name: str, with_highlighter: bool) -> None:
    text = _editor_text(name)
    lines = text.split("\n")
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    if with_highlighter:
        MarkdownHighlighter(editor.document())
    TypographyFilter(editor).attach(
        editor,
        enabled=lambda: True,
        lang=lambda: "de_DE",
        in_code_block=in_code_by_block_state if with_highlighter else None,
    )
    curly = set()
    for number, line in enumerate(lines):
        if MARK not in line:
            continue
        editor.setPlainText(text)
        cursor = QTextCursor(editor.document().findBlockByNumber(number))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        editor.setTextCursor(cursor)
        qtbot.keyClick(editor, " ")
        qtbot.keyClick(editor, '"', Qt.KeyboardModifier.ShiftModifier)
        typed = editor.document().findBlockByNumber(number).text()[len(line) :]
        assert typed in (' "', " „"), typed
        if typed == " „":
            curly.add(number)
    expected = {line.number for line in scan(text) if line.kind is Kind.MARKDOWN and MARK in line.text
                and line.end == len(line.text)}
    assert curly == expected


def test_fence_rules() -> None:
    assert fence_opening("```python") == "```"
    assert fence_opening("  ~~~~") == "~~~~"
    assert fence_opening("``` code ``` inline") is None
    assert fence_opening("~~~ a ` b") == "~~~"  # a tilde fence's info may hold backticks
    assert fence_opening("    ```", in_list=False) is None  # indented code, not a fence
    assert fence_closes("````", "```")
    assert fence_closes("```` \r", "````")
    assert not fence_closes("```", "````")
    assert not fence_closes("``", "```")
    assert not fence_closes("~~~", "```")
    assert not fence_closes("``` x", "```")


def test_the_highlighter_states_stay_small_and_stable() -> None:
    """The block states Qt stores: -1 ordinary, 1 front matter, 2/3 in a short fence."""
    state = markdown_lines.START
    seen = []
    for number, line in enumerate(["---", "a: b", "---", "x", "```", "y", "```", "~~~", "z"]):
        scanned = markdown_lines.scan_line(state, line, number == 0)
        state = scanned.state
        seen.append(state)
    assert seen[0] == 1 and seen[1] == 1
    assert seen[4] == seen[5] == 2 and seen[6] == -1
    assert seen[7] == seen[8] == 3
    assert markdown_lines.inside_block(seen[8]) and not markdown_lines.inside_block(seen[6])


def test_typography_and_the_scanner_agree_line_by_line() -> None:
    for text in DOCUMENTS.values():
        lines = text.replace("\r\n", "\n").split("\n")
        for number in range(len(lines)):
            state = markdown_lines.state_after(lines[:number])
            assert typography.in_code_block(lines[:number]) == markdown_lines.inside_block(state)
