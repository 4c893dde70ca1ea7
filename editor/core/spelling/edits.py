"""The edits the typo guard tries: which strings a slip of the finger or of spelling turns a word into.

:func:`one_edit` is every single slip (delete, swap neighbours, substitute,
insert, ä↔ae, ß↔ss); :func:`orthographic_edits` only the classic misspelling
patterns (a doubled letter, an umlaut, ie for i, a final consonant written as
it sounds); :func:`doubling_edits` only a letter doubled or undoubled. The
:class:`~editor.core.spelling.rules.Lexicon` decides which set a word gets.
"""

from __future__ import annotations

LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"
#: Letters whose addition or removal at a word's end is an inflection, not a typo.
INFLECTION_ENDS = frozenset("ensrm")


def one_edit(word: str) -> set[str]:
    """Every string one edit from ``word``: delete, swap neighbours, substitute,
    insert, and the spelling swaps ä↔ae, ö↔oe, ü↔ue, ß↔ss."""
    result: set[str] = set()
    n = len(word)
    for i in range(n):
        left, right = word[:i], word[i:]
        result.add(left + right[1:])
        if i + 1 < n:
            result.add(left + right[1] + right[0] + right[2:])
        for letter in LETTERS:
            result.add(left + letter + right[1:])
            result.add(left + letter + right)
    for letter in LETTERS:
        result.add(word + letter)
    for plain, special in (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß")):
        if plain in word:
            result.add(word.replace(plain, special))
        if special in word:
            result.add(word.replace(special, plain))
    result.discard(word)
    return result


def orthographic_with_silent_h(word: str) -> set[str]:
    """:func:`orthographic_edits` plus an h dropped after a vowel (Stehgreif → Stegreif)."""
    result = orthographic_edits(word)
    for i in range(1, len(word) - 1):
        if word[i] == "h" and word[i - 1] in "aeiouäöü" and word[i + 1] not in "aeiouäöüh":
            result.add(word[:i] + word[i + 1 :])
    return result


def doubling_edits(word: str) -> set[str]:
    """``word`` with one letter doubled or one doubled letter single."""
    result = {word[: i + 1] + word[i] + word[i + 1 :] for i in range(len(word)) if _doubles(word, i)}
    result.update(word[:i] + word[i + 1 :] for i in range(len(word) - 1) if word[i] == word[i + 1])
    result.discard(word)
    return result


def orthographic_edits(word: str) -> set[str]:
    """The classic misspellings of ``word`` undone: a letter doubled or undoubled,
    an umlaut or ß written or dropped, neighbours swapped, ie for i and back, a
    final consonant written as it sounds (Standart)."""
    result: set[str] = set()
    n = len(word)
    for i in range(n):
        char = word[i]
        if _doubles(word, i):
            result.add(word[: i + 1] + char + word[i + 1 :])  # doubled
        if i + 1 < n:
            if word[i + 1] == char:
                result.add(word[:i] + word[i + 1 :])  # undoubled
            else:
                result.add(word[:i] + word[i + 1] + char + word[i + 2 :])  # swapped
        for other in _VOWEL_SWAPS.get(char, ""):  # Seriösität, Stengel (Stängel)
            result.add(word[:i] + other + word[i + 1 :])
    for plain, special in (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß"), ("ie", "i")):
        start = word.find(plain)
        while start >= 0:
            result.add(word[:start] + special + word[start + len(plain) :])
            start = word.find(plain, start + 1)
        start = word.find(special)
        while start >= 0 and special != "i":
            result.add(word[:start] + plain + word[start + len(special) :])
            start = word.find(special, start + 1)
    for i in range(1, n + 1):  # a silent h added or dropped: th, rh (Rythmus), a final h (Känguruh)
        if word[i - 1] in "tr":
            result.add(word[:i] + "h" + word[i:])
            if i < n and word[i] == "h":
                result.add(word[:i] + word[i + 1 :])
    if word.endswith("h") and n > 2 and word[-2] in "aeiouäöü":
        result.add(word[:-1])
    last = _HARDENED.get(word[-1:])
    if last:  # a final d written t (Standart), g as k, b as p, and back
        result.add(word[:-1] + last)
    result.discard(word)
    return result


def _doubles(word: str, i: int) -> bool:
    """Whether doubling ``word[i]`` is a misspelling pattern: not an s before a consonant,
    where the second s is a compound's linking s (Kapitalertrag-s-steuer, both right)."""
    char = word[i]
    if not char.isalpha():
        return False
    return not (char == "s" and i + 1 < len(word) and word[i + 1] not in "aeiouäöüy")


_HARDENED = {"d": "t", "t": "d", "g": "k", "k": "g", "b": "p", "p": "b"}
_VOWEL_SWAPS = {"ä": "ae", "ö": "o", "ü": "u", "ß": "s", "a": "ä", "o": "ö", "u": "ü", "e": "ä"}


def is_inflection(word: str, candidate: str) -> bool:
    """``word`` and ``candidate`` differ only by an ending letter (Gipfel/Gipfeln)."""
    if len(word) == len(candidate) + 1 and word.startswith(candidate):
        return word[-1] in INFLECTION_ENDS and word[-1] != word[-2]  # "Ergebniss" is no inflection
    if len(candidate) == len(word) + 1 and candidate.startswith(word):
        return candidate[-1] in INFLECTION_ENDS and candidate[-1] != candidate[-2]
    return False


def cased_like(word: str, candidate: str) -> str:
    """``candidate`` (lower case) with ``word``'s capital first letter or capitals."""
    if word.isupper():
        return candidate.upper()
    if word[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate
