"""The article: front matter fields plus Markdown body, read from one text.

The text as the writer sees it is the source of truth; :class:`Article` is a
parsed, read-only view of it for the preview, exporters, checks and fields.
Field edits go back into the text through :func:`set_field`, so undo, the
YAML and the fields can never disagree.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor.core import frontmatter, languages
from editor.core.messages import FederError

#: Front matter keys Feder knows; any other key is kept untouched.
KNOWN_KEYS = (
    "title", "kicker", "teaser", "slug", "tags", "date", "authors", "image", "lang", "spelling",
)
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
        return cls(**{key: _text(value.get(key)) for key in ("src", "alt", "caption", "credit")})

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

    @classmethod
    def from_text(cls, text: str, path: Path | None = None) -> Article:
        parts = frontmatter.split(text)
        body_line = text.count("\n", 0, parts.body_start)
        try:
            meta = frontmatter.parse(parts.front)
            error = None
        except FederError as exc:
            meta, error = {}, exc
        return cls(meta, parts.body, parts.front is not None, error, path, body_line)

    # Typed access to the known keys; front matter written by hand may hold anything.
    @property
    def title(self) -> str:
        return _text(self.meta.get("title"))

    @property
    def kicker(self) -> str:
        return _text(self.meta.get("kicker"))

    @property
    def teaser(self) -> str:
        return _text(self.meta.get("teaser"))

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
        return Image.from_meta(self.meta.get("image"))

    @property
    def authors(self) -> list[dict[str, Any]]:
        """Author snapshots; a bare string counts as a name."""
        result = []
        for entry in self.meta.get("authors") or []:
            if isinstance(entry, str):
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

    A body-only text gets front matter only once a field has a value.
    """
    if value in ("", [], {}):
        value = None
    parts = frontmatter.split(text)
    if parts.front is None and value is None:
        return text
    return frontmatter.with_front(text, frontmatter.set_key(parts.front, key, value))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return str(value)
