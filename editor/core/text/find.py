"""Find and replace on plain text: pattern building, matching, replacement text.

Qt-free so the rules (match case, whole words, regular expressions) are tested
without a screen and a bad regular expression becomes a clear message instead
of a traceback. Positions are Python string indices; the find bar converts
them to Qt's UTF-16 positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.core.messages import QT_TRANSLATE_NOOP, FederError


@dataclass(frozen=True)
class FindOptions:
    match_case: bool = False
    whole_words: bool = False
    regex: bool = False


@dataclass(frozen=True)
class Match:
    """One hit: ``text[start:end]`` and its replacement template's groups."""

    start: int
    end: int
    groups: re.Match[str]


def compile_pattern(query: str, options: FindOptions) -> re.Pattern[str]:
    """The compiled pattern for ``query``; FederError if it is not a valid expression.

    Whole words are bounded by "no letter or digit next to it" rather than
    ``\\b``, so a query that ends in punctuation ("Hallo!") still matches, and
    umlauts count as letters ("Bär" is not found in "Bären").
    """
    if not query:
        raise FederError(QT_TRANSLATE_NOOP("Find", "Enter some text to find."))
    body = query if options.regex else re.escape(query)
    if options.whole_words:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    flags = re.MULTILINE
    if not options.match_case:
        flags |= re.IGNORECASE
    try:
        return re.compile(body, flags)
    except re.error as exc:
        raise FederError(
            QT_TRANSLATE_NOOP("Find", "Invalid regular expression: {reason}"),
            reason=_reason(exc),
        ) from exc


def find_all(text: str, pattern: re.Pattern[str], limit: int = 100_000) -> list[Match]:
    """Every non-overlapping hit of ``pattern`` in ``text``, at most ``limit``.

    Empty hits (``^``, ``x*``) are kept: replacing them inserts text, which is
    what "add > before every line" needs; the find bar skips them when it
    selects or highlights.
    """
    hits = []
    for found in pattern.finditer(text):
        hits.append(Match(found.start(), found.end(), found))
        if len(hits) >= limit:
            break
    return hits


def replacement_text(match: Match, template: str, options: FindOptions) -> str:
    """What replaces ``match``: ``template`` as is, or with ``\\1``/``\\g<name>`` filled in.

    Raises FederError for a template that names a group the pattern lacks.
    """
    if not options.regex:
        return template
    try:
        return match.groups.expand(template)
    except (re.error, IndexError) as exc:
        raise FederError(
            QT_TRANSLATE_NOOP("Find", "Invalid replacement: {reason}"),
            reason=_reason(exc),
        ) from exc


def replace_all(text: str, query: str, template: str, options: FindOptions) -> tuple[str, int]:
    """``text`` with every hit replaced, and the number of replacements."""
    pattern = compile_pattern(query, options)
    pieces = []
    last = 0
    hits = find_all(text, pattern, limit=len(text) + 1)
    for hit in hits:
        pieces.append(text[last : hit.start])
        pieces.append(replacement_text(hit, template, options))
        last = hit.end
    pieces.append(text[last:])
    return "".join(pieces), len(hits)


def _reason(exc: Exception) -> str:
    if isinstance(exc, re.error):
        position = f" (position {exc.pos + 1})" if exc.pos is not None else ""
        return f"{exc.msg}{position}"
    return str(exc)
