"""The author profile file: one readable YAML file per author, read strictly, written plainly.

:class:`AuthorProfile` is one author; :func:`read_profile` parses a file and
names the file in every problem it finds, :func:`dump_profile` writes the YAML a
person can read and edit (multi-line bios as literal blocks, unknown keys
kept). :mod:`editor.core.authors.store` keeps these files in the user's data folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from editor.core.files import storage
from editor.core.messages import QT_TRANSLATE_NOOP, FederError, os_errors_as

#: Photo formats every export target (browsers) can show.
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg")
MAX_PHOTO_BYTES = 10 * 1024 * 1024
#: Keys a profile file may hold that Feder understands; others are kept as they are.
PROFILE_KEYS = ("name", "role", "bio", "photo", "links")
_HEADER = "# Feder author profile. Edit in Feder or by hand; the file name is the author's id.\n"


@dataclass
class AuthorProfile:
    """One author. ``photo`` is a file name inside the store's folder ("" for none).

    ``extra`` holds keys written by hand that Feder does not know, so saving
    keeps them.
    """

    id: str
    name: str
    role: str = ""
    bio: str = ""
    photo: str = ""
    links: list[dict[str, str]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def read_profile(path: Path, author_id: str) -> AuthorProfile:
    """Parse one profile file; every problem is a :class:`FederError` naming the file."""
    text = storage.read_text(path).text
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                raise _bad(path, QT_TRANSLATE_NOOP(
                    "Authors", "The author profile {path} uses YAML aliases (*name), which Feder does not accept."
                ))
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise FederError(
            QT_TRANSLATE_NOOP(
                "Authors", "The author profile {path} is not valid YAML (line {line}: {problem})."
            ),
            path=path,
            line=mark.line + 1 if mark is not None else 1,
            problem=getattr(exc, "problem", None) or exc,
        ) from exc
    if not isinstance(data, dict):
        raise _bad(path, QT_TRANSLATE_NOOP(
            "Authors", "The author profile {path} is not a list of keys and values."
        ))
    for key in ("name", "role", "bio", "photo"):
        value = data.get(key)
        if value is not None and not isinstance(value, (str, int, float)):
            raise FederError(
                QT_TRANSLATE_NOOP("Authors", "In the author profile {path}, “{key}” must be text."),
                path=path,
                key=key,
            )
    name = as_text(data.get("name")).strip()
    if not name:
        raise _bad(path, QT_TRANSLATE_NOOP("Authors", "The author profile {path} has no name."))
    links = data.get("links")
    if links is not None and not _links_valid(links):
        raise _bad(path, QT_TRANSLATE_NOOP(
            "Authors",
            "In the author profile {path}, “links” must be a list of entries with label and url.",
        ))
    extra = {k: v for k, v in data.items() if k not in PROFILE_KEYS and k != "id"}
    return AuthorProfile(
        id=author_id,
        name=name,
        role=as_text(data.get("role")).strip(),
        bio=as_text(data.get("bio")).strip("\n"),
        photo=as_text(data.get("photo")).strip(),
        links=clean_links(links),
        extra=extra,
    )


def dump_profile(profile: AuthorProfile) -> str:
    """The profile as YAML a person can read: multi-line bios as literal blocks."""
    data: dict[str, Any] = {"name": profile.name}
    if profile.role:
        data["role"] = profile.role
    if profile.bio:
        data["bio"] = profile.bio
    if profile.photo:
        data["photo"] = profile.photo
    if profile.links:
        data["links"] = profile.links
    data.update(profile.extra)
    body = yaml.dump(
        data, Dumper=_ProfileDumper, allow_unicode=True, sort_keys=False,
        default_flow_style=False, width=100,
    )
    return _HEADER + body


def read_photo(path: Path) -> tuple[bytes, str]:
    """The bytes and normalised suffix of an image the user chose as a photo."""
    suffix = path.suffix.lower()
    if suffix not in PHOTO_SUFFIXES:
        raise FederError(
            QT_TRANSLATE_NOOP(
                "Authors", "{path} is not a photo Feder can use (JPEG, PNG, WebP, GIF or SVG)."
            ),
            path=path,
        )
    with os_errors_as(QT_TRANSLATE_NOOP("Authors", "The photo {path} could not be read: {reason}"), path=path):
        size = path.stat().st_size
        if size > MAX_PHOTO_BYTES:
            raise FederError(
                QT_TRANSLATE_NOOP("Authors", "The photo {path} is {size} MB; please choose one under 10 MB."),
                path=path,
                size=size // (1024 * 1024),
            )
        data = path.read_bytes()
    return data, ".jpg" if suffix == ".jpeg" else suffix


def clean_links(links: Any) -> list[dict[str, str]]:
    """Links as ``[{label, url}]``, entries without an address dropped.

    Hand-written front matter may use a mapping ``{label: url}`` or bare URLs.
    """
    if isinstance(links, dict):
        links = [{"label": k, "url": v} for k, v in links.items()]
    if not isinstance(links, list):
        return []
    result = []
    for entry in links:
        if isinstance(entry, str):
            entry = {"label": "", "url": entry}
        if not isinstance(entry, dict):
            continue
        url = as_text(entry.get("url")).strip()
        if url:
            result.append({"label": as_text(entry.get("label")).strip(), "url": url})
    return result


def as_text(value: Any) -> str:
    """A YAML scalar as text ("" for none): hand-written files hold numbers too."""
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


class _ProfileDumper(yaml.SafeDumper):
    pass


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_ProfileDumper.add_representer(str, _represent_text)


def _links_valid(links: Any) -> bool:
    if isinstance(links, dict):
        return all(isinstance(v, str) for v in links.values())
    if not isinstance(links, list):
        return False
    return all(isinstance(x, str) or (isinstance(x, dict) and "url" in x) for x in links)


def _bad(path: Path, message: Any) -> FederError:
    return FederError(message, path=path)
