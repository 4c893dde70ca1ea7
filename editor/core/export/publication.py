"""The article as it is published: header, body and author box, shared by preview and export.

The preview and the HTML exports must show the same article, so both build
its frame here: the header (kicker, headline, teaser, featured image with
caption and credit) and the footer (author box) come from one Jinja2 template,
``resources/templates/article.html.j2``, with autoescaping, so whatever the
writer typed lands as text and never as markup. Field text gets the same
typography as the body (German quotes, dashes, ellipsis; see core.mdext.typography).
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Callable
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, ChoiceLoader, FileSystemLoader, PrefixLoader, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from editor import paths
from editor.core import languages
from editor.core.render.mdext.typography import educate
from editor.core.text.article import Article

AttributeList = list[tuple[str, str | None]]

#: Class names Feder's own markup uses (header, figures, author box); the CMS
#: fragment leaves them out unless asked, since a CMS lacks Feder's stylesheet.
FEDER_CLASSES = frozenset({"caption", "credit", "featured-image", "kicker", "teaser"})

#: The template holding the header, figure, author box and article macros.
LAYOUT_TEMPLATE = "article.html.j2"


def header_html(article: Article, *, classes: bool = True) -> str:
    """The content of ``<header class="article-header">``: kicker, h1, teaser, featured figure.

    "" for a bare article. The preview puts it into its header element;
    :func:`article_html` wraps it for the exports.
    """
    return str(_layout().header(_fields(article), classes)).strip()


def figure_html(article: Article, *, classes: bool = True) -> str:
    """The featured image as ``<figure>`` with caption and credit; "" without an image."""
    return str(_layout().figure(_fields(article)["image"], classes)).strip()


def footer_html(article: Article, *, classes: bool = True) -> str:
    """The content of ``<footer class="article-footer">``: the author box ("" without authors)."""
    box = author_box_html(article).strip()
    return box if classes else strip_classes(box)


def article_html(article: Article, body_html: str, *, classes: bool = True) -> str:
    """The whole ``<article>``: header, ``<div class="article-body">`` and footer."""
    return str(article_context(article, body_html, classes=classes)["article"])


def wrap_article(header: str, body: str, footer: str, *, classes: bool = True) -> str:
    """Put the parts' content into ``<article>`` with header, body div and footer."""
    return str(_layout().article(Markup(header), Markup(body), Markup(footer), classes))


def article_context(article: Article, body_html: str, *, classes: bool = True) -> dict[str, Any]:
    """Everything a page or fragment template may use (documented in docs/export.md).

    Text fields are typeset plain strings (templates escape them); ``header``,
    ``figure``, ``body``, ``footer`` and ``article`` are ready HTML (Markup).
    With ``classes`` off, Feder's own class names are left out everywhere.
    """
    fields = _fields(article)
    layout = _layout()
    header = str(layout.header(fields, classes)).strip()
    footer = footer_html(article, classes=classes)
    body = body_html if classes else strip_classes(body_html, FEDER_CLASSES)
    return {
        **fields,
        "meta": article.meta,
        "classes": classes,
        "header": Markup(header),
        "figure": Markup(str(layout.figure(fields["image"], classes)).strip()),
        "byline": Markup(str(layout.byline(fields)).strip()),
        "body": Markup(body),
        "footer": Markup(footer),
        "article": Markup(wrap_article(header, body, footer, classes=classes)),
    }


def author_box_html(article: Article) -> str:
    """The author box from editor.core.authors.box, or a minimal one while it is missing."""
    try:
        from editor.core.authors.box import render_author_box
    except ImportError as exc:
        if exc.name != "editor.core.authors.box":
            raise
        return str(_layout().author_box(_fields(article)["authors"], True))
    if not article.authors:
        return ""
    return render_author_box(article.authors, article.lang)


def typeset(text: str, lang: str) -> str:
    """``text`` with the body's typography („…“, –, …) as plain text; no Markdown, no HTML.

    An asterisk or ``<b>`` in a headline stays what the writer typed.
    """
    if not text.strip():
        return ""
    paragraphs = [p for p in text.replace("\r", "").split("\n\n") if p.strip()]
    return "\n\n".join(educate(paragraph, lang) for paragraph in paragraphs)


def html_lang(lang: str) -> str:
    """Feder's ``de_DE`` as the BCP 47 tag HTML wants (``de-DE``)."""
    return languages.html_tag(lang)


def strip_classes(fragment: str, only: frozenset[str] | None = None) -> str:
    """``fragment`` without class attributes (or without the class names in ``only``).

    For HTML that must not need Feder's CSS: a CMS has its own stylesheet.
    """

    def drop(tag: str, attrs: AttributeList) -> AttributeList | None:
        changed, kept = False, []
        for name, value in attrs:
            if name == "class":
                names = [] if only is None else [c for c in (value or "").split() if c not in only]
                changed = changed or names != (value or "").split()
                if names:
                    kept.append((name, " ".join(names)))
                continue
            kept.append((name, value))
        return kept if changed else None

    return rewrite_start_tags(fragment, drop)


def rewrite_start_tags(
    fragment: str, change: Callable[[str, AttributeList], AttributeList | None]
) -> str:
    """``fragment`` with start tags rebuilt where ``change(tag, attrs)`` returns new attributes.

    A real HTML parser finds the tags (so text, comments and scripts are never
    mistaken for markup); tags left alone keep their exact original bytes.
    """
    finder = _StartTags(change)
    finder.feed(fragment)
    finder.close()
    if not finder.edits:
        return fragment
    line_starts = [0]
    for line in fragment.split("\n")[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)
    out, last = [], 0
    for (line, column), length, replacement in finder.edits:
        start = line_starts[line - 1] + column
        out.append(fragment[last:start])
        out.append(replacement)
        last = start + length
    out.append(fragment[last:])
    return "".join(out)


class _StartTags(HTMLParser):
    def __init__(self, change: Callable[[str, AttributeList], AttributeList | None]) -> None:
        super().__init__(convert_charrefs=True)
        self.change = change
        self.edits: list[tuple[tuple[int, int], int, str]] = []

    def handle_starttag(self, tag: str, attrs: AttributeList) -> None:
        new = self.change(tag, attrs)
        raw = self.get_starttag_text()
        if new is None or raw is None:
            return
        parts = [tag] + [
            name if value is None else f'{name}="{html.escape(value, quote=True)}"'
            for name, value in new
        ]
        self.edits.append((self.getpos(), len(raw), f"<{' '.join(parts)}>"))

    handle_startendtag = handle_starttag


_MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}


def display_date(date: _dt.date, lang: str) -> str:
    """The date as readers of ``lang`` write it: 1. Dezember 2025, December 1, 2025."""
    if lang.lower().startswith("en"):
        return f"{_MONTHS['en'][date.month - 1]} {date.day}, {date.year}"
    if lang.lower().startswith("de"):
        return f"{date.day}. {_MONTHS['de'][date.month - 1]} {date.year}"
    return date.isoformat()


# --- private -----------------------------------------------------------------


def _fields(article: Article) -> dict[str, Any]:
    lang = article.lang
    image = article.image
    authors = [_author(entry, lang) for entry in article.authors]
    teaser = typeset(article.teaser, lang)
    return {
        "title": typeset(article.title, lang),
        "kicker": typeset(article.kicker, lang),
        "teaser": teaser,
        "description": " ".join(teaser.split()),
        "lang": html_lang(lang),
        "locale": lang,
        "date": article.date.isoformat() if article.date else "",
        "date_display": display_date(article.date, lang) if article.date else "",
        "tags": article.tags,
        "slug": article.slug,
        "authors": authors,
        "author_names": ", ".join(a["name"] for a in authors if a["name"]),
        "image": {
            "src": image.src,
            "alt": typeset(image.alt, lang),
            "caption": typeset(image.caption, lang),
            "credit": typeset(image.credit, lang),
        }
        if image.src
        else None,
    }


def _author(entry: dict[str, Any], lang: str) -> dict[str, Any]:
    """An author snapshot with its text fields typeset; other keys kept as they are."""
    view = dict(entry)
    for key in ("name", "role", "bio"):
        value = entry.get(key)
        view[key] = typeset(value if isinstance(value, str) else str(value or ""), lang)
    return view


def _layout() -> Any:
    """The layout template's macros (header, figure, footer, author_box, article)."""
    return environment().get_template(LAYOUT_TEMPLATE).module


@lru_cache(maxsize=8)
def environment(user_folder: Path | None = None) -> SandboxedEnvironment:
    """The Jinja2 environment: a user's template folder first, then the shipped templates.

    Sandboxed and autoescaping, because a template may come from anywhere and
    the values it prints were typed by a writer.
    """
    shipped = FileSystemLoader(str(paths.resource("templates")))
    loaders: list[BaseLoader] = [FileSystemLoader(str(user_folder))] if user_folder else []
    # "feder/page.html.j2" always means the shipped one, even beside a user's page.html.j2.
    loaders += [PrefixLoader({"feder": shipped}), shipped]
    return SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


