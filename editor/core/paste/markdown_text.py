"""Writing Markdown inline text: emphasis runs, escaping, code spans, list items.

The HTML side (:mod:`editor.core.paste.html_to_markdown`) decides *what* the text
is; this module decides how it is spelled in Markdown so that it means that
and nothing else: markers hug words, characters that would start syntax are
escaped, a code span is fenced by more backticks than it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BOLD, ITALIC, STRIKE = "**", "*", "~~"
_MARKER_ORDER = (BOLD, ITALIC, STRIKE)
_DROPPED_CHARS = dict.fromkeys(map(ord, "\u00ad\u200b\ufeff"))
_LINE_START = re.compile(r"^(\s*)(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|(\d+)([.)])(?=\s|$))")


@dataclass(frozen=True)
class Style:
    """What applies to a stretch of text: emphasis markers and the link around it."""

    markers: frozenset[str] = frozenset()
    href: str = ""
    title: str = ""
    in_heading: bool = False

    def with_marker(self, marker: str, on: bool) -> Style:
        if marker == BOLD and self.in_heading:
            return self  # a heading is bold already; "# **x**" is noise
        markers = self.markers | {marker} if on else self.markers - {marker}
        return Style(markers, self.href, self.title, self.in_heading)


@dataclass(frozen=True)
class Run:
    """A stretch of text in one style (``code``: a code span; ``raw``: Markdown or HTML as is)."""

    text: str
    style: Style
    code: bool = False
    raw: bool = False  # inline HTML kept as is (<sup>, <sub>)


@dataclass(frozen=True)
class Break:
    """A line break (``<br>``) inside a paragraph."""


Inline = Run | Break


def write_runs(runs: list[Run]) -> tuple[str, bool]:
    """Runs as Markdown, and whether any carried formatting.

    Consecutive runs with one link target form one link.
    """
    formatted = False
    out = []
    i = 0
    while i < len(runs):
        href = runs[i].style.href
        j = i
        while j < len(runs) and runs[j].style.href == href:
            j += 1
        text = emphasis(runs[i:j])
        if href and text.strip():
            formatted = True
            title = runs[i].style.title
            title_part = f' "{escape_title(title)}"' if title else ""
            lead, core, trail = split_space(text)
            text = f"{lead}[{core}]({url(href)}{title_part}){trail}"
        if any(r.style.markers for r in runs[i:j]):
            formatted = True
        out.append(text)
        i = j
    return "".join(out), formatted


def emphasis(runs: list[Run]) -> str:
    """Runs with emphasis markers that open and close around words, never around spaces."""
    out: list[str] = []
    stack: list[str] = []
    space = ""
    for run in runs:
        if not run.raw and not run.code and not run.text.strip():
            space += run.text
            continue
        lead, core, trail = split_space(run.text) if not run.raw else ("", run.text, "")
        space += lead
        wanted = run.style.markers
        while stack and not set(stack) <= wanted:
            out.append(stack.pop())
        out.append(space)
        for marker in _MARKER_ORDER:
            if marker in wanted and marker not in stack:
                stack.append(marker)
                out.append(marker)
        out.append(code_span(core) if run.code else core if run.raw else escape(core))
        space = trail
    out.extend(reversed(stack))
    out.append(space)
    return "".join(out)


def collapse(text: str) -> str:
    return re.sub(r"[ \t\n\r\f]+", " ", text.translate(_DROPPED_CHARS))


def tidy(line: str) -> str:
    """One space where spaces meet; a lone run of no-break spaces stays one no-break space."""
    line = re.sub(r"[ \u00a0]*[ ][ \u00a0]*", " ", line)
    line = re.sub("\u00a0{2,}", "\u00a0", line)
    return line.strip(" \u00a0")


def split_space(text: str) -> tuple[str, str, str]:
    core = text.strip(" \u00a0")
    if not core:
        return text, "", ""
    start = text.index(core)
    return text[:start], core, text[start + len(core) :]


def escape(text: str) -> str:
    """Characters that would turn plain text into Markdown syntax."""
    text = re.sub(r"\\(?=[!-/:-@\[-`{-~])", r"\\\\", text)
    text = text.replace("`", "\\`")
    text = re.sub(r"(?<!\s)\*|\*(?!\s)", r"\\*", text)
    text = re.sub(r"(?<!\w)_|_(?!\w)", r"\\_", text)
    text = re.sub(r"\](?=[(\[:])", r"\\]", text)
    text = text.replace("[", "\\[") if "\\]" in text else text
    return re.sub(r"<(?=[A-Za-z/!?])", "&lt;", text)


def escape_line_start(line: str) -> str:
    match = _LINE_START.match(line)
    if not match:
        return line
    indent, mark = match.group(1), match.group(2)
    if match.group(3):  # "1. " would start a numbered list
        return f"{indent}{match.group(3)}\\{match.group(4)}{line[match.end() :]}"
    return f"{indent}\\{mark}{line[match.end() :]}"


def escape_title(title: str) -> str:
    return title.replace("\\", "\\\\").replace('"', '\\"')


def escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def code_span(text: str) -> str:
    longest = max((len(r) for r in re.findall(r"`+", text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def prefix_lines(text: str, prefix: str, empty: str) -> str:
    return "\n".join(prefix + line if line else empty for line in text.split("\n"))


def list_item(marker: str, blocks: list[str], indent: str = "") -> str:
    """One list item; following blocks are indented four spaces (Python-Markdown's rule)."""
    if not blocks or is_list(blocks[0]):  # an item that only holds a list
        blocks = ["", *blocks]
    first, *rest = blocks
    lines = first.split("\n")
    text = (indent + marker + lines[0]).rstrip()
    text += "".join("\n" + indent + "    " + line for line in lines[1:])
    for block in rest:
        joiner = "\n" if is_list(block) else "\n\n"  # a nested list hugs its item
        text += joiner + prefix_lines(block, indent + "    ", "")
    return text


def is_list(block: str) -> bool:
    return bool(re.match(r"\s*(- |\d+\. )", block))
