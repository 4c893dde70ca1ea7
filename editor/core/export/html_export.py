"""The HTML formats: the standalone page and the CMS fragment, through Jinja2 templates.

The body renders in one piece (:class:`~editor.core.render.render.Renderer`),
the layout is the preview's (:mod:`editor.core.export.publication`), the
templates autoescape, and the fragment goes through the nh3 sanitiser, so
whatever the writer typed lands escaped. A user's own template may replace
Feder's; its errors come back as one line.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import jinja2
import nh3
from markupsafe import Markup

from editor import paths
from editor.core.export import publication
from editor.core.export.export_images import ExportImages, base_folder
from editor.core.export.formats import KEEP, ExportOptions, ExportResult
from editor.core.messages import QT_TRANSLATE_NOOP, FederError
from editor.core.render.render import Renderer
from editor.core.text.article import Article


def html_export(article: Article, fmt: str, options: ExportOptions) -> ExportResult:
    classes = fmt == "html" or options.classes
    body = Renderer(article.lang).render(article.body)
    context = publication.article_context(article, body, classes=classes)
    images = ExportImages(article, options.images or KEEP, options.asset_folder, options.asset_url,
                     base_folder(article, options))
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


def default_template_folder() -> Path:
    return paths.resource("templates")
