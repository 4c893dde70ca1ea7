"""Export an article as an HTML page, a CMS fragment, or Markdown for site generators.

The GUI (File → Export…, Edit → Copy HTML) and ``feder export`` both call
:func:`export` and :func:`write_export`, so they cannot drift apart. HTML goes
through Jinja2 templates with autoescaping and the layout the preview uses
(:mod:`editor.core.export.publication`); Markdown front matter goes through PyYAML's
``safe_dump``. Whatever the writer typed therefore lands escaped, in HTML
attributes, in text and in YAML alike. The key mapping and the template
variables are documented in docs/export.md.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit
from urllib.request import url2pathname

import jinja2
import nh3
from markupsafe import Markup

from editor import paths
from editor.core.export import publication, site_export
from editor.core.files.storage import read_text, write_bytes_atomic
from editor.core.messages import QT_TRANSLATE_NOOP, FederError, Message, os_errors_as
from editor.core.render.render import Renderer
from editor.core.text.article import Article
from editor.core.text.slug import slugify

#: Format names as the command line and the dialog use them.
FORMATS = ("html", "fragment", "hugo", "jekyll", "eleventy", "md", "md-plain")
FORMAT_LABELS: dict[str, Message] = {
    "html": QT_TRANSLATE_NOOP("Export", "HTML page"),
    "fragment": QT_TRANSLATE_NOOP("Export", "HTML fragment for a CMS"),
    "hugo": QT_TRANSLATE_NOOP("Export", "Hugo (page bundle with its images)"),
    "jekyll": QT_TRANSLATE_NOOP("Export", "Jekyll (post with its images)"),
    "eleventy": QT_TRANSLATE_NOOP("Export", "Eleventy (page with its images)"),
    "md": QT_TRANSLATE_NOOP("Export", "Markdown with front matter (generic)"),
    "md-plain": QT_TRANSLATE_NOOP("Export", "Plain Markdown"),
}
SUFFIXES = {fmt: ".html" if fmt in ("html", "fragment") else ".md" for fmt in FORMATS}
#: Suffixes of the proposed file names: each format its own, so exporting the
#: fragment never proposes the page's file (``slug.html`` vs ``slug.fragment.html``).
NAME_SUFFIXES = {**SUFFIXES, "fragment": ".fragment.html", "md-plain": "-md-plain.md"}
HTML_FORMATS = ("html", "fragment")
#: Markdown for a site generator: the export can go into a folder (see :func:`target_in_folder`).
SITE_FORMATS = site_export.SITES
#: Formats that copy local pictures by default when written to a file.
COPYING_FORMATS = ("html", "hugo", "jekyll", "eleventy")
_IMAGE_UNREADABLE = QT_TRANSLATE_NOOP("Export", "The image {image} could not be read: {reason}")

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
    target: Path | None = None  # the file the export is written to, when known
    asset_url: str | None = None  # address prefix of copied images; None: the asset folder
    featured_image: bool = True  # fragment: the featured figure (off where a CMS shows it)
    author_box: bool = True  # fragment: the author box (off where a CMS shows its own)

    def resolved(self, fmt: str) -> ExportOptions:
        images = self.images or (COPY if fmt in COPYING_FORMATS else KEEP)
        sanitize = (fmt == "fragment") if self.sanitize is None else self.sanitize
        folder = self.asset_folder
        if not folder and fmt in HTML_FORMATS:
            folder = asset_folder_for(self.target) if self.target else "images"
        return replace(self, images=images, sanitize=sanitize, asset_folder=folder)


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
    if options.images == EMBED:
        raise FederError(
            QT_TRANSLATE_NOOP("Export", "Markdown cannot embed images. Choose copy or keep.")
        )
    folder, url = site_export.asset_places(article, fmt, options.target)
    if options.asset_folder:
        folder, url = options.asset_folder, options.asset_url or options.asset_folder
    images = _Images(article, options.images or KEEP, folder, url, _base_folder(article, options),
                     safe_names=fmt in SITE_FORMATS and fmt != "md")
    if fmt == "md-plain":
        text = plain_markdown(article, images.src)
    else:
        text = site_export.site_markdown(article, fmt, images.src)
    return ExportResult(text, fmt, images.assets, article.path)


def target_in_folder(article: Article, fmt: str, folder: Path) -> Path:
    """The file an export into ``folder`` writes: the site's own name (``slug/index.md``,
    ``YYYY-MM-DD-slug.md``, ``slug.md``), or ``slug.html`` for the HTML formats."""
    if fmt in SITE_FORMATS:
        return site_export.target_in_folder(article, fmt, Path(folder))
    name = site_export.article_slug(article)
    return Path(folder) / (name + NAME_SUFFIXES[fmt])


def write_export(result: ExportResult, target: Path, *, make_folder: bool = False) -> list[tuple[Path, Path]]:
    """Write the export to ``target`` and its images beside it, each file atomically.

    Images go first, so a page is never there without its pictures. With
    ``make_folder`` the target's own folder is made (a page bundle's
    ``slug/``) when its parent exists. Returns the pictures copied: (source, copy).
    """
    target = Path(target)
    if make_folder and not target.parent.is_dir() and target.parent.parent.is_dir():
        with os_errors_as(QT_TRANSLATE_NOOP("Export", "The folder {folder} could not be made: {reason}"),
                          folder=target.parent):
            target.parent.mkdir()
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
    copied = []
    for asset in result.assets:
        destination = target.parent / asset.name
        if _same_file(asset.source, destination):
            continue
        folder_message = QT_TRANSLATE_NOOP("Export", "The folder {folder} for the images could not be made: {reason}")
        with os_errors_as(folder_message, folder=destination.parent):
            destination.parent.mkdir(parents=True, exist_ok=True)
        with os_errors_as(_IMAGE_UNREADABLE, image=asset.source):
            data = asset.source.read_bytes()
        write_bytes_atomic(destination, data)
        copied.append((asset.source, Path(os.path.normpath(destination))))
    write_bytes_atomic(target, result.data)
    return copied


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
    if fmt in SITE_FORMATS and fmt != "md":
        return target_in_folder(article, fmt, article.path.parent)
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
    images = _Images(article, options.images or KEEP, options.asset_folder, options.asset_url,
                     _base_folder(article, options))
    if not options.featured_image:
        context["figure"] = ""
    if not options.author_box:  # a CMS with its own author box shows its own byline too
        context["footer"] = ""
        context["byline"] = ""
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
    shared = image is not None and (images.copied(image["src"]) or bool(options.base_url))
    context.update(
        document_title=context["title"] or article.slug or (article.path.stem if article.path else ""),
        og_image=_og_image(image["src"] if image else "", options.base_url, local=shared),
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


def _og_image(src: str, base_url: str, *, local: bool) -> str:
    """Open Graph wants an absolute http(s) URL; a relative one is joined with the base URL.

    A local picture counts only when it was copied beside the page or the site
    address is given: an address pointing nowhere is worse than none.
    """
    if not src or src.startswith("data:"):
        return ""
    scheme = urlsplit(src).scheme.lower()
    if scheme in ("http", "https"):
        return src
    if scheme or not local:
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


def local_image(article: Article, src: str) -> Path | None:
    """The picture file an ``<img src>`` of ``article`` names; None for a web address.

    Raises :class:`FederError` for a missing file or one that is not a picture,
    as the exports do.
    """
    return _Images(article, COPY, "")._local_file(src)


def default_template_folder() -> Path:
    return paths.resource("templates")


def _is_file(path: Path) -> bool:
    """``path.is_file()``, false for a name the file system refuses (too long, NUL)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


class _Images:
    """Finds local pictures named in ``<img src>`` and copies or embeds them."""
def _base_folder(article: Article, options: ExportOptions) -> Path | None:
    """The folder kept relative addresses are relative to: the target's, else the article's."""
    if options.target is not None:
        return Path(options.target).parent
    return article.folder


class _Images:
    """Finds local pictures named in ``<img src>`` and copies or embeds them.

    ``folder`` is where copies go, relative to the export's folder ("" beside
    it); ``url`` the address prefix they get (``/assets/x`` for a site root).
    Kept addresses stay as written, except an absolute path of this machine,
    which becomes relative to ``base``: an export never carries the writer's paths.
    """

    def __init__(self, article: Article, mode: str, folder: str, url: str | None = None,
                 base: Path | None = None, *, safe_names: bool = False) -> None:
        self.article = article
        self.safe_names = safe_names  # "Mole mit Bank.PNG" → "mole-mit-bank.png" for a site
        self.mode = mode
        self.folder = folder.strip("/")
        self.url = (self.folder if url is None else url).rstrip("/")
        self.base = base
        self.assets: list[Asset] = []
        self._names: dict[Path, str] = {}
        self._embedded: dict[Path, str] = {}

    def copied(self, address: str) -> bool:
        """Whether ``address`` is one this export copies."""
        return any(self._address(name) == address for name in self._names.values())

    def rewrite(self, fragment: str) -> str:
        def change(tag: str, attrs: publication.AttributeList) -> publication.AttributeList | None:
            if tag != "img":
                return None
            new = [(n, self.src(v) if n == "src" and v else v) for n, v in attrs]
            return new if new != attrs else None

        return publication.rewrite_start_tags(fragment, change)

    def src(self, src: str) -> str:
        """The address ``src`` gets in the export (unchanged for remote pictures)."""
        if not src:
            return src
        if self.mode == KEEP:
            return self._kept(src)
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
        return self._address(name)

    def _address(self, name: str) -> str:
        base = name.rsplit("/", 1)[-1]
        return quote(f"{self.url}/{base}" if self.url else base, safe="/")

    def _kept(self, src: str) -> str:
        """``src`` as written, or relative to the export's folder when it names a file of this machine."""
        stripped = src.strip()
        scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", stripped)
        if scheme and scheme.group(1).lower() == "file":
            path = Path(url2pathname(urlsplit(stripped).path))
        elif stripped.startswith("/") and not stripped.startswith("//"):
            path = Path(unquote(stripped))
        else:
            return src
        if not path.is_file():
            return src  # "/assets/x.png" is an address on the site, not a file here
        if self.base is None:
            return quote(path.name, safe="/")
        return quote(Path(os.path.relpath(path, self.base.resolve())).as_posix(), safe="/.")

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
        path = next((c for c in candidates if _is_file(c)), None)
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
        prefix = f"{self.folder}/" if self.folder else ""
        stem, suffix = path.stem, path.suffix
        if self.safe_names:  # site generators and their copy rules stumble over spaces and %20
            stem, suffix = slugify(stem) or "bild", suffix.lower()
        name, counter = f"{prefix}{stem}{suffix}", 2
        while name in taken:
            name = f"{prefix}{stem}-{counter}{suffix}"
            counter += 1
        return name

    def _data_uri(self, path: Path) -> str:
        if path not in self._embedded:
            with os_errors_as(_IMAGE_UNREADABLE, image=path):
                data = path.read_bytes()
            encoded = base64.b64encode(data).decode("ascii")
            self._embedded[path] = f"data:{IMAGE_TYPES[path.suffix.lower()]};base64,{encoded}"
        return self._embedded[path]


# --- Markdown ----------------------------------------------------------------

#: Front matter keys of the generic ``md`` format, in this order.
SITE_KEYS = site_export.GENERIC_KEYS


def markdown_with_front_matter(article: Article) -> str:
    """Front matter with the generic keys, then the body as written (the ``md`` format).

    Reads its own output back to the same fields, so export → open → export is
    stable; keys Feder does not know are passed through untouched.
    """
    return site_export.site_markdown(article, "md", lambda src: src)


def site_front_matter(article: Article, fmt: str = "md") -> dict[str, Any]:
    """The mapping documented in docs/export.md (Feder field → site generator key)."""
    return site_export.site_front_matter(article, fmt)


def plain_markdown(article: Article, address: Callable[[str], str] = lambda src: src) -> str:
    """Headline, teaser, featured image with caption and credit, body, author bios.

    For a CMS without front matter or attribute lists: figures become the
    picture with caption and credit as text under it.
    """
    parts = []
    if article.title.strip():
        parts.append("# " + markdown_text(" ".join(article.title.split())))
    if article.teaser.strip():
        parts.append(markdown_text(article.teaser.strip()))
    image = article.image
    if image.src.strip():
        parts.append(site_export.plain_figure(image, address, markdown_text))
    elif image.credit.strip():
        parts.append(markdown_text(" ".join(image.credit.split())))
    body = site_export.convert_body(article.body, "md-plain", address, article.lang).strip("\n")
    if body.strip():
        parts.append(body.rstrip())
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


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
