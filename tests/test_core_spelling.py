"""Spellchecking without a screen: real hunspell dictionaries, real files."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor import paths
from editor.core.messages import FederError
from editor.core.spelling.service import (
    PERSONAL_FILE,
    Misspelling,
    SpellService,
    available_languages,
    normalise_language,
)
from editor.core.spelling.tokens import tokens
from editor.core.text.markdown_lines import fence_closes, fence_opening
from editor.core.utf16 import utf16_spans, utf16_to_index

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory) -> SpellService:
    """One de_DE service for the read-only tests (building one costs a dictionary load)."""
    return SpellService("de_DE", tmp_path_factory.mktemp("personal") / "words.txt")


def flagged(service: SpellService, line: str, markdown: bool = True) -> list[str]:
    return [
        line[start : start + length] for start, length in service.misspelled_spans(line, markdown)
    ]


# -- languages ---------------------------------------------------------------


def test_all_five_languages_are_installed_here() -> None:
    assert available_languages() == ["de_DE", "de_AT", "de_CH", "en_US", "en_GB"]


def test_swiss_german_accepts_ss_where_germany_wants_sz(tmp_path: Path) -> None:
    service = SpellService("de_CH", tmp_path / "p.txt")
    assert service.check_word("Strasse")
    assert not service.check_word("Straße")
    service.set_language("de_DE")
    assert service.lang == "de_DE"
    assert not service.check_word("Strasse")
    assert service.check_word("Straße")


def test_english_dictionaries_differ(tmp_path: Path) -> None:
    service = SpellService("en_GB", tmp_path / "p.txt")
    assert service.check_word("colour")
    service.set_language("en_US")
    assert not service.check_word("colour")
    assert service.check_word("don’t")  # typographic apostrophe


@pytest.mark.parametrize(
    ("tag", "expected"), [("de", "de_DE"), ("de-at", "de_AT"), ("DE_ch", "de_CH"), ("en", "en_US")]
)
def test_language_tags_from_front_matter_are_normalised(tag: str, expected: str) -> None:
    assert normalise_language(tag) == expected


def test_unsupported_language_is_a_clear_error(german: SpellService) -> None:
    with pytest.raises(FederError, match=r"fr_FR.*not supported"):
        german.set_language("fr_FR")
    assert german.lang == "de_DE"


def test_unsupported_language_at_start_falls_back_with_a_notice(tmp_path: Path) -> None:
    service = SpellService("fr_FR", tmp_path / "p.txt")
    assert service.lang == "de_DE"
    assert service.is_available
    assert service.notice is not None and "fr_FR" in service.notice.text()


def test_without_enchant_everything_is_correct_and_the_user_is_told(tmp_path: Path) -> None:
    """A machine without libenchant: the editor keeps working and says how to fix it."""
    script = """
import sys
from editor.core.messages import FederError
from editor.core.spelling.service import SpellService, available_languages
service = SpellService("de_DE", __import__("pathlib").Path(sys.argv[1]))
print(available_languages(), service.is_available, service.check_word("Kaztze"),
      service.misspelled_spans("Kaztze Hundd"), service.suggestions("Kaztze"))
print(service.notice.text())
try:
    service.set_language("de_DE")
except FederError as error:
    print(error.text())
"""
    env = dict(os.environ, PYENCHANT_LIBRARY_PATH=str(tmp_path / "no-libenchant.so"))
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "p.txt")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "[] False True [] []"
    assert "apt-get install hunspell-de-de" in lines[1]
    assert "No dictionary for de_DE" in lines[2] and "hunspell-de-de" in lines[2]


# -- tokenising ----------------------------------------------------------------


def test_plain_prose_finds_the_wrong_word(german: SpellService) -> None:
    assert flagged(german, "Die Kaztze sitzt auf dem Dach.") == ["Kaztze"]
    assert german.misspelled_spans("Die Kaztze sitzt.") == [(4, 6)]


def test_hyphenated_compounds_whole_first_then_by_parts(german: SpellService) -> None:
    line = "E-Mail-Adresse, 20-jährige, Mercedes-Benz-Werk, L-Mount, Mercedes-Benz-Wrek"
    assert flagged(german, line) == ["Wrek"]  # "Mount": English, accepted in German text
    start, length = german.misspelled_spans("Mercedes-Benz-Wrek")[0]
    assert (start, length) == (14, 4)


def test_truncated_compounds_with_hyphen(german: SpellService) -> None:
    assert flagged(german, "Ein- und Ausgang, Schul- und Sportverein, Ein- und -ausgang") == []
    assert flagged(german, "Schull- und Sportverein") == ["Schull"]


def test_typographic_quotes_and_apostrophes(german: SpellService) -> None:
    assert flagged(german, "„Katze“ ‚Hund‘ »Maus« \"Haus\" 'Baum'") == []
    assert flagged(german, "„Kaztze“ und ‚Hundd‘") == ["Kaztze", "Hundd"]
    assert flagged(german, "Wie geht’s? Gibt's so’n Ding? Hans’ Auto.") == []
    assert flagged(german, "Am Ku’damm") == ["Ku’damm"]


def test_abbreviation_dots(german: SpellService) -> None:
    assert flagged(german, "z. B. und u. a. sowie z.B., bzw. usw. ggf. Dipl.-Ing. Nr. 5") == []
    assert flagged(german, "bzw ohne Punkt") == ["bzw"]


def test_numbers_and_words_with_digits_are_not_checked(german: SpellService) -> None:
    assert flagged(german, "Am 3.10.2024 kamen 1.500 Leute, 3,5 Prozent, MP3 und 4K, x86-64") == []
    assert flagged(german, "Der MP3-Playre") == ["Playre"]


def test_urls_and_email_addresses_are_skipped(german: SpellService) -> None:
    line = (
        "Siehe https://www.exmaple.com/Kaztze?q=Hundd, www.kaztze.de, heise.de/kaztze, "
        "<https://kaztze.de>, <max@kaztze.de>, max.kaztze@hundd.de und mailto:kaztze@x.de"
    )
    assert flagged(german, line) == []


def test_skips_stop_at_brackets_and_punctuation(german: SpellService) -> None:
    line = "(siehe https://kaztze.de/x), E-Mail:kaztze@hundd.de, Pfad /usr/lib/kaztze und Bildd.jpg"
    assert flagged(german, line) == []
    assert flagged(german, "„Kaztze“ auf kaztze.de") == ["Kaztze"]


def test_inline_code_is_skipped(german: SpellService) -> None:
    assert flagged(german, "Mit `Kaztze` und ``Hundd ` Maus`` geht es") == []
    assert flagged(german, "Ein ` einzelnes Kaztze") == ["Kaztze"]  # no closing backtick: prose


def test_link_targets_and_image_paths_are_skipped_but_texts_checked(german: SpellService) -> None:
    line = '[Linkk](ordner/kaztze.html "Titl") ![Bildd](bilder/kaztze-1.jpg) [Text][kaztze]'
    assert flagged(german, line) == ["Linkk", "Titl", "Bildd"]
    assert flagged(german, "[kaztze]: https://example.com/hundd") == []


def test_html_tags_attributes_and_entities_are_skipped(german: SpellService) -> None:
    line = '<span class="kaztze" data-hundd="x">Wortt</span> &kaztze; &nbsp; &#8222; <!-- Kommentarr -->'
    assert flagged(german, line) == ["Wortt"]


def test_footnote_labels_are_skipped_but_footnote_text_checked(german: SpellService) -> None:
    assert flagged(german, "Ein Satz[^kaztze] mit Fußnote.") == []
    assert flagged(german, "[^kaztze]: Die Quellle ist hier.") == ["Quellle"]


def test_markdown_emphasis_and_code_names(german: SpellService) -> None:
    assert flagged(german, "**fettt** und _kursivv_ und ~~weg~~, aber snake_case_name") == [
        "fettt",
        "kursivv",
    ]


def test_attribute_lists_are_skipped(german: SpellService) -> None:
    assert flagged(german, "## Überschrift {#kaztze .hundd}") == []


def test_plain_fields_still_skip_urls_but_not_markdown(german: SpellService) -> None:
    line = "Kaztze `Hundd` https://kaztze.de"
    assert flagged(german, line, markdown=False) == ["Kaztze", "Hundd"]


def test_tokens_report_a_following_dot() -> None:
    assert tokens("bzw. Haus") == [(0, "bzw", True), (5, "Haus", False)]


# -- suggestions ---------------------------------------------------------------


def test_suggestions_are_cleaned(german: SpellService) -> None:
    suggestions = german.suggestions("Hauss")
    assert suggestions[0] == "Haus"
    assert len(suggestions) <= 5
    assert not [s for s in suggestions if s.startswith("-") or s.endswith("-")]
    # Hunspell offers "wegen" for "Wegen": a sentence start is capitalised, so never the fix.
    assert "wegen" not in german.suggestions("Wegen")
    assert "Jahrhundert" in german.suggestions("jahrhundert")  # a real case fix stays
    assert german.suggestions("Kaztze", limit=1) == ["Katze"]


def test_suggestions_keep_the_typographic_apostrophe(tmp_path: Path) -> None:
    service = SpellService("en_US", tmp_path / "p.txt")
    assert "don’t" in service.suggestions("dont’")


# -- personal dictionary and ignores -------------------------------------------


def test_personal_dictionary_persists_across_services() -> None:
    service = SpellService("de_DE")
    assert not service.check_word("Federkiell")
    service.add_to_personal("Federkiell")
    assert service.check_word("Federkiell")
    assert service.misspelled_spans("Der Federkiell schreibt.") == []
    path = paths.user_data_dir() / PERSONAL_FILE
    assert path.read_text(encoding="utf-8") == "Federkiell\n"
    again = SpellService("de_CH")
    assert again.check_word("Federkiell")
    assert again.check_word("FEDERKIELL")


def test_personal_dictionary_merges_words_added_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "words.txt"
    first = SpellService("de_DE", path)
    second = SpellService("de_DE", path)
    first.add_to_personal("Kaztze")
    second.add_to_personal("Hundd")
    second.add_to_personal("Hundd")
    assert path.read_text(encoding="utf-8") == "Kaztze\nHundd\n"
    assert second.check_word("Kaztze")


def test_lowercase_personal_word_is_also_right_at_a_sentence_start(tmp_path: Path) -> None:
    service = SpellService("de_DE", tmp_path / "p.txt")
    service.add_to_personal("kaztze")
    assert flagged(service, "Kaztze. kaztze. KAZTZE") == []
    service.add_to_personal("Hundd")
    assert flagged(service, "hundd") == ["hundd"]


def test_unreadable_personal_dictionary_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_bytes(b"Kaztze\n\xff\xfe broken\n")
    service = SpellService("de_DE", path)
    assert service.personal_error is not None
    with pytest.raises(FederError, match="not UTF-8"):
        service.add_to_personal("Hundd")
    assert path.read_bytes() == b"Kaztze\n\xff\xfe broken\n"


def test_a_phrase_is_not_a_word(german: SpellService) -> None:
    with pytest.raises(FederError, match="not a single word"):
        german.ignore_for_session("zwei Wörter")


def test_session_ignore(tmp_path: Path) -> None:
    service = SpellService("de_DE", tmp_path / "p.txt")
    line = "Die Kaztze und die Kaztze."
    assert len(service.misspelled_spans(line)) == 2
    service.ignore_for_session("Kaztze")
    assert service.misspelled_spans(line) == []
    assert not (tmp_path / "p.txt").exists()  # session only, nothing written
    assert SpellService("de_DE", tmp_path / "p.txt").misspelled_spans(line) != []


def test_article_ignores_replace_each_other(tmp_path: Path) -> None:
    service = SpellService("de_DE", tmp_path / "p.txt")
    service.set_article_ignores(["Kaztze", "L-Mount"])
    assert flagged(service, "Kaztze Hundd") == ["Hundd"]
    service.set_article_ignores(["Hundd"])
    assert flagged(service, "Kaztze Hundd") == ["Kaztze"]
    service.set_article_ignores(["Ku’damm"])
    assert flagged(service, "Am Ku’damm und Ku'damm") == []


def test_ignoring_a_compound_part_clears_the_compound(tmp_path: Path) -> None:
    service = SpellService("de_DE", tmp_path / "p.txt")
    assert flagged(service, "Das L-Mounz-Bajonett") == ["Mounz"]
    service.ignore_for_session("Mounz")
    assert flagged(service, "Das L-Mounz-Bajonett") == []


# -- whole articles ------------------------------------------------------------

ARTICLE = """\
---
title: Ein Titl mit Fehlerr
lang: de_DE
spelling:
  ignore: [Hundd]
---
Erste Zeile mit Kaztze.

```python
kaztze = "Fehlerr"
```

~~~~
Kaztze
~~~~
Der Hundd bellt, die Maus quiekt laut.
<!-- Kommentarr
über Zeilen -->Nachh dem Kommentar.
Ende mit Fehlerr."""


def test_check_markdown_skips_front_matter_and_fences(tmp_path: Path) -> None:
    service = SpellService("de_DE", tmp_path / "p.txt")
    found = service.check_markdown(ARTICLE)
    assert found == [
        Misspelling(6, 16, "Kaztze"),
        Misspelling(17, 15, "Nachh"),
        Misspelling(18, 9, "Fehlerr"),
    ]
    lines = ARTICLE.split("\n")
    for item in found:
        assert lines[item.line][item.column :].startswith(item.word)
    assert service.article_ignores == frozenset()  # the article's list was only borrowed


def test_check_markdown_without_front_matter(german: SpellService) -> None:
    assert german.check_markdown("Kaztze\n\nHundd") == [
        Misspelling(0, 0, "Kaztze"),
        Misspelling(2, 0, "Hundd"),
    ]


def test_fence_helpers() -> None:
    assert fence_opening("```python") == "```"
    assert fence_opening("  ~~~~") == "~~~~"
    assert fence_opening("``` code ``` inline") is None
    assert fence_closes("````", "```")
    assert not fence_closes("``", "```")
    assert not fence_closes("~~~", "```")


# -- positions -----------------------------------------------------------------


def test_utf16_spans_after_an_emoji(german: SpellService) -> None:
    line = "😀 Kaztze"
    spans = german.misspelled_spans(line)
    assert spans == [(2, 6)]
    assert utf16_spans(line, spans) == [(3, 6)]
    assert utf16_spans("ohne Emoji", [(5, 5)]) == [(5, 5)]
    assert utf16_spans("😀😀 ab", [(0, 2), (3, 2)]) == [(0, 4), (5, 2)]
    assert utf16_to_index(line, 3) == 2
    assert utf16_to_index(line, 1) == 0  # inside the surrogate pair
    assert utf16_to_index(line, 99) == len(line)


# -- speed and deferral --------------------------------------------------------


def test_deadline_defers_unknown_words_and_take_pending_finds_them(tmp_path: Path) -> None:
    service = SpellService("de_DE", tmp_path / "p.txt")
    line = "Die Kaztze sitzt auf dem Dach"
    past = time.perf_counter() - 1
    assert service.misspelled_spans(line, deadline=past) == []
    assert service.has_pending
    assert service.misspelled_spans(line) == [(4, 6)]  # without a deadline: the full answer
    service.clear_cache()
    assert service.misspelled_spans(line, deadline=past) == []
    wrong = service.take_pending(time.perf_counter() + 10)
    assert wrong == ["Kaztze"]
    assert not service.has_pending
    assert service.misspelled_spans(line, deadline=past) == [(4, 6)]  # now from the cache


def test_a_long_article_is_checked_whole(german: SpellService) -> None:
    """How fast is measured by benchmarks/spelling.py; here: 12,000 words, nothing wrong."""
    line = "Die Bürgermeisterin erklärte, der Haushaltsplan für das nächste Jahr sei solide. " * 20
    text = "\n".join([line] * 50)  # 12,000 words
    assert not list(german.check_markdown(text))


def test_a_pasted_endless_word_is_wrong_at_once_without_suggestions(german: SpellService) -> None:
    """Compound splitting and the typo guard grow with the square of a word's length: a
    100,000-letter token (a pasted hash, a stuck key) must not reach them, or this hangs."""
    endless = "x" * 100_000
    assert german.misspelled_spans(f"Vorher {endless} nachher") == [(7, 100_000)]
    assert german.suggestions(endless) == []
    assert german.misspelled_spans("Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz") == []
