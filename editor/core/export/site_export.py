"""Markdown for a static site: Hugo, Jekyll, Eleventy, or generic Markdown with front matter.

Each site reads its own front matter keys and renders Feder's figure line
(``![alt](src "caption"){credit="…"}``) differently, so each gets its own
export (documented in docs/export.md):

- ``hugo``: a page bundle ``slug/index.md`` with its pictures beside it;
  figures as Hugo's ``figure`` shortcode (``caption`` and ``attr``).
- ``jekyll``: ``_posts/YYYY-MM-DD-slug.md`` with a singular ``author``;
  pictures under ``assets/slug/``; figures as ``<figure>`` HTML.
- ``eleventy``: ``slug/index.md`` with ``date`` and ``permalink``; pictures
  beside it; figures as ``<figure>`` HTML.
- ``md``: the generic keys, body as written (Feder reads it back unchanged).

Every key written here is read back by :class:`editor.core.text.article.Article`
into the same field, so an exported file opens in Feder with its teaser,
image parts and authors. The front matter stays TOML for Hugo and md when
the article's is TOML.
"""

from __future__ import annotations

import datetime as _dt
import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from editor.core.export import publication
from editor.core.render.mdext.figure import parse_figure
from editor.core.render.render import Renderer, split_blocks
from editor.core.text import frontmatter
from editor.core.text.article import ALIAS_KEYS, KNOWN_KEYS, Article, Image
from editor.core.text.slug import slugify

#: The Markdown formats for sites, in the order the dialog lists them.
SITES = ("hugo", "jekyll", "eleventy", "md")
#: Sites whose image addresses are written relative to the site root (``/assets/…``).
_ROOT_ASSETS = ("jekyll",)
#: Feder's own keys, of no use to a site.
_INTERNAL_KEYS = ("spelling",)
#: Generic front matter keys, in this order (the ``md`` format; sites add and drop some).
GENERIC_KEYS = (
    "title", "description", "date", "tags", "authors", "image", "images",
    "image_alt", "image_caption", "image_credit", "slug", "kicker", "lang",
)
_SITE_KEYS = {
    "md": GENERIC_KEYS,
    "hugo": (
        "title", "description", "summary", "date", "tags", "author", "authors", "image", "images",
        "image_alt", "image_caption", "image_credit", "slug", "kicker", "lang",
    ),
    "jekyll": (
        "layout", "title", "description", "excerpt", "date", "tags", "author", "authors", "image",
        "image_alt", "image_caption", "image_credit", "slug", "kicker", "lang",
    ),
    "eleventy": (
        "title", "description", "date", "permalink", "tags", "author", "authors", "image",
        "image_alt", "image_caption", "image_credit", "slug", "kicker", "lang",
    ),
}
#: Keys a site export may write; an article opened from an export has them, and
#: they must not be passed through a second time next to the freshly written ones.
_WRITTEN_KEYS = frozenset(k for keys in _SITE_KEYS.values() for k in keys) | set(ALIAS_KEYS)
#: Keys the writer may set for the site; a default is written only when absent.
_WRITER_WINS = ("layout", "permalink")


def article_slug(article: Article) -> str:
    """The slug the site addresses: the field, else made from the headline or the file name."""
    return (
        slugify(article.slug)
        or slugify(article.title)
        or (slugify(article.path.stem) if article.path else "")
        or "artikel"
    )


def target_in_folder(article: Article, fmt: str, folder: Path) -> Path:
    """The file a site expects when the export goes into ``folder``.

    Hugo and Eleventy: the page bundle ``slug/index.md``; Jekyll:
    ``YYYY-MM-DD-slug.md`` (Jekyll skips posts named otherwise); md: ``slug.md``.
    """
    slug = article_slug(article)
    if fmt in ("hugo", "eleventy"):
        return folder / slug / "index.md"
    if fmt == "jekyll":
        day = article.date or _dt.date.today()
        return folder / f"{day.isoformat()}-{slug}.md"
    return folder / f"{slug}.md"


def asset_places(article: Article, fmt: str, target: Path | None) -> tuple[str, str]:
    """Where copied pictures go: (folder relative to the target's folder, address prefix).

    Hugo and Eleventy keep them beside the page (``index.md`` of a bundle);
    Jekyll in ``assets/slug/`` of the site (the folder above ``_posts``),
    addressed from the site root; md beside an ``index.md``, else in ``NAME_files``.
    """
    if fmt in ("hugo", "eleventy"):
        return "", ""
    if fmt == "jekyll":
        folder = f"assets/{article_slug(article)}"
        in_posts = target is not None and Path(target).parent.name == "_posts"
        return (f"../{folder}" if in_posts else folder), f"/{folder}"
    if target is not None and Path(target).name == "index.md":
        return "", ""
    name = f"{Path(target).stem}_files" if target is not None else "images"
    return name, name


def site_front_matter(article: Article, fmt: str = "md", image_src: str | None = None) -> dict[str, Any]:
    """The keys ``fmt`` writes (see docs/export.md), empty ones left out, others passed through."""
    meta = article.meta
    image = article.image
    src = image.src if image_src is None else image_src
    teaser = article.teaser
    authors = [_author(a) for a in article.authors]
    authors = [a for a in authors if a]
    names = ", ".join(a["name"] for a in authors if a.get("name"))
    values: dict[str, Any] = {
        "layout": "post",
        "title": article.title,
        "description": teaser,
        "summary": teaser,
        "excerpt": teaser,
        "date": _date_value(meta.get("date"), article.date),
        "permalink": f"/{article_slug(article)}/",
        "tags": article.tags,
        "author": names,
        "authors": authors,
        "image": src,
        "images": [src] if src else [],
        "image_alt": image.alt,
        "image_caption": image.caption,
        "image_credit": image.credit,
        "slug": article.slug,
        "kicker": article.kicker,
        "lang": _text(meta.get("lang")),
    }
    result: dict[str, Any] = {}
    for key in _SITE_KEYS[fmt]:
        if key in _WRITER_WINS and key in meta:
            result[key] = meta[key]
        elif values[key] not in ("", [], None):
            result[key] = values[key]
    for key, value in meta.items():
        if key not in KNOWN_KEYS and key not in _WRITTEN_KEYS and key not in _INTERNAL_KEYS:
            result[key] = value
    return result


def site_markdown(article: Article, fmt: str, address: Callable[[str], str]) -> str:
    """The article as ``fmt`` Markdown; ``address(src)`` gives each picture's new address."""
    front_format = article.front_format if fmt in ("hugo", "md") else frontmatter.YAML
    src = address(article.image.src) if article.image.src else ""
    meta = site_front_matter(article, fmt, src)
    body = convert_body(article.body, fmt, address, article.lang)
    fence = frontmatter.fence(front_format)
    return f"{fence}\n{frontmatter.dump(meta, front_format)}{fence}\n{body}"


def plain_figure(image: Image, address: Callable[[str], str],
                 escape: Callable[[str], str] = lambda text: text) -> str:
    """A figure for Markdown without attribute lists: the image, under it caption and credit.

    Both stay in one paragraph with the picture, so a CMS keeps them together.
    ``escape`` turns plain field text into Markdown (figures in the body are Markdown already).
    """
    line = f"![{_escape_alt(image.alt)}]({_markdown_src(address(image.src))}"
    if image.caption.strip():
        line += " " + _title(image.caption)
    line += ")"
    words = [escape(" ".join(part.split())) for part in (image.caption, image.credit) if part.strip()]
    return "\n".join([line, " ".join(words)]) if words else line


def convert_body(body: str, fmt: str, address: Callable[[str], str], lang: str = "de_DE") -> str:
    """``body`` with figures in the site's form and picture addresses from ``address``.

    Code (fenced or indented) is left alone; inline pictures lose an attribute
    list a site would print as text (``{credit="…"}``), except in ``md``,
    which keeps Feder's syntax. A body that needs no change comes back as it is.
    """
    lines = body.rstrip().split("\n") if body.strip() else []
    figure = _FIGURE_WRITERS.get(fmt)
    inline_address = (lambda src: _liquid_url(address(src))) if fmt in _ROOT_ASSETS else address
    renderer = Renderer(lang)
    changes = []  # in reading order, so pictures are copied (and reported) in that order
    for block in split_blocks("\n".join(lines)):
        count = block.text.count("\n") + 1
        text = new = block.text
        image = parse_figure(text) if "\n" not in text.strip("\n") else None
        if _is_code(text):
            pass
        elif image is not None and fmt != "md":
            new = figure(image, address, renderer, _figure_class(text)) if figure else text
        elif _HTML_BLOCK.match(text):
            new = _rewrite_html_images(text, address)
        else:
            new = _rewrite_inline_images(text, inline_address, keep_attributes=fmt == "md")
        new = _literal_code(text, new, fmt)
        if new != text:
            changes.append((block.line, count, new))
    for line, count, new in reversed(changes):
        lines[line : line + count] = new.split("\n")
    return "\n".join(lines) + "\n" if lines else ""


def _literal_code(block: str, converted: str, fmt: str) -> str:
    """Template syntax shown as code stays code on the site, as in Feder's preview.

    Jekyll and Eleventy run Liquid over the Markdown first, Hugo reads
    ``{{< … >}}`` as a shortcode call even in code. So code that holds such
    syntax goes inside ``{% raw %}`` (Liquid), or gets Hugo's comment form
    ``{{</* … */>}}``, which prints the call. Template syntax in prose is the
    writer's own (an include, a shortcode) and reaches the site as written.
    """
    if "{% raw %}" in block:  # an export exported again: protected already
        return converted
    if _is_code(block):
        return _literal(converted, fmt)
    return _CODE_SPAN.sub(lambda span: _literal(span.group(0), fmt, span=True), converted)


def _literal(code: str, fmt: str, *, span: bool = False) -> str:
    if fmt in ("jekyll", "eleventy") and ("{{" in code or "{%" in code) and "{% raw %}" not in code:
        if span:  # inside the backticks, so Markdown still sees one code span
            ticks = len(code) - len(code.lstrip("`"))
            return f"{code[:ticks]}{{% raw %}}{code[ticks:-ticks]}{{% endraw %}}{code[-ticks:]}"
        return "{% raw %}" + code + "{% endraw %}"
    if fmt == "hugo" and ("{{<" in code or "{{%" in code):
        return re.sub(r"\{\{([<%])(?!/\*)(.*?)(?<!\*/)([>%])\}\}", r"{{\1/*\2*/\3}}", code, flags=re.S)
    return code


# --- figures per site ----------------------------------------------------------


def _hugo_figure(image: Image, address: Callable[[str], str], _renderer: Renderer, css: str) -> str:
    """Hugo's ``figure`` shortcode; it renders caption and ``attr`` (the credit) as Markdown."""
    params = [("src", address(image.src)), ("alt", image.alt), ("caption", image.caption)]
    # Hugo 0.111 prints caption and attr in one <p> with nothing between them (and trims
    # any space we add); docs/export.md shows the one CSS rule that separates them.
    params += [("attr", image.credit), ("class", css)]
    written = " ".join(f'{name}="{_shortcode_value(value)}"' for name, value in params if value)
    return "{{< figure " + written + " >}}"


def _html_figure(image: Image, address: Callable[[str], str], renderer: Renderer, css: str,
                 *, liquid: bool = False) -> str:
    """``<figure>`` with Feder's own markup: caption and credit as HTML, one block, no blank line."""
    src = address(image.src)
    src_attr = _liquid_url(src) if liquid and src.startswith("/") else html.escape(src, quote=True)
    opening = f'<figure class="{html.escape(css, quote=True)}">' if css else "<figure>"
    parts = [opening, f'<img src="{src_attr}" alt="{html.escape(image.alt, quote=True)}">']
    caption = _inline_html(image.caption, renderer)
    credit = _inline_html(image.credit, renderer)
    if caption or credit:
        inner = []
        if caption:
            inner.append(f'<span class="caption">{caption}</span>')
        if credit:
            inner.append(f'<small class="credit">{credit}</small>')
        parts.append(f"<figcaption>{' '.join(inner)}</figcaption>")
    parts.append("</figure>")
    return "\n".join(parts)


def _jekyll_figure(image: Image, address: Callable[[str], str], renderer: Renderer, css: str) -> str:
    return _html_figure(image, address, renderer, css, liquid=True)


def _plain_figure(image: Image, address: Callable[[str], str], _renderer: Renderer, _css: str) -> str:
    return plain_figure(image, address)


_FIGURE_WRITERS: dict[str, Callable[[Image, Callable[[str], str], Renderer, str], str]] = {
    "hugo": _hugo_figure,
    "jekyll": _jekyll_figure,
    "eleventy": _html_figure,
    "md-plain": _plain_figure,
}


def _liquid_url(src: str) -> str:
    """A site-root address through Jekyll's ``relative_url``, so a site with a ``baseurl`` works."""
    if not src.startswith("/") or src.startswith("//"):
        return src
    return "{{ '" + src.replace("'", "%27").replace('"', "%22") + "' | relative_url }}"


def _inline_html(text: str, renderer: Renderer) -> str:
    """Caption or credit as inline HTML, as the preview shows it (Markdown, typography)."""
    text = " ".join(text.split())
    if not text:
        return ""
    rendered = renderer.render(text).strip()
    match = re.fullmatch(r"<p>(.*)</p>", rendered, re.DOTALL)
    return match.group(1) if match else html.escape(text)


def _figure_class(line: str) -> str:
    return " ".join(re.findall(r"(?:^|[\s{])\.([\w-]+)", line.rsplit("){", 1)[-1])) if "){" in line else ""


# --- picture addresses in Markdown ---------------------------------------------

_HTML_BLOCK = re.compile(r"^ {0,3}<[a-zA-Z]")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)
_INLINE_IMAGE = re.compile(
    r"""!\[(?P<alt>(?:\\.|[^\]\\\n])*)\]
    \((?P<before>[ \t]*)(?P<src><[^>\n]*>|[^\s)]*)
    (?P<title>[ \t]+(?:"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|\((?:\\.|[^)\\\n])*\)))?[ \t]*\)
    (?P<attrs>\{[^}\n]*\})?""",
    re.VERBOSE,
)


def _is_code(block: str) -> bool:
    return bool(_FENCE.match(block)) or block.startswith(("    ", "\t"))


def _rewrite_inline_images(text: str, address: Callable[[str], str], *, keep_attributes: bool) -> str:
    out, last = [], 0
    for span in [*_CODE_SPAN.finditer(text), None]:
        end = span.start() if span else len(text)
        out.append(_INLINE_IMAGE.sub(lambda m: _inline(m, address, keep_attributes), text[last:end]))
        if span:
            out.append(span.group(0))
            last = span.end()
    return "".join(out)


def _inline(match: re.Match[str], address: Callable[[str], str], keep_attributes: bool) -> str:
    src = match.group("src")
    bare = src[1:-1] if src.startswith("<") else src
    new = address(bare) if bare else bare
    liquid = new.startswith("{{ '")  # Jekyll puts the address in before Markdown reads it
    written = src if new == bare else new if liquid else _markdown_src(new)
    attrs = match.group("attrs") or ""
    if not keep_attributes:
        attrs = ""
    return f"![{match.group('alt')}]({match.group('before')}{written}{match.group('title') or ''}){attrs}"


def _rewrite_html_images(text: str, address: Callable[[str], str]) -> str:
    def change(tag: str, attrs: publication.AttributeList) -> publication.AttributeList | None:
        if tag != "img":
            return None
        new = [(n, address(v) if n == "src" and v else v) for n, v in attrs]
        return new if new != attrs else None

    return publication.rewrite_start_tags(text, change)


def _markdown_src(src: str) -> str:
    if not src or re.search(r"[\s()<>]", src):
        return f"<{src.replace('<', '%3C').replace('>', '%3E')}>"
    return src


def _escape_alt(alt: str) -> str:
    return re.sub(r"([\\\[\]])", r"\\\1", " ".join(alt.split()))


def _title(caption: str) -> str:
    caption = " ".join(caption.split())
    for opening, closing in (('"', '"'), ("'", "'"), ("(", ")")):
        if opening not in caption and closing not in caption:
            return f"{opening}{caption}{closing}"
    return '"' + caption.replace('"', '\\"') + '"'


def _shortcode_value(value: str) -> str:
    """A shortcode parameter inside "…": quotes escaped; a final backslash would eat the quote."""
    return " ".join(value.split()).rstrip("\\").replace('"', '\\"')


# --- values ----------------------------------------------------------------------


def _author(entry: dict[str, Any]) -> dict[str, Any]:
    """An author for a site: name, role, bio (the box's text); Feder's id and links kept."""
    result = {}
    for key in ("name", "role", "bio", "id"):
        value = _text(entry.get(key)).strip()
        if value:
            result[key] = value
    if isinstance(entry.get("links"), list) and entry["links"]:
        result["links"] = entry["links"]
    return result


def _date_value(raw: Any, parsed: _dt.date | None) -> Any:
    """Keep a date with time as it is (Hugo reads it); anything else as a plain date."""
    if isinstance(raw, _dt.datetime):
        return raw
    return parsed


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)
