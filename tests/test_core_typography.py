"""Typographic replacements while typing, checked without a screen.

``typed()`` feeds a text character by character through the rules, as the
editor does, so the tests read like what a writer types and sees.
"""

from __future__ import annotations

import pytest

from editor.core.text.typography import (
    Replacement,
    enabled_by_default,
    in_code_at,
    in_code_block,
    quote_style,
    replacement_for,
)


def typed(keys: str, lang: str = "de_DE") -> str:
    text = ""
    for key in keys:
        lines = text.split("\n")
        before = lines[-1]
        change = replacement_for(before, key, lang, in_code_block(lines[:-1]))
        text += key
        if change is not None:
            assert change.remove >= 1
            text = text[: len(text) - change.remove] + change.insert
    return text


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ('"Hallo"', "„Hallo“"),
        ('Er sagte: "Ja."', "Er sagte: „Ja.“"),
        ('("Klammer")', "(„Klammer“)"),
        ("'einfach'", "‚einfach‘"),
        ("\"Er sagte 'nein'\"", "„Er sagte ‚nein‘“"),
        ("geht's", "geht’s"),
        ("Hans' Hut", "Hans’ Hut"),
        ("'Wie geht's?'", "‚Wie geht’s?‘"),
        ("Rock 'n' Roll", "Rock ‚n‘ Roll"),  # ambiguous; a quotation is the likelier guess
        ('**"fett"**', "**„fett“**"),
        ('"**fett**"', "„**fett**“"),
        ('Anti-"Terror"-Gesetz', "Anti-„Terror“-Gesetz"),
        ('"\n"', "„\n„"),
        ("Berlin -- Hamburg", "Berlin – Hamburg"),
        ("1990--2000", "1990–2000"),
        ("und dann---nichts", "und dann—nichts"),
        ("Und dann...", "Und dann…"),
        ("Warte....", "Warte…."),
    ],
)
def test_german_typing(keys: str, expected: str) -> None:
    assert typed(keys) == expected


@pytest.mark.parametrize(
    ("keys", "lang", "expected"),
    [
        ('"Hello," she said.', "en_US", "“Hello,” she said."),
        ("'quoted' and it's", "en_GB", "‘quoted’ and it’s"),
        ("\"Grüezi\" 'mitenand'", "de_CH", "«Grüezi» ‹mitenand›"),
        ('"Servus"', "de-AT", "„Servus“"),
        ('"Servus"', "de", "„Servus“"),
        ('"bonjour" -- ...', "fr_FR", '"bonjour" – …'),  # unknown quotes stay straight
    ],
)
def test_other_languages(keys: str, lang: str, expected: str) -> None:
    assert typed(keys, lang) == expected


@pytest.mark.parametrize(
    "keys",
    [
        '`a "b" -- c...`',
        '``code with ` and "quote"``',
        "```python",
        '<a href="x">',
        "<!-- note -- more",
        '[Link](https://example.org/a--b "Titel")',
        "---",
        "| --- | :--: |",
        "|---|---|",
        "- - -",
        "  --",
    ],
)
def test_markup_stays_as_typed(keys: str) -> None:
    assert typed(keys) == keys


def test_text_after_a_closed_code_span_is_typeset_again() -> None:
    assert typed('`"x"` und "y"') == '`"x"` und „y“'


def test_fenced_code_and_front_matter_stay_as_typed() -> None:
    text = '---\ntitle: "A: B"\n---\n"a"\n```\n"code" -- x...\n```\n"b"\n~~~~\n"c"\n~~~\n"d"'
    assert typed(text) == (
        '---\ntitle: "A: B"\n---\n„a“\n```\n"code" -- x...\n```\n„b“\n~~~~\n"c"\n~~~\n"d"'
    )


def test_replacement_counts_the_typed_character() -> None:
    assert replacement_for("ein -", "-", "de_DE", False) == Replacement(2, "–")
    assert replacement_for("", '"', "de_DE", False) == Replacement(1, "„")
    assert replacement_for("so..", ".", "de_DE", False) == Replacement(3, "…")
    assert replacement_for("geht‘", "s", "de_DE", False) == Replacement(2, "’s")
    assert replacement_for("a", "b", "de_DE", False) is None
    assert replacement_for("", '"', "de_DE", True) is None


def test_undone_replacements_stay_undone() -> None:
    # After Ctrl+Z the raw characters are back; typing one more keeps them raw.
    assert replacement_for("a --", "-", "de_DE", False) is None
    assert replacement_for("a ...", ".", "de_DE", False) is None


def test_in_code_at() -> None:
    line = "a `b` c ``d ` e`` f `g"
    assert not in_code_at(line, 1)
    assert in_code_at(line, 4)
    assert not in_code_at(line, 6)
    assert in_code_at(line, 13)
    assert not in_code_at(line, 19)
    assert in_code_at(line, len(line))
    assert not in_code_at(r"a \`b", 5)


def test_in_code_block() -> None:
    assert in_code_block(["---", "title: x"])
    assert not in_code_block(["---", "title: x", "---"])
    assert not in_code_block(["---", "title: x", "..."])
    assert in_code_block(["text", "```js"])
    assert not in_code_block(["```", "x", "```"])
    assert in_code_block(["````", "```", "x"])  # a shorter fence does not close
    assert in_code_block(["~~~", "```"])  # nor one of the other kind
    assert not in_code_block(["``` not a fence ` because of the backtick"])
    assert not in_code_block(["text", "---"])  # a rule, not front matter


def test_quote_style() -> None:
    assert quote_style("de_DE").open_double == "„"
    assert quote_style("de_CH").open_double == "«"
    assert quote_style("en_US").close_double == "”"
    assert quote_style("nl_NL") is None


def test_non_bmp_characters_do_not_confuse_the_rules() -> None:
    assert typed('😀 "Emoji" -- 😀...') == "😀 „Emoji“ – 😀…"


def test_on_by_default_for_german_only() -> None:
    assert enabled_by_default("de_DE") and enabled_by_default("de-CH") and enabled_by_default("de")
    assert not enabled_by_default("en_US") and not enabled_by_default("dea")


def test_attribute_lists_keep_their_straight_quotes() -> None:
    """A figure's {credit="…"} is markup: „…“ there would break the figure."""
    from editor.core.text.typography import replacement_for

    assert replacement_for('![A](a.png "B"){credit=', '"', "de_DE", False) is None
    assert replacement_for('![A](a.png){credit="Foto: X', '"', "de_DE", False) is None
    assert replacement_for('Nach der Liste {x} sagte er ', '"', "de_DE", False) is not None
