"""The one UTF-16 bridge: conversions agree with a real encoding, and no second copy exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor.core.utf16 import (
    Utf16Offsets,
    has_astral,
    split_at_utf16,
    to_utf16,
    utf16_length,
    utf16_offsets,
    utf16_spans,
    utf16_to_index,
)

EDITOR = Path(__file__).resolve().parent.parent / "editor"
TEXTS = ["", "abc", "😀", "a😀b😀😀c", "😀x\n👍🏽 y", "Größe „ä“ 𝔘"]


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize("text", TEXTS)
def test_every_conversion_agrees_with_an_encoding(text: str) -> None:
    offsets = Utf16Offsets(text)
    table = utf16_offsets(text)
    assert utf16_length(text) == _units(text)
    assert has_astral(text) == (table is not None)
    for index in range(len(text) + 1):
        units = _units(text[:index])
        assert to_utf16(text, index) == units
        assert offsets.to_utf16(index) == units
        assert table is None or table[index] == units
        assert utf16_to_index(text, units) == index
        assert offsets.to_python(units) == index
        assert split_at_utf16(text, units) == (text[:index], text[index:])


def test_a_position_inside_a_surrogate_pair_rounds_down() -> None:
    line = "a😀b"
    assert utf16_to_index(line, 2) == 1
    assert Utf16Offsets(line).to_python(2) == 1
    assert split_at_utf16(line, 2) == ("a", "😀b")
    assert utf16_to_index(line, 99) == len(line)


def test_spans_after_an_emoji() -> None:
    assert utf16_spans("😀 Kaztze", [(2, 6)]) == [(3, 6)]
    assert utf16_spans("ohne Emoji", [(5, 5)]) == [(5, 5)]
    assert utf16_spans("😀😀 ab", [(0, 2), (3, 2)]) == [(0, 4), (5, 2)]


#: What a private copy of the conversion looks like: the BMP limit or a UTF-16 codec.
_COPY = re.compile(r"0x0*ffff\b|0x0*10000\b|\\U00010000|(?:en|de)code\(\s*['\"]utf-?16", re.I)


def test_nothing_else_in_the_source_converts_to_utf16() -> None:
    offenders = []
    for path in sorted(EDITOR.rglob("*.py")):
        if path.name == "utf16.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _COPY.search(line):
                offenders.append(f"{path.relative_to(EDITOR.parent)}:{number}: {line.strip()}")
    assert offenders == [], "use editor.core.utf16 instead:\n" + "\n".join(offenders)


def test_the_guard_recognises_a_copy() -> None:
    """The pattern above must catch the shapes the old copies had, or the guard is empty."""
    for copy in (
        "position += 2 if ord(char) > 0xFFFF else 1",
        'return len(text.encode("utf-16-le")) // 2',
        "units[: 2 * column].decode('utf-16-le', 'ignore')",
        '_ASTRAL = re.compile("[\\U00010000-\\U0010ffff]")',
    ):
        assert _COPY.search(copy), copy
