"""Rules on the words a reader sees: quotation marks, spaced hyphens, doubled words, spelling.

They read :attr:`CheckContext.prose <editor.core.checks.context.CheckContext.prose>`,
where all markup is blanked in place, so columns stay those of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from editor.core import languages
from editor.core.checks.context import HIDDEN, MASK, CheckContext
from editor.core.checks.findings import Finding
from editor.core.messages import QT_TRANSLATE_NOOP, FederError


def check_straight_quotes(ctx: CheckContext) -> Iterator[Finding]:
    quotes = languages.quote_style(ctx.article.lang)
    if languages.family(ctx.article.lang) != "de" or quotes is None:
        return
    for index, line in ctx.prose:
        singles = [m.start() for m in _OPENING_SINGLE.finditer(line)]
        count = line.count('"') + len(singles)
        if count:
            first = min([line.find('"')] * ('"' in line) + singles)
            yield Finding(
                "straight-quotes",
                index,
                QT_TRANSLATE_NOOP("Checks", "Straight quotation marks in German text ({count}); use {double} or {single}."),
                {"count": count, "double": quotes.double, "single": quotes.single},
                column=first,
            )


def check_spaced_hyphens(ctx: CheckContext) -> Iterator[Finding]:
    """A hyphen between two spaced words ("Markt - Stand") is meant as a dash (–)."""
    for index, line in ctx.prose:
        count = len(_SPACED_HYPHEN.findall(line))
        if count:
            yield Finding(
                "spaced-hyphen",
                index,
                QT_TRANSLATE_NOOP("Checks", "A hyphen between words ({count}); a dash is written –."),
                {"count": count},
            )


def check_doubled_words(ctx: CheckContext) -> Iterator[Finding]:
    for paragraph in _paragraphs(ctx.prose):
        joined = "\n".join(text for _, text in paragraph).replace(HIDDEN, "")
        for match in _DOUBLED.finditer(joined):
            row = joined.count("\n", 0, match.start(2))
            line, prose = paragraph[row]
            offset = match.start(2) - (joined.rfind("\n", 0, match.start(2)) + 1)
            yield Finding(
                "doubled-word",
                line,
                QT_TRANSLATE_NOOP("Checks", "Doubled word: „{first} {second}“"),
                {"first": match.group(1), "second": match.group(2)},
                column=_column_with_hidden(prose, offset),
            )


def check_spelling(ctx: CheckContext) -> Iterator[Finding]:
    """Each flagged word on a line of its own, with its column: the body and the text
    fields (kicker, headline, teaser, image alt, caption, credit, author bios).
    Skipped while no spelling service is installed."""
    try:
        from editor.core.spelling.service import PROBABLE_TYPO, SpellService
    except ImportError:
        return
    try:
        service = ctx.speller or SpellService(ctx.article.lang)
        checker = getattr(service, "default", service)  # the service's own article, or the tab's
        flagged = [m for m in checker.check_article(ctx.text) if not _in_attribute_list(ctx, m)]
    except FederError as error:
        yield Finding("spelling-unavailable", 0, error.template, dict(error.params))
        return
    notice = getattr(checker, "notice", None)
    if isinstance(notice, FederError):  # the article's language has no dictionary here
        yield Finding("spelling-unavailable", ctx.key_line("lang"), notice.template, dict(notice.params))
    for word in flagged:
        if word.kind == PROBABLE_TYPO:
            yield Finding(
                "probable-typo",
                word.line,
                QT_TRANSLATE_NOOP("Checks", "Probable typo: „{word}“ (meant „{meant}“?)"),
                {"word": word.word, "meant": checker.typo_target(word.word) or ""},
                column=word.column,
            )
        else:
            yield Finding(
                "spelling",
                word.line,
                QT_TRANSLATE_NOOP("Checks", "Misspelled: „{word}“"),
                {"word": word.word},
                column=word.column,
            )


def _in_attribute_list(ctx: CheckContext, misspelling: Any) -> bool:
    """Whether a word flagged by the spell checker is markup (``{credit="…"}``'s key)."""
    if not 0 <= misspelling.line < len(ctx.lines):
        return False
    line = ctx.lines[misspelling.line]
    return any(
        m.start() < misspelling.column < m.start() + len(m.group(0)) and not _in_quotes(m.group(0), misspelling.column - m.start())
        for m in _ATTRIBUTE_LIST.finditer(line)
    )


def _in_quotes(attributes: str, offset: int) -> bool:
    """Whether ``offset`` in an attribute list lies inside a quoted value (prose, so spelled)."""
    return any(m.start() < offset < m.end() for m in re.finditer(r'"[^"]*"|\'[^\']*\'', attributes))


def _column_with_hidden(prose: str, offset: int) -> int:
    """The column in ``prose`` of the ``offset``-th character that is not HIDDEN."""
    seen = 0
    for column, char in enumerate(prose):
        if char == HIDDEN:
            continue
        if seen == offset:
            return column
        seen += 1
    return len(prose)


def _paragraphs(prose: list[tuple[int, str]]) -> Iterator[list[tuple[int, str]]]:
    current: list[tuple[int, str]] = []
    previous = -2
    for index, line in prose:
        blank = not line.strip(MASK + HIDDEN + " \t")
        if blank or index != previous + 1:
            if current:
                yield current
            current = []
        if not blank:
            current.append((index, line))
        previous = index
    if current:
        yield current


_SPACED_HYPHEN = re.compile(r"(?:(?<=\w)|(?<=\w[\"“”»«*_)])) - (?=[\"„“»«*_(]?\w)")
_OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\[\x00\x01—–-]))'(?=\w)")
_DOUBLED = re.compile(r"(?<![\w-])([^\W\d_]+)\s+(\1)(?![\w-])", re.IGNORECASE)
_ATTRIBUTE_LIST = re.compile(r"(?<=[)\]])\{:?(?:\"[^\"\n]*\"|'[^'\n]*'|[^\n}\"'])*\}")
