"""Which stretches of a line are words a spellchecker should look at.

A line of Markdown holds far more than prose: code spans, link targets, image
paths, HTML, entities, footnote labels, URLs and e-mail addresses. Each of
those is described once, as a row in :data:`MARKDOWN_SKIPS` (or
:data:`PLAIN_SKIPS` for plain-text fields); :func:`tokens` masks every match
and returns the words left over. Deciding whether a word is *correct* (whole
compound first, then its parts; abbreviation dots; apostrophes) is the job of
:mod:`editor.core.spelling.service`; this module only cuts.

All positions are Python string indices (code points). Qt counts UTF-16 code
units; :mod:`editor.core.utf16` converts where the two meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import NamedTuple

from editor.core.text import markdown_lines
from editor.core.text.common_ends import common_prefix, common_suffix
from editor.core.text.markdown_lines import Kind

#: A candidate word: ``(start, text, dot_after)``. ``text`` may carry hyphens
#: (compounds, "Ein-", "-ausgang") and inner apostrophes ("geht’s"); quotes and
#: other punctuation are never part of it. ``dot_after`` tells whether a "."
#: follows ("bzw."). A plain tuple: the highlighter makes one per word typed.
Token = tuple[int, str, bool]


class SkipRule(NamedTuple):
    """Text that is not prose, found by ``pattern`` once ``trigger`` says the line may hold it.

    ``trigger`` (a substring, or a test on the line) keeps the common case
    cheap: a line of plain prose runs no skip pattern at all. With ``widen``,
    each match grows to the surrounding run of characters up to whitespace or
    one of ``widen``'s characters: the pattern then only has to find an anchor
    ("@", "://", ".jpg"), which is much faster than matching from every position.
    """

    name: str
    trigger: str | Callable[[str], object]
    pattern: re.Pattern[str]
    widen: frozenset[str] | None = None


#: Spellings of one word that a dictionary sees as one: typographic and straight
#: apostrophes, the hyphen characters; soft hyphens and joiners vanish.
NORMALISE = str.maketrans(
    {"’": "'", "ʼ": "'", "‐": "-", "‑": "-", "\u00ad": None, "\u200c": None, "\u200d": None}
)

# Word characters: letters and digits (\w, minus "_", handled in tokens()), plus
# combining accents (decomposed umlauts), soft hyphens and zero-width (non-)joiners,
# which may sit inside a German word without ending it.
_W = r"[\w\u0300-\u036f\u00ad\u200c\u200d]"
#: A word, hyphenated compounds and inner apostrophes included. A leading hyphen
#: ("-ausgang" in "Ein- und -ausgang") counts only where no word precedes it, a
#: trailing one ("Ein-") only where no word follows.
_TOKEN = re.compile(rf"(?:(?<![\w\-‐‑])[\-‐‑])?{_W}+(?:[\-‐‑'’ʼ]{_W}+)*[\-‐‑]?(?=(\.)?)")

#: Where a run of non-prose ends: brackets and quotes around it.
_RUN_ENDS = frozenset("[]()<>\"'„“”‚‘’»«")
_URL = SkipRule("url", "://", re.compile(r"://"), _RUN_ENDS)
_WWW = SkipRule("www", "www.", re.compile(r"\bwww\.\S+"))
_MAILTO = SkipRule("mailto", "mailto:", re.compile(r"\bmailto:\S+"))
_EMAIL = SkipRule("e-mail", "@", re.compile(r"@(?=[\w\-]+\.[\w\-])"), _RUN_ENDS | set(",;:!?"))
#: bild.jpg, heise.de, texte/kapitel-1.md: a run in which a dot is followed by a
#: lowercase ending. Abbreviations ("z.B.", "u.a.") have one-letter parts or
#: capitals after the dot and are not matched.
_FILE_NAME = SkipRule(
    "web or file name",
    re.compile(r"\.[a-z]").search,
    re.compile(r"\.(?<=[^\W_]\.)[a-z][a-z0-9]{1,5}\b"),
    _RUN_ENDS,
)
_PATH = SkipRule(
    "path",
    lambda line: (
        line.startswith(("/", "~/", "./", "../")) or " /" in line or "~/" in line or "./" in line
    ),
    re.compile(r"(?<!\S)[~.]{0,2}/[\w.~/\-]+"),
)

#: Skips for text without Markup (headline, teaser, caption fields).
PLAIN_SKIPS: tuple[SkipRule, ...] = (_URL, _WWW, _MAILTO, _EMAIL, _FILE_NAME, _PATH)

#: Skips for one line of an article body. Order does not matter: all masks are merged.
MARKDOWN_SKIPS: tuple[SkipRule, ...] = (
    SkipRule("code span", "`", re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")),
    SkipRule("html comment", "<!--", re.compile(r"<!--.*?(?:-->|$)")),
    SkipRule(
        "autolink",
        "<",
        re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>"),
    ),
    SkipRule("html tag", "<", re.compile(r"</?[A-Za-z][A-Za-z0-9\-]*(?:\s[^<>]*)?/?>")),
    SkipRule(
        "entity",
        "&",
        re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"),
    ),
    # [text](target "title") and ![alt](path): the target goes, text/alt/title stay.
    SkipRule("link target", "](", re.compile(r"\]\(\s*(?:<[^>\n]*>|[^\s)]*)")),
    SkipRule("reference label", "][", re.compile(r"\]\[[^\]]*\]")),
    SkipRule("footnote label", "[^", re.compile(r"\[\^[^\]\s]*\]:?")),
    SkipRule("reference definition", "]:", re.compile(r"^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S*")),
    SkipRule("abbreviation definition", "*[", re.compile(r"^\*\[[^\]]*\]:")),
    SkipRule("attribute list", "{", re.compile(r"\{:?[ \t]*[.#:][^}]*\}|\{:[^}]*\}")),
    # {credit="…"}: the key is syntax; the value is prose and still checked.
    SkipRule("attribute key", '="', re.compile(r"(?<=[{\s])[A-Za-z][\w-]*=(?=\")")),
    *PLAIN_SKIPS,
)


def tokens(line: str, markdown: bool = True) -> list[Token]:
    """The candidate words of one line, outside everything the skip rules mask.

    A word with an inner underscore (snake_case) is a name from code and skipped;
    outer underscores are Markdown emphasis (_kursiv_) and dropped.
    """
    masks = _masks(line, MARKDOWN_SKIPS if markdown else PLAIN_SKIPS)
    return [token for _, _, token in _matches(line, masks, 0) if token is not None]


class LineTokens:
    """:func:`tokens` of one line after another, re-cut only where the line changed.

    Typing re-tokenises the whole paragraph on every key although one word
    changed. This remembers the last line's masks and word matches. When the
    next line differs from it in one stretch and the skip rules mask the same
    text outside that stretch (nothing near it), the matches left of it are
    kept, those right of it are shifted, and the word pattern runs only from
    the last kept match until it finds an old match again. A match depends on
    the characters from one before it to one after it, so the result is always
    exactly what :func:`tokens` gives. One instance serves one thread.
    """

    def __init__(self) -> None:
        self._line: str | None = None
        self._markdown = True
        self._masks: list[tuple[int, int]] = []
        self._matches: list[_Match] = []

    def tokens(self, line: str, markdown: bool = True) -> list[Token]:
        masks = _masks(line, MARKDOWN_SKIPS if markdown else PLAIN_SKIPS)
        matches = None
        if self._line is not None and markdown == self._markdown:
            matches = self._reused(line, masks)
        if matches is None:
            matches = list(_matches(line, masks, 0))
        self._line, self._markdown, self._masks, self._matches = line, markdown, masks, matches
        return [token for _, _, token in matches if token is not None]

    def _reused(self, line: str, masks: list[tuple[int, int]]) -> list[_Match] | None:
        """The matches of ``line`` built from the last line's, or None to cut afresh."""
        old = self._line
        assert old is not None
        if old == line:
            return self._matches
        if old[:1] != line[:1] and old[-1:] != line[-1:]:
            return None  # another line altogether
        prefix = common_prefix(old, line)
        suffix = common_suffix(old, line, min(len(old), len(line)) - prefix)
        delta = len(line) - len(old)
        old_end = len(old) - suffix  # the changed stretch: old[prefix:old_end] -> line[prefix:new_end]
        new_end = len(line) - suffix
        # The masks must be the old ones, left of the stretch and shifted right of it:
        # then every kept or shifted match meets the masks it met before.
        before = [m for m in self._masks if m[1] <= prefix]
        after = [(a + delta, b + delta) for a, b in self._masks if a >= old_end]
        if len(before) + len(after) != len(self._masks) or masks != before + after:
            return None
        old_matches = self._matches
        kept = 0
        while kept < len(old_matches) and old_matches[kept][1] + 2 <= prefix:
            kept += 1
        result = old_matches[:kept]
        position = result[-1][1] if result else 0
        index = kept
        for match in _matches(line, masks, position):
            start, end, _ = match
            if start - 1 >= new_end:  # wholly right of the stretch: maybe an old match again
                while index < len(old_matches) and old_matches[index][0] < start - delta:
                    index += 1
                if index < len(old_matches) and old_matches[index][:2] == (start - delta, end - delta):
                    result.extend(
                        (a + delta, b + delta, None if t is None else (t[0] + delta, t[1], t[2]))
                        for a, b, t in old_matches[index:]
                    )
                    return result
            result.append(match)
        return result


def prose_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """``(line number, column, text)`` of each stretch of an article that is prose.

    Skips what :mod:`editor.core.text.markdown_lines` calls front matter, code and
    comment (comments over several lines included); what remains still needs
    :func:`tokens` with markdown.
    """
    for line in markdown_lines.scan(text):
        if line.kind is Kind.MARKDOWN:
            yield line.number, line.start, line.markdown


def normalise_word(word: str) -> str:
    """The form a word is looked up in: NFC, straight apostrophe, no soft hyphens."""
    word = word.translate(NORMALISE)
    return word if word.isascii() else unicodedata.normalize("NFC", word)


def split_hyphens(core: str) -> list[tuple[int, str]]:
    """``(offset, part)`` for each part of a hyphenated compound."""
    pieces = []
    start = 0
    for index, char in enumerate(core):
        if char in "-‐‑":
            pieces.append((start, core[start:index]))
            start = index + 1
    pieces.append((start, core[start:]))
    return pieces


#: One match of the word pattern: its start and end, and the token it gives
#: (None when a mask covers it or it is a snake_case name).
_Match = tuple[int, int, Token | None]


def _matches(line: str, masks: list[tuple[int, int]], position: int) -> Iterator[_Match]:
    """Every match of the word pattern from ``position`` on, with the token it gives."""
    mask_index = 0
    mask_count = len(masks)
    for match in _TOKEN.finditer(line, position):
        start, end = match.span()
        if mask_count:
            while mask_index < mask_count and masks[mask_index][1] <= start:
                mask_index += 1
            if mask_index < mask_count and masks[mask_index][0] < end:
                yield start, end, None  # overlaps a code span, URL, tag...
                continue
        text = match.group()
        if "_" in text:
            stripped = text.strip("_")
            if not stripped or "_" in stripped:
                yield start, end, None
                continue
            word_start = start + text.index(stripped)
            yield start, end, (word_start, stripped, line.startswith(".", word_start + len(stripped)))
            continue
        yield start, end, (start, text, match.group(1) is not None)


def _masks(line: str, rules: tuple[SkipRule, ...]) -> list[tuple[int, int]]:
    """Merged, sorted ``(start, end)`` ranges of ``line`` that are not prose."""
    found: list[tuple[int, int]] = []
    for rule in rules:
        trigger = rule.trigger
        if not (trigger in line if isinstance(trigger, str) else trigger(line)):
            continue
        if rule.widen is None:
            found.extend(m.span() for m in rule.pattern.finditer(line) if m.end() > m.start())
        else:
            found.extend(_widen(line, *m.span(), rule.widen) for m in rule.pattern.finditer(line))
    if len(found) < 2:
        return found
    found.sort()
    merged = [found[0]]
    for start, end in found[1:]:
        last_start, last_end = merged[-1]
        if start <= last_end:
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged


def _widen(line: str, start: int, end: int, ends: frozenset[str]) -> tuple[int, int]:
    while start > 0 and not line[start - 1].isspace() and line[start - 1] not in ends:
        start -= 1
    length = len(line)
    while end < length and not line[end].isspace() and line[end] not in ends:
        end += 1
    return start, end
