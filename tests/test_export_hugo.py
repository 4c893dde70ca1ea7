"""`feder export --to hugo` read by the real Hugo: a tiny site builds the exported page bundles.

The layout is the smallest that prints every field the export writes, so the
built HTML shows whether Hugo read them: headline, teaser, date, tags, author
(with role and bio), featured image from the bundle, and the body with its
figures rendered by Hugo's own ``figure`` shortcode.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from site_pages import (
    assert_no_literal_credit,
    assert_page_shows_article,
    by_id,
    copy_article,
    export_into,
    parse,
    text,
)

from editor.core.export.exporters import export, load_article

GOLDEN_INPUT = Path(__file__).parent / "golden" / "export" / "input"
HUGO = shutil.which("hugo")
TRICKY_TITLE = """- Markt & <Macht>: Warum "Erzeuger" wieder selbst verkaufen"""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(HUGO is None, reason="hugo is not installed (apt-get install hugo)"),
]

CONFIG = """\
baseURL = "https://example.org/"
title = "Feder-Test"
languageCode = "de-DE"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = true
"""

SINGLE = """\
<!DOCTYPE html>
<html><head><title>{{ .Title }}</title></head><body>
<p id="kicker">{{ .Params.kicker }}</p>
<h1 id="title">{{ .Title }}</h1>
<p id="description">{{ .Description }}</p>
<p id="date">{{ .Date.Format "2006-01-02" }}</p>
<ul id="tags">{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>
<p id="author">{{ .Params.author }}</p>
<div id="authors">{{ range .Params.authors }}<p>{{ .name }}, {{ .role }}: {{ .bio }}</p>{{ end }}</div>
{{ with .Resources.GetMatch (.Params.image | default "-") }}<figure id="featured"><img src="{{ .RelPermalink }}" \
alt="{{ $.Params.image_alt }}"><figcaption>{{ $.Params.image_caption }} {{ $.Params.image_credit }}</figcaption></figure>\
{{ else }}<p id="featured"></p>{{ end }}
<div id="content">{{ .Content }}</div>
</body></html>
"""


def build(site: Path, tmp_path: Path) -> Path:
    """Run Hugo on ``site``; the published folder."""
    (site / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
    (site / "config.toml").write_text(CONFIG, encoding="utf-8")
    (site / "layouts" / "_default" / "single.html").write_text(SINGLE, encoding="utf-8")
    (site / "layouts" / "_default" / "list.html").write_text("{{ .Title }}", encoding="utf-8")
    (site / "layouts" / "index.html").write_text("home", encoding="utf-8")
    env = {**os.environ, "HUGO_CACHEDIR": str(tmp_path / "cache"), "HOME": str(tmp_path)}
    run = subprocess.run(
        [HUGO, "--source", str(site), "--destination", str(site / "public"), "--buildFuture",
         "--quiet"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 0, run.stderr + run.stdout
    return site / "public"


@pytest.mark.parametrize("name", ["sample", "figures"])
def test_hugo_builds_the_bundle_with_fields_figures_and_images(tmp_path: Path, name: str) -> None:
    source = copy_article(name, tmp_path)
    site = tmp_path / "site"
    posts = site / "content" / "posts"
    posts.mkdir(parents=True)
    index = export_into(source, "hugo", posts)
    article = load_article(source)
    assert index.parent.name == article.slug and index.name == "index.md"  # a page bundle
    assert not any(p.is_absolute() for p in map(Path, _addresses(index.read_text(encoding="utf-8"))))

    public = build(site, tmp_path)
    assert_page_shows_article(public, f"/posts/{article.slug}/", article)
    assert_no_literal_credit(public)


def test_hugo_reads_tricky_fields_and_passes_other_keys(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(GOLDEN_INPUT, articles)
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    export_into(articles / "full.md", "hugo", site / "content" / "posts")
    bare = export(load_article(articles / "bare.md"), "hugo").text
    (site / "content" / "posts" / "bare.md").write_text(bare, encoding="utf-8")
    public = build(site, tmp_path)

    fields = {key: text(element) for key, element in by_id(parse(public / "posts" / "markt-und-macht" / "index.html")).items()}
    assert fields["title"] == TRICKY_TITLE
    assert fields["date"] == "2024-03-15"
    assert fields["tags"] == "LandwirtschaftHandel & Gewerbe"
    assert fields["description"].startswith("Immer mehr Höfe verkaufen direkt")
    assert fields["author"] == "Jana Vogt"
    assert "Ein Kasten in rohem HTML." in fields["content"]  # raw HTML kept in the export
    assert "Kurze Wege" in fields["content"]
    bare_fields = {key: text(e) for key, e in by_id(parse(public / "posts" / "bare" / "index.html")).items()}
    assert bare_fields["content"] == "Nur ein Absatz ohne Felder."


def _addresses(markdown: str) -> list[str]:
    import re

    return re.findall(r'(?:src="|\]\(<?|^image: )([^"\s)>]+)', markdown, re.MULTILINE)
