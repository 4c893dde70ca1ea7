"""Images with a path of the writer's machine, made relative when an article is first saved.

Before the first save an article has no folder, so a featured image or a body
image chosen then keeps its absolute path (/home/…/bilder/x.png). That path
is useless on any site. When the article gets its folder, each such image is
either copied into ``bilder/`` beside the article or kept where it is and
referred to by a relative path; both give a file that travels.
"""

from __future__ import annotations

import filecmp
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from editor.core.checks.image_files import local_image_path
from editor.core.text import frontmatter
from editor.core.text.article import Article

#: The folder beside the article that copied images go into.
IMAGE_FOLDER = "bilder"

# ![alt](src …): the destination, bare or in <…>.
_BODY_IMAGE = re.compile(r"!\[(?:\\.|[^\]\\\n])*\]\([ \t]*(<[^>\n]*>|[^\s)]+)")


@dataclass(frozen=True)
class LocalImage:
    """One image reference whose file is given by an absolute path."""

    src: str  # as written in the text
    path: Path  # the file on disk
    featured: bool  # the front matter's ``image``, else an image in the body


def absolute_images(text: str) -> list[LocalImage]:
    """Every image in ``text`` (featured and body) written as an absolute local path."""
    article = Article.from_text(text)
    found: list[LocalImage] = []
    src = article.image.src
    if _is_absolute(src):
        found.append(LocalImage(src, _path(src), featured=True))
    for match in _BODY_IMAGE.finditer(article.body):
        src = match.group(1).strip("<>")
        if _is_absolute(src):
            found.append(LocalImage(src, _path(src), featured=False))
    return found


def outside(images: list[LocalImage], folder: Path) -> list[LocalImage]:
    """The images that do not already lie in ``folder`` (or below it)."""
    base = folder.resolve()
    return [image for image in images if not image.path.resolve().is_relative_to(base)]


def make_relative(text: str, folder: Path, copy: bool) -> tuple[str, list[Path]]:
    """``text`` with every absolute image path made relative to ``folder``.

    Images already inside ``folder`` just get their relative path. Others are
    copied into ``folder/bilder`` when ``copy`` is true (a name already taken
    by another file gets a number; the same file is reused), or referred to
    by a relative path (``../fotos/x.png``) where they are. Returns the new
    text and the files copied. A missing file is left as written.
    """
    images = absolute_images(text)
    base = folder.resolve()
    new_src: dict[str, str] = {}
    copied: list[Path] = []
    for image in images:
        if image.src in new_src or not image.path.is_file():
            continue
        resolved = image.path.resolve()
        if resolved.is_relative_to(base):
            new_src[image.src] = resolved.relative_to(base).as_posix()
        elif copy:
            target = _copy_into(resolved, base / IMAGE_FOLDER)
            copied.append(target)
            new_src[image.src] = f"{IMAGE_FOLDER}/{target.name}"
        else:
            new_src[image.src] = Path(os.path.relpath(resolved, base)).as_posix()
    return _rewrite(text, new_src), copied


def _rewrite(text: str, new_src: dict[str, str]) -> str:
    if not new_src:
        return text
    parts = frontmatter.split(text)
    body = text[parts.body_start :]
    pieces, last = [], 0
    for match in _BODY_IMAGE.finditer(body):
        written = match.group(1)
        src = written.strip("<>")
        if src in new_src:
            pieces.append(body[last : match.start(1)])
            pieces.append(new_src[src])
            last = match.end(1)
    pieces.append(body[last:])
    head = text[: parts.body_start]
    meta = Article.from_text(text).meta
    image = meta.get("image")
    if isinstance(image, dict) and str(image.get("src", "")) in new_src:
        changed = dict(image, src=new_src[str(image["src"])])
        head = frontmatter.with_front(head, frontmatter.set_key(parts.front, "image", changed, parts.fmt), parts.fmt)
    elif isinstance(image, str) and image in new_src:
        new_front = frontmatter.set_key(parts.front, "image", new_src[image], parts.fmt)
        head = frontmatter.with_front(head, new_front, parts.fmt)
    return head + "".join(pieces)


def _copy_into(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    number = 2
    while target.exists():
        if target.is_file() and filecmp.cmp(source, target, shallow=False):
            return target  # the same picture is there already
        target = folder / f"{source.stem}-{number}{source.suffix}"
        number += 1
    shutil.copy2(source, target)
    return target


def _is_absolute(src: str) -> bool:
    src = src.strip()
    if not src or src.startswith("//"):
        return False
    path = local_image_path(src, None)
    return path is not None and path.is_absolute()


def _path(src: str) -> Path:
    path = local_image_path(src, None)
    assert path is not None
    return path
