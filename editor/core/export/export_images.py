"""The local pictures an export carries: found in ``<img src>``, then copied, embedded or kept.

Only files with a picture's suffix (:data:`IMAGE_TYPES`) are taken, so an
export can never carry off a file that is not a picture; a kept address that
names a file of this machine becomes relative, so an export never carries the
writer's paths. The WordPress send uploads what :func:`local_image` finds.
"""

from __future__ import annotations

import base64
import os
import re
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit
from urllib.request import url2pathname

from editor.core.export import publication
from editor.core.export.formats import COPY, EMBED, KEEP, Asset, ExportOptions
from editor.core.messages import QT_TRANSLATE_NOOP, FederError, os_errors_as
from editor.core.text.article import Article
from editor.core.text.slug import slugify

#: Files Feder copies or embeds as images; anything else named in <img src> is refused,
#: so an export can never carry off a file that is not a picture.
IMAGE_TYPES = {
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
    ".webp": "image/webp", ".svg": "image/svg+xml", ".avif": "image/avif",
    ".bmp": "image/bmp", ".ico": "image/x-icon", ".tif": "image/tiff", ".tiff": "image/tiff",
}
IMAGE_UNREADABLE = QT_TRANSLATE_NOOP("Export", "The image {image} could not be read: {reason}")


def local_image(article: Article, src: str) -> Path | None:
    """The picture file an ``<img src>`` of ``article`` names; None for a web address.

    Raises :class:`FederError` for a missing file or one that is not a picture,
    as the exports do.
    """
    return ExportImages(article, COPY, "")._local_file(src)


def base_folder(article: Article, options: ExportOptions) -> Path | None:
    """The folder kept relative addresses are relative to: the target's, else the article's."""
    if options.target is not None:
        return Path(options.target).parent
    return article.folder


class ExportImages:
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
            with os_errors_as(IMAGE_UNREADABLE, image=path):
                data = path.read_bytes()
            encoded = base64.b64encode(data).decode("ascii")
            self._embedded[path] = f"data:{IMAGE_TYPES[path.suffix.lower()]};base64,{encoded}"
        return self._embedded[path]


def _is_file(path: Path) -> bool:
    """``path.is_file()``, false for a name the file system refuses (too long, NUL)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False
