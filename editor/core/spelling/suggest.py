"""Ranking spelling suggestions: the intended word first as often as possible.

Candidates come from hunspell and from the frequency table (see
:mod:`editor.core.spelling.rules`); :func:`rank` orders them by a weighted edit
distance in which the errors people actually make are cheap (umlauts, ß/ss,
neighbouring keys on a German keyboard, swapped or doubled letters, case),
then by how common the candidate is.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable

from editor.core.spelling.dictionaries import suggest as hunspell_suggestions
from editor.core.spelling.knowledge import Knowledge
from editor.core.spelling.rules import MAX_WORD, Lexicon
from editor.core.spelling.tokens import normalise_word

_ROWS = ("qwertzuiopü", "asdfghjklöä", "yxcvbnm")
_NEIGHBOURS: dict[str, frozenset[str]] = {}
for _r, _row in enumerate(_ROWS):
    for _c, _char in enumerate(_row):
        near = {_row[i] for i in (_c - 1, _c + 1) if 0 <= i < len(_row)}
        for _other in (_r - 1, _r + 1):
            if 0 <= _other < len(_ROWS):
                near.update(_ROWS[_other][i] for i in (_c - 1, _c, _c + 1) if 0 <= i < len(_ROWS[_other]))
        _NEIGHBOURS[_char] = frozenset(near)
_SIMILAR = {frozenset(pair) for pair in ("aä", "oö", "uü", "sß", "ie", "dt", "bp", "gk", "fv", "zs")}
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})

CASE_COST = 0.1
SIMILAR_COST = 0.35
NEIGHBOUR_COST = 0.5
DOUBLE_COST = 0.45
SWAP_COST = 0.55
FOLD_COST = 0.3
FREQUENCY_WEIGHT = 0.12  # per Zipf unit


def distance(a: str, b: str) -> float:
    """Weighted optimal-string-alignment distance between two words."""
    raw = _osa(a, b)
    folded_a, folded_b = a.translate(_FOLD), b.translate(_FOLD)
    if (folded_a, folded_b) != (a, b):
        raw = min(raw, _osa(folded_a, folded_b) + FOLD_COST)
    return raw



def suggestions(lexicon: Lexicon, knowledge: Knowledge, word: str, limit: int = 5) -> list[str]:
    """Up to ``limit`` replacements for ``word``, best first, never the word itself.

    Hunspell's own suggestions and the frequent words one edit away, ranked
    by :func:`rank`; compound fragments ("Haus-") and pointless case changes
    ("wegen" for a sentence-initial "Wegen") are left out. The word lists must
    be loaded (``knowledge.ready``).
    """
    if not word.strip() or len(word) > MAX_WORD:
        return []
    query = normalise_word(word.strip())
    typographic = "’" in word
    candidates: list[str] = []
    target = lexicon.target(query)
    if target:
        candidates.append(target)
    candidates.extend(hunspell_suggestions(lexicon.dictionary, query))
    candidates.extend(lexicon.frequent_neighbours(query))
    cleaned = []
    for suggestion in candidates:
        suggestion = unicodedata.normalize("NFC", suggestion.strip())
        if not suggestion or suggestion.startswith("-") or suggestion.endswith("-"):
            continue
        if suggestion == query or _pointless_case_change(query, suggestion):
            continue
        cleaned.append(suggestion)
    family = lexicon.family
    ranked = rank(query, cleaned, lambda w: knowledge.zipf100(w, family), limit)
    unique: list[str] = []
    seen: set[str] = set()
    for suggestion in ranked:
        key = suggestion.casefold()
        if key not in seen:
            seen.add(key)
            unique.append(suggestion.replace("'", "’") if typographic else suggestion)
    return unique


def rank(
    word: str,
    candidates: Iterable[str],
    zipf100: Callable[[str], int],
    limit: int = 5,
) -> list[str]:
    """Up to ``limit`` candidates, best first; never ``word`` itself."""
    seen: dict[str, float] = {}
    for order, candidate in enumerate(candidates):
        if not candidate or candidate == word or candidate in seen:
            continue
        cost = distance(word, candidate)
        cost -= FREQUENCY_WEIGHT * zipf100(candidate) / 100
        if " " in candidate or "-" in candidate:
            cost += 0.6  # splitting a word is rarely what was meant
        if candidate[:1].isupper() != word[:1].isupper() and candidate[:1].isalpha():
            cost += 0.15
        cost += 0.01 * order  # hunspell's own order breaks ties
        seen[candidate] = cost
    return sorted(seen, key=seen.__getitem__)[:limit]


def _substitution(x: str, y: str) -> float:
    if x == y:
        return 0.0
    if x.lower() == y.lower():
        return CASE_COST
    xl, yl = x.lower(), y.lower()
    if frozenset((xl, yl)) in _SIMILAR:
        return SIMILAR_COST
    if yl in _NEIGHBOURS.get(xl, ()):
        return NEIGHBOUR_COST
    return 1.0


def _osa(a: str, b: str) -> float:
    n, m = len(a), len(b)
    previous2: list[float] = []
    previous = [j * 1.0 for j in range(m + 1)]
    for i in range(1, n + 1):
        current = [i * 1.0] + [0.0] * m
        for j in range(1, m + 1):
            delete = previous[j] + (DOUBLE_COST if i > 1 and a[i - 1] == a[i - 2] else 1.0)
            insert = current[j - 1] + (DOUBLE_COST if j > 1 and b[j - 1] == b[j - 2] else 1.0)
            best = min(delete, insert, previous[j - 1] + _substitution(a[i - 1], b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1] and a[i - 1] != a[i - 2]:
                best = min(best, previous2[j - 2] + SWAP_COST)
            current[j] = best
        previous2, previous = previous, current
    return previous[m]


def _pointless_case_change(word: str, suggestion: str) -> bool:
    """A suggestion that only lower-cases a capitalised word, or only re-cases an all-caps one.

    A capital first letter is right at every sentence start, and text in
    capitals was written that way on purpose: changing only the case cannot be
    the fix. "jahrhundert" → "Jahrhundert" or "HAus" → "Haus" stay.
    """
    if suggestion.casefold() != word.casefold():
        return False
    if word.isupper() and len(word) > 1:
        return True
    return word[:1].isupper() and word[1:] == suggestion[1:] and suggestion[:1].islower()
