"""One article's document: its file, its text, and keeping both safe.

:class:`ArticleDocument` owns what belongs to the article rather than to its
window: the path (read-only; :meth:`ArticleDocument.set_path` is the one place
that changes it and says so), the text in a ``QTextDocument``, load / save /
reload / restore, the modified mark, the parsed :class:`Article`, autosave to a
recovery file and the watch for changes on disk. It builds no widget, so it is
tested without one; the article view shows it (``ui/article/article_view.py``).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocument

from editor.core.files import backups, storage
from editor.core.files.recovery import RecoveryEntry, RecoveryStore
from editor.core.messages import FederError
from editor.core.text.article import Article
from editor.i18n import error_text
from editor.ui.editing import plain_text
from editor.ui.files.file_watcher import ExternalChangeWatcher

PARSE_DELAY_MS = 250
AUTOSAVE_DELAY_MS = 3000


class ArticleDocument(QObject):
    """The file and text of one article, without any widget."""

    pathChanged = Signal(object)  # Path | None, once per change
    modificationChanged = Signal(bool)
    articleChanged = Signal(object)  # Article, shortly after the text changed
    #: A whole new text (load, restore) is about to replace the old one: (text, path).
    aboutToReplaceText = Signal(str, object)
    #: The new text is in, with an empty undo history; it is parsed right after.
    textReplaced = Signal()
    #: The text itself changed (typing, undo, a replace, a new text). Not emitted for
    #: new highlighting, which QTextDocument reports as ``contentsChanged`` too: the
    #: spell pass re-highlights block after block, and each pause in it parsed,
    #: rendered and autosaved the whole unchanged article again (0.3 s at 100k words).
    textEdited = Signal()
    noticeRaised = Signal(str)  # something the writer must know about the file just read
    saved = Signal()
    externalChange = Signal(object, bool)  # path, deleted: another program changed the file
    autosaveFailed = Signal(str)

    def __init__(self, parent: QObject | None = None, recovery: RecoveryStore | None = None) -> None:
        super().__init__(parent)
        self.text_document = QTextDocument(self)
        self.recovery = recovery or RecoveryStore()
        self.doc_id = RecoveryStore.new_id()
        self.keep_mine = False  # the writer chose their version over a changed file
        self._path: Path | None = None
        self.loaded = storage.LoadedText("")  # how the file was read (encoding, line ends, bytes)
        self._article = Article()
        self._parse_timer = single_shot(self, PARSE_DELAY_MS, self.parse_now)
        self.autosave_timer = single_shot(self, AUTOSAVE_DELAY_MS, self.autosave_quietly)
        self.text_document.contentsChange.connect(self._contents_change)
        self.textEdited.connect(self._parse_timer.start)
        self.textEdited.connect(self.autosave_timer.start)
        self.text_document.modificationChanged.connect(self.modificationChanged)
        self.watcher = ExternalChangeWatcher(self)
        self.watcher.changedOnDisk.connect(lambda path: self.externalChange.emit(path, False))
        self.watcher.deletedOnDisk.connect(lambda path: self.externalChange.emit(path, True))

    # ---- state --------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        """The article's file (resolved), or None while it is untitled."""
        return self._path

    def set_path(self, path: Path | str | None) -> bool:
        """The one place the path changes; emits ``pathChanged`` if it did. True if it changed."""
        resolved = Path(path).resolve() if path is not None else None
        if resolved == self._path:
            return False
        self._path = resolved
        self.pathChanged.emit(resolved)
        return True

    def display_name(self) -> str:
        return self._path.name if self._path else ""

    def text(self) -> str:
        return plain_text.text_of(self.text_document)

    def apply_text(self, new_text: str, join_previous: bool = False) -> None:
        """Change the text as one undo step (only the part that differs)."""
        plain_text.apply_text(self.text_document, new_text, join_previous)

    def is_modified(self) -> bool:
        return self.text_document.isModified()

    def set_modified(self, modified: bool) -> None:
        self.text_document.setModified(modified)

    @property
    def article(self) -> Article:
        """The article as last parsed (at most PARSE_DELAY_MS old; see parse_now)."""
        return self._article

    def parse_now(self) -> Article:
        self._parse_timer.stop()
        self._article = Article.from_text(self.text(), self._path)
        self.articleChanged.emit(self._article)
        return self._article

    def end_with_newline(self) -> None:
        """A saved text ends with a line break (joined to the last edit: no undo step of its own)."""
        text = self.text()
        if text and not text.endswith("\n"):
            cursor = QTextCursor(self.text_document)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.joinPreviousEditBlock()
            cursor.insertText("\n")
            cursor.endEditBlock()

    def _contents_change(self, _position: int, removed: int, added: int) -> None:
        if removed or added:  # a highlighter's new colours come without characters
            self.textEdited.emit()

    # ---- files --------------------------------------------------------------------------
    def load(self, path: Path | str) -> None:
        """Open ``path``; raise FederError (and change nothing) if it cannot be read."""
        loaded = storage.read_text(Path(path))  # raises before anything changes
        self._forget()
        self.set_path(path)
        self._replace_text(loaded)
        if loaded.notice:
            self.noticeRaised.emit(error_text(FederError(loaded.notice, path=self._path.name)))
        self.watcher.watch(self._path, loaded.original)

    def save(
        self,
        path: Path | str | None = None,
        *,
        overwrite_changed: bool = False,
        backup_count: int = backups.DEFAULT_COUNT,
    ) -> None:
        """Save atomically to ``path`` (or the current file), keeping a backup first.

        Raises FederError (FileChangedError when the file changed on disk since
        it was read); on failure the text and its modified mark stay. The text
        goes to recovery before the file is written, so a kill at any moment
        loses nothing.
        """
        target = Path(path) if path else self._path
        if target is None:
            raise ValueError("save() needs a path for an untitled article")
        text = self.text()
        self.watcher.expect_own_write(target, self.loaded.encode(text))
        self.loaded = self.recovery.save_article(
            self.doc_id,
            target,
            text,
            self.loaded,
            overwrite_changed=overwrite_changed or self.keep_mine,
            backup_count=backup_count,
        )
        self.keep_mine = False
        if self._path is not None and target.resolve() != self._path:
            self.watcher.unwatch(self._path)
        self.watcher.watch(target, self.loaded.original)
        self.saved.emit()
        self.set_modified(False)
        if self.set_path(target):
            self.parse_now()

    def restore(self, entry: RecoveryEntry) -> None:
        """Take a recovered text (already adopted from the recovery store) as unsaved."""
        self._forget()
        loaded = storage.LoadedText("")
        if entry.path is not None:
            with contextlib.suppress(FederError):  # gone or unreadable: Save writes it anew
                loaded = storage.read_text(entry.path)
        self.set_path(entry.path)
        self._replace_text(loaded)
        self.doc_id = entry.id
        self.apply_text(entry.text)  # one undo step back to the version on disk
        self.set_modified(True)
        if self._path is not None:
            self.watcher.watch(self._path, loaded.original)

    def reload(self) -> None:
        """Take the version on disk; undo brings the writer's version back."""
        loaded = storage.read_text(self._path)
        self.loaded = loaded
        self.apply_text(loaded.text)
        self.set_modified(False)
        self.keep_mine = False
        self.watcher.watch(self._path, loaded.original)

    def keep_own_version(self, path: Path, deleted: bool) -> None:
        """The file changed or went on disk and the writer keeps the text here.

        It counts as unsaved (and goes to recovery at once); a later save may
        overwrite the changed file, and that change is no longer news.
        """
        self.set_modified(True)
        self.keep_mine = not deleted
        if not deleted:
            self.watcher.accept_current(path)
        self.autosave_quietly()

    def autosave(self) -> None:
        """Write the unsaved state to recovery (never for a lossy decode)."""
        if self.loaded.lossy:
            return
        if not self.is_modified():
            self.recovery.discard(self.doc_id)
            return
        self.recovery.save(self.doc_id, self.text(), self._path, {"title": self._article.title}, loaded=self.loaded)

    def autosave_quietly(self) -> None:
        """Autosave for timers and focus changes: a failure is reported, never raised."""
        self.autosave_timer.stop()
        try:
            self.autosave()
        except FederError as exc:
            self.autosaveFailed.emit(error_text(exc))

    def check_disk(self) -> None:
        """Look for a change on disk now (the window came back to the front)."""
        self.watcher.check_now()

    def close(self) -> None:
        """The article is closed on purpose: its recovery entry goes."""
        self._forget()

    # ---- internals ----------------------------------------------------------------------
    def _forget(self) -> None:
        with contextlib.suppress(FederError):
            self.recovery.discard(self.doc_id)
        if self._path is not None:
            self.watcher.unwatch(self._path)
        self.doc_id = RecoveryStore.new_id()
        self.keep_mine = False

    def _replace_text(self, loaded: storage.LoadedText) -> None:
        self.loaded = loaded
        self.aboutToReplaceText.emit(loaded.text, self._path)
        self.text_document.setPlainText(loaded.text)
        self.text_document.clearUndoRedoStacks()
        self.set_modified(False)
        self.textReplaced.emit()
        self.parse_now()


def single_shot(parent: QObject, delay: int, slot) -> QTimer:
    """A restartable one-shot timer (the article's parse, autosave, render and names pauses)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay)
    timer.timeout.connect(slot)
    return timer
