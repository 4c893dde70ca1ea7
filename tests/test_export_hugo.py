"""The Markdown export read by a real static-site generator: Hugo builds a tiny site from it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import html5lib
import pytest

from editor.core.export import export, load_article

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
<h1 id="title">{{ .Title }}</h1>
<p id="description">{{ .Description }}</p>
<p id="date">{{ .Date.Format "2006-01-02" }}</p>
<ul id="tags">{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>
<p id="authors">{{ delimit (.Params.authors | default slice) ", " }}</p>
<p id="image">{{ with .Params.images }}{{ index . 0 }}{{ end }}</p>
<p id="credit">{{ .Params.image_credit }}</p>
<div id="content">{{ .Content }}</div>
</body></html>
"""


def build_site(tmp_path: Path, exports: dict[str, str]) -> Path:
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "config.toml").write_text(CONFIG, encoding="utf-8")
    (site / "layouts" / "_default" / "single.html").write_text(SINGLE, encoding="utf-8")
    (site / "layouts" / "_default" / "list.html").write_text("{{ .Title }}", encoding="utf-8")
    (site / "layouts" / "index.html").write_text("home", encoding="utf-8")
    for name, text in exports.items():
        (site / "content" / "posts" / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "HUGO_CACHEDIR": str(tmp_path / "cache"), "HOME": str(tmp_path)}
    run = subprocess.run(
        [HUGO, "--source", str(site), "--destination", str(site / "public"), "--buildFuture",
         "--quiet"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 0, run.stderr + run.stdout
    return site / "public"


def by_id(page: Path) -> dict[str, str]:
    root = html5lib.parse(page.read_text(encoding="utf-8"), namespaceHTMLElements=False)
    return {e.get("id"): "".join(e.itertext()) for e in root.iter() if e.get("id")}


def test_hugo_reads_title_date_tags_and_more(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(GOLDEN_INPUT, articles)
    full = export(load_article(articles / "full.md"), "md").text
    bare = export(load_article(articles / "bare.md"), "md").text
    public = build_site(tmp_path, {"full.md": full, "bare.md": bare})

    page = public / "posts" / "markt-und-macht" / "index.html"  # the slug made the address
    assert page.is_file(), sorted(str(p.relative_to(public)) for p in public.rglob("*.html"))
    fields = by_id(page)
    assert fields["title"] == TRICKY_TITLE
    assert fields["date"] == "2024-03-15"
    assert fields["tags"] == "LandwirtschaftHandel & Gewerbe"
    assert fields["description"].startswith("Immer mehr Höfe verkaufen direkt")
    assert fields["authors"] == "Jana Vogt"
    assert fields["image"] == "bilder/markt.png"
    assert fields["credit"] == "Foto: Jana Vogt | Feder & Co."
    assert "Ein Kasten in rohem HTML." in fields["content"]  # raw HTML kept in the export
    assert "Kurze Wege" in fields["content"]

    bare_fields = by_id(public / "posts" / "bare" / "index.html")
    assert bare_fields["content"].strip() == "Nur ein Absatz ohne Felder."
