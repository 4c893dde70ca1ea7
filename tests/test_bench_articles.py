"""The benchmark's German test articles: right length, real Markdown, real German, repeatable."""

from __future__ import annotations

import re

import pytest

from benchmarks.articles import (
    body_of,
    count_words,
    dictionary_nouns,
    end_marker,
    make_article,
    write_articles,
)
from editor.core.render.render import Renderer
from editor.core.spelling.service import SpellService
from editor.core.text.article import Article


@pytest.mark.parametrize("words", [1_000, 10_000, 100_000])
def test_article_has_about_the_requested_number_of_words(words: int) -> None:
    text = make_article(words)
    counted = count_words(body_of(text))
    assert abs(counted - words) <= max(50, words * 0.03), counted
    # an independent count: whitespace-separated words of the rendered text
    if words <= 10_000:
        html = Renderer("de_DE").render(body_of(text))
        plain = re.sub(r"<[^>]+>", " ", html)
        tokens = [t for t in plain.split() if re.search(r"[^\W\d_]", t)]
        assert abs(len(tokens) - words) <= words * 0.05, len(tokens)


def test_article_is_markdown_with_every_kind_of_block_and_inline() -> None:
    text = make_article(10_000)
    html = Renderer("de_DE").render(body_of(text))
    for tag in (
        "<h2",
        "<h3",
        "<ul>",
        "<ol>",
        "<table>",
        "<blockquote>",
        "<em>",
        "<strong>",
        '<a href="https://example.org/',
    ):
        assert tag in html, tag
    assert "**" not in re.sub(r"<code>.*?</code>", "", html), "unbalanced bold markers"
    assert "|" not in re.sub(r"<[^>]+>", "", html).replace("||", ""), "a table did not render"


def test_front_matter_is_a_german_article() -> None:
    article = Article.from_text(make_article(1_000), None)
    assert article.meta_error is None
    assert article.lang == "de_DE"
    assert article.title.startswith("Neue Pläne")
    assert article.tags == ["Stadt", "Verkehr", "Haushalt"]


def test_text_is_german_with_a_few_typos() -> None:
    """The spellchecker has work to do, but the prose is real German."""
    text = make_article(3_000)
    wrong = SpellService("de_DE", personal_path=None).check_markdown(text)
    words = count_words(body_of(text))
    assert wrong, "no typo for the spellchecker to find"
    assert len(wrong) < words * 0.02, [w.word for w in wrong][:20]


def test_end_marker_only_in_the_last_paragraph() -> None:
    text = make_article(10_000)
    marker = end_marker(10_000)
    assert text.count(marker) == 1
    assert text.rstrip().splitlines()[-1].startswith(marker)


def test_same_seed_same_text_and_other_seed_other_text(tmp_path) -> None:
    assert make_article(1_000) == make_article(1_000)
    assert make_article(1_000, seed=1) != make_article(1_000, seed=2)
    paths = write_articles(tmp_path, [1_000, 2_000])
    assert paths[2_000].read_text(encoding="utf-8") == make_article(2_000)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["artikel-1000.md", "artikel-2000.md"]


def test_dictionary_nouns_widen_the_vocabulary_and_stay_german() -> None:
    """A real long article uses thousands of different words; a per-word cache must not
    look better here than it would there."""
    nouns = dictionary_nouns()
    assert len(nouns) > 10_000  # the installed de_DE hunspell list
    plain = make_article(10_000)
    wide = make_article(10_000, nouns=nouns)
    word = re.compile(r"[^\W\d_][\w’-]*")
    assert len(set(word.findall(wide))) > 3 * len(set(word.findall(plain)))
    assert abs(count_words(body_of(wide)) - 10_000) <= 300
    assert make_article(10_000, nouns=nouns) == wide
    sample = make_article(3_000, nouns=nouns)
    wrong = SpellService("de_DE", personal_path=None).check_markdown(sample)
    assert len(wrong) < count_words(body_of(sample)) * 0.02, [w.word for w in wrong][:20]


def test_dictionary_nouns_without_a_word_list(tmp_path) -> None:
    assert dictionary_nouns(tmp_path / "missing.dic") == []
    listing = tmp_path / "de.dic"
    listing.write_text("3\nHaus/Sm\nlaufen/DIXY\nGarten/m\nX/m\n", encoding="utf-8")
    assert dictionary_nouns(listing) == ["Garten", "Haus"]
