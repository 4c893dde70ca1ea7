"""The export formats, the options an export takes, and what it returns.

A leaf of the export feature: the command line, the dialog, the HTML page
builder and the image handling all read these names, and none of them needs
the others to do so.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from editor.core.export import site_export
from editor.core.messages import QT_TRANSLATE_NOOP, Message

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

#: What happens to local images in HTML exports.
COPY, EMBED, KEEP = "copy", "embed", "keep"
IMAGE_MODES = (COPY, EMBED, KEEP)


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


def asset_folder_for(target: Path) -> str:
    """The folder for a page's copied images: ``artikel.html`` → ``artikel_files``.

    One folder per page, so two articles with a ``foto.jpg`` each never overwrite
    each other's picture.
    """
    return f"{Path(target).stem}_files"
