"""Markdown rendering: German typography, and per-block rendering that matches the whole."""

from __future__ import annotations

import re

import pytest

from editor import paths
from editor.core.render.render import Renderer, split_blocks
from editor.core.text.article import Article


def _squash(html: str) -> str:
    return re.sub(r"\s+", " ", html).replace("> <", "><").strip()


def test_german_quotes_dashes_and_ellipsis() -> None:
    html = Renderer("de_DE").render('Er sagt "ja" -- und geht\'s an... \n\n"*Zitat*" und \'so\' \\"roh\\" `"code"`')
    assert "Er sagt „ja“ – und geht’s an…" in html
    assert "„<em>Zitat</em>“ und ‚so‘" in html
    assert '"roh"' in html and '<code>"code"</code>' in html


def test_english_quotes_stay_english() -> None:
    html = Renderer("en_US").render('He said "yes" -- it\'s fine.')
    assert "He said “yes” – it’s fine." in html


def test_tables_footnotes_fenced_code_and_attributes() -> None:
    html = Renderer().render(
        "| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1]\n\n[^1]: Fuß\n\n```python\nx = 1\n```\n\n## T {#anker}\n"
    )
    assert "<table>" in html and 'class="footnote"' in html
    assert '<code class="language-python">' in html and 'id="anker"' in html


BLOCK_CASES = {
    "lists with blank lines": "- a\n\n- b\n\n  more of b\n\nText\n",
    "fenced code with blank lines": "```\none\n\ntwo\n```\n\nafter\n",
    "quote in parts": "> a\n\n> b\n\nc\n",
    "indented code": "para\n\n    code\n\n    still code\n\nend\n",
    "html block": "<div>\n\n*inside*\n\n</div>\n\nout\n",
    "references": "[Link][ref] und [zwei][ref]\n\nMehr\n\n[ref]: https://example.org\n",
    "ordered": "1. eins\n2. zwei\n\n3. drei\n",
}


@pytest.mark.parametrize("name", sorted(BLOCK_CASES))
def test_block_rendering_matches_whole_rendering(name: str) -> None:
    text = BLOCK_CASES[name]
    renderer = Renderer()
    whole = renderer.render(text)
    blocks = "".join(b.html for b in Renderer().render_blocks(text))
    assert _squash(blocks) == _squash(whole)


def test_sample_article_renders_the_same_per_block() -> None:
    body = Article.from_text(paths.sample_article().read_text(encoding="utf-8")).body
    assert _squash("".join(b.html for b in Renderer().render_blocks(body))) == _squash(Renderer().render(body))


def test_blocks_know_their_lines_and_are_cached() -> None:
    renderer = Renderer()
    text = "# A\n\npara one\n\npara two\n"
    first = renderer.render_blocks(text)
    assert [b.line for b in first] == [0, 2, 4]
    second = renderer.render_blocks(text.replace("two", "zwei"))
    assert first[0].html is second[0].html  # unchanged block came from the cache
    assert "zwei" in second[2].html


def test_split_blocks_keeps_fence_together() -> None:
    blocks = split_blocks("a\n\n```\nx\n\ny\n```\n\nb")
    assert [b.text for b in blocks] == ["a", "```\nx\n\ny\n```", "b"]
