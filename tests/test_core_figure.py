"""The figure syntax: dialog values → Markdown → HTML, and Markdown → dialog values again."""

from __future__ import annotations

import html5lib
import pytest

from editor.core.render.mdext.figure import figure_markdown, parse_figure
from editor.core.render.render import Renderer
from editor.core.text.article import Image

CASES = [
    Image("bilder/hafen.jpg", "Der Hafen am Morgen", "Containerschiffe im Hafen", "Foto: Max Muster | dpa"),
    Image("my file (1).jpg", "Klammern [und] Backslash \\", "", ""),
    Image("x.jpg", "", 'Er sagte "Hallo" & ging', "Foto: O'Neill"),
    Image("https://example.com/a.png?x=1", "Web", "Nur Bildunterschrift", ""),
    Image("a.png", "Nur Credit", "", 'Foto: "Studio X"'),
]


@pytest.mark.parametrize("image", CASES)
def test_markdown_round_trip(image: Image) -> None:
    line = figure_markdown(image.src, image.alt, image.caption, image.credit)
    assert "\n" not in line
    assert parse_figure(line) == image


def test_credit_with_both_quote_kinds_becomes_typographic() -> None:
    line = figure_markdown("a.png", "A", "", 'Foto: "Studio" O\'Neill')
    assert parse_figure(line).credit == "Foto: „Studio“ O'Neill"


def test_the_documented_syntax_reads_as_expected() -> None:
    line = '![Der Hafen](bilder/hafen.jpg "Schiffe im Hafen"){credit="Foto: Max Muster | dpa"}'
    assert parse_figure(line) == Image("bilder/hafen.jpg", "Der Hafen", "Schiffe im Hafen", "Foto: Max Muster | dpa")
    assert figure_markdown("bilder/hafen.jpg", "Der Hafen", "Schiffe im Hafen", "Foto: Max Muster | dpa") == line


@pytest.mark.parametrize(
    "line", ["Text ![a](b.png)", "![a](b.png) und Text", "## Titel", "", "![a][ref]"]
)
def test_other_lines_are_no_figure(line: str) -> None:
    assert parse_figure(line) is None


def _tree(html: str):
    return html5lib.parseFragment(html, namespaceHTMLElements=False)


def test_figure_html_has_img_alt_and_figcaption_with_credit() -> None:
    line = figure_markdown("bilder/hafen.jpg", "Der Hafen", "Schiffe & Kräne", "Foto: Max Muster | dpa")
    html = Renderer().render("Absatz davor.\n\n" + line + "\n\nAbsatz danach.")
    tree = _tree(html)
    figure = tree.find("figure")
    assert figure is not None
    img = figure.find("img")
    assert img.get("alt") == "Der Hafen"
    assert img.get("src") == "bilder/hafen.jpg"
    assert img.get("title") is None and img.get("credit") is None
    caption = figure.find("figcaption")
    assert caption.find("span").get("class") == "caption"
    assert caption.find("span").text == "Schiffe & Kräne"
    credit = caption.find("small")
    assert credit.get("class") == "credit"
    assert credit.text == "Foto: Max Muster | dpa"
    assert [p.text for p in tree.findall("p")] == ["Absatz davor.", "Absatz danach."]


def test_figure_without_caption_or_credit_has_no_figcaption() -> None:
    html = Renderer().render("![Nur Alt](a.png)")
    assert "<figure>" in html and "<figcaption>" not in html and 'alt="Nur Alt"' in html


def test_credit_alone_still_gets_a_figcaption() -> None:
    html = Renderer().render('![A](a.png){credit="Foto: X"}')
    assert '<figcaption><small class="credit">Foto: X</small></figcaption>' in html


def test_image_inside_text_stays_inline_and_keeps_credit_as_data() -> None:
    html = Renderer().render('Text ![A](a.png){credit="Foto: X"} weiter')
    assert "<figure>" not in html
    assert 'data-credit="Foto: X"' in html and ' credit=' not in html


def test_caption_gets_german_typography() -> None:
    html = Renderer("de_DE").render("![A](a.png \"Er sagt's -- fertig\")")
    assert "Er sagt’s – fertig" in html


def test_alt_text_and_ampersands_are_escaped() -> None:
    line = figure_markdown("a.png", '<b>"alt"</b>', "Kräne & Schiffe", "Foto: A & B")
    html = Renderer().render(line)
    assert 'alt="&lt;b&gt;&quot;alt&quot;&lt;/b&gt;"' in html
    assert "Kräne &amp; Schiffe" in html and "Foto: A &amp; B" in html


def test_caption_and_credit_are_markdown_like_the_body() -> None:
    html = Renderer().render('![A](a.png "Aus *Faust*"){credit="Foto: X"}')
    assert '<span class="caption">Aus <em>Faust</em></span>' in html


def test_credit_may_contain_braces_and_other_attributes_stay() -> None:
    line = '![A](a.png){credit="Foto: {X} | Y" .wide}'
    assert parse_figure(line).credit == "Foto: {X} | Y"
    html = Renderer().render(line)
    assert '<figure class="wide">' in html and "Foto: {X} | Y</small>" in html
