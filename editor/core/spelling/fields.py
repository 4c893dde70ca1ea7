"""Spelling of an article's text fields, with their place in the file as written.

The body is checked line by line (:meth:`ArticleSpelling.check_markdown`); the
fields live in the front matter: kicker, headline, teaser, the featured
image's alt text, caption and credit, and the authors' bios. Each flagged word
is reported at the line and column where the writer sees it in the file, so
``feder spell`` and ``feder check`` point into the YAML (or TOML) too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Protocol

#: The plain-text fields that are prose, as key paths into the front matter.
FIELDS: tuple[tuple[str, ...], ...] = (
    ("kicker",),
    ("title",),
    ("teaser",),
    ("image", "alt"),
    ("image", "caption"),
    ("image", "credit"),
)


class _Checker(Protocol):
    def spans(self, line: str, markdown: bool = True, *, deadline: float | None = None) -> list: ...


def field_texts(meta: dict[str, Any]) -> Iterator[tuple[tuple[str, ...], str]]:
    """``(key path, text)`` of each prose field that holds text (author bios included)."""
    for path in FIELDS:
        value: Any = meta
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, str) and value.strip():
            yield path, value
    authors = meta.get("authors")
    if isinstance(authors, list):
        for author in authors:
            if isinstance(author, dict) and isinstance(author.get("bio"), str) and author["bio"].strip():
                yield ("authors", "bio"), author["bio"]


def field_problems(checker: _Checker, text: str, meta: dict[str, Any], body_line: int) -> list[tuple[int, int, str, bool]]:
    """``(line, column, word, probable)`` of each flagged word in the fields, 0-based in ``text``."""
    lines = text.split("\n")[:body_line]
    found: list[tuple[int, int, str, bool]] = []
    searched_from: dict[tuple[str, ...], int] = {}
    for path, value in field_texts(meta):
        key_line = _key_line(lines, path, searched_from.get(path, 0))
        searched_from[path] = key_line + 1  # the next author's bio is further down
        cursor = key_line
        for value_line in value.split("\n"):
            for start, length, probable in checker.spans(value_line, markdown=False):
                word = value_line[start : start + length]
                line, column = _locate(lines, word, cursor)
                cursor = line
                found.append((line, column, word, probable))
    return found


def _key_line(lines: list[str], path: tuple[str, ...], start: int) -> int:
    """The line of the last key of ``path`` (searching each key after the one before)."""
    line = start
    for key in path:
        pattern = re.compile(rf"^\s*(?:-\s+)?[\"']?{re.escape(key)}[\"']?\s*[:=]")
        for number in range(line, len(lines)):
            if pattern.match(lines[number]):
                line = number
                break
    return line


def _locate(lines: list[str], word: str, start: int) -> tuple[int, int]:
    """Where ``word`` first stands as a whole word at or after line ``start``."""
    pattern = re.compile(rf"(?<![\w\-]){re.escape(word)}(?![\w])")
    for number in range(start, len(lines)):
        match = pattern.search(lines[number])
        if match:
            return number, match.start()
    return start, 0
