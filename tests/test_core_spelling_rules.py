"""The rules beyond hunspell, each on a positive and a negative case (real dictionaries).

Word lists are Feder's own (resources/spelling/) plus, where a test needs an
entry of its own, a list in tmp_path; frequencies come from wordfreq.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.spelling.edits import one_edit
from editor.core.spelling.service import MISSPELLING, PROBABLE_TYPO, Misspelling, SpellService


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory) -> SpellService:
    return SpellService("de_DE", tmp_path_factory.mktemp("personal") / "words.txt")


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> SpellService:
    """A service whose lists hold entries no other source knows."""
    folder = tmp_path_factory.mktemp("lists")
    (folder / "brands.txt").write_text("# test brands\nQuortexa\nVelmora Systems\n", encoding="utf-8")
    (folder / "abbreviations.txt").write_text("# test\nTsd.\nZiff.\n", encoding="utf-8")
    (folder / "units.txt").write_text("# test\nWh\nHz\nAh\nB\n", encoding="utf-8")
    return SpellService("de_DE", folder / "personal.txt", knowledge_folder=folder)


def flagged(service: SpellService, line: str) -> list[str]:
    return [line[start : start + length] for start, length in service.misspelled_spans(line)]


def kinds(service: SpellService, line: str) -> list[tuple[str, bool]]:
    return [(line[s : s + n], probable) for s, n, probable in service.default.spans(line)]


def test_acronyms_and_their_plurals_and_compounds(german: SpellService) -> None:
    assert flagged(german, "Das OLED-Display, zwei OLEDs, das KI-Modell und die EU-Kommission.") == []
    assert flagged(german, "Ein QXZVBNMW-Gerät und ein Qxzvbn-Modell.") == ["QXZVBNMW", "Qxzvbn"]


def test_units_with_si_prefixes(listed: SpellService) -> None:
    assert flagged(listed, "Der Akku hat 5000 mAh, lädt mit 65 W, 2,4 GHz, 1,5 kWh und 64 GB.") == []
    assert flagged(listed, "Der Akku hat 5000 mAhh.") == ["mAhh"]


def test_abbreviations_need_their_dot(listed: SpellService) -> None:
    assert flagged(listed, "Rund 5 Tsd. Euro, siehe Ziff. 3.") == []
    assert flagged(listed, "Rund 5 Tsd Euro") == ["Tsd"]


def test_listed_brand_and_its_typo(listed: SpellService) -> None:
    assert flagged(listed, "Quortexa und Velmora liefern.") == []
    assert flagged(listed, "Quortexo liefert.") == ["Quortexo"]


def test_well_known_brands_pass_and_their_typos_do_not(german: SpellService) -> None:
    assert flagged(german, "Xiaomi, OnePlus und Shimano stellen aus.") == []
    assert flagged(german, "Xiaomy und OnePuls stellen aus.") == ["Xiaomy", "OnePuls"]


def test_compounds_with_linking_elements(german: SpellService) -> None:
    assert flagged(german, "Die Displaydiagonale am Rathausplatz, die Akkulaufzeit.") == []
    assert flagged(german, "Die Displaydiagonnale wächst.") == ["Displaydiagonnale"]


def test_compound_typos_hunspell_accepts_are_probable_typos(german: SpellService) -> None:
    line = "Am Mondtag bringt sie das Kind in den Kinderkarten."
    assert kinds(german, line) == [("Mondtag", True), ("Kinderkarten", True)]
    assert german.default.typo_target("Mondtag") == "Montag"
    assert german.default.kind("Einkaufwagen") == PROBABLE_TYPO
    assert german.default.kind("Landrad") == PROBABLE_TYPO
    assert german.default.kind("Montag") is None
    assert german.check_word("Mondtag")  # a probable typo is no misspelling


def test_frequency_accepts_names_but_not_typos_of_frequent_words(german: SpellService) -> None:
    assert flagged(german, "Habeck und Scholz sprachen mit Lindner.") == []
    assert flagged(german, "Die Bundesregirung beschloss es.") == ["Bundesregirung"]
    assert flagged(german, "Das ist Standart.") == ["Standart"]  # common on the web, still wrong


def test_english_words_in_german_text(german: SpellService) -> None:
    assert flagged(german, "Das Release der Smartwatch kommt mit einem Update.") == []
    # "Wether" is English (a ram) but here a typo of the German "Wetter".
    assert flagged(german, "Das Wether wird schön.") == ["Wether"]
    assert german.default.typo_target("Wether") == "Wetter"


def test_an_english_sentence_is_checked_as_english(german: SpellService) -> None:
    assert flagged(german, "Er sagte: „This is the best phone we have ever built.“") == []
    assert flagged(german, "Er sagte: „This is the best phnoe we have ever built.“") == ["phnoe"]


def test_spelling_variants_are_typos(german: SpellService) -> None:
    assert flagged(german, "Die Strasse und das Maedchen.") == ["Strasse", "Maedchen"]
    swiss = SpellService("de_CH", german.personal_path)
    assert flagged(swiss, "Die Strasse.") == []


ARTICLE = """\
---
title: Gespräch mit Velkaria Drumbeck
authors: [Ostrova Plenk]
image:
  src: bild.jpg
  credit: Foto von Quennik Zwolgast
---
Drumbeck sagte, Plenk und Zwolgast hätten recht. Zanbrelo nickte.
Zanbrelo ging. Zanbrelo kam wieder. Bundesregirung auch.
"""


def test_the_articles_own_names(german: SpellService) -> None:
    found = [m.word for m in german.check_markdown(ARTICLE)]
    assert found == ["Bundesregirung"]  # names from title, authors, credit, and used 3 times
    once = ARTICLE.replace("Zanbrelo kam wieder.", "Er kam wieder.")
    assert [m.word for m in german.check_markdown(once)] == ["Zanbrelo", "Zanbrelo", "Bundesregirung"]
    # A name that is a typo of a frequent word stays flagged: the guard outranks the title.
    typo = ARTICLE.replace("title: Gespräch mit", "title: Bundesregirung und")
    assert "Bundesregirung" in [m.word for m in german.check_markdown(typo)]


def test_check_markdown_reports_the_kind(german: SpellService) -> None:
    assert german.check_markdown("Am Mondtag kam die Kaztze.") == [
        Misspelling(0, 3, "Mondtag", PROBABLE_TYPO),
        Misspelling(0, 19, "Kaztze", MISSPELLING),
    ]


def test_suggestions_rank_the_intended_word_first_and_never_repeat_the_word(german: SpellService) -> None:
    assert german.suggestions("Dachgeschoß")[0] == "Dachgeschoss"
    assert "Dachgeschoß" not in german.suggestions("Dachgeschoß")
    assert german.suggestions("Mondtag")[0] == "Montag"
    assert german.suggestions("Bundesregirung")[0] == "Bundesregierung"
    assert german.suggestions("Strasse")[0] == "Straße"
    assert len(german.suggestions("Kaztze")) <= 5


def test_one_edit_covers_the_kinds_of_typo() -> None:
    variants = one_edit("montag")
    assert {"motag", "omntag", "mintag", "mondtag", "möntag"} <= variants
    assert "strasse" in one_edit("straße") and "straße" in one_edit("strasse")


def test_the_word_lists_load_only_when_first_needed(tmp_path: Path) -> None:
    service = SpellService("de_DE", tmp_path / "p.txt", knowledge_folder=tmp_path)
    assert not service.knowledge.ready
    assert service.check_word("Montag")
    assert service.knowledge.ready


def test_attribute_credit_is_not_checked(german: SpellService) -> None:
    line = '![Ein Bild](bild.jpg){credit="Foto: Reuters" alt="Ein Bild"}'
    assert flagged(german, line) == []
    assert flagged(german, '![Bild](b.jpg){credit="Foto: Kaztze"}') == ["Kaztze"]
