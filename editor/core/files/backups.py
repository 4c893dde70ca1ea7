"""Earlier versions of saved articles, kept in the user's data folder.

Before each save the file as it is on disk is copied to
``user_data_dir()/backups/<name>-<hash>/<UTC time><suffix>``, and only the
newest few are kept. The backups live outside the article's folder so they
never end up in a publication repository or a synced folder by accident;
the hash of the full path keeps two ``artikel.md`` from different folders
apart, and ``source.txt`` in each folder names the article for a human
looking for a lost version by hand.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from editor import paths
from editor.core.files.atomic_write import write_bytes_atomic
from editor.core.messages import QT_TRANSLATE_NOOP, FederError

DEFAULT_COUNT = 5
_STAMP = re.compile(r"^(\d{8}-\d{6}-\d{6})(?:-\d+)?(\.[^.]*)?$")
_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class Backup:
    """One kept version: its file and when it was taken (UTC)."""

    path: Path
    taken: _dt.datetime


def default_folder() -> Path:
    return paths.user_data_dir() / "backups"


def keep_backup(path: Path, count: int = DEFAULT_COUNT, folder: Path | None = None) -> Path | None:
    """Copy ``path`` as it is on disk into its backup folder and keep the newest ``count``.

    Returns the new backup, or None when there was nothing to keep (no file,
    ``count`` 0, or the newest backup already holds exactly these bytes, so
    saving unchanged text several times does not push real history out).
    """
    if count <= 0:
        return None
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _error(path, exc) from exc
    target_folder = folder_for(path, folder)
    existing = list_backups(path, folder)
    try:
        if existing and existing[0].path.read_bytes() == data:
            return None
    except OSError:
        pass  # an unreadable old backup is no reason to skip a new one
    try:
        target_folder.mkdir(parents=True, exist_ok=True)
        _write_source_note(target_folder, path)
        target = _free_name(target_folder, path.suffix)
        write_bytes_atomic(target, data)
    except FederError:
        raise
    except OSError as exc:
        raise _error(path, exc) from exc
    for old in list_backups(path, folder)[count:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return target


def list_backups(path: Path, folder: Path | None = None) -> list[Backup]:
    """The kept versions of ``path``, newest first."""
    target_folder = folder_for(Path(path), folder)
    found = []
    try:
        entries = list(target_folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _STAMP.match(entry.name)
        if not match or not entry.is_file():
            continue
        taken = _dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=_dt.UTC)
        found.append(Backup(entry, taken))
    found.sort(key=lambda b: (b.taken, _sequence(b.path.name)), reverse=True)
    return found


def folder_for(path: Path, folder: Path | None = None) -> Path:
    """The backup folder of one article: readable name plus a hash of its full path."""
    path = Path(path)
    try:
        full = path.resolve()
    except (OSError, RuntimeError):
        full = path.absolute()
    key = hashlib.sha256(str(full).encode("utf-8", errors="surrogatepass")).hexdigest()[:12]
    name = _UNSAFE.sub("_", path.name)[:60] or "article"
    return (folder or default_folder()) / f"{name}-{key}"


def _free_name(folder: Path, suffix: str) -> Path:
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    suffix = suffix if re.fullmatch(r"\.[\w-]{1,12}", suffix or "") else ""
    candidate = folder / f"{stamp}{suffix}"
    counter = 1
    while candidate.exists():
        candidate = folder / f"{stamp}-{counter}{suffix}"
        counter += 1
    return candidate


def _sequence(name: str) -> int:
    parts = name.split(".", 1)[0].split("-")
    return int(parts[3]) if len(parts) > 3 and parts[3].isdigit() else 0


def _write_source_note(folder: Path, path: Path) -> None:
    note = folder / "source.txt"
    text = f"{path.absolute()}\n"
    with contextlib.suppress(OSError, UnicodeError):
        if note.read_text(encoding="utf-8") == text:
            return
    write_bytes_atomic(note, text.encode("utf-8", errors="surrogateescape"))


def _error(path: Path, exc: OSError) -> FederError:
    return FederError.from_os_error(
        QT_TRANSLATE_NOOP("Backups", "A backup of {path} could not be made: {reason}"),
        exc,
        path=path,
    )
