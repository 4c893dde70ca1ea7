"""English sentences in German text: found by their function words, checked in English.

A German article quotes English ("the one thing that matters is …"); such a
sentence is checked with the English dictionary, one with two or more English
function words and more of them than German ones.
"""

from __future__ import annotations

import re

from editor.core.spelling.tokens import Token

_SENTENCE_BREAK = re.compile(r"[.!?:;„“”\"()]")
#: Words that mark a sentence as English (and are not German words).
ENGLISH_MARKERS = frozenset(
    "the and of to is are was were with for that this you your we they it's be been "
    "has have had not but from by at on or which who what there their would could should "
    "will can an its".split()
)
GERMAN_MARKERS = frozenset(
    "der die das und ist nicht mit für von zu den ein eine im auf sich des dem wird sind "
    "auch es er sie wir bei nach aus wie".split()
)


def english_tokens(line: str, found: list[Token]) -> set[int] | None:
    """Indexes of the tokens in ``found`` that belong to English sentences of a German line."""
    if not any(text.lower() in ENGLISH_MARKERS for _, text, _ in found):
        return None
    result: set[int] = set()
    sentence: list[int] = []
    previous_end = 0
    for index, (start, text, _) in enumerate(found):
        if sentence and _SENTENCE_BREAK.search(line, previous_end, start):
            result.update(_english_sentence(found, sentence))
            sentence = []
        sentence.append(index)
        previous_end = start + len(text)
    result.update(_english_sentence(found, sentence))
    return result or None


def _english_sentence(found: list[Token], indexes: list[int]) -> list[int]:
    if len(indexes) < 3:
        return []
    words = [found[i][1].lower() for i in indexes]
    english = sum(word in ENGLISH_MARKERS for word in words)
    german = sum(word in GERMAN_MARKERS for word in words)
    return indexes if english >= 2 and english > german else []
