"""Plain Markdown (the ``md-plain`` format): for a CMS without front matter or attribute lists.

The fields become Markdown text of their own (headline, teaser, figure with
caption and credit as text, author bios), escaped so they show exactly what
the writer typed. The site formats with front matter are
:mod:`editor.core.export.site_export`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from editor.core.export import site_export
from editor.core.text.article import Article


def plain_markdown(article: Article, address: Callable[[str], str] = lambda src: src) -> str:
    """Headline, teaser, featured image with caption and credit, body, author bios.

    For a CMS without front matter or attribute lists: figures become the
    picture with caption and credit as text under it.
    """
    parts = []
    if article.title.strip():
        parts.append("# " + markdown_text(" ".join(article.title.split())))
    if article.teaser.strip():
        parts.append(markdown_text(article.teaser.strip()))
    image = article.image
    if image.src.strip():
        parts.append(site_export.plain_figure(image, address, markdown_text))
    elif image.credit.strip():
        parts.append(markdown_text(" ".join(image.credit.split())))
    body = site_export.convert_body(article.body, "md-plain", address, article.lang).strip("\n")
    if body.strip():
        parts.append(body.rstrip())
    for author in article.authors:
        name = " ".join(_text(author.get("name")).split())
        role = " ".join(_text(author.get("role")).split())
        if name:
            parts.append(f"**{markdown_text(name)}**" + (f", {markdown_text(role)}" if role else ""))
        bio = _text(author.get("bio")).strip()
        if bio:
            parts.append(bio)  # a bio is Markdown already (the author box renders it so)
    return "\n\n".join(parts) + "\n" if parts else ""


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#])")
_LINE_START = re.compile(r"^([ \t]*)(?:([>+\-])|(\d+)([.)]))", re.MULTILINE)
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")


def markdown_text(text: str) -> str:
    """``text`` as Markdown that shows exactly these characters (no emphasis, no HTML)."""
    text = _ENTITY_LIKE.sub("&amp;", text).replace("<", "&lt;")
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker, number, dot = match.groups()
    return f"{indent}\\{marker}" if marker else f"{indent}{number}\\{dot}"


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)
