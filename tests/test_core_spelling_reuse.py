"""A line typed into keeps the answers of the tokens the edit did not touch.

``ArticleSpelling.spans`` asks only about the tokens between those that
``LineTokens`` kept, and gives exactly what a fresh look at the line gives:
through random edits, English sentences that come and go, words that waited
for a look-up and a personal dictionary that changed. Real hunspell
dictionaries, no mocks.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from editor.core.spelling.service import SpellService

LINES = [
    "Die Gemeinde prüft nun weitere Schritte, sagt die Sprecherin Fehlerwortt. In der Altstadt "
    "klagen Händler über fehlende Parkplätze, viele fordern mehr Tempo. Der Rat will im Frühjahr "
    "entscheiden, bis dahin bleibt alles offen.",
    "Er sagte: the thing that matters is the wrongg spelling of this sentence. Danach ging es "
    "weiter mit Kaztze und Hundd, **fett** und `Code`, siehe [Link](https://example.org).",
    "Bindestrich-Wörter wie L-Mount, Mercedes-Benz-Wrek, Ein- und -ausgang, geht’s, z.B. und bzw. "
    "stehen hier.",
]
ALPHABET = [*"abcdeäöüßXYZ019 .,;:-'’_*`[]()", " the ", " and ", " is ", " der ", "Fehlerr", "@"]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> SpellService:
    return SpellService("de_DE", tmp_path_factory.mktemp("personal") / "words.txt")


def _fresh(reference, line: str) -> list:
    """The spans of ``line`` asked about every token (an empty line in between cuts afresh)."""
    reference.spans("")
    return reference.spans(line)


def test_random_edits_give_what_a_fresh_look_gives(service: SpellService) -> None:
    rng = random.Random(20)
    article, reference = service.article("de_DE"), service.article("de_DE")
    for base in LINES:
        line = base
        assert article.spans(line) == _fresh(reference, line)
        for _ in range(400):
            position = rng.randint(0, len(line))
            if rng.random() < 0.7:
                line = line[:position] + rng.choice(ALPHABET) + line[position:]
            else:
                line = line[: max(0, position - rng.choice((1, 1, 4)))] + line[position:]
            assert article.spans(line) == _fresh(reference, line), repr(line)


def test_a_key_asks_about_the_edited_word_only(service: SpellService) -> None:
    """Typing mid-line asks about the tokens around the key, not about every word
    of the line again (before, each key looked every token up)."""
    article = service.article("de_DE")
    line = LINES[0]
    article.spans(line)
    middle = line.index("Altstadt") + len("Altstadt")
    asked = []
    for index, char in enumerate(" neue Wörter"):
        line = line[: middle + index] + char + line[middle + index :]
        before = article.tokens_asked
        article.spans(line)
        asked.append(article.tokens_asked - before)
    assert max(asked) <= 3, asked
    assert len(LINES[0].split()) > 30


def test_a_word_that_waited_is_asked_again(service: SpellService) -> None:
    article = service.article("de_DE")
    line = "Ein Satz mit Wortfehlerrx und weiteren Wörtern danach."
    passed = time.perf_counter() - 1  # no time left: unknown words wait
    waited = article.spans(line, deadline=passed)
    line = line.replace("danach", "danach ja")
    assert [line[s : s + n] for s, n, _ in article.spans(line)] == ["Wortfehlerrx"]
    assert waited == [] or [line[s : s + n] for s, n, _ in waited] == ["Wortfehlerrx"]


def test_a_new_personal_word_is_not_answered_from_the_last_line(tmp_path: Path) -> None:
    service = SpellService("de_DE", tmp_path / "words.txt")
    article = service.article("de_DE")
    line = "Der Kaztze gefällt das Wetter heute."
    assert [line[s : s + n] for s, n, _ in article.spans(line)] == ["Kaztze"]
    service.add_to_personal("Kaztze")
    line += " Ja."
    assert article.spans(line) == []


def test_an_english_sentence_typed_into_being_is_checked_in_english(service: SpellService) -> None:
    """Typing "the" makes the words before it part of an English sentence: their
    answers (German) must not be kept."""
    article, reference = service.article("de_DE"), service.article("de_DE")
    line = "We like color schemes with yellow"
    article.spans(line)
    for char in " and the":
        line += char
        assert article.spans(line) == _fresh(reference, line), repr(line)
