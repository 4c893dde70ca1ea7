"""Export an article as an HTML page, a CMS fragment, or Markdown for site generators.

The GUI (File → Export…, Edit → Copy HTML) and ``feder export`` both call
:func:`export` and :func:`write_export`, so they cannot drift apart. HTML goes
through Jinja2 templates with autoescaping and the layout the preview uses
(:mod:`editor.core.export.publication`); Markdown front matter goes through PyYAML's
``safe_dump``. Whatever the writer typed therefore lands escaped, in HTML
attributes, in text and in YAML alike. The key mapping and the template
variables are documented in docs/export.md.

This module decides which format goes where and writes the result; the
formats and options are :mod:`.formats`, the HTML page and fragment
:mod:`.html_export`, the pictures :mod:`.export_images`, the site formats
:mod:`.site_export` and plain Markdown :mod:`.plain_markdown`. Its names are
the export's public face: callers import them from here.
"""

from __future__ import annotations

import os
from pathlib import Path

from editor.core.export import site_export
from editor.core.export.export_images import (
    IMAGE_TYPES,
    IMAGE_UNREADABLE,
    ExportImages,
    base_folder,
    local_image,
)
from editor.core.export.formats import (
    COPY,
    COPYING_FORMATS,
    EMBED,
    FORMAT_LABELS,
    FORMATS,
    HTML_FORMATS,
    IMAGE_MODES,
    KEEP,
    NAME_SUFFIXES,
    SITE_FORMATS,
    SUFFIXES,
    Asset,
    ExportOptions,
    ExportResult,
    asset_folder_for,
)
from editor.core.export.html_export import html_export, sanitize_html
from editor.core.export.plain_markdown import markdown_text, plain_markdown
from editor.core.files.storage import read_text, write_bytes_atomic
from editor.core.messages import QT_TRANSLATE_NOOP, FederError, os_errors_as
from editor.core.text.article import Article

__all__ = [  # the export's public names, in one place for the dialog and the command line
    "COPY", "COPYING_FORMATS", "EMBED", "FORMATS", "FORMAT_LABELS", "HTML_FORMATS", "IMAGE_MODES",
    "IMAGE_TYPES", "KEEP", "NAME_SUFFIXES", "SITE_FORMATS", "SUFFIXES", "Asset", "ExportOptions",
    "ExportResult", "asset_folder_for", "default_target", "export", "load_article", "local_image",
    "markdown_text", "plain_markdown", "sanitize_html", "target_in_folder", "write_export",
]


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
        return html_export(article, fmt, options)
    if options.template is not None:
        raise FederError(QT_TRANSLATE_NOOP("Export", "Templates apply to the HTML formats only."))
    if options.images == EMBED:
        raise FederError(
            QT_TRANSLATE_NOOP("Export", "Markdown cannot embed images. Choose copy or keep.")
        )
    folder, url = site_export.asset_places(article, fmt, options.target)
    if options.asset_folder:
        folder, url = options.asset_folder, options.asset_url or options.asset_folder
    images = ExportImages(article, options.images or KEEP, folder, url, base_folder(article, options),
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
        with os_errors_as(IMAGE_UNREADABLE, image=asset.source):
            data = asset.source.read_bytes()
        write_bytes_atomic(destination, data)
        copied.append((asset.source, Path(os.path.normpath(destination))))
    write_bytes_atomic(target, result.data)
    return copied


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


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
