"""URL slugs from German headlines, and the rule for when the slug follows the headline.

Whether the writer has edited the slug by hand is read from the text itself,
not kept in a widget: the slug *follows* the headline while it is empty or
still equals the slug generated from the headline. So the rule survives
save/open, undo and hand-edited YAML alike, and clearing the slug makes it
follow again.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from editor.core.text.article import Article, set_field

#: Longer slugs are cut at a hyphen: URLs are for reading, not for the whole headline.
MAX_LENGTH = 80

_GERMAN = str.maketrans({
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss",
    "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
})
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = MAX_LENGTH) -> str:
    """``text`` as a slug: lower case ASCII letters, digits and single hyphens.

    German letters are transliterated (ä→ae, ö→oe, ü→ue, ß→ss) before other
    accents are dropped (é→e); apostrophes vanish ("geht's" → "gehts").
    """
    text = _APOSTROPHES.sub("", text.translate(_GERMAN))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut[:max_length]
    return slug.strip("-")


def clean_typed_slug(text: str) -> str:
    """What the slug field keeps of typed text: slug characters, a trailing hyphen allowed.

    Runs while the writer types, so "mein-" must stay "mein-" for the next word.
    """
    trailing = bool(text) and not _NOT_SLUG.sub("", text[-1:].translate(_GERMAN).lower())
    slug = slugify(text, max_length=10_000)
    return slug + "-" if trailing and slug else slug


def slug_follows_headline(article: Article) -> bool:
    """Whether the slug is still the generated one (or empty), i.e. not edited by hand."""
    return article.slug in ("", slugify(article.title))


def update_field(text: str, key: str, value: Any) -> str:
    """:func:`set_field` plus the slug rule: a new headline takes a following slug along.

    Returns the new text in one piece, so the caller applies it as one undo step.
    """
    if key != "title":
        return set_field(text, key, value)
    article = Article.from_text(text)
    follows = article.meta_error is None and slug_follows_headline(article)
    text = set_field(text, "title", value)
    if follows:
        text = set_field(text, "slug", slugify(str(value or "")))
    return text
