"""LineTokens re-cuts only the edited part of a line and always gives what tokens() gives."""

from __future__ import annotations

import random

import pytest

from editor.core.spelling.tokens import LineTokens, tokens

LINES = [
    "Ein Absatz mit **fetten** Wörtern, einem [Link](https://example.org/pfad) und `Code`.",
    "Mail an info@example.org, www.example.org, datei.jpg, /usr/bin/x und ~/texte/a.md bzw. z.B. usw.",
    "Bindestrich-Wörter wie L-Mount, Ein- und -ausgang, geht’s und rock'n'roll, snake_case und _kursiv_.",
    "<span class=\"x\">HTML</span> &amp; &#123; <!-- Kommentar --> {credit=\"Anna Bild\"} [^1] ![Alt](b.png)",
    "😀 Emoji vor Wörtern, ẞ und Straße, ŉ, e\u0301 zerlegt, wei\u00adches Tren\u200cnen.",
    "",
]
#: What a writer types, with everything that starts or ends a word or a mask.
ALPHABET = [*"abcdeäöüßXYZ019 .,;:-‐'’_*`[]()<>&@/~\"{}=!^#", "😀", "://", "www.", ".md", "<!--", "-->"]


def _check(cutter: LineTokens, line: str, markdown: bool) -> None:
    assert cutter.tokens(line, markdown) == tokens(line, markdown), repr(line)


@pytest.mark.parametrize("markdown", [True, False])
def test_random_edits_give_the_same_tokens_as_a_fresh_cut(markdown: bool) -> None:
    rng = random.Random(4711)
    cutter = LineTokens()
    for base in LINES:
        line = base
        _check(cutter, line, markdown)
        for _ in range(1500):
            position = rng.randint(0, len(line))
            kind = rng.random()
            if kind < 0.6:  # typing
                line = line[:position] + rng.choice(ALPHABET) + line[position:]
            elif kind < 0.85:  # backspace, sometimes a whole stretch
                start = max(0, position - rng.choice((1, 1, 1, 3, 12)))
                line = line[:start] + line[position:]
            else:  # a paste that replaces a stretch
                end = min(len(line), position + rng.randint(0, 8))
                line = line[:position] + "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 6))) + line[end:]
            _check(cutter, line, markdown)


def test_typing_through_a_paragraph_and_switching_lines() -> None:
    cutter = LineTokens()
    paragraph = LINES[0] + " " + LINES[2]
    for end in range(len(paragraph) + 1):  # typed from start to end, one key at a time
        _check(cutter, paragraph[:end] + " Rest des Satzes.", True)
    for line in LINES * 2:  # other lines in between (a whole re-highlight)
        _check(cutter, line, True)
        _check(cutter, line, False)
