"""One language catalogue: normalisation, names, dictionaries and quotation marks everywhere."""

from __future__ import annotations

import pytest

from editor.core import languages
from editor.core.checks.rules import run_checks
from editor.core.export.exporters import export
from editor.core.render.render import Renderer
from editor.core.spelling.service import SUPPORTED_LANGUAGES, SpellService, normalise_language
from editor.core.text.article import Article
from editor.core.text.typography import in_code_block, replacement_for

#: The marks each language must get, as #17 asks: (double, single).
MARKS = {
    "de_DE": ("„Zitat“", "‚kurz‘"),
    "de_AT": ("„Zitat“", "‚kurz‘"),
    "de_CH": ("«Zitat»", "‹kurz›"),
    "en_US": ("“Zitat”", "‘kurz’"),
    "en_GB": ("“Zitat”", "‘kurz’"),
}
SOURCE = "Er sagte \"Zitat\" und 'kurz' dazu."


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("de", "de_DE"),
        ("de-CH", "de_CH"),
        ("de-at", "de_AT"),
        ("DE_ch", "de_CH"),
        ("en", "en_US"),
        ("en-gb", "en_GB"),
        (" de_DE ", "de_DE"),
        ("fr-ca", "fr_CA"),  # not offered, but kept in the same form
        ("", ""),
        (None, ""),
    ],
)
def test_tags_are_normalised(tag, expected: str) -> None:
    assert languages.normalise(tag) == expected


def test_one_list_in_menu_order() -> None:
    assert languages.SUPPORTED == ("de_DE", "de_AT", "de_CH", "en_US", "en_GB")
    assert SUPPORTED_LANGUAGES is languages.SUPPORTED  # spelling has no list of its own
    assert normalise_language is languages.normalise
    assert [language.dictionary for language in languages.LANGUAGES] == list(languages.SUPPORTED)
    assert languages.display_name("de-ch") == "German (Switzerland)"
    assert languages.display_name("fr_FR") == "fr_FR"
    assert languages.get("de").html == "de-DE"


def test_the_article_language_is_always_normalised() -> None:
    assert Article.from_text("---\nlang: de-ch\n---\nText\n").lang == "de_CH"
    assert Article.from_text("---\nlang: en\n---\nText\n").lang == "en_US"
    assert Article.from_text("Text\n").lang == "de_DE"


def test_spelling_uses_the_normalised_language(tmp_path) -> None:
    assert SpellService("de", tmp_path / "p.txt").lang == "de_DE"
    assert SpellService("de-CH", tmp_path / "p.txt").check_word("Strasse")


def _typed(keys: str, lang: str) -> str:
    text = ""
    for key in keys:
        lines = text.split("\n")
        change = replacement_for(lines[-1], key, lang, in_code_block(lines[:-1]))
        text += key
        if change is not None:
            text = text[: len(text) - change.remove] + change.insert
    return text


@pytest.mark.parametrize("lang", languages.SUPPORTED)
def test_typing_uses_the_language_s_marks(lang: str) -> None:
    double, single = MARKS[lang]
    assert _typed(SOURCE, lang) == f"Er sagte {double} und {single} dazu."


@pytest.mark.parametrize("lang", languages.SUPPORTED)
def test_rendering_uses_the_language_s_marks(lang: str) -> None:
    double, single = MARKS[lang]
    assert Renderer(lang).render(SOURCE) == f"<p>Er sagte {double} und {single} dazu.</p>"


@pytest.mark.parametrize("lang", ["de_CH", "de-ch", "de_AT"])
def test_export_uses_the_language_s_marks(lang: str) -> None:
    double, single = MARKS[languages.normalise(lang)]
    article = Article.from_text(f'---\ntitle: "Ein \\"Titel\\""\nlang: {lang}\n---\n{SOURCE}\n')
    for fmt in ("html", "fragment"):
        assert f"Er sagte {double} und {single} dazu." in export(article, fmt).text
    page = export(article, "html").text
    assert f"Ein {double.replace('Zitat', 'Titel')}" in page  # the headline too
    assert f'lang="{languages.html_tag(lang)}"' in page


@pytest.mark.parametrize(("lang", "advice"), [("de_DE", "„…“ or ‚…‘"), ("de_AT", "„…“ or ‚…‘"), ("de_CH", "«…» or ‹…›")])
def test_the_check_recommends_the_language_s_marks(lang: str, advice: str) -> None:
    text = f"---\ntitle: Titel\nlang: {lang}\n---\n{SOURCE}\n"
    findings = [f for f in run_checks(Article.from_text(text), text, spelling=False) if f.rule_id == "straight-quotes"]
    assert [f.text() for f in findings] == [f"Straight quotation marks in German text (3); use {advice}."]


def test_a_language_without_known_marks_keeps_straight_quotes() -> None:
    assert languages.quote_style("nl_NL") is None
    assert Renderer("nl_NL").render('"a" -- b') == '<p>"a" – b</p>'
    assert _typed('"a"', "nl_NL") == '"a"'
    assert languages.quote_style("de_LI") is languages.SWISS_QUOTES
    assert languages.quote_style("en_AU") is languages.ENGLISH_QUOTES
