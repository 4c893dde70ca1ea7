"""`feder export --to eleventy` read by Eleventy 3 (when installed) and by markdown-it-py.

Debian has no Eleventy package; ``make eleventy`` installs it with npm into
``.cache/eleventy`` (or set FEDER_ELEVENTY to an ``eleventy`` binary). Without
it the build test is skipped and the structural test still renders the export
with markdown-it-py, the CommonMark renderer Eleventy itself uses.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import html5lib
import pytest
from site_pages import (
    assert_no_literal_credit,
    assert_page_shows_article,
    copy_article,
    export_into,
    figures,
    plain,
    words,
)

from editor.core.export.exporters import load_article
from editor.core.text import frontmatter

ROOT = Path(__file__).resolve().parent.parent
ELEVENTY = (
    os.environ.get("FEDER_ELEVENTY")
    or shutil.which("eleventy")
    or next((str(p) for p in [ROOT / ".cache" / "eleventy" / "node_modules" / ".bin" / "eleventy"] if p.exists()), None)
)
NODE = shutil.which("node")

CONFIG = """\
module.exports = function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy("posts/**/*.{png,jpg,jpeg,gif,webp,svg,avif}", { mode: "html-relative" });
};
"""

LAYOUT = """\
<!DOCTYPE html>
<html><head><title>{{ title }}</title></head><body>
<p id="kicker">{{ kicker }}</p>
<h1 id="title">{{ title }}</h1>
<p id="description">{{ description }}</p>
<p id="date">{{ page.date | date: "%Y-%m-%d" }}</p>
<ul id="tags">{% for tag in tags %}<li>{{ tag }}</li>{% endfor %}</ul>
<p id="author">{{ author }}</p>
<div id="authors">{% for a in authors %}<p>{{ a.name }}, {{ a.role }}: {{ a.bio }}</p>{% endfor %}</div>
{% if image %}<figure id="featured"><img src="{{ image }}" alt="{{ image_alt }}">\
<figcaption>{{ image_caption }} {{ image_credit }}</figcaption></figure>{% endif %}
<div id="content">{{ content }}</div>
</body></html>
"""


@pytest.mark.slow
@pytest.mark.skipif(ELEVENTY is None or NODE is None,
                    reason="Eleventy is not installed (make eleventy, or FEDER_ELEVENTY=/path/to/eleventy)")
@pytest.mark.parametrize("name", ["sample", "figures"])
def test_eleventy_builds_the_page_with_fields_figures_and_images(tmp_path: Path, name: str) -> None:
    source = copy_article(name, tmp_path)
    site = tmp_path / "site"
    (site / "posts").mkdir(parents=True)
    (site / "_includes").mkdir()
    index = export_into(source, "eleventy", site / "posts")
    article = load_article(source)
    assert index == site / "posts" / article.slug / "index.md"
    (site / "posts" / "posts.json").write_text('{"layout": "post.liquid"}', encoding="utf-8")
    (site / "_includes" / "post.liquid").write_text(LAYOUT, encoding="utf-8")
    (site / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    run = subprocess.run(
        [ELEVENTY, "--quiet"], cwd=site, capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "TZ": "UTC"},
    )
    assert run.returncode == 0, run.stderr + run.stdout
    public = site / "_site"
    assert_page_shows_article(public, f"/{article.slug}/", article)  # the permalink key
    assert_no_literal_credit(public)


@pytest.mark.parametrize("name", ["sample", "figures"])
def test_eleventy_markdown_renders_figures_with_caption_and_credit(tmp_path: Path, name: str) -> None:
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py is not installed")
    source = copy_article(name, tmp_path)
    (tmp_path / "out").mkdir()
    index = export_into(source, "eleventy", tmp_path / "out")
    article = load_article(source)
    parts = frontmatter.split(index.read_text(encoding="utf-8"))
    meta = frontmatter.parse(parts.front)
    assert meta["permalink"] == f"/{article.slug}/" and meta["date"] == article.date
    assert (index.parent / meta["image"]).read_bytes() == (article.folder / article.image.src).read_bytes()

    body = parts.body.replace("{% raw %}", "").replace("{% endraw %}", "")  # what Liquid leaves
    html = markdown_it.MarkdownIt("commonmark").render(body)  # Eleventy: html on
    assert "{credit=" not in html
    root = html5lib.parse(html, namespaceHTMLElements=False)
    shown = {f.find(".//img").get("alt"): f for f in root.iter("figure")}
    expected = list(figures(article))
    assert len(shown) == len(expected)
    for figure in expected:
        element = shown[figure.alt]
        assert (index.parent / element.find(".//img").get("src")).read_bytes() == (
            article.folder / figure.src).read_bytes()
        caption = element.find(".//figcaption")
        assert words("".join(caption.find("span").itertext())) == plain(figure.caption)
        assert words("".join(caption.find("small").itertext())) == plain(figure.credit)
    for img in root.iter("img"):
        assert (index.parent / img.get("src")).is_file()
