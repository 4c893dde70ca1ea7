"""Byline under the teaser and tables that scroll on their own (#17, point 9)."""

from __future__ import annotations

from editor.core.export import publication
from editor.core.export.exporters import export
from editor.core.render.render import Renderer
from editor.core.text.article import Article

ARTICLE = (
    "---\ntitle: Markt\nteaser: Kurz gesagt.\ndate: 2025-12-01\n"
    "authors:\n- name: Jana Vogt\n- name: Max Muster\n---\nText.\n"
)


def test_byline_follows_the_teaser_in_preview_header_and_exports() -> None:
    article = Article.from_text(ARTICLE)
    header = publication.header_html(article)
    byline = (
        '<p class="byline"><span class="byline-authors">Jana Vogt, Max Muster</span>'
        ' · <time datetime="2025-12-01">1. Dezember 2025</time></p>'
    )
    assert byline in header
    assert header.index("teaser") < header.index("byline")
    assert byline in export(article, "html").text
    assert byline in export(article, "fragment").text  # the class stays: the site may hide it


def test_byline_in_english_and_with_only_a_date_or_nobody() -> None:
    english = Article.from_text("---\nlang: en_US\ndate: 2025-12-01\n---\nText\n")
    assert '<p class="byline"><time datetime="2025-12-01">December 1, 2025</time></p>' in publication.header_html(english)
    nobody = Article.from_text("---\ntitle: T\nteaser: Kurz.\n---\nText\n")
    assert "byline" not in publication.header_html(nobody)
    assert "byline" not in export(nobody, "fragment").text


def test_a_table_gets_a_scrolling_wrapper_and_the_css_scrolls_it() -> None:
    html = Renderer("de_DE").render("| A | B |\n|---|---|\n| 1 | 2 |\n")
    assert html.startswith('<div class="table-wrapper"><table>')
    assert html.rstrip().endswith("</table></div>")
    from editor import paths

    css = paths.resource("styles", "article.css").read_text(encoding="utf-8")
    rule = css[css.index(".table-wrapper {") :]
    assert "overflow-x: auto" in rule[: rule.index("}")]


def test_text_without_tables_gets_no_wrapper() -> None:
    assert "table-wrapper" not in Renderer("de_DE").render("Kein | Tisch hier.\n")
