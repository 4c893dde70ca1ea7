"""The article: front matter fields plus Markdown body, read from one text.

The text as the writer sees it is the source of truth; :class:`Article` is a
parsed, read-only view of it for the preview, exporters, checks and fields.
Field edits go back into the text through :func:`set_field`, so undo, the
YAML and the fields can never disagree.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from editor.core import languages
from editor.core.messages import FederError
from editor.core.text import frontmatter

#: Front matter keys Feder knows; any other key is kept untouched.
KNOWN_KEYS = (
    "title", "kicker", "teaser", "slug", "tags", "date", "authors", "image", "lang", "spelling",
)
#: Keys static sites use for Feder's fields (and Feder's site exports write), read back
#: into the same fields: the teaser, the featured image's parts, a single author.
TEASER_KEYS = ("teaser", "description", "summary", "excerpt")
IMAGE_KEYS = {"alt": "image_alt", "caption": "image_caption", "credit": "image_credit"}
ALIAS_KEYS = (*TEASER_KEYS[1:], *IMAGE_KEYS.values(), "images", "author")
DEFAULT_LANG = languages.DEFAULT


@dataclass(frozen=True)
class Image:
    """The featured image (Beitragsbild) or an inline figure."""

    src: str = ""
    alt: str = ""
    caption: str = ""
    credit: str = ""

    @classmethod
    def from_meta(cls, value: Any) -> Image:
        if isinstance(value, str):
            return cls(src=value)
        if not isinstance(value, dict):
            return cls()
        parts = {key: _text(value.get(key)) for key in ("src", "alt", "caption", "credit")}
        parts["src"] = parts["src"] or _text(value.get("path"))  # jekyll-seo-tag's image.path
        return cls(**parts)

    @classmethod
    def from_front_matter(cls, meta: dict[str, Any]) -> Image:
        """The featured image from ``image`` plus the flat keys sites use.

        ``image: foto.jpg`` with ``image_alt``/``image_caption``/``image_credit``
        (what Feder's site exports write) and Hugo's ``images: [foto.jpg]`` read
        back into the same image as Feder's own ``image:`` mapping.
        """
        image = cls.from_meta(meta.get("image"))
        if not image.src:
            images = meta.get("images")
            if isinstance(images, list) and images and isinstance(images[0], str | dict):
                image = replace(cls.from_meta(images[0]), alt=image.alt, caption=image.caption,
                                credit=image.credit)
        flat = {part: _text(meta.get(key)) for part, key in IMAGE_KEYS.items()}
        return replace(image, **{part: getattr(image, part) or value for part, value in flat.items()})

    def is_empty(self) -> bool:
        return not (self.src or self.alt or self.caption or self.credit)


@dataclass(frozen=True)
class Article:
    """Parsed article. ``meta_error`` holds why the front matter could not be read."""

    meta: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    has_front_matter: bool = False
    meta_error: FederError | None = None
    path: Path | None = None
    body_line: int = 0  # 0-based line of the text where the body starts
    front_format: str = frontmatter.YAML  # "yaml" (---) or "toml" (+++)

    @classmethod
    def from_text(cls, text: str, path: Path | None = None) -> Article:
        parts = frontmatter.split(text)
        body_line = text.count("\n", 0, parts.body_start)
        try:
            meta = frontmatter.parse(parts.front, parts.fmt)
            error = None
        except FederError as exc:
            meta, error = {}, exc
        return cls(meta, parts.body, parts.front is not None, error, path, body_line, parts.fmt)

    # Typed access to the known keys; front matter written by hand may hold anything.
    @property
    def title(self) -> str:
        return _text(self.meta.get("title"))

    @property
    def kicker(self) -> str:
        return _text(self.meta.get("kicker"))

    @property
    def teaser(self) -> str:
        """``teaser``, or what a site calls it: ``description``, ``summary``, ``excerpt``."""
        return next((_text(self.meta[k]) for k in TEASER_KEYS if _text(self.meta.get(k))), "")

    @property
    def slug(self) -> str:
        return _text(self.meta.get("slug"))

    @property
    def lang(self) -> str:
        return languages.normalise(_text(self.meta.get("lang"))) or DEFAULT_LANG

    @property
    def tags(self) -> list[str]:
        tags = self.meta.get("tags")
        if isinstance(tags, str):
            return [t.strip() for t in tags.split(",") if t.strip()]
        if isinstance(tags, list):
            return [_text(t) for t in tags if _text(t)]
        return []

    @property
    def date(self) -> _dt.date | None:
        value = self.meta.get("date")
        if isinstance(value, _dt.datetime):
            return value.date()
        if isinstance(value, _dt.date):
            return value
        if isinstance(value, str):
            try:
                return _dt.date.fromisoformat(value.strip()[:10])
            except ValueError:
                return None
        return None

    @property
    def image(self) -> Image:
        return Image.from_front_matter(self.meta)

    @property
    def authors(self) -> list[dict[str, Any]]:
        """Author snapshots; a bare string counts as a name; a single ``author`` counts too."""
        entries = self.meta.get("authors")
        if entries in (None, "", []):
            entries = self.meta.get("author")
        if isinstance(entries, str | dict):
            entries = [entries]
        result = []
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, str) and entry.strip():
                result.append({"name": entry})
            elif isinstance(entry, dict):
                result.append(entry)
        return result

    @property
    def ignored_words(self) -> list[str]:
        spelling = self.meta.get("spelling")
        if isinstance(spelling, dict) and isinstance(spelling.get("ignore"), list):
            return [_text(w) for w in spelling["ignore"] if _text(w)]
        return []

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path else None


def set_field(text: str, key: str, value: Any) -> str:
    """``text`` with front matter ``key`` set (None or "" removes the key).

    A body-only text gets front matter only once a field has a value. A field
    read from a site's key (``description``, ``image_alt``, ``author`` …) is
    written back to that key, so an exported file keeps its shape; TOML stays TOML.
    """
    if value in ("", [], {}):
        value = None
    parts = frontmatter.split(text)
    if parts.front is None and value is None:
        return text
    try:
        meta = frontmatter.parse(parts.front, parts.fmt)
    except FederError:
        meta = {}
    front = parts.front
    for name, new in _site_keys(meta, key, value).items():
        front = frontmatter.set_key(front, name, new, parts.fmt)
    return frontmatter.with_front(text, front or "", parts.fmt)


def _site_keys(meta: dict[str, Any], key: str, value: Any) -> dict[str, Any]:
    """The keys (and values) that hold field ``key`` in this front matter."""
    if key == "teaser":
        present = [k for k in TEASER_KEYS if k in meta]
        return dict.fromkeys(present or ["teaser"], value)
    if key == "image" and _flat_image(meta):
        image = Image.from_meta(value)
        extra = isinstance(value, dict) and set(value) - {"src", "alt", "caption", "credit"}
        if not extra:
            keys: dict[str, Any] = {"image": image.src or None}
            keys.update({name: getattr(image, part) or None for part, name in IMAGE_KEYS.items()})
            images = meta.get("images")
            if isinstance(images, list) and images:
                keys["images"] = [image.src, *images[1:]] if image.src else images[1:] or None
            return keys
    if key == "authors" and "author" in meta:
        keys = {"author": _single_author(value)}
        more = isinstance(value, list) and any(isinstance(a, dict) and set(a) - {"name"} for a in value)
        if "authors" in meta or more:
            keys["authors"] = value  # role and bio need the full list
        return keys
    return {key: value}


def _flat_image(meta: dict[str, Any]) -> bool:
    return not isinstance(meta.get("image"), dict) and (
        isinstance(meta.get("image"), str) or any(k in meta for k in (*IMAGE_KEYS.values(), "images"))
    )


def _single_author(value: Any) -> Any:
    """Authors as a site's singular ``author``: their names in one line."""
    if not isinstance(value, list) or not value:
        return None
    names = [_text(a.get("name") if isinstance(a, dict) else a).strip() for a in value]
    return ", ".join(n for n in names if n) or None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return str(value)
