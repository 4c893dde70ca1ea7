"""The author box under the article (photo, name, role, bio, links) as HTML.

The preview and every exporter call :func:`render_author_box` with the
article's ``authors`` snapshots, so all of them show the same box. Snapshots
may be written by hand, so every value is checked here: text is escaped by the
template, the Markdown bio is rendered and then sanitised, and only link and
photo addresses with harmless schemes get through.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path, PureWindowsPath
from typing import Any
from urllib.parse import quote, urlsplit

import jinja2
import nh3
from markupsafe import Markup

from editor import paths
from editor.core.render.render import Renderer

LINK_SCHEMES = ("http", "https", "mailto", "tel")
PHOTO_SCHEMES = ("http", "https", "file")


def render_author_box(authors: list[dict[str, Any]], renderer_lang: str = "de_DE") -> str:
    """HTML for the box, or "" when the article names no author."""
    entries = [entry for entry in (_entry(a, renderer_lang) for a in authors or []) if entry]
    if not entries:
        return ""
    return _template().render(authors=entries)


def link_href(url: str) -> str:
    """A safe ``href`` for ``url`` ("" if unsafe); bare e-mail addresses become mailto:."""
    url = url.strip()
    if not url or any(c.isspace() for c in url):
        return ""
    scheme = urlsplit(url).scheme.lower() if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", url) else ""
    if scheme:
        return url if scheme in LINK_SCHEMES else ""
    if "@" in url and "/" not in url:
        return f"mailto:{url}"
    if "." in url.split("/")[0]:
        return f"https://{url}"
    return ""


def link_label(label: str, href: str) -> str:
    """The visible text of a link: its label, else the address without scheme."""
    if label.strip():
        return label.strip()
    parts = urlsplit(href)
    if parts.scheme in ("mailto", "tel"):
        return parts.path
    host = parts.netloc.removeprefix("www.")
    return host + parts.path.rstrip("/") if parts.path not in ("", "/") else host


def photo_src(photo: str) -> str:
    """A ``src`` for a photo given as URL, absolute path or path relative to the article."""
    photo = photo.strip()
    if not photo:
        return ""
    if PureWindowsPath(photo).drive and len(PureWindowsPath(photo).drive) == 2:
        return PureWindowsPath(photo).as_uri()
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", photo):
        return photo if urlsplit(photo).scheme.lower() in PHOTO_SCHEMES else ""
    if photo.startswith("/"):
        return Path(photo).as_uri()
    return quote(photo, safe="/.-_~%")


# Private ----------------------------------------------------------------------


def _entry(author: Any, lang: str) -> dict[str, Any] | None:
    if isinstance(author, str):
        author = {"name": author}
    if not isinstance(author, dict):
        return None
    name = _text(author.get("name")).strip()
    if not name:
        return None
    links = []
    raw_links = author.get("links")
    if isinstance(raw_links, dict):
        raw_links = [{"label": k, "url": v} for k, v in raw_links.items()]
    for link in raw_links if isinstance(raw_links, list) else []:
        if isinstance(link, str):
            link = {"url": link}
        if not isinstance(link, dict):
            continue
        href = link_href(_text(link.get("url")))
        if href:
            links.append({"url": href, "label": link_label(_text(link.get("label")), href)})
    bio = _text(author.get("bio")).strip()
    return {
        "name": name,
        "role": _text(author.get("role")).strip(),
        "bio": Markup(_bio_html(bio, lang)) if bio else "",
        "photo": photo_src(_text(author.get("photo"))),
        "links": links,
    }


@functools.lru_cache(maxsize=128)
def _bio_html(bio: str, lang: str) -> str:
    """The bio's Markdown as sanitised HTML (a shared profile must not bring scripts)."""
    html = Renderer(lang).render(bio)
    return nh3.clean(html, url_schemes=set(LINK_SCHEMES)).strip()


@functools.lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(paths.resource("templates")),
        autoescape=True,
        trim_blocks=False,
        undefined=jinja2.StrictUndefined,
    )
    return environment.get_template("author_box.html.j2")


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)
