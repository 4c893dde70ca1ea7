"""Writing a file atomically and durably: the one way Feder replaces a file on disk.

The data goes to a temporary file in the same folder, is flushed to disk,
renamed over the target and the folder synced, so a crash, a kill or a full
disk leaves either the old or the new file, never a torn one. Articles
(:mod:`editor.core.files.storage`), backups, recovery files, author profiles, the
personal dictionary and exports all write through :func:`write_bytes_atomic`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from editor.core.messages import QT_TRANSLATE_NOOP, FederError

_TEMP_MARK = ".~feder-"


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically and durably (temp, fsync, rename, fsync dir).

    A symbolic link is followed, so the link stays and its target changes. A
    file without any write permission is refused: someone made it read-only on
    purpose, and renaming over it would ignore that.
    """
    path = follow_link(Path(path))
    folder = path.parent
    try:
        try:
            info = path.stat()
        except FileNotFoundError:
            info = None
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise FederError(QT_TRANSLATE_NOOP("Storage", "{path} is a folder, not a file."), path=path)
        if info is not None and not stat.S_ISREG(info.st_mode):
            raise FederError(
                QT_TRANSLATE_NOOP("Storage", "{path} is not a regular file (it is a pipe, socket or device)."),
                path=path,
            )
        if info is not None and not info.st_mode & 0o222:
            raise FederError(
                QT_TRANSLATE_NOOP(
                    "Storage", "{path} was not saved: the file is read-only. The old file is unchanged."
                ),
                path=path,
            )
        mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{path.name}{_TEMP_MARK}{os.getpid()}-", suffix=".tmp", dir=folder
        )
    except FederError:
        raise
    except OSError as exc:
        raise _save_error(path, exc) from exc
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            _copy_owner_and_mode(fd, info, mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise _save_error(path, exc) from exc
    _sync_folder(folder)
    remove_stale_temps(path)


def remove_stale_temps(path: Path) -> int:
    """Delete temporary files left beside ``path`` by Feder processes that died mid-save.

    Only our own naming pattern is touched, and only when the process that
    made the file is gone, so another running Feder's save is never disturbed.
    """
    if os.name != "posix":
        return 0  # no cheap, harmless "is this pid alive" test elsewhere
    prefix = f".{path.name}{_TEMP_MARK}"
    removed = 0
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return 0
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
            continue
        pid_text = entry.name[len(prefix):].split("-", 1)[0]
        if not pid_text.isdigit() or _process_alive(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed += 1
    return removed


def _copy_owner_and_mode(fd: int, info: os.stat_result | None, mode: int) -> None:
    """Give the new file the old one's permissions (and owner, when root may)."""
    if not hasattr(os, "fchmod"):
        return
    os.fchmod(fd, mode)
    if info is not None and hasattr(os, "geteuid") and os.geteuid() == 0:
        with contextlib.suppress(OSError):
            os.fchown(fd, info.st_uid, info.st_gid)


def follow_link(path: Path) -> Path:
    """Follow symbolic links to the real file, keeping a relative path's folder."""
    try:
        return path.resolve(strict=False) if path.is_symlink() else path
    except (OSError, RuntimeError):  # a link loop: the write reports it
        return path


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _save_error(path: Path, exc: OSError) -> FederError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        message = QT_TRANSLATE_NOOP("Storage", "{path} was not saved: the disk is full. The old file is unchanged.")
    elif exc.errno == errno.EROFS:
        message = QT_TRANSLATE_NOOP(
            "Storage", "{path} was not saved: the disk is read-only. The old file is unchanged."
        )
    elif isinstance(exc, PermissionError):
        message = QT_TRANSLATE_NOOP(
            "Storage", "{path} was not saved: you are not allowed to write there. The old file is unchanged."
        )
    elif isinstance(exc, FileNotFoundError):
        message = QT_TRANSLATE_NOOP("Storage", "{path} was not saved: its folder no longer exists.")
    else:
        message = QT_TRANSLATE_NOOP("Storage", "{path} was not saved: {reason}. The old file is unchanged.")
    return FederError.from_os_error(message, exc, path=path)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; without this a power cut may undo it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a directory; the rename is done
    finally:
        os.close(fd)
