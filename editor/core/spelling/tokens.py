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
    result: list[Token] = []
    append = result.append
    mask_index = 0
    mask_count = len(masks)
    for match in _TOKEN.finditer(line):
        start = match.start()
        if mask_count:
            while mask_index < mask_count and masks[mask_index][1] <= start:
                mask_index += 1
            if mask_index < mask_count and masks[mask_index][0] < match.end():
                continue  # overlaps a code span, URL, tag...
        text = match.group()
        if "_" in text:
            stripped = text.strip("_")
            if not stripped or "_" in stripped:
                continue
            start += text.index(stripped)
            text = stripped
            append((start, text, line.startswith(".", start + len(text))))
            continue
        append((start, text, match.group(1) is not None))
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
