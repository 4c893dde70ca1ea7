"""The one bridge between Python string indices and Qt's UTF-16 positions.

Python counts code points; ``QTextCursor``, ``QTextBlock.positionInBlock`` and
``QSyntaxHighlighter.setFormat`` count UTF-16 code units. The two differ only
after a character outside the Basic Multilingual Plane (an emoji, some CJK),
which Qt counts twice. Every module that hands a position to Qt or takes one
from it converts here, so the rule lives in one place; for text without such
characters every function is a cheap identity.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_FIRST_ASTRAL = 0x10000


def has_astral(text: str) -> bool:
    """Whether ``text`` holds a character that Qt counts as two units."""
    return _ASTRAL.search(text) is not None


def utf16_length(text: str) -> int:
    """The length of ``text`` in UTF-16 code units."""
    return len(text) + len(_ASTRAL.findall(text))


def to_utf16(text: str, index: int) -> int:
    """The UTF-16 position of code point ``index`` in ``text``."""
    return index + len(_ASTRAL.findall(text, 0, index))


def utf16_to_index(text: str, unit: int) -> int:
    """The code point index in ``text`` at UTF-16 offset ``unit``.

    A position inside a surrogate pair rounds down to the character it splits;
    a position past the end gives ``len(text)``.
    """
    if not has_astral(text):
        return max(0, min(unit, len(text)))
    return Utf16Offsets(text).to_python(unit)


def utf16_offsets(text: str) -> list[int] | None:
    """UTF-16 position of every code point index (and of the end), or None if all equal."""
    if not has_astral(text):
        return None
    offsets, position = [], 0
    for char in text:
        offsets.append(position)
        position += 2 if ord(char) >= _FIRST_ASTRAL else 1
    offsets.append(position)
    return offsets


def utf16_spans(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(start, length)`` spans in code points of ``text`` → the same in UTF-16 units."""
    spans = list(spans)
    offsets = utf16_offsets(text) if spans else None
    if offsets is None:
        return spans
    return [(offsets[start], offsets[start + length] - offsets[start]) for start, length in spans]


def split_at_utf16(text: str, unit: int) -> tuple[str, str]:
    """``text`` split at Qt's UTF-16 position ``unit`` (inside a pair: before it)."""
    index = utf16_to_index(text, unit)
    return text[:index], text[index:]


class Utf16Offsets:
    """Converts many positions of one text both ways, each in O(log n).

    Built once per text (for example per search), it keeps only the indices of
    the characters Qt counts twice; for text without any it keeps nothing.
    """

    def __init__(self, text: str) -> None:
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        self._length = len(text)

    def to_utf16(self, index: int) -> int:
        return index + bisect.bisect_left(self._astral, index)

    def to_python(self, position: int) -> int:
        """The index of the character at UTF-16 ``position`` (a split pair rounds down)."""
        low, high = 0, len(self._astral)
        while low < high:  # the number of astral characters before ``position``
            middle = (low + high) // 2
            if self._astral[middle] + middle < position:
                low = middle + 1
            else:
                high = middle
        index = position - low
        if low and self._astral[low - 1] + (low - 1) + 1 == position:
            index = self._astral[low - 1]  # inside a surrogate pair
        return max(0, min(index, self._length))
