"""Where an article was sent: the ``publish:`` record in its front matter, per site.

Sending again reads it (:func:`previous_record`) to update the same draft and
re-use the uploaded pictures; it is written (:func:`record_in_file`) only after
the whole send succeeded, changing that one key and nothing else in the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor.core.files import storage
from editor.core.text.article import Article, set_field

PUBLISH_KEY = "publish"


def previous_record(article: Article, site_name: str) -> dict[str, Any]:
    entry = article.meta.get(PUBLISH_KEY)
    record = entry.get(site_name) if isinstance(entry, dict) else None
    return dict(record) if isinstance(record, dict) else {}


def record_in_text(text: str, site_name: str, record: dict[str, Any]) -> str:
    """``text`` with ``publish: {site_name: record}`` set; other sites and keys untouched."""
    article = Article.from_text(text)
    if article.meta_error is not None:
        raise article.meta_error
    return set_field(text, PUBLISH_KEY, merged_record(article, site_name, record))


def merged_record(article: Article, site_name: str, record: dict[str, Any]) -> dict[str, Any]:
    """The whole ``publish`` value with this site's record set, the other sites kept.

    The window sets it as one undoable field edit; :func:`record_in_text` writes it into a file's text.
    """
    entry = article.meta.get(PUBLISH_KEY)
    entry = dict(entry) if isinstance(entry, dict) else {}
    entry[site_name] = record
    return entry


def record_in_file(path: Path, site_name: str, record: dict[str, Any]) -> None:
    """Write the record into the article file (read fresh, one key changed, atomically)."""
    loaded = storage.read_text(path)
    new_text = record_in_text(loaded.text, site_name, record)
    if new_text != loaded.text:
        storage.save_text(path, new_text, loaded)
