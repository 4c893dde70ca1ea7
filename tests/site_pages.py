"""What a built site page must show of an exported article: shared by the Hugo and Jekyll tests.

The test layouts print each field into an element with an id (``title``,
``description``, ``date``, ``tags``, ``author``, ``featured``, ``content``);
these helpers read them with html5lib and compare them with the article.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urljoin

import html5lib

from editor.core.export.exporters import export, load_article, target_in_folder, write_export
from editor.core.render.mdext.figure import parse_figure
from editor.core.render.render import split_blocks
from editor.core.text.article import Article

DATA = Path(__file__).parent / "data"
SAMPLE = Path(__file__).parent.parent / "resources" / "sample"
#: The sample article and a figure-rich one: (folder to copy, article file name).
ARTICLES = {
    "sample": (SAMPLE, "marktgeschehen.md"),
    "figures": (DATA / "figures", "hafen.md"),
}


def copy_article(name: str, tmp_path: Path) -> Path:
    """A private copy of the article and its pictures."""
    folder, file_name = ARTICLES[name]
    copy = tmp_path / "articles" / name
    shutil.copytree(folder, copy)
    return copy / file_name


def export_into(article_path: Path, fmt: str, folder: Path) -> Path:
    """Export as the command line does with ``-o FOLDER``; the file written."""
    article = load_article(article_path)
    target = target_in_folder(article, fmt, folder)
    from editor.core.export.exporters import ExportOptions

    result = export(article, fmt, ExportOptions(target=target))
    write_export(result, target, make_folder=True)
    return target


def words(text: str) -> str:
    return " ".join(text.split())


def plain(markdown_text: str) -> str:
    """Caption or credit as the reader sees it: Markdown emphasis gone, spaces normalised."""
    return words(re.sub(r"(?<!\\)[*_]", "", markdown_text))


def figures(article: Article):
    """The figures of the body (an image alone in its block)."""
    for block in split_blocks(article.body):
        image = parse_figure(block.text) if "\n" not in block.text.strip("\n") else None
        if image is not None:
            yield image


def parse(page: Path):
    return html5lib.parse(page.read_text(encoding="utf-8"), namespaceHTMLElements=False)


def by_id(root) -> dict:
    return {e.get("id"): e for e in root.iter() if e.get("id")}


def text(element) -> str:
    return words("".join(element.itertext()))


def local_file(public: Path, page_url: str, src: str, base: str = "") -> Path:
    """The file a page at ``page_url`` loads for ``<img src>`` on a site served under ``base``."""
    address = unquote(urljoin(base + page_url, src).split("?", 1)[0])
    assert address.startswith(base + "/"), f"{src} is not an address on the site {base or '/'}"
    return public / address[len(base):].lstrip("/")


def assert_page_shows_article(public: Path, page_url: str, article: Article, base: str = "") -> None:
    """Headline, teaser, date, tags, author, featured image, every figure's caption and credit.

    ``base`` is the path the site is served under (Jekyll's ``baseurl``).
    """
    page = public / page_url.lstrip("/") / "index.html" if page_url.endswith("/") else public / page_url.lstrip("/")
    assert page.is_file(), sorted(str(p.relative_to(public)) for p in public.rglob("*.html"))
    root = parse(page)
    fields = by_id(root)
    assert text(fields["title"]) == words(article.title)
    assert text(fields["description"]) == words(article.teaser)
    assert text(fields["date"]) == article.date.isoformat()
    assert [text(li) for li in fields["tags"].iter("li")] == article.tags
    names = [a["name"] for a in article.authors]
    assert text(fields["author"]) == ", ".join(names)
    shown_authors = text(fields["authors"])
    for author in article.authors:
        for key in ("name", "role", "bio"):
            assert words(str(author[key])) in shown_authors

    featured = fields["featured"]
    image = featured.find(".//img")
    assert image is not None, "the featured image is missing"
    assert local_file(public, page_url, image.get("src"), base).read_bytes() == (
        article.folder / article.image.src
    ).read_bytes()
    assert image.get("alt") == article.image.alt
    assert text(featured.find(".//figcaption")) == words(f"{article.image.caption} {article.image.credit}")

    content = fields["content"]
    shown = {}
    for figure in content.iter("figure"):
        img = figure.find(".//img")
        caption = figure.find(".//figcaption")
        shown[img.get("alt")] = (img, text(caption) if caption is not None else "")
    expected = list(figures(article))
    assert len(shown) == len(expected)
    for figure in expected:
        img, caption = shown[figure.alt]
        assert local_file(public, page_url, img.get("src"), base).read_bytes() == (
            article.folder / figure.src).read_bytes()
        # Caption first, credit after it; Hugo's shortcode puts no space between them.
        assert caption.startswith(plain(figure.caption)), caption
        assert caption.endswith(plain(figure.credit)), caption
        assert len(caption) <= len(plain(figure.caption)) + len(plain(figure.credit)) + 1
    code = "".join("".join(element.itertext()) for element in content.iter("code"))
    for block in split_blocks(article.body):  # code shows as typed, template syntax included
        if block.text.startswith(("```", "~~~")):
            assert "\n".join(block.text.split("\n")[1:-1]) in code
        for span in re.findall(r"`([^`]+)`", block.text) if not block.text.startswith("```") else []:
            assert span in code
    for img in root.iter("img"):  # every picture on the page is there, with the article's bytes
        copied = local_file(public, page_url, img.get("src"), base)
        assert copied.is_file(), f"{img.get('src')} was not published"


def assert_no_literal_credit(public: Path) -> None:
    for page in public.rglob("*.html"):
        assert "{credit=" not in page.read_text(encoding="utf-8"), page
