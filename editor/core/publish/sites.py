"""The sites a writer sends articles to: name, address, user and per-site choices.

Kept in ``sites.yaml`` in Feder's config folder (readable, editable by hand).
The application password is never in it: that lives in the keyring
(:mod:`editor.core.publish.passwords`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from editor import paths
from editor.core.files import storage
from editor.core.messages import QT_TRANSLATE_NOOP, FederError

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_HEADER = "# Feder's publishing sites. Passwords are not here: they are in the keyring.\n"


@dataclass(frozen=True)
class Site:
    """One WordPress site.

    ``featured_image_in_content`` / ``author_box_in_content``: whether the post's
    content repeats the featured image and the author box. Most themes show the
    featured image themselves, few show an author bio, hence the defaults.
    ``create_terms``: create missing tags and the category (when the account may).
    """

    name: str
    url: str
    user: str
    featured_image_in_content: bool = False
    author_box_in_content: bool = True
    create_terms: bool = True

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        del data["name"]
        return data


def default_path() -> Path:
    return paths.user_config_dir() / "sites.yaml"


def normalise_url(url: str) -> str:
    """``example.org/blog/`` → ``https://example.org/blog``; a clear error for non-addresses."""
    url = url.strip()
    if url and "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username is not None:
        raise FederError(
            QT_TRANSLATE_NOOP("Publish", "{url} is not a web address (expected https://example.org)."),
            url=url,
        )
    return url.rstrip("/")


def check_name(name: str) -> str:
    if not _NAME.match(name or ""):
        raise FederError(
            QT_TRANSLATE_NOOP(
                "Publish",
                "“{name}” cannot be a site name: use letters, digits, '-', '_' or '.' (up to 64).",
            ),
            name=name,
        )
    return name


class SiteStore:
    """Reads and writes ``sites.yaml``; every change is written at once, atomically."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else default_path()

    def sites(self) -> list[Site]:
        data = self._read()
        result = []
        for name, entry in data.items():
            if not isinstance(entry, dict):
                continue
            known = {f.name for f in fields(Site)} - {"name"}
            values = {k: v for k, v in entry.items() if k in known}
            if not isinstance(values.get("url"), str) or not isinstance(values.get("user"), str):
                continue
            for key in ("featured_image_in_content", "author_box_in_content", "create_terms"):
                if key in values:
                    values[key] = bool(values[key])
            result.append(Site(name=str(name), **values))
        return result

    def get(self, name: str) -> Site:
        for site in self.sites():
            if site.name == name:
                return site
        known = ", ".join(s.name for s in self.sites())
        raise FederError(
            QT_TRANSLATE_NOOP(
                "Publish", "There is no site “{name}”. Known sites: {known}. Add one with: feder site add NAME URL --user USER"
            ),
            name=name,
            known=known or "–",
        )

    def add(self, site: Site) -> Site:
        """Add or replace ``site`` (by name)."""
        check_name(site.name)
        if not site.user.strip():
            raise FederError(QT_TRANSLATE_NOOP("Publish", "A site needs a user name."))
        site = Site(**{**asdict(site), "url": normalise_url(site.url), "user": site.user.strip()})
        data = self._read()
        data[site.name] = site.to_dict()
        self._write(data)
        return site

    def remove(self, name: str) -> Site:
        site = self.get(name)
        data = self._read()
        data.pop(name, None)
        self._write(data)
        return site

    def _read(self) -> dict[str, Any]:
        if not self.path.exists():
            return {}
        try:
            data = yaml.safe_load(storage.read_text(self.path).text)
        except yaml.YAMLError as exc:
            raise FederError(
                QT_TRANSLATE_NOOP("Publish", "{path} is not valid YAML, so the sites could not be read: {problem}"),
                path=self.path,
                problem=" ".join(str(exc).split()),
            ) from exc
        return dict(data) if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FederError(
                QT_TRANSLATE_NOOP("Publish", "The folder {folder} could not be made: {reason}"),
                folder=self.path.parent,
                reason=exc.strerror or exc,
            ) from exc
        text = _HEADER + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False)
        storage.write_bytes_atomic(self.path, text.encode("utf-8"))
