"""Export an article as an HTML page, a CMS fragment, or Markdown for site generators.

The GUI (File → Export…, Edit → Copy HTML) and ``feder export`` both call
:func:`export` and :func:`write_export`, so they cannot drift apart. HTML goes
through Jinja2 templates with autoescaping and the layout the preview uses
(:mod:`editor.core.publication`); Markdown front matter goes through PyYAML's
``safe_dump``. Whatever the writer typed therefore lands escaped, in HTML
attributes, in text and in YAML alike. The key mapping and the template
variables are documented in docs/export.md.
"""

from __future__ import annotations

import base64
import datetime as _dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit
from urllib.request import url2pathname

import jinja2
import nh3
from markupsafe import Markup

from editor import paths
from editor.core import frontmatter, publication
from editor.core.article import KNOWN_KEYS, Article
from editor.core.messages import QT_TRANSLATE_NOOP, FederError, Message
from editor.core.render import Renderer
from editor.core.storage import read_text, write_bytes_atomic

#: Format names as the command line and the dialog use them.
FORMATS = ("html", "fragment", "md", "md-plain")
FORMAT_LABELS: dict[str, Message] = {
    "html": QT_TRANSLATE_NOOP("Export", "HTML page"),
    "fragment": QT_TRANSLATE_NOOP("Export", "HTML fragment for a CMS"),
    "md": QT_TRANSLATE_NOOP("Export", "Markdown with front matter (Hugo, Jekyll, Eleventy)"),
    "md-plain": QT_TRANSLATE_NOOP("Export", "Plain Markdown"),
}
SUFFIXES = {"html": ".html", "fragment": ".html", "md": ".md", "md-plain": ".md"}
#: Suffixes of the proposed file names: each format its own, so exporting the
#: fragment never proposes the page's file (``slug.html`` vs ``slug.fragment.html``).
NAME_SUFFIXES = {"html": ".html", "fragment": ".fragment.html", "md": ".md", "md-plain": ".plain.md"}
HTML_FORMATS = ("html", "fragment")

#: What happens to local images in HTML exports.
COPY, EMBED, KEEP = "copy", "embed", "keep"
IMAGE_MODES = (COPY, EMBED, KEEP)

#: Files Feder copies or embeds as images; anything else named in <img src> is refused,
#: so an export can never carry off a file that is not a picture.
IMAGE_TYPES = {
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
    ".webp": "image/webp", ".svg": "image/svg+xml", ".avif": "image/avif",
    ".bmp": "image/bmp", ".ico": "image/x-icon", ".tif": "image/tiff", ".tiff": "image/tiff",
}


@dataclass(frozen=True)
class ExportOptions:
    """How to export. ``None`` means the format's default (see :func:`resolved`)."""

    images: str | None = None  # copy | embed | keep; page: copy, fragment: keep
    sanitize: bool | None = None  # nh3 on the HTML; fragment: on, page: off
    template: Path | None = None  # the user's own Jinja2 template (HTML formats)
    classes: bool = False  # fragment: keep Feder's class names
    asset_folder: str = ""  # where copied images go, relative to the target
    stylesheet: str | None = None  # CSS inlined into the page; None: resources/styles/article.css
    base_url: str = ""  # makes og:image absolute

    def resolved(self, fmt: str) -> ExportOptions:
        images = self.images or (COPY if fmt == "html" else KEEP)
        sanitize = (fmt == "fragment") if self.sanitize is None else self.sanitize
        return replace(self, images=images, sanitize=sanitize,
                       asset_folder=self.asset_folder or "images")


@dataclass(frozen=True)
class Asset:
    """A file to put beside the export: ``name`` is relative to the target's folder."""

    source: Path
    name: str


@dataclass(frozen=True)
class ExportResult:
    text: str
    fmt: str
    assets: list[Asset] = field(default_factory=list)
    source: Path | None = None  # the article's file, which an export must never replace

    @property
    def data(self) -> bytes:
        return self.text.encode("utf-8")

    @property
    def media_type(self) -> str:
        return "text/html" if self.fmt in HTML_FORMATS else "text/markdown"


def load_article(path: Path) -> Article:
    """Read an article file for export; unreadable front matter is an error, not a loss."""
    path = Path(path)
    article = Article.from_text(read_text(path).text, path)
    if article.meta_error is not None:
        raise article.meta_error
    return article


def export(article: Article, fmt: str, options: ExportOptions | None = None) -> ExportResult:
    """The article in ``fmt`` (one of :data:`FORMATS`), plus the images to copy beside it."""
    if fmt not in FORMATS:
        raise FederError(
            QT_TRANSLATE_NOOP("Export", "Unknown export format {format}. Choose one of: {formats}."),
            format=fmt,
            formats=", ".join(FORMATS),
        )
    options = (options or ExportOptions()).resolved(fmt)
    if options.images not in IMAGE_MODES:
        raise FederError(
            QT_TRANSLATE_NOOP("Export", "Unknown image handling {mode}. Choose copy, embed or keep."),
            mode=options.images,
        )
    if fmt in HTML_FORMATS:
        return _html(article, fmt, options)
    if options.template is not None:
        raise FederError(QT_TRANSLATE_NOOP("Export", "Templates apply to the HTML formats only."))
    text = markdown_with_front_matter(article) if fmt == "md" else plain_markdown(article)
    return ExportResult(text, fmt, [], article.path)


def write_export(result: ExportResult, target: Path) -> None:
    """Write the export to ``target`` and its images beside it, each file atomically.

    Images go first, so a page is never there without its pictures.
    """
    target = Path(target)
    if result.source is not None and _same_file(result.source, target):
        raise FederError(
            QT_TRANSLATE_NOOP(
                "Export", "{path} is the article itself. Choose another file for the export."
            ),
            path=target,
        )
    if not target.parent.is_dir():
        raise FederError(
            QT_TRANSLATE_NOOP("Export", "{path} was not written: the folder {folder} does not exist."),
            path=target,
            folder=target.parent,
        )
    for asset in result.assets:
        destination = target.parent / asset.name
        if _same_file(asset.source, destination):
            continue
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FederError.from_os_error(
                QT_TRANSLATE_NOOP("Export", "The folder {folder} for the images could not be made: {reason}"),
                exc,
                folder=destination.parent,
            ) from exc
        try:
            data = asset.source.read_bytes()
        except OSError as exc:
            raise FederError.from_os_error(
                QT_TRANSLATE_NOOP("Export", "The image {image} could not be read: {reason}"),
                exc,
                image=asset.source,
            ) from exc
        write_bytes_atomic(destination, data)
    write_bytes_atomic(target, result.data)


def asset_folder_for(target: Path) -> str:
    """The folder for a page's copied images: ``artikel.html`` → ``artikel_files``.

    One folder per page, so two articles with a ``foto.jpg`` each never overwrite
    each other's picture.
    """
    return f"{Path(target).stem}_files"


def default_target(article: Article, fmt: str) -> Path | None:
    """A file name beside the article for ``fmt``; never the article itself."""
    if article.path is None:
        return None
    stem = article.slug or article.path.stem
    target = article.path.with_name(stem + NAME_SUFFIXES[fmt])
    if _same_file(target, article.path):
        target = article.path.with_name(f"{stem}-{fmt}{SUFFIXES[fmt]}")
    return target


# --- HTML --------------------------------------------------------------------


def _html(article: Article, fmt: str, options: ExportOptions) -> ExportResult:
    classes = fmt == "html" or options.classes
    body = Renderer(article.lang).render(article.body)
    context = publication.article_context(article, body, classes=classes)
    images = _Images(article, options.images or KEEP, options.asset_folder)
    parts = {}
    for key in ("header", "figure", "body", "footer"):
        part = images.rewrite(str(context[key]))
        parts[key] = sanitize_html(part) if options.sanitize else part
    context.update({key: Markup(value) for key, value in parts.items()})
    context["article"] = Markup(
        publication.wrap_article(parts["header"], parts["body"], parts["footer"], classes=classes)
    )
    image = context["image"]
    if image is not None:
        image["src"] = images.src(image["src"])
        if options.sanitize and not _harmless_url(image["src"]):
            image["src"] = ""
    context.update(
        document_title=context["title"] or article.slug or (article.path.stem if article.path else ""),
        og_image=_og_image(image["src"] if image else "", options.base_url),
        stylesheet=Markup(_stylesheet(options.stylesheet).replace("</", "<\\/")),
        sanitized=options.sanitize,
        generator="Feder",
    )
    template = _template(options.template, "page.html.j2" if fmt == "html" else "fragment.html.j2")
    try:
        text = template.render(context)
    except jinja2.TemplateError as exc:
        raise _template_error(options.template, exc) from exc
    except RecursionError as exc:  # a template that extends or includes itself
        raise FederError(
            QT_TRANSLATE_NOOP("Export", "The template {path} includes or extends itself."),
            path=options.template,
        ) from exc
    return ExportResult(text, fmt, images.assets, article.path)


#: The sanitiser keeps the markup articles use (figures, tables, footnotes) and
#: drops scripts, styles, event handlers and dangerous URLs.
_SANITIZE_TAGS = set(nh3.ALLOWED_TAGS) | {"section"}
_SANITIZE_ATTRIBUTES = {tag: set(names) for tag, names in nh3.ALLOWED_ATTRIBUTES.items()}
_SANITIZE_ATTRIBUTES["*"] = {"class", "id", "lang", "dir", "title"}
_SANITIZE_ATTRIBUTES["a"] |= {"rel"}
_SANITIZE_ATTRIBUTES["img"] |= {"loading"}
_SANITIZE_ATTRIBUTES["time"] = {"datetime"}
for _cell in ("th", "td"):
    _SANITIZE_ATTRIBUTES[_cell] |= {"style"}  # Markdown tables align columns with it
_SANITIZE_SCHEMES = set(nh3.ALLOWED_URL_SCHEMES) | {"data", "file"}


def sanitize_html(fragment: str) -> str:
    """``fragment`` without scripts, event handlers, ``javascript:`` URLs or styles that act.

    ``data:`` and ``file:`` addresses survive only as an image's ``src`` (embedded
    or local pictures), where a browser never runs them.
    """
    return nh3.clean(
        fragment,
        tags=_SANITIZE_TAGS,
        attributes=_SANITIZE_ATTRIBUTES,
        attribute_filter=_only_image_data,
        url_schemes=_SANITIZE_SCHEMES,
        link_rel=None,
        filter_style_properties={"text-align"},
    )


def _only_image_data(tag: str, attribute: str, value: str) -> str | None:
    scheme = value.strip().split(":", 1)[0].lower() if ":" in value else ""
    if scheme not in ("data", "file"):
        return value
    is_picture = scheme == "file" or value.strip().lower().startswith("data:image/")
    return value if tag == "img" and attribute == "src" and is_picture else None


def _harmless_url(url: str) -> bool:
    scheme = urlsplit(url).scheme.lower() if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", url) else ""
    return scheme in ("", "http", "https", "file") or url.lower().startswith("data:image/")


def _og_image(src: str, base_url: str) -> str:
    """Open Graph wants an absolute http(s) URL; a relative one is joined with the base URL."""
    if not src or src.startswith("data:"):
        return ""
    scheme = urlsplit(src).scheme.lower()
    if scheme in ("http", "https"):
        return src
    if scheme:
        return ""
    return urljoin(base_url, src) if base_url else src


def _stylesheet(given: str | None) -> str:
    if given is not None:
        return given
    try:
        return paths.resource("styles", "article.css").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""  # the page stays readable without it


def _template(user_template: Path | None, default_name: str) -> jinja2.Template:
    try:
        if user_template is None:
            return publication.environment().get_template(default_name)
        user_template = Path(user_template).resolve()
        if not user_template.is_file():
            raise FederError(
                QT_TRANSLATE_NOOP("Export", "The template {path} does not exist."), path=user_template
            )
        return publication.environment(user_template.parent).get_template(user_template.name)
    except jinja2.TemplateError as exc:
        raise _template_error(user_template, exc) from exc


def _template_error(path: Path | None, exc: jinja2.TemplateError) -> FederError:
    line = getattr(exc, "lineno", None)
    return FederError(
        QT_TRANSLATE_NOOP("Export", "The template {path} has an error (line {line}): {problem}"),
        path=path or default_template_folder(),
        line=line if line is not None else "?",
        problem=" ".join((exc.message or type(exc).__name__).split()),  # one line for the CLI
    )


def default_template_folder() -> Path:
    return paths.resource("templates")


class _Images:
    """Finds local pictures named in ``<img src>`` and copies or embeds them."""

    def __init__(self, article: Article, mode: str, folder: str) -> None:
        self.article = article
        self.mode = mode
        self.folder = folder.strip("/") or "images"
        self.assets: list[Asset] = []
        self._names: dict[Path, str] = {}
        self._embedded: dict[Path, str] = {}

    def rewrite(self, fragment: str) -> str:
        if self.mode == KEEP:
            return fragment

        def change(tag: str, attrs: publication.AttributeList) -> publication.AttributeList | None:
            if tag != "img":
                return None
            new = [(n, self.src(v) if n == "src" and v else v) for n, v in attrs]
            return new if new != attrs else None

        return publication.rewrite_start_tags(fragment, change)

    def src(self, src: str) -> str:
        """The address ``src`` gets in the export (unchanged for remote pictures)."""
        if self.mode == KEEP or not src:
            return src
        path = self._local_file(src)
        if path is None:
            return src
        if self.mode == EMBED:
            return self._data_uri(path)
        name = self._names.get(path)
        if name is None:
            name = self._free_name(path)
            self._names[path] = name
            self.assets.append(Asset(path, name))
        return quote(name, safe="/")

    def _local_file(self, src: str) -> Path | None:
        src = src.strip()
        if src.startswith("//"):
            return None
        scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", src)
        if scheme and scheme.group(1).lower() == "file":
            candidates = [Path(url2pathname(urlsplit(src).path))]
        elif scheme and len(scheme.group(1)) > 1:
            return None  # http:, data: and friends stay as they are
        else:
            raw = Path(src.split("#", 1)[0].split("?", 1)[0])
            candidates = [Path(unquote(str(raw))), raw]
            if not raw.is_absolute():
                if self.article.folder is None:
                    raise FederError(
                        QT_TRANSLATE_NOOP(
                            "Export",
                            "The image {image} has a relative path, but the article has not been "
                            "saved yet, so Feder cannot tell where it is. Save the article first.",
                        ),
                        image=src,
                    )
                candidates = [self.article.folder / c for c in candidates]
        path = next((c for c in candidates if c.is_file()), None)
        if path is None:
            raise FederError(
                QT_TRANSLATE_NOOP("Export", "The image {image} was not found (looked for {path})."),
                image=src,
                path=candidates[0],
            )
        if path.suffix.lower() not in IMAGE_TYPES:
            raise FederError(
                QT_TRANSLATE_NOOP(
                    "Export", "{image} is not a picture Feder can export (allowed: {types})."
                ),
                image=src,
                types=", ".join(sorted(s.lstrip(".") for s in IMAGE_TYPES)),
            )
        return path.resolve()

    def _free_name(self, path: Path) -> str:
        taken = set(self._names.values())
        name, counter = f"{self.folder}/{path.name}", 2
        while name in taken:
            name = f"{self.folder}/{path.stem}-{counter}{path.suffix}"
            counter += 1
        return name

    def _data_uri(self, path: Path) -> str:
        if path not in self._embedded:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise FederError.from_os_error(
                    QT_TRANSLATE_NOOP("Export", "The image {image} could not be read: {reason}"),
                    exc,
                    image=path,
                ) from exc
            encoded = base64.b64encode(data).decode("ascii")
            self._embedded[path] = f"data:{IMAGE_TYPES[path.suffix.lower()]};base64,{encoded}"
        return self._embedded[path]


# --- Markdown ----------------------------------------------------------------

#: Front matter keys written for static-site generators, in this order.
SITE_KEYS = (
    "title", "description", "date", "tags", "authors", "image", "images",
    "image_alt", "image_caption", "image_credit", "slug", "kicker", "lang",
)
_INTERNAL_KEYS = ("spelling",)  # Feder's own, of no use to a site


def markdown_with_front_matter(article: Article) -> str:
    """Front matter with the keys Hugo, Jekyll and Eleventy read, then the body as written.

    Reads its own output back to the same fields, so export → open → export is
    stable; keys Feder does not know are passed through untouched.
    """
    front = frontmatter.dump(site_front_matter(article))
    return f"---\n{front}---\n{_body(article.body)}"


def site_front_matter(article: Article) -> dict[str, Any]:
    """The mapping documented in docs/export.md (Feder field → site generator key)."""
    meta = article.meta
    image = article.image
    names = [_text(a.get("name")).strip() for a in article.authors]
    values: dict[str, Any] = {
        "title": article.title,
        "description": article.teaser or _text(meta.get("description")),
        "date": _date_value(meta.get("date"), article.date),
        "tags": article.tags,
        "authors": [n for n in names if n],
        "image": image.src,
        "images": [image.src] if image.src else [],
        "image_alt": image.alt or _text(meta.get("image_alt")),
        "image_caption": image.caption or _text(meta.get("image_caption")),
        "image_credit": image.credit or _text(meta.get("image_credit")),
        "slug": article.slug,
        "kicker": article.kicker,
        "lang": _text(meta.get("lang")),
    }
    result = {key: values[key] for key in SITE_KEYS if values[key] not in ("", [], None)}
    for key, value in meta.items():
        if key not in KNOWN_KEYS and key not in SITE_KEYS and key not in _INTERNAL_KEYS:
            result[key] = value
    return result


def plain_markdown(article: Article) -> str:
    """Headline, teaser, body, credit line and author bios, for a CMS without front matter."""
    parts = []
    if article.title.strip():
        parts.append("# " + markdown_text(" ".join(article.title.split())))
    if article.teaser.strip():
        parts.append(markdown_text(article.teaser.strip()))
    body = article.body.strip("\n")
    if body.strip():
        parts.append(body.rstrip())
    if article.image.credit.strip():
        parts.append(markdown_text(" ".join(article.image.credit.split())))
    for author in article.authors:
        name = " ".join(_text(author.get("name")).split())
        role = " ".join(_text(author.get("role")).split())
        if name:
            parts.append(f"**{markdown_text(name)}**" + (f", {markdown_text(role)}" if role else ""))
        bio = _text(author.get("bio")).strip()
        if bio:
            parts.append(bio)  # a bio is Markdown already (the author box renders it so)
    return "\n\n".join(parts) + "\n" if parts else ""


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#])")
_LINE_START = re.compile(r"^([ \t]*)(?:([>+\-])|(\d+)([.)]))", re.MULTILINE)
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")


def markdown_text(text: str) -> str:
    """``text`` as Markdown that shows exactly these characters (no emphasis, no HTML)."""
    text = _ENTITY_LIKE.sub("&amp;", text).replace("<", "&lt;")
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker, number, dot = match.groups()
    return f"{indent}\\{marker}" if marker else f"{indent}{number}\\{dot}"


def _body(body: str) -> str:
    body = body.rstrip()
    return body + "\n" if body else ""


def _date_value(raw: Any, parsed: _dt.date | None) -> Any:
    """Keep a date with time as it is (Hugo reads it); anything else as a plain date."""
    if isinstance(raw, _dt.datetime):
        return raw
    return parsed


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
