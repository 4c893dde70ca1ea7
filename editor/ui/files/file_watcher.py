"""Noticing when an open article changes or disappears on disk, and asking what to do.

Another editor, a sync tool or ``git checkout`` may change the file while it
is open. :class:`ExternalChangeWatcher` reports that as ``changedOnDisk`` or
``deletedOnDisk``; the window then asks (:class:`ExternalChangePrompt`) and
nothing is overwritten silently in either direction.

QFileSystemWatcher alone is not enough: an atomic save by another program
(write a temp file, rename it over ours) drops the watch, a delete-and-write
looks like a deletion for a moment, a program writing in place fires several
events for half a file, and a ``touch`` or our own save fires events without
any change that matters. So every event only schedules a check; the check
compares content hashes with what the editor knows (the text it read, and
what it wrote itself: :meth:`ExternalChangeWatcher.expect_own_write`), waits
until the file is stable, and re-adds the watch.
"""

from __future__ import annotations

import enum
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.core.files import storage

SETTLE_MS = 150  # a file must look the same this long apart before we act on it
DELETE_GRACE_MS = 600  # a file gone this long is deleted, not being replaced


class ExternalChangeWatcher(QObject):
    """Watches files the editor has open; ignores our own saves and content-free events."""

    changedOnDisk = Signal(object)  # Path: the content is now different from what we know
    deletedOnDisk = Signal(object)  # Path: the file is gone (deleted or moved away)

    def __init__(
        self, parent: QObject | None = None, *, settle_ms: int = SETTLE_MS,
        delete_grace_ms: int = DELETE_GRACE_MS,
    ) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._known: dict[str, set[str]] = {}  # path -> digests that are not news
        self._seen: dict[str, storage.FileStamp | None] = {}  # last look, for stability
        self._reported: dict[str, str | None] = {}  # path -> digest last reported (None: deleted)
        self._missing_since: dict[str, float] = {}
        self._pending: set[str] = set()
        self._delete_grace_ms = delete_grace_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(settle_ms)
        self._timer.timeout.connect(self._check_pending)
        self._watcher.fileChanged.connect(self._schedule)
        self._watcher.directoryChanged.connect(self._on_directory_changed)

    # ---- what the editor tells us -----------------------------------------------------
    def watch(self, path: Path, data: bytes | None = None) -> None:
        """Watch ``path``, whose content the editor holds as ``data`` (default: as it is now)."""
        key = _key(path)
        if data is None:
            stamp = storage.FileStamp.of(Path(key))
            known = {stamp.digest} if stamp else set()
        else:
            known = {storage.digest(data)}
        self._known[key] = known
        self._reported[key] = next(iter(known), None)
        self._seen.pop(key, None)
        self._missing_since.pop(key, None)
        self._add_watches(key)

    def unwatch(self, path: Path) -> None:
        key = _key(path)
        for table in (self._known, self._seen, self._reported, self._missing_since):
            table.pop(key, None)
        self._pending.discard(key)
        if key in self._watcher.files():
            self._watcher.removePath(key)
        folder = str(Path(key).parent)
        if folder in self._watcher.directories() and not any(
            str(Path(other).parent) == folder for other in self._known
        ):
            self._watcher.removePath(folder)

    def expect_own_write(self, path: Path, data: bytes) -> None:
        """Call before saving ``data`` to ``path``: the events of that save are ours."""
        key = _key(path)
        if key not in self._known:
            self.watch(path)
        self._known[key].add(storage.digest(data))

    def accept_current(self, path: Path) -> None:
        """The writer decided (Reload or Keep mine): what is on disk now is no longer news."""
        self.watch(path)

    def watched(self) -> list[Path]:
        return [Path(key) for key in self._known]

    def check_now(self) -> None:
        """Look at every watched file at once (e.g. when the window gets focus again:
        network drives do not always send events)."""
        self._pending.update(self._known)
        QTimer.singleShot(0, self._check_pending)

    # ---- events -----------------------------------------------------------------------
    def _schedule(self, key: str) -> None:
        if key in self._known:
            self._pending.add(key)
            self._timer.start()

    def _on_directory_changed(self, folder: str) -> None:
        for key in self._known:
            if str(Path(key).parent) == folder and (
                key not in self._watcher.files() or key in self._missing_since
            ):
                self._schedule(key)

    def _check_pending(self) -> None:
        pending, self._pending = self._pending, set()
        for key in pending:
            if key in self._known:
                self._check(key)

    def _check(self, key: str) -> None:
        stamp = storage.FileStamp.of(Path(key))
        if stamp is None:
            self._check_missing(key)
            return
        self._missing_since.pop(key, None)
        self._add_watches(key)
        if stamp != self._seen.get(key):  # still moving: look again once it has settled
            self._seen[key] = stamp
            self._schedule(key)
            return
        known = self._known[key]
        if stamp.digest in known:
            self._known[key] = {stamp.digest}  # our save landed, or a touch: nothing new
            self._reported[key] = stamp.digest
            return
        if self._reported.get(key) != stamp.digest:
            self._reported[key] = stamp.digest
            self.changedOnDisk.emit(Path(key))

    def _check_missing(self, key: str) -> None:
        self._seen[key] = None
        now = time.monotonic()
        first_missed = self._missing_since.setdefault(key, now)
        if (now - first_missed) * 1000 < self._delete_grace_ms:
            self._pending.add(key)
            self._timer.start()
            return
        if self._reported.get(key, "") is not None:
            self._reported[key] = None
            self.deletedOnDisk.emit(Path(key))
        self._add_watches(key)  # the folder watch tells us when it comes back

    def _add_watches(self, key: str) -> None:
        folder = str(Path(key).parent)
        if Path(folder).is_dir() and folder not in self._watcher.directories():
            self._watcher.addPath(folder)
        if key not in self._watcher.files() and Path(key).exists():
            self._watcher.addPath(key)


class ExternalChoice(enum.Enum):
    RELOAD = "reload"
    KEEP_MINE = "keep"
    SAVE_AGAIN = "save"


class ExternalChangePrompt(QMessageBox):
    """Asks what to do about a change on disk; :meth:`choice` after ``exec()``."""

    def __init__(self, path: Path, *, deleted: bool, modified: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        name = Path(path).name
        self._choices: dict[object, ExternalChoice] = {}
        if deleted:
            self.setWindowTitle(self.tr("Article deleted on disk"))
            self.setText(self.tr("“{name}” was deleted or moved by another program.").format(name=name))
            self.setInformativeText(
                self.tr("Feder still has the whole text. Save it again now, or keep it open "
                        "and save later.")
            )
            self._add(self.tr("Save Again"), QMessageBox.ButtonRole.AcceptRole, ExternalChoice.SAVE_AGAIN)
            keep = self._add(self.tr("Keep Mine"), QMessageBox.ButtonRole.RejectRole, ExternalChoice.KEEP_MINE)
        else:
            self.setWindowTitle(self.tr("Article changed on disk"))
            self.setText(self.tr("“{name}” was changed by another program.").format(name=name))
            detail = (
                self.tr("Reload shows the version on disk; your unsaved changes stay in the undo history. ")
                if modified
                else self.tr("Reload shows the version on disk. ")
            )
            self.setInformativeText(
                detail + self.tr("Keep Mine keeps your text; when you save it, the other version "
                                 "is kept as a backup.")
            )
            self._add(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole, ExternalChoice.RELOAD)
            keep = self._add(self.tr("Keep Mine"), QMessageBox.ButtonRole.RejectRole, ExternalChoice.KEEP_MINE)
        self.setDefaultButton(keep)
        self.setEscapeButton(keep)

    def choice(self) -> ExternalChoice:
        """What the writer chose; closing the box counts as Keep Mine (nothing changes)."""
        return self._choices.get(self.clickedButton(), ExternalChoice.KEEP_MINE)

    def button_for(self, choice: ExternalChoice) -> object:
        return next(button for button, value in self._choices.items() if value is choice)

    def _add(self, text: str, role: QMessageBox.ButtonRole, choice: ExternalChoice) -> object:
        button = self.addButton(text, role)
        self._choices[button] = choice
        return button


def ask_about_change(
    parent: QWidget | None, path: Path, *, deleted: bool, modified: bool
) -> ExternalChoice:
    """Show :class:`ExternalChangePrompt` modally and return the choice."""
    prompt = ExternalChangePrompt(path, deleted=deleted, modified=modified, parent=parent)
    prompt.exec()
    return prompt.choice()


def _key(path: Path | str) -> str:
    return str(Path(path).absolute())
