"""Where a CommonMark site would show the article differently from Feder's preview.

Hugo (goldmark), Eleventy (markdown-it), GitHub and Ghost render Markdown by
the CommonMark rules; Feder previews with Python-Markdown. Most text looks the
same in both, but not all: a list right after a paragraph line, a list nested
by two spaces, a bare address. This module renders each top-level block of the
body with both — Feder's own renderer and markdown-it-py (CommonMark plus
tables and strikethrough) — compares the HTML by structure (tags, attributes
that change what is shown, text; not whitespace, attribute order, ids or
typographic quotes) and, where they differ, says which line, why, and how to
write it so both agree.

Figures (``![alt](src "caption"){credit="…"}``) are left out: Feder's site
exports turn them into what each site renders.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt

from editor.core.messages import QT_TRANSLATE_NOOP, Message
from editor.core.render.mdext.figure import parse_figure
from editor.core.render.render import Block, make_markdown, split_blocks

#: Values of the ``site:`` front matter key. ``html``: Feder's HTML goes to the site
#: (a CMS, a page), so the site never renders the Markdown and nothing is checked.
SITES = ("hugo", "jekyll", "eleventy", "html")
MARKDOWN_SITES = ("hugo", "jekyll", "eleventy")
#: Project settings files looked for in the article's folder and its parents.
PROJECT_FILES = (".feder.yaml", ".feder.yml", "feder.toml", ".feder.toml")

#: What a site renders beyond CommonMark, so a difference of that kind is none there:
#: Hugo's goldmark links bare addresses and draws task lists; Jekyll's kramdown
#: (GFM input) draws task lists.
_SITE_EXTRAS = {
    "hugo": frozenset({"bare-url", "task-list"}),
    "jekyll": frozenset({"task-list"}),
    "eleventy": frozenset(),
}


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


def target_site(meta: dict[str, Any], folder: Path | None) -> str:
    """The site an article is written for: its ``site:`` key, else the project's, else html."""
    value = meta.get("site")
    if isinstance(value, str) and value.strip().lower() in SITES:
        return value.strip().lower()
    if folder is not None:
        project = project_site(folder)
        if project:
            return project
    return "html"


def project_site(folder: Path) -> str | None:
    """``site:`` from the nearest project settings file (.feder.yaml or feder.toml) upwards."""
    try:
        folder = folder.resolve()
    except (OSError, RuntimeError):
        return None
    for candidate in (folder, *folder.parents):
        for name in PROJECT_FILES:
            path = candidate / name
            try:
                if not path.is_file():
                    continue
                text = path.read_text(encoding="utf-8", errors="replace")[:65536]
            except OSError:
                continue
            value = _read_setting(text, toml=name.endswith(".toml")).get("site")
            if isinstance(value, str) and value.strip().lower() in SITES:
                return value.strip().lower()
            return None  # the nearest settings file decides, even without a site
    return None


def differences(body: str, site: str = "eleventy", lang: str = "de_DE") -> list[Difference]:
    """Every block of ``body`` that a CommonMark site (``site``) shows differently."""
    if site not in MARKDOWN_SITES:
        return []
    extras = _SITE_EXTRAS.get(site, frozenset())
    refs = "\n".join(m.group(0) for m in _REFERENCE.finditer(body))
    refs = "\n\n" + refs if refs else ""
    lines = body.split("\n")
    found: list[Difference] = []
    for block in split_blocks(body):
        if _is_figure(block):
            continue
        verdict = _compare(block.text + refs, lang)
        if verdict is None:
            continue
        mine, theirs = verdict
        difference = diagnose(block, lines, mine, theirs)
        if difference.kind not in extras:
            found.append(difference)
    return found


#: Verdicts per (language, block text): None where both renderers agree, else both
#: structures. The check panel runs after every pause in typing; an edit changes one
#: block, so only that block is rendered twice again.
_verdicts: dict[tuple[str, str], tuple[list[str], list[str]] | None] = {}
_renderers: dict[str, Any] = {}
_MAX_VERDICTS = 4096


def _compare(text: str, lang: str) -> tuple[list[str], list[str]] | None:
    key = (lang, text)
    if key in _verdicts:
        return _verdicts[key]
    feder = _renderers.get(lang)
    if feder is None:
        feder = _renderers[lang] = make_markdown(lang)
    reference = _renderers.get("") or _renderers.setdefault("", commonmark())
    feder.reset()
    mine = structure(feder.convert(text))
    theirs = structure(reference.render(text))
    verdict = None if mine == theirs else (mine, theirs)
    if len(_verdicts) >= _MAX_VERDICTS:
        _verdicts.clear()
    _verdicts[key] = verdict
    return verdict


def commonmark() -> MarkdownIt:
    """The reference renderer: CommonMark with tables and strikethrough, raw HTML allowed."""
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


# --- diagnosis ---------------------------------------------------------------------------


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
            fixed = [*span[:index], "", *span[index:]]
            return (
                index, 0, "list-blank-line",
                QT_TRANSLATE_NOOP(
                    "Portability",
                    "A list right after a paragraph line: Feder's preview shows it as part of the "
                    "paragraph, a CommonMark site as a list. Insert a blank line before the list.",
                ),
                fixed,
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
            header = index - 1
            fixed = [*span[:header], "", *span[header:]]
            return (
                header, 0, "table-blank-line",
                QT_TRANSLATE_NOOP(
                    "Portability",
                    "A table right after a paragraph line: Feder's preview shows it as text, a "
                    "CommonMark site as a table. Insert a blank line before the table.",
                ),
                fixed,
                QT_TRANSLATE_NOOP("Portability", "Insert a blank line before the table"),
            )
    return None


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


def _fenced_code_in_list(span: list[str]) -> _Diagnosis | None:
    if not span or not _LIST_MARKER.match(span[0]):
        return None
    for index, line in enumerate(span):
        if _FENCE.match(line):
            return (
                index, 0, "fenced-code-in-list",
                QT_TRANSLATE_NOOP(
                    "Portability",
                    "Fenced code inside a list item: Feder's preview shows the fence marks, a "
                    "CommonMark site the code alone. Put the code after the list, without indentation.",
                ),
                None,
                None,
            )
    return None


def _task_list(span: list[str]) -> _Diagnosis | None:
    for index, line in enumerate(span):
        if _TASK.match(line):
            return (
                index, 0, "task-list",
                QT_TRANSLATE_NOOP(
                    "Portability",
                    "A task list: Feder's preview shows check boxes, a CommonMark site the "
                    "brackets as text.",
                ),
                None,
                None,
            )
    return None


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


def _is_figure(block: Block) -> bool:
    return "\n" not in block.text.strip() and parse_figure(block.text.strip()) is not None


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
            if token.split(" ", 1)[0].rstrip(">")[1:] not in _VOID:
                depth += 1
    return ", ".join(names) or "—"


def _read_setting(text: str, toml: bool) -> dict[str, Any]:
    try:
        if toml:
            import tomllib

            data = tomllib.loads(text)
        else:
            data = yaml.safe_load(text)
    except Exception:  # a broken settings file sets nothing; the check stays quiet
        return {}
    return data if isinstance(data, dict) else {}


# --- comparing HTML by structure ---------------------------------------------------------

_VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "wbr", "source", "col", "area"})
#: Attributes that change nothing a reader sees, or that one renderer always adds.
_IGNORED_ATTRIBUTES = frozenset({"id", "class", "rel", "target", "name"})
_RENAMED = {"del": "s", "strike": "s"}
_TYPOGRAPHY = str.maketrans({
    "„": '"', "“": '"', "”": '"', "«": '"', "»": '"',
    "‚": "'", "‘": "'", "’": "'", "‹": "'", "›": "'",
    "–": "--", "—": "---", "…": "...", "\u00a0": " ", "\u202f": " ",
})


def structure(html: str) -> list[str]:
    """``html`` as a list of tokens that two renderers of the same text agree on."""
    parser = _Structure()
    parser.feed(html)
    parser.close()
    return parser.finish()


class _Structure(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: list[str] = []
        self.text: list[str] = []
        self.divs: list[bool] = []  # per open <div>: Feder's table wrapper (left out)?

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "div":  # the scrolling wrapper round a table is presentation, not structure
            self.divs.append(("class", "table-wrapper") in attrs)
            if self.divs[-1]:
                return
        self._flush()
        tag = _RENAMED.get(tag, tag)
        kept = sorted(
            (name, _attribute(name, value or "")) for name, value in attrs if name not in _IGNORED_ATTRIBUTES
        )
        self.tokens.append("<" + " ".join([tag, *(f'{n}="{v}"' for n, v in kept)]) + ">")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self.divs and self.divs.pop():
            return
        tag = _RENAMED.get(tag, tag)
        if tag in _VOID:
            return
        self._flush()
        self.tokens.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        pass  # comments show nothing

    def _flush(self) -> None:
        text = " ".join("".join(self.text).translate(_TYPOGRAPHY).split())
        self.text = []
        if text:
            self.tokens.append(text)

    def finish(self) -> list[str]:
        self._flush()
        return self.tokens


def _attribute(name: str, value: str) -> str:
    if name == "style":
        return ";".join(part.replace(" ", "") for part in value.split(";") if part.strip())
    if name in ("checked", "disabled"):
        return ""
    return " ".join(value.split()).translate(_TYPOGRAPHY)


_REFERENCE = re.compile(r"^ {0,3}\[[^\]^][^\]]*\]:[ \t]*\S.*$", re.MULTILINE)
