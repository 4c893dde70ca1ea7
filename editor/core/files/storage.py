"""Reading article files without losing a character, and writing them atomically.

Reading never guesses silently: UTF-8 (with or without BOM) and UTF-16 with a
BOM open as they are; anything else opens as Windows-1252 (or Latin-1) with a
notice that says so, and binary files, folders, pipes and devices are refused.
Writing goes through :func:`editor.core.files.atomic_write.write_bytes_atomic`, so a
crash, a kill or a full disk leaves either the old or the new file, never a torn one.

:func:`save_text` is the one way the editor saves an article: it refuses a
buffer that could not be read without loss, refuses to overwrite a file that
changed on disk since it was read, keeps a backup of the previous version, and
then writes atomically.
"""

from __future__ import annotations

import codecs
import difflib
import hashlib
import os
import re
import stat
from dataclasses import dataclass, replace
from pathlib import Path

from editor.core.files import backups
from editor.core.files.atomic_write import follow_link, write_bytes_atomic
from editor.core.messages import QT_TRANSLATE_NOOP, FederError, Message

#: Files above this size are refused: an article is never this long.
MAX_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NEWLINE = re.compile(r"\r\n|\r|\n")


class FileChangedError(FederError):
    """The file on disk is not the one that was read: saving would overwrite someone's work."""


class BackupError(FederError):
    """The previous version could not be kept; the caller may ask whether to save anyway."""


@dataclass(frozen=True)
class LoadedText:
    """A file's text with newlines normalised to ``\\n``, plus how to write it back.

    ``notice`` explains a non-UTF-8 decode; such text is saved as UTF-8, and only
    after the user has been told (the caller shows the notice). ``lossy`` marks
    text that could only be shown with replacement characters: it is for reading,
    and :meth:`encode` refuses it so it can never overwrite the real file.
    """

    text: str
    encoding: str = "utf-8"
    newline: str = "\n"
    notice: Message | None = None
    original: bytes = b""
    bom: bytes = b""
    path: Path | None = None
    lossy: bool = False

    @property
    def savable(self) -> bool:
        return not self.lossy

    def encode(self, text: str) -> bytes:
        """Bytes for ``text``: the original bytes if unchanged, else in the file's style.

        Line endings are kept per line where the text was not edited, so a file
        with mixed endings keeps them; new lines get the file's main ending.
        """
        if self.lossy:
            raise FederError(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "{path} could not be read without damage, so it was opened read-only. Saving it would destroy what could not be read.",
                ),
                path=self.path or "",
            )
        if text == self.text and self.original:
            return self.original
        # Read as Windows-1252/Latin-1: saved as UTF-8, as the notice said.
        encoding, bom = ("utf-8", b"") if self.notice else (self.encoding, self.bom)
        try:
            return bom + _with_newlines(text, self).encode(encoding)
        except UnicodeEncodeError as exc:
            raise FederError(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The text contains a character that cannot be saved as {encoding} (at position {position}). Nothing was saved.",
                ),
                encoding=encoding.upper(),
                position=exc.start,
            ) from exc


@dataclass(frozen=True)
class FileStamp:
    """What a file looked like: enough to tell our own write from someone else's."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        """The stamp of ``path`` now, or None if it is missing or unreadable."""
        try:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
                return cls(info.st_size, info.st_mtime_ns, "")  # opening a FIFO would block
            with open(path, "rb") as handle:
                info = os.fstat(handle.fileno())
                data = handle.read(MAX_BYTES + 1)
        except OSError:
            return None
        return cls(len(data), info.st_mtime_ns, digest(data))

    def same_content(self, other: FileStamp | None) -> bool:
        return other is not None and self.size == other.size and self.digest == other.digest


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_text(path: Path, *, allow_lossy: bool = False) -> LoadedText:
    """Read ``path`` as an article; raise :class:`FederError` with a clear reason.

    With ``allow_lossy`` a file that cannot be decoded exactly (binary, broken
    UTF-16) comes back read-only with ``lossy`` set instead of raising, so it
    can be looked at; anything else still raises.
    """
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise FederError(QT_TRANSLATE_NOOP("Storage", "{path} is a folder, not a file."), path=path)
        if not stat.S_ISREG(info.st_mode):
            # Reading a pipe or a device could block for ever or never end.
            raise FederError(
                QT_TRANSLATE_NOOP("Storage", "{path} is not a regular file (it is a pipe, socket or device)."),
                path=path,
            )
        if info.st_size > MAX_BYTES:
            raise _too_large(path, info.st_size)
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FederError:
        raise
    except FileNotFoundError as exc:
        raise FederError(QT_TRANSLATE_NOOP("Storage", "{path} does not exist."), path=path) from exc
    except PermissionError as exc:
        raise FederError(
            QT_TRANSLATE_NOOP("Storage", "You are not allowed to read {path}."), path=path
        ) from exc
    except OSError as exc:
        raise FederError.from_os_error(
            QT_TRANSLATE_NOOP("Storage", "{path} could not be read: {reason}"),
            exc,
            path=path,
        ) from exc
    if len(data) > MAX_BYTES:  # grew while we looked
        raise _too_large(path, len(data))
    try:
        return replace(decode(data, path), path=path)
    except FederError as exc:
        if not allow_lossy or isinstance(exc, _TooLarge):
            raise
        text = data.decode("utf-8", errors="replace").replace("\x00", "\ufffd")
        return LoadedText(_normalise(text), notice=exc.template, original=data, path=path, lossy=True)


def decode(data: bytes, path: Path | str = "") -> LoadedText:
    """Decode article bytes; see the module docstring for the rules."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                raw = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise _undecodable(path, encoding) from exc
            return _loaded(raw, encoding, data, None, bom)
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise FederError(
            QT_TRANSLATE_NOOP(
                "Storage",
                "{path} contains NUL bytes (the first in line {line}): it is a binary file, not an article. It was not opened, so nothing in it was changed.",
            ),
            path=path,
            line=line,
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


def save_text(
    path: Path,
    text: str,
    loaded: LoadedText | None = None,
    *,
    backup_count: int = 5,
    backup_folder: Path | None = None,
    overwrite_changed: bool = False,
) -> LoadedText:
    """Save an article's text to ``path`` and return how it now is on disk.

    ``loaded`` is what was read (or last saved) for this document: it gives the
    encoding and line endings, and if it came from ``path``, the save is refused
    with :class:`FileChangedError` when the file changed on disk since then,
    unless ``overwrite_changed`` (the user chose "Keep mine"). The previous
    version is kept in the backups folder first (:class:`BackupError` if that
    fails; pass ``backup_count=0`` to save without one).
    """
    path = Path(path)
    loaded = loaded or LoadedText("")
    data = loaded.encode(text)  # raises for a lossy buffer
    target = follow_link(path)
    if loaded.path is not None and follow_link(loaded.path) == target and not overwrite_changed:
        _check_unchanged(target, loaded.original)
    if backup_count > 0 and target.is_file():
        try:
            backups.keep_backup(target, backup_count, backup_folder)
        except FederError as exc:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Storage", "The previous version of {path} could not be kept as a backup: {reason}"
                ),
                path=path,
                reason=exc.text(),
            ) from exc
    write_bytes_atomic(target, data)
    return LoadedText(
        text,
        "utf-8" if loaded.notice else loaded.encoding,
        loaded.newline,
        None,
        data,
        b"" if loaded.notice else loaded.bom,
        path,
    )


def _check_unchanged(path: Path, original: bytes) -> None:
    try:
        current = path.read_bytes()
    except FileNotFoundError:
        return  # deleted while open: saving brings it back, nothing is overwritten
    except OSError:
        return  # the write itself will report what is wrong
    if current != original:
        raise FileChangedError(
            QT_TRANSLATE_NOOP(
                "Storage",
                "{path} was changed on disk by another program since Feder read it. It was not overwritten.",
            ),
            path=path,
        )


class _TooLarge(FederError):
    pass


def _too_large(path: Path, size: int) -> FederError:
    return _TooLarge(
        QT_TRANSLATE_NOOP(
            "Storage", "{path} is {size} MB, too large for an article (the limit is {limit} MB). It was not opened."
        ),
        path=path,
        size=round(size / (1024 * 1024)),
        limit=MAX_BYTES // (1024 * 1024),
    )


def _undecodable(path: Path | str, encoding: str) -> FederError:
    return FederError(
        QT_TRANSLATE_NOOP(
            "Storage",
            "{path} starts with a {encoding} byte order mark but is not valid {encoding}. It was not opened, so nothing in it was changed.",
        ),
        path=path,
        encoding=encoding.upper(),
    )


def _normalise(raw: str) -> str:
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def _loaded(
    raw: str, encoding: str, data: bytes, notice: Message | None, bom: bytes = b""
) -> LoadedText:
    crlf = raw.count("\r\n")
    lf = raw.count("\n") - crlf
    newline = "\r\n" if crlf > lf else "\n"
    return LoadedText(_normalise(raw), encoding, newline, notice, data, bom)


def _with_newlines(text: str, loaded: LoadedText) -> str:
    """Give edited ``text`` the line endings the unedited lines had in the file."""
    if not loaded.original:
        return text.replace("\n", loaded.newline) if loaded.newline != "\n" else text
    raw = loaded.original[len(loaded.bom):].decode(loaded.encoding, errors="replace")
    old_endings = _NEWLINE.findall(raw)
    if all(e == loaded.newline for e in old_endings):  # one style throughout: no diff needed
        return text.replace("\n", loaded.newline) if loaded.newline != "\n" else text
    old_lines = loaded.text.split("\n")
    new_lines = text.split("\n")
    endings = [loaded.newline] * len(new_lines)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            old_index = block.a + offset
            if old_index < len(old_endings):
                endings[block.b + offset] = old_endings[old_index]
    out = []
    for index, line in enumerate(new_lines):
        out.append(line)
        if index < len(new_lines) - 1:
            out.append(endings[index])
    return "".join(out)
