"""Markdown to HTML, configured in one place for the preview, the exporters and the checks.

The preview renders per top-level block and caches each block's HTML, so a
keystroke re-renders one paragraph, not the whole article; exporters render
the body in one piece. Both go through :func:`make_markdown`, so they agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import markdown

from editor.core.text import markdown_lines


def make_markdown(lang: str = "de_DE") -> markdown.Markdown:
    """A Markdown converter with Feder's extensions for an article in ``lang``."""
    return markdown.Markdown(
        extensions=[
            "extra",
            "sane_lists",
            "pymdownx.tilde",
            # Closer to CommonMark (Hugo's goldmark, GitHub, Ghost) where the writer loses
            # nothing: "#Hashtag" stays text, bare URLs become links, "- [ ]" a task list,
            # "1)" an ordered list, a backslash at a line end a line break.
            "pymdownx.saneheaders",
            "pymdownx.magiclink",
            "pymdownx.tasklist",
            "pymdownx.fancylists",
            "editor.core.render.mdext.commonmark",
            "editor.core.render.mdext.figure",
            "editor.core.render.mdext.typography",
            "editor.core.render.mdext.tables",
        ],
        extension_configs={
            "pymdownx.tilde": {"subscript": False},
            # Only decimal lists: "A. Merkel sagte …" or "I. Teil" must stay a paragraph,
            # as on a CommonMark site.
            "pymdownx.fancylists": {"additional_ordered_styles": []},
            "pymdownx.magiclink": {"hide_protocol": False, "repo_url_shortener": False},
            "editor.core.render.mdext.typography": {"lang": lang},
        },
        output_format="html",
    )


@dataclass(frozen=True)
class Block:
    """A top-level block of the body: its first line (0-based) and its Markdown."""

    line: int
    text: str


@dataclass(frozen=True)
class RenderedBlock:
    line: int
    html: str


class Renderer:
    """Renders article bodies; keeps a per-block cache between calls.

    Not thread-safe: give each thread or process its own instance.
    """

    def __init__(self, lang: str = "de_DE") -> None:
        self.lang = lang
        self._md = make_markdown(lang)
        self._cache: dict[str, str] = {}

    def render(self, body: str) -> str:
        """The whole body as one HTML string (exports, checks, statistics)."""
        self._md.reset()
        return self._md.convert(body)

    def render_blocks(self, body: str) -> list[RenderedBlock]:
        """The body as per-block HTML; only blocks not seen last time are converted.

        Documents whose blocks depend on each other (footnotes, abbreviations)
        are rendered in one piece; link reference definitions are appended to
        every block so ``[text][ref]`` still resolves.
        """
        if _NEEDS_WHOLE.search(body):
            return [RenderedBlock(0, self._cached(body))]
        refs = "\n\n" + "\n".join(m.group(0) for m in _REFERENCE.finditer(body))
        if refs.strip() == "":
            refs = ""
        cache, self._cache = self._cache, {}
        result = []
        for block in split_blocks(body):
            key = block.text + refs
            html = cache.get(key)
            if html is None:
                self._md.reset()
                html = self._md.convert(key)
            self._cache[key] = html
            result.append(RenderedBlock(block.line, html))
        return result

    def _cached(self, text: str) -> str:
        html = self._cache.get(text)
        if html is None:
            html = self.render(text)
        self._cache = {text: html}
        return html


_NEEDS_WHOLE = re.compile(r"^\s{0,3}(?:\[\^[^\]]+\]:|\*\[[^\]]+\]:)", re.MULTILINE)
_REFERENCE = re.compile(r"^ {0,3}\[[^\]^][^\]]*\]:[ \t]*\S.*$", re.MULTILINE)
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d+[.)])[ \t]")
_HTML_BLOCK = re.compile(r"^ {0,3}<(?!/)([a-zA-Z][a-zA-Z0-9-]*)")


def split_blocks(body: str) -> list[Block]:
    """Cut the body at blank lines into blocks that render the same alone as together.

    A blank line does not end a block inside fenced code or an HTML comment
    (as :mod:`editor.core.text.markdown_lines` sees them), before an indented
    continuation, between items of one list, between parts of one quote, or
    inside an HTML block.
    """
    blocks: list[Block] = []
    current: list[str] = []
    start = 0
    inside = False  # the line before left a fence or comment open
    html_tag: str | None = None
    pending_blank = 0

    def flush() -> None:
        nonlocal current
        if current:
            blocks.append(Block(start, "\n".join(current)))
        current = []

    for scanned in markdown_lines.scan(body, front_matter=False):
        index, line = scanned.number, scanned.text
        was_inside, inside = inside, markdown_lines.inside_block(scanned.state)
        if was_inside:
            current.append(line)
            continue
        if not line.strip():
            if current:
                pending_blank += 1
            continue
        if current and pending_blank and not (
            html_tag or _continues(current, line)
        ):
            flush()
        if not current:
            start = index
            html_tag = None
        elif pending_blank:
            current.extend([""] * pending_blank)
        pending_blank = 0
        current.append(line)
        if len(current) == 1:
            tag = _HTML_BLOCK.match(line)
            if tag and f"</{tag.group(1)}>" not in line:
                html_tag = tag.group(1)
        elif html_tag and f"</{html_tag}>" in line:
            html_tag = None
    flush()
    return blocks


def _continues(current: list[str], line: str) -> bool:
    """Whether ``line`` after a blank line still belongs to the block in ``current``."""
    if line.startswith(("    ", "\t")):
        return True
    first = current[0]
    if _LIST_ITEM.match(first) and (_LIST_ITEM.match(line) or line.startswith("  ")):
        return True
    return first.lstrip().startswith(">") and line.lstrip().startswith(">")
