"""Per-site Markdown exports: round trip into Feder's fields (YAML and TOML), figures, images.

The builds with the real Hugo and Jekyll are in test_export_hugo.py and
test_export_jekyll.py; here the exports are read back by Feder itself.
"""

from __future__ import annotations

import datetime as dt
import difflib
import shutil
from pathlib import Path

import html5lib
import pytest

from editor.core.export.exporters import (
    ExportOptions,
    export,
    load_article,
    target_in_folder,
    write_export,
)
from editor.core.text import frontmatter
from editor.core.text.article import Article, set_field

GOLDEN_INPUT = Path(__file__).parent / "golden" / "export" / "input"
FIGURES = Path(__file__).parent / "data" / "figures"
MARKDOWN_FORMATS = ("hugo", "jekyll", "eleventy", "md")

TOML_ARTICLE = """\
+++
# Hugo's other front matter
title = "Der Hafen erwacht"
kicker = "Stadtentwicklung"
teaser = "Am alten Hafen entstehen Wohnungen."   # Anreißer
slug = "hafen-erwacht"
tags = ["Stadt", "Hafen & Wasser"]
date = 2026-10-05
lang = "de_DE"
draft = true

[image]
src = "aufmacher.png"
alt = "Der alte Hafen im Morgenlicht"
caption = "Blick vom Speicher."
credit = "Aufmacher: Ole Hansen | Feder"

[[authors]]
name = "Ole Hansen"
role = "Reporter Stadt"
bio = "Ole Hansen berichtet über Stadtplanung."
+++
Text.

![Ein Kran](bilder/hafen.png "Der letzte Kran."){credit="Foto: Ole Hansen"}
"""


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(GOLDEN_INPUT, folder)
    shutil.copytree(FIGURES, folder / "hafen")
    (folder / "hafen" / "toml.md").write_text(TOML_ARTICLE, encoding="utf-8")
    return folder


def fields(article: Article) -> dict:
    """Feder's fields as the window shows them (image by file name: exports move pictures)."""
    image = article.image
    return {
        "title": article.title,
        "kicker": article.kicker,
        "teaser": " ".join(article.teaser.split()),
        "slug": article.slug,
        "tags": article.tags,
        "date": article.date,
        "lang": article.lang,
        "image": (Path(image.src).name, image.alt, image.caption, image.credit),
        "authors": [(a.get("name"), a.get("role"), " ".join(str(a.get("bio", "")).split()))
                    for a in article.authors],
    }


@pytest.mark.parametrize("fmt", MARKDOWN_FORMATS)
@pytest.mark.parametrize("source", ["full.md", "hafen/hafen.md", "hafen/toml.md"])
def test_export_reads_back_into_the_same_fields(articles: Path, tmp_path: Path, fmt: str, source: str) -> None:
    original = load_article(articles / source)
    out = tmp_path / "site"
    out.mkdir()
    target = target_in_folder(original, fmt, out)
    write_export(export(original, fmt, ExportOptions(target=target)), target, make_folder=True)
    reopened = load_article(target)
    assert fields(reopened) == fields(original)
    assert "teaser" not in reopened.meta  # read from the site's own key
    # the export of the export is the same file: nothing drifts on a second pass
    again = export(reopened, fmt, ExportOptions(target=target, images="keep")).text
    assert again == target.read_text(encoding="utf-8")


@pytest.mark.parametrize(("fmt", "fence"), [("hugo", "+++"), ("md", "+++"), ("jekyll", "---"), ("eleventy", "---")])
def test_toml_stays_toml_where_the_site_reads_it(articles: Path, fmt: str, fence: str) -> None:
    text = export(load_article(articles / "hafen" / "toml.md"), fmt).text
    assert text.startswith(fence + "\n")
    parts = frontmatter.split(text)
    assert parts.fmt == ("toml" if fence == "+++" else "yaml")
    meta = frontmatter.parse(parts.front, parts.fmt)
    assert meta["draft"] is True  # a key Feder does not know passes through


def test_untouched_toml_round_trips_byte_for_byte_and_an_edit_changes_one_line() -> None:
    article = Article.from_text(TOML_ARTICLE)
    assert article.front_format == "toml" and article.meta_error is None
    assert article.title == "Der Hafen erwacht" and article.date == dt.date(2026, 10, 5)
    assert article.image.credit == "Aufmacher: Ole Hansen | Feder"
    assert article.authors[0]["role"] == "Reporter Stadt"
    edited = set_field(TOML_ARTICLE, "teaser", "Neuer Anreißer mit \"Zitat\".")
    changed = [line for line in difflib.ndiff(TOML_ARTICLE.splitlines(), edited.splitlines())
               if line.startswith(("+ ", "- "))]
    assert changed == [
        '- teaser = "Am alten Hafen entstehen Wohnungen."   # Anreißer',
        '+ teaser = "Neuer Anreißer mit \\"Zitat\\"."   # Anreißer',
    ]
    assert Article.from_text(edited).teaser == 'Neuer Anreißer mit "Zitat".'
    # a new key and a removed one: still TOML, the rest as written
    dated = set_field(set_field(TOML_ARTICLE, "kicker", ""), "slug", "neu")
    assert dated.startswith("+++\n# Hugo's other front matter\n") and "kicker" not in dated
    assert Article.from_text(dated).slug == "neu"


def test_broken_toml_is_a_clear_error() -> None:
    article = Article.from_text('+++\ntitle = "offen\n+++\nText\n')
    assert article.meta_error is not None
    assert "not valid TOML (line 2" in str(article.meta_error.text)


def test_field_edits_on_an_export_write_the_sites_keys(articles: Path) -> None:
    text = export(load_article(articles / "full.md"), "hugo").text
    text = set_field(text, "teaser", "Neu.")
    meta = frontmatter.parse(frontmatter.split(text).front)
    assert (meta["description"], meta["summary"]) == ("Neu.", "Neu.") and "teaser" not in meta
    text = set_field(text, "image", {"src": "b.png", "alt": "Alt", "credit": "Foto: X"})
    meta = frontmatter.parse(frontmatter.split(text).front)
    assert (meta["image"], meta["images"], meta["image_alt"], meta["image_credit"]) == (
        "b.png", ["b.png"], "Alt", "Foto: X")
    assert "image_caption" not in meta
    text = set_field(text, "authors", [{"name": "Ole", "role": "Reporter"}, {"name": "Mia"}])
    meta = frontmatter.parse(frontmatter.split(text).front)
    assert meta["author"] == "Ole, Mia" and meta["authors"][0]["role"] == "Reporter"


def test_single_author_and_site_image_keys_are_read() -> None:
    article = Article.from_text(
        "---\nauthor: Jana Vogt\nexcerpt: Kurz.\nimages: [a.png, b.png]\nimage_caption: Bild\n---\n"
    )
    assert article.authors == [{"name": "Jana Vogt"}]
    assert article.teaser == "Kurz."
    assert (article.image.src, article.image.caption) == ("a.png", "Bild")
    jekyll_seo = Article.from_text("---\nimage:\n  path: /a.png\n  alt: A\nauthor:\n  name: J\n  bio: B\n---\n")
    assert (jekyll_seo.image.src, jekyll_seo.image.alt) == ("/a.png", "A")
    assert jekyll_seo.authors == [{"name": "J", "bio": "B"}]


# ---- figures and pictures -----------------------------------------------------------------

CODE_AND_FIGURES = """\
---
title: T
---
![Kran](bilder/hafen.png "Kran \\"alt\\""){credit="Foto: A"}

```markdown
![Beispiel](gibt-es-nicht.png "Nur ein Beispiel"){credit="Foto: niemand"}
```

    ![Eingerückt](auch-nicht.png){credit="x"}

Im Text `![Code](fehlt.png){credit="y"}` und ![Bild](bilder/kran.png){credit="Grafik"} hier.

<p><img src="bilder/inline.png" alt="roh"></p>
"""


def test_figures_in_each_site_form_and_code_untouched(articles: Path) -> None:
    path = articles / "hafen" / "code.md"
    path.write_text(CODE_AND_FIGURES, encoding="utf-8")
    article = load_article(path)
    hugo = export(article, "hugo")
    assert '{{< figure src="hafen.png" alt="Kran" caption="Kran \\"alt\\"" attr="Foto: A" >}}' in hugo.text
    assert '![Beispiel](gibt-es-nicht.png "Nur ein Beispiel"){credit="Foto: niemand"}' in hugo.text
    assert '    ![Eingerückt](auch-nicht.png){credit="x"}' in hugo.text
    assert 'Im Text `![Code](fehlt.png){credit="y"}` und ![Bild](kran.png) hier.' in hugo.text
    assert '<img src="inline.png" alt="roh">' in hugo.text
    assert [a.name for a in hugo.assets] == ["hafen.png", "kran.png", "inline.png"]

    for fmt in ("jekyll", "eleventy"):
        text = export(article, fmt).text
        start = text.index("<figure>")
        figure = text[start : text.index("</figure>") + len("</figure>")]
        assert "\n\n" not in figure  # one HTML block for Markdown
        root = html5lib.parse(figure.replace("{{ '", "").replace("' | relative_url }}", ""),
                              namespaceHTMLElements=False)
        caption = root.find(".//figcaption")
        assert [("".join(e.itertext()), e.get("class")) for e in caption] == [
            ("Kran „alt“", "caption"), ("Foto: A", "credit")]  # as the preview typesets it
    assert "{{ '/assets/t/hafen.png' | relative_url }}" in export(article, "jekyll").text

    plain = export(article, "md-plain").text
    assert '![Kran](bilder/hafen.png \'Kran "alt"\')\nKran "alt" Foto: A' in plain
    assert "{credit=" not in plain.replace('{credit="Foto: niemand"}', "").replace('{credit="x"}', "").replace(
        '{credit="y"}', "")
    generic = export(article, "md").text
    assert frontmatter.split(generic).body == CODE_AND_FIGURES.split("---\n", 2)[2]  # as written


def test_kept_absolute_image_paths_become_relative(articles: Path, tmp_path: Path) -> None:
    picture = articles / "hafen" / "bilder" / "hafen.png"
    path = articles / "hafen" / "absolut.md"
    path.write_text(f"---\nimage: {picture}\n---\n![a](file://{picture}){{credit=\"F\"}}\n", encoding="utf-8")
    article = load_article(path)
    for fmt in ("hugo", "md", "md-plain", "html", "fragment"):
        text = export(article, fmt, ExportOptions(images="keep", stylesheet="")).text
        assert str(articles) not in text, fmt
        assert "bilder/hafen.png" in text, fmt
    out = tmp_path / "out"
    out.mkdir()
    text = export(article, "md", ExportOptions(images="keep", target=out / "x.md")).text
    assert "../articles/hafen/bilder/hafen.png" in text


def test_og_image_only_names_a_copied_picture(articles: Path) -> None:
    article = load_article(articles / "full.md")
    kept = export(article, "html", ExportOptions(images="keep", stylesheet="")).text
    assert "og:image" not in kept  # bilder/markt.png beside the page is not there
    copied = export(article, "html", ExportOptions(asset_folder="seite_files", stylesheet=""))
    assert '<meta property="og:image" content="seite_files/markt.png">' in copied.text
    assert "seite_files/markt.png" in [a.name for a in copied.assets]
    with_site = export(article, "html", ExportOptions(images="keep", stylesheet="", base_url="https://ex.org/a/")).text
    assert '<meta property="og:image" content="https://ex.org/a/bilder/markt.png">' in with_site


def test_site_file_names_in_a_folder(articles: Path, tmp_path: Path) -> None:
    article = load_article(articles / "full.md")
    assert target_in_folder(article, "hugo", tmp_path) == tmp_path / "markt-und-macht" / "index.md"
    assert target_in_folder(article, "eleventy", tmp_path) == tmp_path / "markt-und-macht" / "index.md"
    assert target_in_folder(article, "jekyll", tmp_path) == tmp_path / "2024-03-15-markt-und-macht.md"
    assert target_in_folder(article, "md", tmp_path) == tmp_path / "markt-und-macht.md"
    undated = Article.from_text("---\ntitle: Ohne Datum & Slug\n---\nx\n")
    assert target_in_folder(undated, "jekyll", tmp_path).name == f"{dt.date.today().isoformat()}-ohne-datum-slug.md"
    eleventy = frontmatter.parse(frontmatter.split(export(article, "eleventy").text).front)
    assert eleventy["permalink"] == "/markt-und-macht/" and eleventy["date"] == dt.date(2024, 3, 15)
    jekyll = frontmatter.parse(frontmatter.split(export(article, "jekyll").text).front)
    assert jekyll["layout"] == "post" and jekyll["author"] == "Jana Vogt"


def test_typing_in_toml_front_matter_gets_no_typographic_quotes() -> None:
    from editor.core.text.typography import in_code_block

    assert in_code_block(["+++", 'title = "Der'])
    assert not in_code_block(["+++", 'title = "x"', "+++", "Text"])
    assert in_code_block(["---", "title: x"]) and not in_code_block(["---", "a: b", "---"])
    from editor.core.text.markdown_lines import Kind, scan

    kinds = [line.kind for line in scan(TOML_ARTICLE)]
    assert kinds[:22] == [Kind.FRONT_MATTER] * 22 and kinds[22] is Kind.MARKDOWN  # "+++" … "+++", "Text."


def test_copied_names_are_safe_for_a_site_and_jekyll_addresses_follow_baseurl(articles: Path) -> None:
    article = load_article(articles / "hafen" / "hafen.md")
    hugo = export(article, "hugo")
    assert [a.name for a in hugo.assets][-1] == "mole-mit-leer.png"
    assert 'src="mole-mit-leer.png"' in hugo.text
    jekyll = export(article, "jekyll").text
    assert "![Symbol]({{ '/assets/hafen-erwacht/inline.png' | relative_url }})" in jekyll
    page = export(article, "html", ExportOptions(asset_folder="x_files", stylesheet=""))
    assert "x_files/mole mit leer.png" in [a.name for a in page.assets]  # the page keeps names


@pytest.mark.parametrize("fmt", MARKDOWN_FORMATS)
def test_the_check_finds_the_fields_of_an_export(articles: Path, tmp_path: Path, fmt: str) -> None:
    from editor.core.checks.rules import run_checks

    original = load_article(articles / "hafen" / "hafen.md")
    out = tmp_path / "site"
    out.mkdir()
    target = target_in_folder(original, fmt, out)
    write_export(export(original, fmt, ExportOptions(target=target, images="copy")), target, make_folder=True)
    text = target.read_text(encoding="utf-8")
    found = {f.rule_id for f in run_checks(Article.from_text(text, target), text, spelling=False)}
    assert not found & {"no-headline", "no-teaser", "featured-image-alt", "featured-image-credit"}, found
    if fmt == "md":  # the body as written: the same findings as the article itself
        source = (articles / "hafen" / "hafen.md").read_text(encoding="utf-8")
        assert found == {f.rule_id for f in run_checks(original, source, spelling=False)}


YAML_VALUES = ["x", "1", "1.5", "true", "null", "[]", "{}", "[1, null]", "{a: null}", "2026-02-28",
               "2026-11-20 10:00:00+02:00", "!!binary aGk=", "[a, {b: c}]", "'1'", "{src: 1, alt: [2]}",
               "[{name: 1, role: [x], bio: {a: b}, links: 5}]", "{path: /x.png}", "[[1]]"]
TOML_VALUES = ['"x"', "1", "1.5", "true", "[]", "{}", "[1, 2]", "2026-11-20", "2026-11-20T10:00:00+02:00",
               "10:00:00", "{src = 1}", "[{name = 1}]", '{path = "/x"}']
BATTERY_KEYS = ["title", "teaser", "description", "summary", "date", "tags", "authors", "author", "image",
                "images", "image_alt", "image_credit", "slug", "lang", "kicker", "permalink", "layout", "draft"]


@pytest.mark.parametrize("key", BATTERY_KEYS)
def test_any_value_in_any_key_exports_or_fails_clearly(key: str) -> None:
    """Every format and every field edit either works or raises FederError (one line, no traceback)."""
    from editor.core.messages import FederError

    texts = [f"---\n{key}: {value}\n---\nText ![a](b.png){{credit=\"c\"}}\n" for value in YAML_VALUES]
    texts += [f"+++\n{key} = {value}\n+++\nText\n" for value in TOML_VALUES]
    edits = [("teaser", "T"), ("image", {"src": "x.png", "alt": "A"}), ("authors", [{"name": "N", "role": "R"}]),
             ("date", dt.date(2026, 1, 1)), ("title", "Neu")]
    for text in texts:
        article = Article.from_text(text)
        for fmt in ("fragment", "hugo", "jekyll", "eleventy", "md", "md-plain"):
            try:
                result = export(article, fmt, ExportOptions(images="keep", stylesheet=""))
            except FederError:
                continue
            if fmt in MARKDOWN_FORMATS:  # and Feder reads its own export
                assert Article.from_text(result.text).meta_error is None, (text, fmt)
        for field, value in edits:
            edited = set_field(text, field, value)
            assert Article.from_text(edited).meta_error is None, (text, field)
