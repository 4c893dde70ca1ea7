"""Where an image an article names is on disk, and whether it is there.

Shared by the image rules, the featured-image dialog and the first save's
"make image paths relative" (:mod:`editor.core.checks.image_paths`), so all
three place a relative path, a ``file:`` address or ``~/…`` the same way.
"""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path


def local_image_path(src: str, folder: Path | None) -> Path | None:
    """Where the image file ``src`` would be on disk; None for web addresses.

    Relative paths count from the article's folder; without a folder (an
    unsaved article) they cannot be placed, and None is returned too.
    """
    src = src.strip()
    if not src:
        return None
    if src.lower().startswith("file:"):
        from urllib.request import url2pathname  # brings http.client and email: not at start-up

        return Path(url2pathname(urllib.parse.urlparse(src).path))
    if _SCHEME.match(src):
        return None
    path = Path(urllib.parse.unquote(src.split("#", 1)[0].split("?", 1)[0])).expanduser()
    if path.is_absolute():
        return path
    return folder / path if folder is not None else None


def is_missing_image(src: str, folder: Path | None) -> bool:
    """Whether ``src`` names a local file that is not there (web addresses never are missing)."""
    path = local_image_path(src, folder)
    if path is None:
        return False
    try:
        return not path.is_file()
    except (OSError, ValueError):  # a name too long for the file system, a NUL byte
        return True


_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+:")
