"""Why a block renders differently on a CommonMark site, and how to write it so both agree.

Each diagnosis looks at the block's lines for one known cause (a list right
after a paragraph line, a list nested by two spaces, a bare address …) and
returns the line, a message and, where there is one, the fixed lines. A block
with no known cause gets a general message naming what each side shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from editor.core.checks.html_structure import VOID
from editor.core.messages import QT_TRANSLATE_NOOP, Message
from editor.core.render.render import Block


@dataclass(frozen=True)
class Difference:
    """One block that a CommonMark site shows differently.

    ``line`` and ``column`` are 0-based in the body; ``kind`` names the cause
    (``list-blank-line`` …, ``other`` when none is known); ``replacement`` is the
    fixed text of the block's lines ``first_line``..``last_line`` (None: no fix).
    """

    line: int
    column: int
    kind: str
    message: Message
    params: dict[str, Any]
    first_line: int
    last_line: int
    replacement: str | None = None
    fix_label: Message | None = None


def diagnose(block: Block, lines: list[str], mine: list[str], theirs: list[str]) -> Difference:
    """Why ``block`` renders differently, with a fix where one is known."""
    first, last = block.line, block.line + block.text.count("\n")
    span = lines[first : last + 1]
    for finder in _DIAGNOSES:
        result = finder(span)
        if result is not None:
            offset, column, kind, message, fixed, label = result
            replacement = "\n".join(fixed) if fixed is not None else None
            return Difference(first + offset, column, kind, message, {}, first, last, replacement, label)
    return Difference(
        first,
        0,
        "other",
        QT_TRANSLATE_NOOP(
            "Portability",
            "A CommonMark site shows this block differently from Feder's preview ({feder} here, {site} there).",
        ),
        _contrast(mine, theirs),
        first,
        last,
    )


_Diagnosis = tuple[int, int, str, Message, "list[str] | None", "Message | None"]

_LIST_MARKER = re.compile(r"^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+|$)")
_ANY_LIST_MARKER = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)\S")
_TABLE_RULE = re.compile(r"^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_FENCE = re.compile(r"^[ \t]+(`{3,}|~{3,})")
_TASK = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\](?=[ \t])")
_BARE_URL = re.compile(
    r"(?<![<(\[\"'=/\w])(?:(?:https?|ftps?)://|www\.)[^\s<>]*[^\s<>.,;:!?)\]\"'*_]"
    r"|(?<![<\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}(?![\w>])"
)
_CODE_SPAN = re.compile(r"(`+).+?\1")
_LINK_OR_HTML = re.compile(r"\]\([^)]*\)|<[^>]*>|\[[^\]]*\]:\s*\S+")


def _list_after_paragraph(span: list[str]) -> _Diagnosis | None:
    if not span or _LIST_MARKER.match(span[0]) or _is_special_start(span[0]):
        return None
    for index in range(1, len(span)):
        previous, line = span[index - 1], span[index]
        if not previous.strip():
            return None  # past the paragraph
        match = _LIST_MARKER.match(line)
        if match and match.group(3) and _interrupts_paragraph(match.group(2)):
            return _blank_line_before(
                span, index, "list-blank-line",
                QT_TRANSLATE_NOOP(
                    "Portability",
                    "A list right after a paragraph line: Feder's preview shows it as part of the "
                    "paragraph, a CommonMark site as a list. Insert a blank line before the list.",
                ),
                QT_TRANSLATE_NOOP("Portability", "Insert a blank line before the list"),
            )
    return None


def _table_after_paragraph(span: list[str]) -> _Diagnosis | None:
    if not span or _is_special_start(span[0]) or _LIST_MARKER.match(span[0]):
        return None
    for index in range(2, len(span)):
        if not span[index - 2].strip():
            return None
        if "|" in span[index - 1] and _TABLE_RULE.match(span[index]) and "|" in span[index]:
            return _blank_line_before(
                span, index - 1, "table-blank-line",
                QT_TRANSLATE_NOOP(
                    "Portability",
                    "A table right after a paragraph line: Feder's preview shows it as text, a "
                    "CommonMark site as a table. Insert a blank line before the table.",
                ),
                QT_TRANSLATE_NOOP("Portability", "Insert a blank line before the table"),
            )
    return None


def _blank_line_before(span: list[str], index: int, kind: str, message: Message, label: Message) -> _Diagnosis:
    """A construct that starts inside a paragraph at line ``index``: fixed by a blank line before it."""
    return index, 0, kind, message, [*span[:index], "", *span[index:]], label


def _list_indentation(span: list[str]) -> _Diagnosis | None:
    """Nested items and continuation paragraphs indented by less than 4 spaces."""
    if not span or not _LIST_MARKER.match(span[0]):
        return None
    fixed = _reindent_list(span)
    if fixed is None or fixed == span:
        return None
    index = next(i for i, (a, b) in enumerate(zip(span, fixed, strict=False)) if a != b)
    nested = bool(_ANY_LIST_MARKER.match(span[index]))
    if nested:
        message = QT_TRANSLATE_NOOP(
            "Portability",
            "A list nested by fewer than 4 spaces: Feder's preview shows it flat, a CommonMark "
            "site nested. Indent the nested list by 4 spaces.",
        )
        label = QT_TRANSLATE_NOOP("Portability", "Indent the nested list by 4 spaces")
    else:
        message = QT_TRANSLATE_NOOP(
            "Portability",
            "A paragraph of a list item indented by fewer than 4 spaces: Feder's preview puts it "
            "after the list, a CommonMark site inside the item. Indent it by 4 spaces.",
        )
        label = QT_TRANSLATE_NOOP("Portability", "Indent the paragraph by 4 spaces")
    return index, 0, "nested-list-indent" if nested else "list-paragraph-indent", message, fixed, label


def _first_line_matching(
    pattern: re.Pattern[str], kind: str, message: Message, *, in_list: bool = False
) -> Callable[[list[str]], _Diagnosis | None]:
    """A diagnosis that names the first line matching ``pattern`` and offers no fix.

    With ``in_list`` it looks only at blocks that are a list.
    """

    def diagnosis(span: list[str]) -> _Diagnosis | None:
        if in_list and (not span or not _LIST_MARKER.match(span[0])):
            return None
        for index, line in enumerate(span):
            if pattern.match(line):
                return index, 0, kind, message, None, None
        return None

    return diagnosis


_fenced_code_in_list = _first_line_matching(
    _FENCE, "fenced-code-in-list",
    QT_TRANSLATE_NOOP(
        "Portability",
        "Fenced code inside a list item: Feder's preview shows the fence marks, a "
        "CommonMark site the code alone. Put the code after the list, without indentation.",
    ),
    in_list=True,
)
_task_list = _first_line_matching(
    _TASK, "task-list",
    QT_TRANSLATE_NOOP(
        "Portability",
        "A task list: Feder's preview shows check boxes, a CommonMark site the "
        "brackets as text.",
    ),
)


def _bare_url(span: list[str]) -> _Diagnosis | None:
    fixed, first = [], None
    for index, line in enumerate(span):
        masked = _mask(line)
        pieces, end = [], 0
        for match in _BARE_URL.finditer(masked):
            address = line[match.start() : match.end()]
            if first is None:
                first = (index, match.start())
            pieces += [line[end : match.start()], _autolink(address)]
            end = match.end()
        fixed.append("".join([*pieces, line[end:]]))
    if first is None:
        return None
    return (
        first[0], first[1], "bare-url",
        QT_TRANSLATE_NOOP(
            "Portability",
            "A bare web or mail address: Feder's preview links it, a CommonMark site shows plain "
            "text. Put it in angle brackets: <https://…>.",
        ),
        fixed,
        QT_TRANSLATE_NOOP("Portability", "Put the address in angle brackets"),
    )


_DIAGNOSES = (
    _list_after_paragraph,
    _table_after_paragraph,
    _fenced_code_in_list,
    _list_indentation,
    _task_list,
    _bare_url,
)


def _interrupts_paragraph(marker: str) -> bool:
    """CommonMark lets a bullet list, or a numbered list starting at 1, interrupt a paragraph."""
    return not marker[0].isdigit() or marker[:-1] == "1"


def _is_special_start(line: str) -> bool:
    """Lines that start something other than a paragraph (heading, quote, fence, HTML, table)."""
    stripped = line.lstrip()
    return stripped.startswith(("#", ">", "```", "~~~", "<", "|")) or line.startswith(("    ", "\t"))


def _reindent_list(span: list[str]) -> list[str] | None:
    """``span`` (a list block) with nesting and continuations indented in steps of 4.

    Each line's depth is found as CommonMark finds it: a line belongs inside an
    item when it is indented at least to the item's text.
    """
    fixed: list[str] = []
    stack: list[tuple[int, int]] = []  # (marker column, content column) of open items
    for line in span:
        if not line.strip():
            fixed.append(line)
            continue
        indent = len(line) - len(line.lstrip(" "))
        if "\t" in line[: indent + 1]:
            return None  # tabs: leave to the writer
        while stack and indent < stack[-1][1]:
            if _ANY_LIST_MARKER.match(line) and indent >= stack[-1][0] and len(stack) == 1:
                break
            stack.pop()
        marker = _ANY_LIST_MARKER.match(line)
        if marker:
            if stack and indent < stack[-1][1]:
                stack.pop()  # a sibling of the last item
            depth = len(stack)
            content = indent + len(marker.group(2)) + len(marker.group(3))
            stack.append((indent, content))
            fixed.append(" " * (4 * depth) + line.lstrip(" "))
        else:
            depth = len(stack)
            if depth == 0:
                fixed.append(line)
            else:
                fixed.append(" " * (4 * depth) + line.lstrip(" ") if indent < 4 * depth else line)
    return fixed


def _mask(line: str) -> str:
    """``line`` with code spans, link targets and HTML tags blanked (same length)."""
    for pattern in (_CODE_SPAN, _LINK_OR_HTML):
        line = pattern.sub(lambda m: " " * len(m.group(0)), line)
    return line


def _autolink(address: str) -> str:
    if address.lower().startswith("www."):
        return f"[{address}](https://{address})"
    return f"<{address}>"


def _contrast(mine: list[str], theirs: list[str]) -> dict[str, str]:
    """What differs, for the message: the top-level tags, else the first differing piece."""
    feder, site = _summary(mine), _summary(theirs)
    if feder == site:
        index = next((i for i, (a, b) in enumerate(zip(mine, theirs, strict=False)) if a != b), min(len(mine), len(theirs)))
        feder = _clip(mine[index] if index < len(mine) else "—")
        site = _clip(theirs[index] if index < len(theirs) else "—")
    return {"feder": feder, "site": site}


def _clip(token: str, limit: int = 50) -> str:
    return token if len(token) <= limit else token[: limit - 1] + "…"


def _summary(tokens: list[str]) -> str:
    """The top-level tags of a structure, as ``<p>, <ul>``; language-neutral on purpose."""
    depth, names = 0, []
    for token in tokens:
        if token.startswith("</"):
            depth -= 1
        elif token.startswith("<"):
            if depth == 0:
                names.append(token.split(" ", 1)[0].rstrip(">") + ">")
            if token.split(" ", 1)[0].rstrip(">")[1:] not in VOID:
                depth += 1
    return ", ".join(names) or "—"
