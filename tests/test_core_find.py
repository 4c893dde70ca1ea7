"""Find and replace rules without a screen."""

from __future__ import annotations

import pytest

from editor.core.messages import FederError
from editor.core.text.find import (
    FindOptions,
    compile_pattern,
    find_all,
    replace_all,
)
from editor.core.utf16 import Utf16Offsets

TEXT = "Der Bär und die Bären. BÄR! Bärenhunger, bär."


def spans(query: str, **options: bool) -> list[str]:
    pattern = compile_pattern(query, FindOptions(**options))
    return [TEXT[m.start : m.end] for m in find_all(TEXT, pattern)]


def test_plain_search_ignores_case_by_default() -> None:
    assert spans("bär") == ["Bär", "Bär", "BÄR", "Bär", "bär"]


def test_match_case() -> None:
    assert spans("Bär", match_case=True) == ["Bär", "Bär", "Bär"]


def test_whole_words_with_umlauts_and_punctuation() -> None:
    assert spans("bär", whole_words=True) == ["Bär", "BÄR", "bär"]
    assert spans("BÄR!", whole_words=True, match_case=True) == ["BÄR!"]


def test_regex_characters_are_literal_without_regex() -> None:
    assert spans("Bär.") == ["bär."]
    assert spans(r"B.r", regex=True) == ["Bär", "Bär", "BÄR", "Bär", "bär"]


def test_regex_replacement_with_groups() -> None:
    text, count = replace_all(
        "am 3.4.2024 und 12.11.2025", r"(\d+)\.(\d+)\.(\d{4})", r"\3-\2-\1", FindOptions(regex=True)
    )
    assert (text, count) == ("am 2024-4-3 und 2025-11-12", 2)


def test_replacement_is_literal_without_regex() -> None:
    text, count = replace_all("a.b a.b", "a.b", r"\1$", FindOptions())
    assert (text, count) == (r"\1$ \1$", 2)


def test_empty_matches_insert_text() -> None:
    text, count = replace_all("eins\nzwei", "^", "> ", FindOptions(regex=True))
    assert (text, count) == ("> eins\n> zwei", 2)


def test_invalid_regex_is_a_clear_error() -> None:
    with pytest.raises(FederError) as caught:
        compile_pattern("(unclosed", FindOptions(regex=True))
    assert caught.value.text().startswith("Invalid regular expression: missing ), unterminated")
    assert "position 1" in caught.value.text()


def test_invalid_group_reference_is_a_clear_error() -> None:
    with pytest.raises(FederError, match="Invalid replacement"):
        replace_all("abc", "(b)", r"\2", FindOptions(regex=True))


def test_empty_query_is_an_error() -> None:
    with pytest.raises(FederError, match="Enter some text"):
        compile_pattern("", FindOptions())


@pytest.mark.parametrize("text", ["", "abc", "😀", "a😀b😀😀c", "😀x\n👍🏽 y"])
def test_utf16_offsets_agree_with_an_encoding(text: str) -> None:
    offsets = Utf16Offsets(text)
    for index in range(len(text) + 1):
        utf16 = len(text[:index].encode("utf-16-le")) // 2
        assert offsets.to_utf16(index) == utf16
        assert offsets.to_python(utf16) == index
    for index, char in enumerate(text):
        if ord(char) > 0xFFFF:  # the middle of a surrogate pair rounds down
            assert offsets.to_python(offsets.to_utf16(index) + 1) == index
