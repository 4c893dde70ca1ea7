"""A dictionary is opened at once but read from disk when first used, or on a thread."""

from __future__ import annotations

from editor.core.spelling.dictionaries import open_dictionary


def test_a_dictionary_is_read_when_first_asked() -> None:
    dictionary = open_dictionary("de_DE")
    assert not dictionary.is_loaded
    assert dictionary.check("Haus") and not dictionary.check("Hauss")
    assert dictionary.is_loaded
    assert "Haus" in dictionary.suggest("Hauss")


def test_a_dictionary_read_in_the_background_answers_the_same() -> None:
    dictionary = open_dictionary("de_DE")
    thread = dictionary.load_in_background()
    assert thread is not None
    thread.join(timeout=30)
    assert dictionary.is_loaded
    assert dictionary.load_in_background() is None  # read once
    assert dictionary.check("Straße") and not dictionary.check("Strasse")
