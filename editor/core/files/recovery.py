"""Recovery files: the unsaved text of every open article, written while the writer works.

Each open article has a stable id for as long as it is open; a few seconds
after typing pauses the editor calls :meth:`RecoveryStore.save`, which writes
``<id>.json`` (text, path, time) atomically into ``user_data_dir()/recovery``.
A save or a clean close removes the entry. Whatever is left there when no
running Feder holds it is what a crash, a kill or a power cut would otherwise
have taken: the next start lists it (:meth:`RecoveryStore.list`).

Several Feder windows or processes may run at once, so every process holds a
lock on its own session file; an entry counts as orphaned only when the lock
of the session that wrote it is free, which the kernel guarantees after the
process died, however it died.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor import paths
from editor.core.files import storage
from editor.core.messages import QT_TRANSLATE_NOOP, FederError, os_errors_as

FORMAT = 1
#: Entries the user discarded stay this long in ``discarded/`` before they go.
KEEP_DISCARDED = _dt.timedelta(days=14)
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovered article as it was at its last autosave."""

    id: str
    path: Path | None
    saved: _dt.datetime
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    session: str = ""

    @property
    def display_name(self) -> str:
        """A name a writer recognises: the file name, else the first words of the text."""
        if self.path is not None:
            return self.path.name
        title = self.meta.get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
        for line in self.text.splitlines():
            words = line.strip().lstrip("#").strip()
            if words and words != "---" and ":" not in words[:20]:
                return words[:60]
        return ""

    def disk_text(self) -> str | None:
        """The article's text on disk now, for comparing; None if there is none to read."""
        if self.path is None:
            return None
        try:
            return storage.read_text(self.path).text
        except FederError:
            return None


def _random_id() -> str:
    """32 random hex digits, as ``uuid.uuid4().hex`` gave (the same 16 bytes from
    ``os.urandom``): ``uuid`` pulls in ``platform`` at start-up for nothing else."""
    return os.urandom(16).hex()


class RecoveryStore:
    """The recovery folder, seen from one running Feder (one session)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()
        self.session = _random_id()
        self._lock: _SessionLock | None = None
        self._written: dict[str, tuple[str, str | None, str]] = {}  # id -> what is on disk

    @staticmethod
    def new_id() -> str:
        """An id for a newly opened article, kept until it is closed."""
        return _random_id()

    def save(
        self,
        doc_id: str,
        text: str,
        path: Path | None = None,
        meta: dict[str, Any] | None = None,
        *,
        loaded: storage.LoadedText | None = None,
    ) -> bool:
        """Write the article's current state; False if it was already written as it is.

        ``loaded`` is how the article was read: a buffer from a lossy decode is
        refused (FederError), as it would "recover" replacement characters.
        """
        _check_id(doc_id)
        if loaded is not None and not loaded.savable:
            raise FederError(
                QT_TRANSLATE_NOOP(
                    "Recovery", "{path} was opened read-only after a damaged read; it is not autosaved."
                ),
                path=loaded.path or "",
            )
        meta = dict(meta or {})
        record = {
            "format": FORMAT,
            "id": doc_id,
            "session": self.session,
            "pid": os.getpid(),
            "path": str(path) if path is not None else None,
            "meta": meta,
            "text": text,
        }
        key = (text, record["path"], _canonical(meta))
        if self._written.get(doc_id) == key:
            return False
        record["saved"] = _dt.datetime.now(_dt.UTC).isoformat()
        try:
            self._ensure_lock()
            data = json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8", "surrogatepass")
        except (OSError, TypeError, ValueError) as exc:
            raise _write_error(self.folder, exc) from exc
        storage.write_bytes_atomic(self._entry_path(doc_id), data)
        self._written[doc_id] = key
        return True

    def save_article(
        self,
        doc_id: str,
        path: Path,
        text: str,
        loaded: storage.LoadedText | None = None,
        *,
        meta: dict[str, Any] | None = None,
        **save_options: Any,
    ) -> storage.LoadedText:
        """Save the article to ``path`` so that a kill at any moment loses nothing.

        The text goes to recovery first, then :func:`storage.save_text` writes the
        file (backup, atomic replace; ``save_options`` are passed on), then the
        entry is removed. Killed before the write, recovery holds the text; killed
        after it, the entry equals the file and :meth:`list` drops it. If the save
        fails (FederError), the entry stays.
        """
        self.save(doc_id, text, path, meta, loaded=loaded)
        state = storage.save_text(path, text, loaded, **save_options)
        self.discard(doc_id)
        return state

    def list(self, *, orphans_only: bool = True) -> list[RecoveryEntry]:
        """Recovered entries, oldest first; by default only those no running Feder owns.

        An orphan whose text is what its file on disk already holds (the process
        died between saving and removing the entry) is removed, not listed.
        """
        entries = []
        alive: dict[str, bool] = {self.session: True}
        for file in sorted(self.folder.glob("*.json")):
            entry = _read_entry(file)
            if entry is None:
                continue  # not ours or unreadable: left alone, never deleted
            if orphans_only:
                if entry.session not in alive:
                    alive[entry.session] = _SessionLock.held(self._lock_path(entry.session))
                if alive[entry.session]:
                    continue
                if entry.disk_text() == entry.text:
                    self.discard(entry.id)
                    continue
            entries.append(entry)
        entries.sort(key=lambda e: e.saved)
        return entries

    def for_path(self, path: Path) -> list[RecoveryEntry]:
        """Orphaned entries of one article, e.g. to offer them when it is opened again."""
        wanted = _same_file_key(Path(path))
        return [e for e in self.list() if e.path is not None and _same_file_key(e.path) == wanted]

    def adopt(self, doc_id: str) -> RecoveryEntry:
        """Take an orphaned entry into this session, so the restored article keeps autosaving
        under the same id and no other Feder offers it again."""
        _check_id(doc_id)
        entry = _read_entry(self._entry_path(doc_id))
        if entry is None:
            raise FederError(QT_TRANSLATE_NOOP("Recovery", "This recovered text is no longer there."))
        if entry.session != self.session and _SessionLock.held(self._lock_path(entry.session)):
            raise FederError(
                QT_TRANSLATE_NOOP("Recovery", "This recovered text is already open in another Feder window.")
            )
        self.save(doc_id, entry.text, entry.path, entry.meta)
        return entry

    def discard(self, doc_id: str, *, keep_copy: bool = False) -> None:
        """Remove an entry: after a save or a clean close, or when the writer discards it.

        ``keep_copy`` moves it to ``discarded/`` for a while instead, for a discard
        the writer may regret.
        """
        _check_id(doc_id)
        source = self._entry_path(doc_id)
        self._written.pop(doc_id, None)
        message = QT_TRANSLATE_NOOP("Recovery", "The recovery file {path} could not be removed: {reason}")
        with os_errors_as(message, path=source):
            if keep_copy and source.exists():
                bin_folder = self.folder / "discarded"
                bin_folder.mkdir(parents=True, exist_ok=True)
                stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
                os.replace(source, bin_folder / f"{doc_id}-{stamp}.json")
                _prune_discarded(bin_folder)
            else:
                source.unlink(missing_ok=True)

    def close(self) -> None:
        """End the session (at application exit): release its lock.

        Entries are removed one by one as their articles are saved or closed
        cleanly (:meth:`discard`); whatever is still here was never closed
        properly (a quit that skipped a window's close) and is offered at the
        next start, like after a crash.
        """
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _ensure_lock(self) -> None:
        if self._lock is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock = _SessionLock.acquire(self._lock_path(self.session))

    def _entry_path(self, doc_id: str) -> Path:
        return self.folder / f"{doc_id}.json"

    def _lock_path(self, session: str) -> Path:
        return self.folder / "sessions" / f"{session}.lock"


def default_folder() -> Path:
    return paths.user_data_dir() / "recovery"


class _SessionLock:
    """An exclusive lock on a file, held for the life of the process.

    The kernel frees it when the process ends in any way, SIGKILL included,
    which is exactly the "is the writer of this entry still running" test.
    """

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self.fd = fd

    @classmethod
    def acquire(cls, path: Path) -> _SessionLock:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise OSError(f"session lock {path} is taken")
        return cls(path, fd)

    @staticmethod
    def held(path: Path) -> bool:
        """True if a living process holds the lock at ``path``."""
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            return False
        except OSError:
            return True  # cannot tell: err on the side of not stealing a live session
        try:
            if _try_lock(fd):
                _unlock(fd)
                with contextlib.suppress(OSError):
                    path.unlink()  # the session is over; its entries are orphans now
                return False
            return True
        finally:
            os.close(fd)

    def release(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            _unlock(self.fd)
        with contextlib.suppress(OSError):
            os.close(self.fd)


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    fcntl.flock(fd, fcntl.LOCK_UN)


def _read_entry(file: Path) -> RecoveryEntry | None:
    try:
        record = json.loads(file.read_bytes().decode("utf-8", "surrogatepass"))
        if record.get("format") != FORMAT or not isinstance(record.get("text"), str):
            return None
        saved = _dt.datetime.fromisoformat(record["saved"])
        path = record.get("path")
        meta = record.get("meta")
        return RecoveryEntry(
            id=str(record["id"]),
            path=Path(path) if isinstance(path, str) else None,
            saved=saved,
            text=record["text"],
            meta=meta if isinstance(meta, dict) else {},
            session=str(record.get("session", "")),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, UnicodeError):
        return None


def _prune_discarded(folder: Path) -> None:
    limit = _dt.datetime.now().timestamp() - KEEP_DISCARDED.total_seconds()
    for old in folder.glob("*.json"):
        with contextlib.suppress(OSError):
            if old.stat().st_mtime < limit:
                old.unlink()


def _same_file_key(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())


def _canonical(meta: dict[str, Any]) -> str:
    return json.dumps(meta, ensure_ascii=True, sort_keys=True, default=str)


def _check_id(doc_id: str) -> None:
    if not _ID.match(doc_id):
        raise ValueError(f"invalid recovery id {doc_id!r}")  # a programming error, not the user's


def _write_error(folder: Path, exc: Exception) -> FederError:
    return FederError.from_os_error(
        QT_TRANSLATE_NOOP("Recovery", "Unsaved text could not be written to the recovery folder {path}: {reason}"),
        exc,
        path=folder,
    )
