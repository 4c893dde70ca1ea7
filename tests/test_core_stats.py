"""Statistics count what a reader sees: the rendered body, not the Markdown."""

from __future__ import annotations

import pytest

from editor import paths
from editor.core.preview.stats import Stats, html_statistics, text_statistics
from editor.core.text.article import Article


def stats(body: str, front: str = "") -> Stats:
    text = f"---\n{front}---\n{body}" if front else body
    return text_statistics(Article.from_text(text))


def test_link_url_and_markup_do_not_count() -> None:
    plain = stats("Ein Link hier.")
    linked = stats("Ein **[Link](https://example.com/ein/sehr/langer/pfad?x=1)** hier.")
    assert linked == plain
    assert plain.words == 3
    assert plain.characters == len("Ein Link hier.")
    assert plain.characters_no_spaces == len("EinLinkhier.")


def test_characters_are_counted_after_typography() -> None:
    # "--" becomes one dash, "..." one ellipsis: Zeichen as printed.
    s = stats("Gut -- oder nicht...")
    assert s.characters == len("Gut – oder nicht…")
    assert s.words == 3  # the dash alone is no word


def test_only_the_body_counts_not_the_header_fields() -> None:
    with_header = stats("Zwei Wörter", front="title: Eine lange Überschrift\nteaser: Noch mehr Text\n")
    assert with_header.words == 2


def test_spaces_are_counted_once_between_words_and_blocks_add_none() -> None:
    s = stats("Eins   zwei\ndrei\n\nvier")
    assert s.characters == len("Eins zwei drei") + len("vier")
    assert s.characters_no_spaces == len("Einszweidreivier")
    assert s.paragraphs == 2


def test_figure_caption_and_credit_count_but_file_name_does_not() -> None:
    s = stats('![Alt wird nicht gezählt](datei-mit-langem-namen.jpg "Zwei Wörter"){credit="Foto: X"}')
    assert s.words == 4  # Zwei, Wörter, Foto:, X
    assert s.paragraphs == 0


def test_code_counts_and_html_comments_do_not() -> None:
    s = stats("Text <!-- geheim -->\n\n`code`")
    assert s.words == 2


def test_sentences_skip_abbreviations_and_ordinals() -> None:
    s = stats("Das ist z. B. am 3. Mai so. Dr. Meier kommt! Kommt er? Ja")
    assert s.sentences == 4


def test_headings_and_list_items() -> None:
    s = stats("## Titel\n\n- eins\n- zwei\n\nAbsatz.")
    assert s.paragraphs == 3
    assert s.sentences == 4
    assert s.words == 4


def test_reading_time_and_standard_pages() -> None:
    assert Stats(words=0).reading_minutes == 0
    assert Stats(words=1).reading_minutes == 1
    assert Stats(words=200).reading_minutes == 1
    assert Stats(words=201).reading_minutes == 2
    assert Stats(characters=3600).standard_pages == pytest.approx(2.0)


def test_invisible_characters_do_not_count() -> None:
    assert html_statistics("<p>Zeit\u00adung</p>").characters == len("Zeitung")


def test_sample_article_has_plausible_figures() -> None:
    text = paths.sample_article().read_text(encoding="utf-8")
    s = text_statistics(Article.from_text(text))
    assert 250 < s.words < 1000
    assert s.characters > s.characters_no_spaces > s.words
    assert s.paragraphs >= 8
    assert s.reading_minutes >= 2
