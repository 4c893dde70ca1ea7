"""Author profiles: one readable YAML file per author in the user's data folder.

Profiles live outside any article so a writer fills them in once and reuses
them; they sit in ``user_data_dir()/authors`` as ``<id>.yaml`` with the photo
beside it, so they survive reinstalls and can be synced or put under version
control. An article does not point at the file alone: it keeps a *snapshot*
(name, role, bio, links, photo) in its front matter, so it stays complete on a
machine without the profile; :func:`is_stale` tells when the profile has moved on.

Loading never gives up on all profiles because one file is broken, and never
rewrites or deletes a file the user did not ask to change.
"""

from __future__ import annotations

import contextlib
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from editor import paths
from editor.core import storage
from editor.core.messages import QT_TRANSLATE_NOOP, FederError
from editor.core.slug import slugify

#: Photo formats every export target (browsers) can show.
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg")
MAX_PHOTO_BYTES = 10 * 1024 * 1024
#: Keys a profile file may hold that Feder understands; others are kept as they are.
PROFILE_KEYS = ("name", "role", "bio", "photo", "links")
SNAPSHOT_KEYS = ("id", "name", "role", "bio", "photo", "links")

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


def default_folder() -> Path:
    return paths.user_data_dir() / "authors"


class AuthorStore:
    """The folder of profile files. Every method reads or writes the disk directly.

    There is no in-memory cache to go out of date when a sync tool or the user
    changes a file: the sidebar calls :meth:`load_all` after each change.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()

    # Reading -------------------------------------------------------------

    def load_all(self) -> tuple[list[AuthorProfile], list[FederError]]:
        """Every readable profile (sorted by name) and one error per unreadable file."""
        if not self.folder.exists():
            return [], []
        try:
            files = sorted(p for p in self.folder.glob("*.yaml") if not p.name.startswith("."))
        except OSError as exc:
            return [], [
                FederError.from_os_error(
                    QT_TRANSLATE_NOOP("Authors", "The author folder {path} could not be read: {reason}"),
                    exc,
                    path=self.folder,
                )
            ]
        profiles, errors = [], []
        for path in files:
            try:
                profiles.append(read_profile(path, path.stem))
            except FederError as exc:
                errors.append(exc)
        profiles.sort(key=lambda p: (fold(p.name), p.id))
        return profiles, errors

    def load(self, author_id: str) -> AuthorProfile:
        path = self.path_for(author_id)
        if not path.exists():
            raise FederError(
                QT_TRANSLATE_NOOP("Authors", "There is no author profile “{id}”."), id=author_id
            )
        return read_profile(path, author_id)

    def path_for(self, author_id: str) -> Path:
        return self.folder / f"{author_id}.yaml"

    def photo_path(self, profile: AuthorProfile) -> Path | None:
        """The photo file of ``profile`` if it exists."""
        if not profile.photo or Path(profile.photo).name != profile.photo:
            return None  # only files right in the folder: never touch anything elsewhere
        path = self.folder / profile.photo
        return path if path.is_file() else None

    # Writing -------------------------------------------------------------

    def save(self, profile: AuthorProfile) -> AuthorProfile:
        """Write ``profile``; a profile without id gets a new unique one from its name.

        The id never changes once given, because articles refer to it.
        """
        name = profile.name.strip()
        if not name:
            raise FederError(QT_TRANSLATE_NOOP("Authors", "An author profile needs a name."))
        profile = replace(
            profile,
            name=name,
            role=profile.role.strip(),
            bio=profile.bio.strip("\n"),
            links=clean_links(profile.links),
        )
        if not profile.id:
            profile.id = self.unique_id(name)
        self.ensure_folder()
        storage.write_bytes_atomic(self.path_for(profile.id), dump_profile(profile).encode("utf-8"))
        return profile

    def delete(self, author_id: str) -> None:
        """Remove the profile file and its photo (the caller asked the user first)."""
        profile = self.load_lenient(author_id)
        path = self.path_for(author_id)
        try:
            path.unlink()
            photo = self.photo_path(profile) if profile else None
            if photo is not None and not self._photo_shared(photo, author_id):
                photo.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise FederError.from_os_error(
                QT_TRANSLATE_NOOP("Authors", "{path} could not be deleted: {reason}"),
                exc,
                path=path,
            ) from exc

    def duplicate(self, author_id: str, new_name: str | None = None) -> AuthorProfile:
        """A copy under a new id (photo copied too), named ``new_name`` if given."""
        original = self.load(author_id)
        name = (new_name or original.name).strip() or original.name
        copy = replace(original, id="", name=name, photo="", links=[dict(x) for x in original.links])
        copy = self.save(copy)
        source = self.photo_path(original)
        if source is not None:
            copy = self.set_photo(copy.id, source)
        return copy

    def set_photo(self, author_id: str, image_path: Path | None) -> AuthorProfile:
        """Copy ``image_path`` in as the profile's photo (None removes the photo).

        The copy is named after the id, so the folder stays readable and a
        profile's files sort together.
        """
        profile = self.load(author_id)
        old = self.photo_path(profile)
        if image_path is None:
            profile.photo = ""
        else:
            data, suffix = read_photo(Path(image_path))
            target = self.folder / f"{author_id}{suffix}"
            storage.write_bytes_atomic(target, data)
            profile.photo = target.name
        profile = self.save(profile)
        if old is not None and old.name != profile.photo and not self._photo_shared(old, author_id):
            with contextlib.suppress(OSError):  # a left-over photo file harms nothing
                old.unlink()
        return profile

    # Exchange ------------------------------------------------------------

    def import_file(self, path: Path, replace_existing: bool = False) -> AuthorProfile:
        """Add the profile in ``path`` (and the photo it names beside it).

        Its id comes from the file name; if a profile with that id exists it is
        replaced only when ``replace_existing`` is set, else the import gets a new id.
        When replacing, the current photo stays unless the file brings its own.
        """
        path = Path(path)
        incoming = read_profile(path, self.import_id(path))
        photo_source = None
        if incoming.photo:
            candidate = path.parent / Path(incoming.photo).name
            photo_source = candidate if candidate.is_file() else None
        current = self.load_lenient(incoming.id)
        if self.path_for(incoming.id).exists() and not replace_existing:
            incoming.id = self.unique_id(incoming.id)
            current = None
        incoming.photo = current.photo if current else ""
        profile = self.save(incoming)
        if photo_source is not None:
            profile = self.set_photo(profile.id, photo_source)
        return profile

    def import_id(self, path: Path) -> str:
        """The id :meth:`import_file` would try first, to ask before replacing."""
        path = Path(path)
        return slugify(path.stem) or slugify_name(path.stem)

    def export_file(self, author_id: str, path: Path) -> Path | None:
        """Write the profile to ``path``, its photo beside it; return the photo's path.

        The photo is named after ``path``; an unrelated file of that name is
        never overwritten (the photo then gets a numbered name).
        """
        path = Path(path)
        profile = self.load(author_id)
        photo_target = None
        source = self.photo_path(profile)
        if source is not None:
            data = source.read_bytes()
            photo_target = _free_name(path.parent, path.stem, source.suffix.lower(), data)
            if not photo_target.exists():
                storage.write_bytes_atomic(photo_target, data)
            profile.photo = photo_target.name
        else:
            profile.photo = ""
        storage.write_bytes_atomic(path, dump_profile(profile).encode("utf-8"))
        return photo_target

    # Helpers ---------------------------------------------------------------

    def unique_id(self, name: str) -> str:
        """A file-name-safe id from ``name`` that no file in the folder uses yet."""
        base = slugify_name(name)
        candidate, number = base, 2
        while self.path_for(candidate).exists():
            candidate = f"{base}-{number}"
            number += 1
        return candidate

    def load_lenient(self, author_id: str) -> AuthorProfile | None:
        try:
            return self.load(author_id)
        except FederError:
            return None

    def ensure_folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FederError.from_os_error(
                QT_TRANSLATE_NOOP("Authors", "The author folder {path} could not be created: {reason}"),
                exc,
                path=self.folder,
            ) from exc

    def _photo_shared(self, photo: Path, author_id: str) -> bool:
        """Whether a profile other than ``author_id`` uses the same photo file (hand edits)."""
        profiles, _ = self.load_all()
        return any(p.photo == photo.name and p.id != author_id for p in profiles)


# Snapshots in the article ---------------------------------------------------


def snapshot(profile: AuthorProfile, photo: Path | None = None) -> dict[str, Any]:
    """What an article keeps of ``profile`` in its front matter ``authors`` list.

    ``photo`` is the photo's full path (see :meth:`AuthorStore.photo_path`);
    empty fields are left out so the front matter stays short.
    """
    data: dict[str, Any] = {"id": profile.id, "name": profile.name}
    if profile.role:
        data["role"] = profile.role
    if profile.bio:
        data["bio"] = profile.bio
    if photo is not None:
        data["photo"] = str(photo)
    if profile.links:
        data["links"] = [{"label": x.get("label", ""), "url": x.get("url", "")} for x in profile.links]
    return data


def is_stale(snap: dict[str, Any], profile: AuthorProfile, photo: Path | None = None) -> bool:
    """Whether the article's ``snap`` no longer matches ``profile``.

    The photo counts by file name only: the same profile synced to another
    machine lives under another folder and is still the same photo.
    """
    fresh = snapshot(profile, photo)
    for key in ("name", "role", "bio"):
        if _text(snap.get(key)).strip() != _text(fresh.get(key)).strip():
            return True
    if clean_links(snap.get("links")) != clean_links(fresh.get("links")):
        return True
    return Path(_text(snap.get("photo"))).name != Path(_text(fresh.get("photo"))).name


# Files ----------------------------------------------------------------------


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
    name = _text(data.get("name")).strip()
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
        role=_text(data.get("role")).strip(),
        bio=_text(data.get("bio")).strip("\n"),
        photo=_text(data.get("photo")).strip(),
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
    try:
        size = path.stat().st_size
        if size > MAX_PHOTO_BYTES:
            raise FederError(
                QT_TRANSLATE_NOOP("Authors", "The photo {path} is {size} MB; please choose one under 10 MB."),
                path=path,
                size=size // (1024 * 1024),
            )
        data = path.read_bytes()
    except FederError:
        raise
    except OSError as exc:
        raise FederError.from_os_error(
            QT_TRANSLATE_NOOP("Authors", "The photo {path} could not be read: {reason}"),
            exc,
            path=path,
        ) from exc
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
        url = _text(entry.get("url")).strip()
        if url:
            result.append({"label": _text(entry.get("label")).strip(), "url": url})
    return result


# Names ----------------------------------------------------------------------

_GERMAN_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def fold(text: str) -> str:
    """``text`` for comparing and sorting: case-, accent- and umlaut-insensitive."""
    text = text.translate(_GERMAN_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def matches_name(query: str, name: str) -> bool:
    """Whether a filter ``query`` finds ``name``: "mull", "müll" and "muell" all find "Müller"."""
    query = query.strip()
    if not query:
        return True
    names = {fold(name), _plain(name)}
    return any(q in n for q in {fold(query), _plain(query)} for n in names)


def slugify_name(name: str) -> str:
    """An author id from a name, with the same transliteration as article slugs."""
    return slugify(name) or "author"


# Private --------------------------------------------------------------------


def _plain(text: str) -> str:
    """Case- and accent-insensitive, umlauts as plain vowels (ü → u)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


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


def _free_name(folder: Path, stem: str, suffix: str, data: bytes) -> Path:
    """``stem+suffix`` in ``folder``, or a numbered name if another file is there."""
    candidate, number = folder / f"{stem}{suffix}", 2
    while candidate.exists():
        try:
            if candidate.read_bytes() == data:
                return candidate
        except OSError:
            pass
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def _bad(path: Path, message: Any) -> FederError:
    return FederError(message, path=path)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)
