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
from dataclasses import replace
from pathlib import Path
from typing import Any

from editor import paths
from editor.core.authors.profile import (
    AuthorProfile,
    as_text,
    clean_links,
    dump_profile,
    read_photo,
    read_profile,
)
from editor.core.files import storage
from editor.core.messages import QT_TRANSLATE_NOOP, FederError, os_errors_as
from editor.core.text.slug import slugify

SNAPSHOT_KEYS = ("id", "name", "role", "bio", "photo", "links")

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
        deleting = os_errors_as(QT_TRANSLATE_NOOP("Authors", "{path} could not be deleted: {reason}"), path=path)
        with deleting, contextlib.suppress(FileNotFoundError):
            path.unlink()
            photo = self.photo_path(profile) if profile else None
            if photo is not None and not self._photo_shared(photo, author_id):
                photo.unlink()

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
        message = QT_TRANSLATE_NOOP("Authors", "The author folder {path} could not be created: {reason}")
        with os_errors_as(message, path=self.folder):
            self.folder.mkdir(parents=True, exist_ok=True)

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
        if as_text(snap.get(key)).strip() != as_text(fresh.get(key)).strip():
            return True
    if clean_links(snap.get("links")) != clean_links(fresh.get("links")):
        return True
    return Path(as_text(snap.get("photo"))).name != Path(as_text(fresh.get("photo"))).name


# Names ----------------------------------------------------------------------

_GERMAN_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def fold(text: str) -> str:
    """``text`` for comparing and sorting: case-, accent- and umlaut-insensitive."""
    return _plain(text.translate(_GERMAN_FOLD))


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


