"""Reading article files without losing a character, and writing them atomically.

Reading never guesses silently: UTF-8 (with or without BOM) and UTF-16 with a
BOM open as they are; anything else opens as Windows-1252 with a notice that
says so, and binary files are refused. Writing goes to a temporary file in the
same folder, is flushed to disk, renamed over the target and the folder synced,
so a crash or a full disk leaves either the old or the new file, never a torn one.
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from editor.core.messages import QT_TRANSLATE_NOOP, FederError, Message

#: Files above this size are refused: an article is never this long.
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class LoadedText:
    """A file's text with newlines normalised to ``\\n``, plus how to write it back.

    ``notice`` explains a non-UTF-8 decode; such text is saved as UTF-8, and only
    after the user has been told (the caller shows the notice).
    """

    text: str
    encoding: str = "utf-8"
    newline: str = "\n"
    notice: Message | None = None
    original: bytes = b""

    def encode(self, text: str) -> bytes:
        """Bytes for ``text``: the original bytes if unchanged, else in the file's style.

        Line endings are kept per line where the text was not edited, so a file
        with mixed endings keeps them; new lines get the file's main ending.
        """
        if text == self.text and self.original:
            return self.original
        encoding = "utf-8" if self.notice else self.encoding
        return _with_newlines(text, self).encode(encoding)


def read_text(path: Path) -> LoadedText:
    """Read ``path`` as an article; raise :class:`FederError` with a clear reason."""
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise FederError(QT_TRANSLATE_NOOP("Storage", "{path} is a folder, not a file."), path=path)
        if info.st_size > MAX_BYTES:
            raise FederError(
                QT_TRANSLATE_NOOP("Storage", "{path} is {size} MB, too large for an article."),
                path=path,
                size=info.st_size // (1024 * 1024),
            )
        data = path.read_bytes()
    except FederError:
        raise
    except FileNotFoundError as exc:
        raise FederError(QT_TRANSLATE_NOOP("Storage", "{path} does not exist."), path=path) from exc
    except PermissionError as exc:
        raise FederError(
            QT_TRANSLATE_NOOP("Storage", "You are not allowed to read {path}."), path=path
        ) from exc
    except OSError as exc:
        raise FederError(
            QT_TRANSLATE_NOOP("Storage", "{path} could not be read: {reason}"),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    return decode(data, path)


def decode(data: bytes, path: Path | str = "") -> LoadedText:
    """Decode article bytes; see the module docstring for the rules."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                raw = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise _undecodable(path) from exc
            return _loaded(raw, encoding, data, None)
    if b"\x00" in data:
        raise FederError(
            QT_TRANSLATE_NOOP("Storage", "{path} contains NUL bytes: it is a binary file, not an article."),
            path=path,
        )
    try:
        return _loaded(data.decode("utf-8"), "utf-8", data, None)
    except UnicodeDecodeError:
        pass
    try:
        raw = data.decode("cp1252")
    except UnicodeDecodeError:
        raw = data.decode("latin-1")
        notice = QT_TRANSLATE_NOOP(
            "Storage", "{path} is not UTF-8. It was read as Latin-1 and will be saved as UTF-8."
        )
        return _loaded(raw, "latin-1", data, notice)
    notice = QT_TRANSLATE_NOOP(
        "Storage", "{path} is not UTF-8. It was read as Windows-1252 and will be saved as UTF-8."
    )
    return _loaded(raw, "cp1252", data, notice)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically and durably (temp, fsync, rename, fsync dir)."""
    path = Path(path)
    folder = path.parent
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else None
        if path.is_dir():
            raise FederError(QT_TRANSLATE_NOOP("Storage", "{path} is a folder, not a file."), path=path)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except FederError:
        raise
    except OSError as exc:
        raise _save_error(path, exc) from exc
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        if mode is not None:
            os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise _save_error(path, exc) from exc
    _sync_folder(folder)


def _save_error(path: Path, exc: OSError) -> FederError:
    import errno

    if exc.errno == errno.ENOSPC:
        message = QT_TRANSLATE_NOOP("Storage", "{path} was not saved: the disk is full. The old file is unchanged.")
    elif isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        message = QT_TRANSLATE_NOOP(
            "Storage", "{path} was not saved: you are not allowed to write there. The old file is unchanged."
        )
    elif isinstance(exc, FileNotFoundError):
        message = QT_TRANSLATE_NOOP("Storage", "{path} was not saved: its folder no longer exists.")
    else:
        message = QT_TRANSLATE_NOOP("Storage", "{path} was not saved: {reason}. The old file is unchanged.")
    return FederError(message, path=path, reason=exc.strerror or exc)


def _sync_folder(folder: Path) -> None:
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


def _undecodable(path: Path | str) -> FederError:
    return FederError(QT_TRANSLATE_NOOP("Storage", "{path} could not be decoded."), path=path)


def _loaded(raw: str, encoding: str, data: bytes, notice: Message | None) -> LoadedText:
    crlf = raw.count("\r\n")
    lf = raw.count("\n") - crlf
    newline = "\r\n" if crlf > lf else "\n"
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return LoadedText(text, encoding, newline, notice, data)


def _with_newlines(text: str, loaded: LoadedText) -> str:
    """Give edited ``text`` the line endings the unedited lines had in the file."""
    if not loaded.original:
        return text.replace("\n", loaded.newline) if loaded.newline != "\n" else text
    raw = loaded.original.decode(loaded.encoding, errors="replace")
    old_endings = [line[len(line.rstrip("\r\n")):] for line in raw.splitlines(keepends=True)]
    if loaded.newline == "\n" and all(e in ("\n", "") for e in old_endings):
        return text
    old_lines = loaded.text.split("\n")
    new_lines = text.split("\n")
    endings = [loaded.newline] * len(new_lines)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            old_index = block.a + offset
            if old_index < len(old_endings) and old_endings[old_index]:
                endings[block.b + offset] = old_endings[old_index]
    out = []
    for index, line in enumerate(new_lines):
        out.append(line)
        if index < len(new_lines) - 1:
            out.append(endings[index])
    return "".join(out)
