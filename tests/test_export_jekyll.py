"""`feder export --to jekyll` read by the real Jekyll: a tiny site builds the exported post.

The site has one layout (``_layouts/post.html``) that prints every field the
export writes, no theme and no plugins, so the build needs no network. The
post goes into ``_posts`` under the name Jekyll requires (``YYYY-MM-DD-slug.md``)
and its pictures into ``assets/slug/``. The site is served under ``/blog``
(``baseurl``), so a picture addressed without Jekyll's ``relative_url`` would miss.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from site_pages import (
    assert_no_literal_credit,
    assert_page_shows_article,
    copy_article,
    export_into,
)

from editor.core.export.exporters import load_article

JEKYLL = shutil.which("jekyll")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(JEKYLL is None, reason="jekyll is not installed (apt-get install jekyll)"),
]

CONFIG = """\
title: Feder-Test
markdown: kramdown
timezone: UTC
future: true
permalink: /:year/:month/:day/:slug/
baseurl: /blog
"""

POST = """\
<!DOCTYPE html>
<html><head><title>{{ page.title }}</title></head><body>
<p id="kicker">{{ page.kicker }}</p>
<h1 id="title">{{ page.title }}</h1>
<p id="description">{{ page.description }}</p>
<p id="date">{{ page.date | date: "%Y-%m-%d" }}</p>
<ul id="tags">{% for tag in page.tags %}<li>{{ tag }}</li>{% endfor %}</ul>
<p id="author">{{ page.author }}</p>
<div id="authors">{% for a in page.authors %}<p>{{ a.name }}, {{ a.role }}: {{ a.bio }}</p>{% endfor %}</div>
{% if page.image %}<figure id="featured"><img src="{{ page.image | relative_url }}" alt="{{ page.image_alt }}">\
<figcaption>{{ page.image_caption }} {{ page.image_credit }}</figcaption></figure>{% endif %}
<div id="content">{{ content }}</div>
</body></html>
"""


def build(site: Path) -> Path:
    (site / "_layouts").mkdir(parents=True, exist_ok=True)
    (site / "_config.yml").write_text(CONFIG, encoding="utf-8")
    (site / "_layouts" / "post.html").write_text(POST, encoding="utf-8")
    run = subprocess.run(
        [JEKYLL, "build", "--quiet", "--safe", "--disable-disk-cache",
         "--source", str(site), "--destination", str(site / "_site")],
        capture_output=True, text=True, timeout=120, check=False, cwd=site,
    )
    assert run.returncode == 0, run.stderr + run.stdout
    return site / "_site"


@pytest.mark.parametrize("name", ["sample", "figures"])
def test_jekyll_builds_the_post_with_fields_figures_and_images(tmp_path: Path, name: str) -> None:
    source = copy_article(name, tmp_path)
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    post = export_into(source, "jekyll", site / "_posts")
    article = load_article(source)
    assert post.name == f"{article.date.isoformat()}-{article.slug}.md"
    assert str(tmp_path) not in post.read_text(encoding="utf-8")

    public = build(site)
    day = article.date
    page_url = f"/{day.year}/{day.month:02d}/{day.day:02d}/{article.slug}/"
    assert_page_shows_article(public, page_url, article, base="/blog")  # relative_url at work
    assert_no_literal_credit(public)
