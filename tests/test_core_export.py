"""Export to HTML page, CMS fragment and Markdown; the shared publication layout.

Golden files live in tests/golden/export/; regenerate them with
``FEDER_UPDATE_GOLDEN=1 pytest tests/test_core_export.py`` and review the diff.
The input articles are in tests/golden/export/input/.
"""

from __future__ import annotations

import base64
import os
import shutil
import sys
from pathlib import Path

import html5lib
import markdown
import pytest
import yaml

from editor.core.export import publication
from editor.core.export.exporters import (
    FORMATS,
    ExportOptions,
    default_target,
    export,
    load_article,
    markdown_text,
    sanitize_html,
    write_export,
)
from editor.core.messages import FederError
from editor.core.text import frontmatter
from editor.core.text.article import Article

GOLDEN = Path(__file__).parent / "golden" / "export"
TRICKY_TITLE = """- Markt & <Macht>: Warum "Erzeuger" wieder selbst verkaufen"""
XHTML = "{http://www.w3.org/1999/xhtml}"
CSS = "/* stylesheet */"
SUFFIX = {"html": "page.html", "fragment": "fragment.html", "md": "md", "md-plain": "plain.md",
          "hugo": "hugo.md", "jekyll": "jekyll.md", "eleventy": "eleventy.md"}


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A private copy of the input articles and their pictures."""
    folder = tmp_path / "articles"
    shutil.copytree(GOLDEN / "input", folder)
    return folder


def golden_options(fmt: str) -> ExportOptions:
    if fmt == "html":
        return ExportOptions(stylesheet=CSS, asset_folder="page_files")
    return ExportOptions()


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("FEDER_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8", newline="")
        return
    assert path.exists(), f"{name} is missing; run with FEDER_UPDATE_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} differs; if the change is intended, regenerate with FEDER_UPDATE_GOLDEN=1"
    )


def parse_strict(page: str):
    """html5lib in strict mode raises on any parse error."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(page)


def text_of(element) -> str:
    return "".join(element.itertext())


# ---- golden files -----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", ["full", "bare"])
def test_golden(articles: Path, name: str, fmt: str) -> None:
    result = export(load_article(articles / f"{name}.md"), fmt, golden_options(fmt))
    assert str(articles) not in result.text  # no machine-specific paths leak out
    check_golden(f"{name}.{SUFFIX[fmt]}", result.text)


def test_page_assets_are_the_featured_image_and_the_author_photo(articles: Path) -> None:
    result = export(load_article(articles / "full.md"), "html", golden_options("html"))
    assert {(a.source.name, a.name) for a in result.assets} == {
        ("markt.png", "page_files/markt.png"),
        ("jana.png", "page_files/jana.png"),
    }


# ---- the page -----------------------------------------------------------------------------


def test_page_parses_strictly_and_has_head_credit_and_author_box(articles: Path) -> None:
    page = export(load_article(articles / "full.md"), "html", golden_options("html")).text
    root = parse_strict(page)
    assert root.get("lang") == "de-DE"
    head = root.find(f"{XHTML}head")
    assert text_of(head.find(f"{XHTML}title")) == "- Markt & <Macht>: Warum „Erzeuger“ wieder selbst verkaufen"
    metas = {(m.get("name") or m.get("property")): m.get("content") for m in head.iter(f"{XHTML}meta")}
    assert metas["og:title"] == text_of(head.find(f"{XHTML}title"))
    assert metas["description"] == metas["og:description"]
    assert metas["description"].startswith("Immer mehr Höfe verkaufen direkt – und die Kundschaft sagt „ja“…")
    assert metas["author"] == "Jana Vogt"
    assert metas["og:image"] == "page_files/markt.png"
    assert metas["og:image:alt"] == "Marktstände mit „Gemüse“"
    assert metas["article:published_time"] == "2024-03-15"
    assert metas["og:locale"] == "de_DE"
    h1 = next(root.iter(f"{XHTML}h1"))
    assert text_of(h1) == text_of(head.find(f"{XHTML}title"))
    credit = [e for e in root.iter(f"{XHTML}small") if e.get("class") == "credit"]
    assert [text_of(e) for e in credit] == ["Foto: Jana Vogt | Feder & Co."]
    boxes = [e for e in root.iter(f"{XHTML}aside") if "author-box" in (e.get("class") or "")]
    assert len(boxes) == 1 and "Jana Vogt" in text_of(boxes[0])
    assert CSS in text_of(head.find(f"{XHTML}style"))


def test_bare_page_parses_strictly(articles: Path) -> None:
    page = export(load_article(articles / "bare.md"), "html", golden_options("html")).text
    root = parse_strict(page)
    assert text_of(root.find(f"{XHTML}head/{XHTML}title")) == "bare"  # falls back to the file name
    assert "Nur ein Absatz ohne Felder." in text_of(root.find(f"{XHTML}body"))


def test_stylesheet_cannot_close_its_style_element(articles: Path) -> None:
    css = "p { color: red } </style><script>alert(1)</script>"
    page = export(load_article(articles / "bare.md"), "html", ExportOptions(stylesheet=css)).text
    root = parse_strict(page)
    assert not list(root.iter(f"{XHTML}script"))


def test_page_inlines_the_shipped_stylesheet_when_there_is_one(articles: Path) -> None:
    from editor import paths

    page = export(load_article(articles / "bare.md"), "html").text
    shipped = paths.resource("styles", "article.css")
    if shipped.is_file():
        first_rule = shipped.read_text(encoding="utf-8").strip().splitlines()[0]
        assert first_rule.replace("</", "<\\/") in page
    else:
        assert "<style>" not in page  # a missing stylesheet is no error
    parse_strict(page)


def test_og_image_becomes_absolute_with_a_base_url(articles: Path) -> None:
    options = ExportOptions(asset_folder="p_files", base_url="https://example.org/2024/")
    page = export(load_article(articles / "full.md"), "html", options).text
    assert '<meta property="og:image" content="https://example.org/2024/p_files/markt.png">' in page


# ---- escaping of what the writer typed ----------------------------------------------------


def test_tricky_headline_survives_yaml(articles: Path) -> None:
    text = export(load_article(articles / "full.md"), "md").text
    meta = yaml.safe_load(frontmatter.split(text).front)
    assert meta["title"] == TRICKY_TITLE
    assert meta["image_credit"] == "Foto: Jana Vogt | Feder & Co."
    assert meta["tags"] == ["Landwirtschaft", "Handel & Gewerbe"]


def test_tricky_headline_survives_plain_markdown(articles: Path) -> None:
    text = export(load_article(articles / "full.md"), "md-plain").text
    first_line = text.splitlines()[0]
    html = markdown.markdown(first_line)
    root = html5lib.parseFragment(html, namespaceHTMLElements=False)
    assert [e.tag for e in root] == ["h1"]
    assert text_of(root[0]) == TRICKY_TITLE


@pytest.mark.parametrize(
    "text",
    ["*nicht* fett", "# Nummer 1 #", "1. Mai", "- Spiegelstrich", "> Zitat", "a_b_c [x](y)",
     "Tom &amp; Jerry <b>", "`code` \\ Ende", "+ plus"],
)
def test_markdown_text_shows_exactly_what_was_typed(text: str) -> None:
    html = markdown.markdown(markdown_text(text))
    root = html5lib.parseFragment(html, namespaceHTMLElements=False)
    assert [e.tag for e in root] == ["p"]
    assert text_of(root[0]) == text


def test_field_text_is_typeset_but_never_markup() -> None:
    assert publication.typeset('Er sagte "Hallo" -- und ging...', "de_DE") == "Er sagte „Hallo“ – und ging…"
    assert publication.typeset('She said "hi"', "en_GB") == "She said “hi”"
    assert publication.typeset("*x* <b>y</b> &amp; `z` # 1.", "de_DE") == "*x* <b>y</b> &amp; `z` # 1."
    assert publication.typeset("geht's", "de_DE") == "geht’s"
    assert publication.typeset("", "de_DE") == ""


# ---- hostile input -------------------------------------------------------------------------

def assert_harmless(html: str, page: bool) -> None:
    """No element, attribute or address in ``html`` can run code."""
    root = parse_strict(html) if page else html5lib.parseFragment(html, namespaceHTMLElements=False)
    elements = list(root.iter()) if page else [e for top in root for e in top.iter()]
    for element in elements:
        tag = str(element.tag).removeprefix(XHTML)
        assert tag not in ("script", "iframe", "object", "embed"), tag
        assert tag != "style" or not page or element.text in (None, "", "\n\n"), element.text
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (tag, name)
            assert not value.strip().lower().startswith(("javascript:", "data:text")), (tag, value)
    assert "<script" not in html.lower() and "<iframe" not in html.lower()


@pytest.mark.parametrize(
    ("fmt", "options"),
    [("fragment", ExportOptions()), ("html", ExportOptions(sanitize=True, stylesheet=""))],
)
def test_sanitised_formats_neutralise_hostile_input(articles: Path, fmt: str, options) -> None:
    text = export(load_article(articles / "hostile.md"), fmt, options).text
    assert_harmless(text, page=fmt == "html")
    assert "Klick" in text and "weiter." in text and "Markdown-Link" in text  # harmless text stays
    assert "&lt;script&gt;" in text  # typed into fields, shown as text


def test_unsanitised_page_keeps_raw_html_but_escapes_fields(articles: Path) -> None:
    text = export(load_article(articles / "hostile.md"), "html", ExportOptions(stylesheet="")).text
    assert "Text <script>alert(" in text  # the writer's own HTML, as asked
    assert "&lt;script&gt;alert(" in text  # the headline is text, not markup
    assert "<script>alert('t')" not in text
    assert 'onerror="alert(1)' not in text  # the alt text cannot open an attribute


@pytest.mark.parametrize("fmt", ["md", "md-plain"])
def test_markdown_exports_keep_raw_html(articles: Path, fmt: str) -> None:
    text = export(load_article(articles / "hostile.md"), fmt).text
    assert "Text <script>alert('body')</script> weiter." in text


def test_sanitiser_keeps_article_markup() -> None:
    kept = (
        '<figure><img src="data:image/png;base64,AAAA" alt="a"><figcaption>'
        '<span class="caption">c</span> <small class="credit">d</small></figcaption></figure>'
        '<p>Fu<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup></p>'
        '<table><tr><td style="text-align: left">x</td></tr></table>'
    )
    cleaned = sanitize_html(kept)
    for part in ('src="data:image/png;base64,AAAA"', 'class="credit"', 'id="fnref:1"',
                 'href="#fn:1"', "text-align"):
        assert part in cleaned
    assert "data:" not in sanitize_html('<a href="data:text/html,<script>x</script>">x</a>')
    assert "file:" not in sanitize_html('<a href="file:///etc/passwd">x</a>')


# ---- Markdown round trip and front matter -------------------------------------------------


@pytest.mark.parametrize("name", ["full", "bare", "hostile"])
def test_markdown_round_trip_is_stable(articles: Path, tmp_path: Path, name: str) -> None:
    first = export(load_article(articles / f"{name}.md"), "md").text
    reopened = tmp_path / "again.md"
    reopened.write_text(first, encoding="utf-8")
    second = export(load_article(reopened), "md").text
    assert second == first


def test_front_matter_maps_feder_fields_to_site_keys(articles: Path) -> None:
    text = export(load_article(articles / "full.md"), "md").text
    meta = yaml.safe_load(frontmatter.split(text).front)
    assert list(meta)[:4] == ["title", "description", "date", "tags"]
    assert meta["description"].startswith("Immer mehr Höfe verkaufen direkt -- und")  # as typed
    assert [(a["name"], a["role"]) for a in meta["authors"]] == [("Jana Vogt", "Redakteurin Wirtschaft")]
    assert meta["authors"][0]["bio"].startswith("Jana Vogt schreibt")
    assert meta["image"] == "bilder/markt.png" and meta["images"] == ["bilder/markt.png"]
    assert meta["categories"] == ["Wirtschaft"] and meta["draft"] is False  # passed through
    assert "spelling" not in meta and "teaser" not in meta
    assert str(meta["date"]) == "2024-03-15"


def test_date_with_time_is_kept() -> None:
    article = Article.from_text("---\ntitle: T\ndate: 2024-03-15 08:30:00\n---\nx\n", None)
    meta = yaml.safe_load(frontmatter.split(export(article, "md").text).front)
    assert meta["date"].hour == 8


def test_bare_markdown_still_has_front_matter_fences() -> None:
    text = export(Article.from_text("Text\n"), "md").text
    assert text == "---\n---\nText\n"  # Jekyll only processes files with front matter


def test_plain_markdown_order(articles: Path) -> None:
    text = export(load_article(articles / "full.md"), "md-plain").text
    order = [text.index(part) for part in (
        "# \\- Markt", "Immer mehr Höfe", '![Marktstände mit "Gemüse"](bilder/markt.png "Samstagmorgen auf dem Markt")\n',
        "Samstagmorgen auf dem Markt Foto: Jana Vogt | Feder", "Wer samstags", "**Jana Vogt**, Redakteurin", "Jana Vogt schreibt",
    )]
    assert order == sorted(order)
    assert "---" not in text.splitlines()[0]


# ---- images -------------------------------------------------------------------------------


def article_with_images(folder: Path, *sources: str) -> Article:
    body = "\n\n".join(f"![Bild {i}]({src})" for i, src in enumerate(sources))
    path = folder / "bilder.md"
    path.write_text(body + "\n", encoding="utf-8")
    return load_article(path)


def test_copy_mode_collects_body_images_and_renames_clashes(articles: Path) -> None:
    (articles / "andere").mkdir()
    shutil.copy(articles / "jana.png", articles / "andere" / "markt.png")
    (articles / "mit leer.png").write_bytes((articles / "jana.png").read_bytes())
    article = article_with_images(
        articles, "bilder/markt.png", "andere/markt.png", "bilder/markt.png", "<mit leer.png>",
        "https://example.org/fern.png",
    )
    result = export(article, "html", ExportOptions(asset_folder="x_files", stylesheet=""))
    assert [(a.source.relative_to(articles).as_posix(), a.name) for a in result.assets] == [
        ("bilder/markt.png", "x_files/markt.png"),
        ("andere/markt.png", "x_files/markt-2.png"),
        ("mit leer.png", "x_files/mit leer.png"),
    ]
    assert result.text.count('src="x_files/markt.png"') == 2
    assert 'src="x_files/markt-2.png"' in result.text
    assert 'src="x_files/mit%20leer.png"' in result.text
    assert 'src="https://example.org/fern.png"' in result.text


def test_embed_mode_writes_data_uris_and_no_assets(articles: Path) -> None:
    result = export(load_article(articles / "full.md"), "html", ExportOptions(images="embed", stylesheet=""))
    assert result.assets == []
    data = base64.b64encode((articles / "bilder" / "markt.png").read_bytes()).decode()
    assert f'<img src="data:image/png;base64,{data}"' in result.text
    assert "og:image" not in result.text  # a data URI is no use to a social network
    parse_strict(result.text)


def test_fragment_keeps_links_by_default(articles: Path) -> None:
    result = export(load_article(articles / "full.md"), "fragment")
    assert result.assets == []
    assert 'src="bilder/markt.png"' in result.text


def test_missing_image_is_a_clear_error(articles: Path) -> None:
    article = article_with_images(articles, "bilder/fehlt.png")
    for mode in ("copy", "embed"):
        with pytest.raises(FederError, match=r"bilder/fehlt\.png was not found"):
            export(article, "html", ExportOptions(images=mode))
    export(article, "html", ExportOptions(images="keep"))  # keeping links needs no file


def test_only_pictures_are_copied(articles: Path) -> None:
    (articles / "geheim.txt").write_text("secret", encoding="utf-8")
    article = article_with_images(articles, "geheim.txt")
    with pytest.raises(FederError, match=r"geheim\.txt is not a picture"):
        export(article, "html", ExportOptions(images="embed"))


def test_relative_image_of_unsaved_article_is_a_clear_error() -> None:
    article = Article.from_text("![x](bild.png)\n")
    with pytest.raises(FederError, match="not been saved"):
        export(article, "html", ExportOptions(images="copy"))


# ---- writing ------------------------------------------------------------------------------


def test_write_export_replaces_target_and_copies_images(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "seite.html"
    target.write_text("alt", encoding="utf-8")
    result = export(load_article(articles / "full.md"), "html",
                    ExportOptions(asset_folder="seite_files", stylesheet=""))
    write_export(result, target)
    assert target.read_text(encoding="utf-8") == result.text
    assert (out / "seite_files" / "markt.png").read_bytes() == (articles / "bilder" / "markt.png").read_bytes()
    assert (out / "seite_files" / "jana.png").is_file()
    assert sorted(p.name for p in out.iterdir()) == ["seite.html", "seite_files"]  # no temp files


def test_write_export_never_replaces_the_article(articles: Path) -> None:
    source = articles / "full.md"
    before = source.read_bytes()
    result = export(load_article(source), "md")
    with pytest.raises(FederError, match="is the article itself"):
        write_export(result, articles / "." / "full.md")
    assert source.read_bytes() == before


def test_write_export_into_missing_folder_fails_clearly(articles: Path, tmp_path: Path) -> None:
    result = export(load_article(articles / "bare.md"), "md")
    with pytest.raises(FederError, match="does not exist"):
        write_export(result, tmp_path / "fehlt" / "a.md")
    with pytest.raises(FederError, match="is a folder"):
        write_export(result, tmp_path)


def test_default_target_is_never_the_article(articles: Path) -> None:
    article = load_article(articles / "bare.md")
    targets = {fmt: default_target(article, fmt) for fmt in FORMATS}
    assert article.path not in targets.values()
    assert targets["md"].name == "bare-md.md" and targets["html"].name == "bare.html"
    assert targets["fragment"].name == "bare.fragment.html"  # never the page's name
    plain = ("html", "fragment", "md", "md-plain")
    assert len({targets[fmt] for fmt in plain}) == len(plain)  # each its own file
    assert default_target(load_article(articles / "full.md"), "md").name == "markt-und-macht.md"


def test_unknown_format_and_broken_front_matter_are_errors(articles: Path) -> None:
    with pytest.raises(FederError, match="Unknown export format pdf"):
        export(load_article(articles / "bare.md"), "pdf")
    broken = articles / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\nx\n", encoding="utf-8")
    with pytest.raises(FederError, match="not valid YAML"):
        load_article(broken)


# ---- templates ----------------------------------------------------------------------------


def test_user_template_gets_documented_variables_and_autoescape(articles: Path, tmp_path: Path) -> None:
    template = tmp_path / "mine.html.j2"
    template.write_text(
        "<h1>{{ title }}</h1>|{{ kicker }}|{{ tags | join(',') }}|{{ date }}|{{ lang }}|"
        "{{ image.credit }}|{{ author_names }}|{{ meta.categories[0] }}|{{ body | length > 0 }}\n",
        encoding="utf-8",
    )
    text = export(load_article(articles / "full.md"), "fragment", ExportOptions(template=template)).text
    assert text.startswith("<h1>- Markt &amp; &lt;Macht&gt;: Warum „Erzeuger“ wieder selbst verkaufen</h1>")
    assert ("|Marktgeschehen|Landwirtschaft,Handel &amp; Gewerbe|2024-03-15|de-DE|"
            "Foto: Jana Vogt | Feder &amp; Co.|Jana Vogt|Wirtschaft|True") in text


def test_user_template_can_extend_a_default_one(articles: Path, tmp_path: Path) -> None:
    own = tmp_path / "fragment.html.j2"  # same name as the shipped one
    own.write_text("<div class='haus'>{% include 'feder/fragment.html.j2' %}</div>", encoding="utf-8")
    text = export(load_article(articles / "bare.md"), "fragment", ExportOptions(template=own)).text
    assert text.startswith("<div class='haus'>") and "Nur ein Absatz" in text
    own.write_text("{% extends 'fragment.html.j2' %}", encoding="utf-8")  # itself
    with pytest.raises(FederError, match="extends itself"):
        export(load_article(articles / "bare.md"), "fragment", ExportOptions(template=own))


@pytest.mark.parametrize(
    ("source", "message"),
    [("{% if %}", "line 1"), ("{{ title.__class__.__mro__ }}", "error")],
)
def test_broken_or_unsafe_template_is_a_clear_error(articles: Path, tmp_path: Path, source, message) -> None:
    template = tmp_path / "kaputt.html.j2"
    template.write_text(source, encoding="utf-8")
    with pytest.raises(FederError, match=message):
        export(load_article(articles / "bare.md"), "html", ExportOptions(template=template))


def test_missing_template_and_template_for_markdown_are_errors(articles: Path, tmp_path: Path) -> None:
    with pytest.raises(FederError, match="does not exist"):
        export(load_article(articles / "bare.md"), "html", ExportOptions(template=tmp_path / "x.j2"))
    with pytest.raises(FederError, match="HTML formats only"):
        export(load_article(articles / "bare.md"), "md", ExportOptions(template=tmp_path / "x.j2"))


# ---- the shared publication layout ---------------------------------------------------------


def test_header_and_footer_are_content_for_the_preview_elements(articles: Path) -> None:
    article = load_article(articles / "full.md")
    header = publication.header_html(article)
    assert header.startswith('<p class="kicker">Marktgeschehen</p>')
    assert "<header" not in header and "<h1>" in header
    assert '<img src="bilder/markt.png" alt="Marktstände mit „Gemüse“">' in header
    assert '<small class="credit">Foto: Jana Vogt | Feder &amp; Co.</small>' in header
    footer = publication.footer_html(article)
    assert "author-box" in footer and "<footer" not in footer
    bare = Article.from_text("x")
    assert publication.header_html(bare) == "" and publication.footer_html(bare) == ""


def test_article_html_wraps_header_body_footer(articles: Path) -> None:
    html = publication.article_html(load_article(articles / "full.md"), "<p>Körper</p>")
    root = html5lib.parseFragment(html, namespaceHTMLElements=False)
    article = root[0]
    assert article.tag == "article"
    assert [(e.tag, e.get("class")) for e in article] == [
        ("header", "article-header"), ("div", "article-body"), ("footer", "article-footer"),
    ]
    assert text_of(article[1]).strip() == "Körper"


def test_fallback_author_box_when_authorbox_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "editor.core.authors.box", None)  # import raises ImportError
    article = Article.from_text("---\nauthors:\n  - name: <Eve>\n    role: Gast\n    bio: Text\n---\nx")
    footer = publication.footer_html(article)
    assert "&lt;Eve&gt;" in footer and "Gast" in footer and "Text" in footer


def test_fragment_without_classes_drops_only_feders_classes(articles: Path) -> None:
    text = export(load_article(articles / "full.md"), "fragment").text
    assert 'class="infobox"' in text  # the writer's own class stays
    for feder in ('class="credit"', 'class="author', 'class="featured-image"', 'class="caption"'):
        assert feder not in text
    with_classes = export(load_article(articles / "full.md"), "fragment", ExportOptions(classes=True)).text
    assert 'class="credit"' in with_classes and 'class="author-box"' in with_classes


def test_rewrite_start_tags_touches_only_changed_tags() -> None:
    source = ('<p class="a">x</p>\n<img\n  class="b" src="a.png">\n'
              '<script>var s = "<img class=\'c\'>";</script>\n<!-- <b class="d"> -->')
    stripped = publication.strip_classes(source)
    assert stripped == ('<p>x</p>\n<img src="a.png">\n'
                        '<script>var s = "<img class=\'c\'>";</script>\n<!-- <b class="d"> -->')
    assert publication.strip_classes(source, frozenset({"z"})) == source
