"""One open article: the editor and its live preview side by side, and its file.

The view owns what belongs to one article (text, file, highlighter, preview
state) and reports changes as signals; the main window decides what to do
with them.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from editor.core.files import backups, storage
from editor.core.files.recovery import RecoveryEntry, RecoveryStore
from editor.core.messages import FederError
from editor.core.preview.stats import Stats
from editor.core.spelling.names import article_names
from editor.core.text import markdown_lines
from editor.core.text.article import Article
from editor.core.text.slug import update_field
from editor.core.text.typography import enabled_by_default
from editor.i18n import error_text
from editor.ui.article.start_hint import StartHint
from editor.ui.editing.find_bar import FindBar
from editor.ui.editing.focus_mode import FocusMode, TypewriterScrolling
from editor.ui.editing.front_matter_fold import FrontMatterFold
from editor.ui.editing.highlighter import MarkdownHighlighter, SlicedRehighlight
from editor.ui.editing.text_editor import TextEditor
from editor.ui.editing.typography import TypographyFilter
from editor.ui.fields.image_dialog import ImageDropFilter
from editor.ui.files.file_watcher import ExternalChangeWatcher
from editor.ui.message_bar import MessageBar
from editor.ui.preview.lazy_preview import LazyPreview
from editor.ui.preview.render_service import RenderService
from editor.ui.spelling.controller import SharedSpelling, SpellController, connect_highlighter
from editor.ui.spelling.menus import TypoToolTips, add_spelling_actions

if TYPE_CHECKING:
    from editor.core.preview.job import PreviewResult

PREVIEW_DELAY_MS = 80
PARSE_DELAY_MS = 250
NAMES_DELAY_MS = 1500
AUTOSAVE_DELAY_MS = 3000


class ArticleView(QWidget):
    """Editor + preview for one article, with load and save."""

    articleChanged = Signal(object)  # Article, shortly after the text changed
    pathChanged = Signal(object)  # Path | None
    modificationChanged = Signal(bool)
    previewUpdated = Signal()
    statsChanged = Signal(object)  # Stats of the rendered body, from the preview helper
    externalChange = Signal(object, object, bool)  # view, path, deleted
    autosaveFailed = Signal(str)
    #: An undo (False) or redo (True) changed these front matter keys (fields, authors).
    historyStepped = Signal(list, bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        recovery: RecoveryStore | None = None,
        spelling: SharedSpelling | None = None,
    ) -> None:
        super().__init__(parent)
        self.renderer = RenderService(self)  # its access to the one render helper of all articles
        self.recovery = recovery or RecoveryStore()
        self.doc_id = RecoveryStore.new_id()
        self.keep_mine = False  # the writer chose their version over a changed file
        self.path: Path | None = None
        self.loaded = storage.LoadedText("")
        self.message_bar = MessageBar(self)
        self.editor = TextEditor(self)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.addWidget(self.editor)
        # The web view is built after the editor's first paint (see lazy_preview).
        self.preview = LazyPreview(self.splitter, self.editor.viewport())
        self.splitter.setChildrenCollapsible(True)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        self.start_hint = StartHint(self)
        self.start_hint.newRequested.connect(self._begin_writing)
        layout.addWidget(self.start_hint)
        layout.addWidget(self.splitter, 1)
        self.find_bar = FindBar(self)
        self.find_bar.set_target(self.editor)
        layout.addWidget(self.find_bar)
        # The article's language, ignores and names over the application's one spelling state.
        self.spelling = SpellController(parent=self, shared=spelling)
        self.typo_tooltips = TypoToolTips(self.editor, lambda: self.spelling)
        self.highlighter = MarkdownHighlighter(self.editor.document(), self.spelling.spans)
        connect_highlighter(self.highlighter, self.spelling)
        self.spell_pass = SlicedRehighlight(self.highlighter)
        self._spell_pass_timer = _single_shot(self, 2000, self._start_spell_pass)
        self.typography_enabled: bool | None = None  # None: on for German articles
        self.typography = TypographyFilter(self.editor)
        self.typography.attach(
            self.editor,
            enabled=self.typography_on,
            lang=lambda: self._article.lang,
            in_code_block=_in_code_or_front_matter,
        )
        self.focus_mode = FocusMode(self.editor)
        self.typewriter = TypewriterScrolling(self.editor)
        self.front_matter_fold = FrontMatterFold(self.editor)
        self.image_drops = ImageDropFilter(self.editor, lambda: self.path.parent if self.path else None)
        self._article = Article()
        self._preview_timer = _single_shot(self, PREVIEW_DELAY_MS, self._request_preview)
        self._parse_timer = _single_shot(self, PARSE_DELAY_MS, self._parse)
        self._names_timer = _single_shot(self, NAMES_DELAY_MS, self._update_names)
        self.editor.textChanged.connect(self._update_start_hint)
        self.editor.textChanged.connect(self._preview_timer.start)
        self.editor.textChanged.connect(self._parse_timer.start)
        # Counting the article's names takes 0.1 s at 100k words: only in a real pause.
        self.editor.textChanged.connect(self._names_timer.start)
        self.editor.document().modificationChanged.connect(self.modificationChanged)
        self.editor.topLineChanged.connect(self.preview.scroll_to_line)
        self.preview.topLineChanged.connect(self.editor.scroll_to_line)
        self.preview.updated.connect(self.previewUpdated)
        self.editor.contextMenuAboutToShow.connect(self._add_spelling_actions)
        self.editor.historyRequested.connect(lambda redo: self.redo() if redo else self.undo())
        self._last_field_edit: tuple[str, object, int, int, float] | None = None
        self.watcher = ExternalChangeWatcher(self)
        self.watcher.changedOnDisk.connect(lambda p: self.externalChange.emit(self, p, False))
        self.watcher.deletedOnDisk.connect(lambda p: self.externalChange.emit(self, p, True))
        self.autosave_timer = _single_shot(self, AUTOSAVE_DELAY_MS, self.autosave_quietly)
        self.editor.textChanged.connect(self.autosave_timer.start)
        self.renderer.rendered.connect(self._on_rendered)
        self.renderer.failed.connect(self._on_render_failed)
        self._render_failure: str | None = None  # the message bar's text while it tells of one
        self.renderer.counted.connect(self._counted)
        self.last_stats: Stats | None = None  # the counts of the text as last rendered
        self.session_start_words: int | None = None  # words when opened (or created)
        self._first_request = 0
        self.renderer.start()
        self.editor.document().setModified(False)

    # ---- state ------------------------------------------------------------------------
    @property
    def article(self) -> Article:
        """The article as last parsed (at most PARSE_DELAY_MS old; see parse_now)."""
        return self._article

    def parse_now(self) -> Article:
        self._parse_timer.stop()
        self._parse()
        return self._article

    def set_field(self, key: str, value: object) -> None:
        """Write one front matter field into the text as an undoable edit.

        Typing in a field undoes word by word, as in the body: a character that
        continues a word joins the undo step of the edit before it.
        """
        document = self.editor.document()
        join = self._continues_word(key, value)
        self.editor.apply_text(update_field(self.editor.text(), key, value), join_previous=join)
        self._last_field_edit = (key, value, document.availableUndoSteps(), document.revision(), time.monotonic())
        self.parse_now()

    def _continues_word(self, key: str, value: object) -> bool:
        last = self._last_field_edit
        document = self.editor.document()
        if last is None or last[0] != key:
            return False
        _key, old, steps, revision, when = last
        if (steps, revision) != (document.availableUndoSteps(), document.revision()):
            return False  # something else happened in between (typing, an undo)
        if time.monotonic() - when > self.editor.undo_pause:
            return False
        return _typed_within_word(_as_text(old), _as_text(value))

    def undo(self) -> None:
        self._step_history(redo=False)

    def redo(self) -> None:
        self._step_history(redo=True)

    def _step_history(self, redo: bool) -> None:
        """Undo or redo one step; say which front matter keys it changed (they may be out of sight)."""
        before = self.parse_now().meta
        (self.editor.redo if redo else self.editor.undo)()
        self._last_field_edit = None
        after = self.parse_now().meta
        changed = [key for key in dict.fromkeys([*before, *after]) if before.get(key) != after.get(key)]
        if changed:
            self.historyStepped.emit(changed, redo)

    def end_with_newline(self) -> None:
        """A saved text ends with a line break (joined to the last edit: no undo step of its own)."""
        text = self.editor.text()
        if text and not text.endswith("\n"):
            cursor = QTextCursor(self.editor.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.joinPreviousEditBlock()
            cursor.insertText("\n")
            cursor.endEditBlock()

    def ignore_in_article(self, word: str) -> None:
        """Keep ``word`` in front matter ``spelling.ignore`` so it travels with the file."""
        article = self.parse_now()
        spelling = article.meta.get("spelling")
        spelling = dict(spelling) if isinstance(spelling, dict) else {}
        spelling["ignore"] = [*article.ignored_words, word]
        self.set_field("spelling", spelling)

    def is_modified(self) -> bool:
        return self.editor.document().isModified()

    def display_name(self) -> str:
        return self.path.name if self.path else ""

    # ---- files ------------------------------------------------------------------------
    def load(self, path: Path) -> None:
        """Open ``path``; raise FederError (and change nothing) if it cannot be read."""
        loaded = storage.read_text(path)  # raises before anything changes
        self._forget_document()
        self.path = Path(path).resolve()
        self._set_loaded(loaded)
        self.pathChanged.emit(self.path)
        self._update_start_hint()
        if loaded.notice:
            notice = FederError(loaded.notice, path=self.path.name)
            self.message_bar.show_message(error_text(notice))
        self.watcher.watch(self.path, loaded.original)

    def new(self, text: str = "") -> None:
        self._forget_document()
        self.path = None
        self._set_loaded(storage.LoadedText(text))
        self.pathChanged.emit(None)

    def save(
        self,
        path: Path | None = None,
        *,
        overwrite_changed: bool = False,
        backup_count: int = backups.DEFAULT_COUNT,
    ) -> None:
        """Save atomically to ``path`` (or the current file), keeping a backup first.

        Raises FederError (FileChangedError when the file changed on disk since
        it was read); on failure the editor keeps its text and its modified mark.
        The text goes to recovery before the file is written, so a kill at any
        moment loses nothing.
        """
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("save() needs a path for an untitled article")
        text = self.editor.text()
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
        if self.path is not None and target.resolve() != self.path:
            self.watcher.unwatch(self.path)
        self.watcher.watch(target, self.loaded.original)
        if self.loaded.notice is None and self.message_bar.isVisible():
            self.message_bar.clear()
        self.editor.document().setModified(False)
        if target.resolve() != self.path:
            self.path = target.resolve()
            self.pathChanged.emit(self.path)
            self.preview.set_folder(self.path.parent)
            self._parse()
            self._request_preview()

    def restore(self, entry: RecoveryEntry) -> None:
        """Show a recovered text (already adopted from the recovery store) as unsaved."""
        self._forget_document()
        loaded = storage.LoadedText("")
        if entry.path is not None:
            with contextlib.suppress(FederError):  # gone or unreadable: Save writes it anew
                loaded = storage.read_text(entry.path)
        self.path = entry.path
        self._set_loaded(loaded)
        self.doc_id = entry.id
        self.editor.apply_text(entry.text)  # one undo step back to the version on disk
        self.editor.document().setModified(True)
        if self.path is not None:
            self.watcher.watch(self.path, loaded.original)
        self.pathChanged.emit(self.path)

    def reload(self) -> None:
        """Take the version on disk; Ctrl+Z brings the writer's version back."""
        loaded = storage.read_text(self.path)
        self.loaded = loaded
        self.editor.apply_text(loaded.text)
        self.editor.document().setModified(False)
        self.keep_mine = False
        self.watcher.watch(self.path, loaded.original)

    def autosave(self) -> None:
        """Write the unsaved state to recovery (never for a lossy decode)."""
        if self.loaded.lossy:
            return
        if not self.is_modified():
            self.recovery.discard(self.doc_id)
            return
        self.recovery.save(
            self.doc_id, self.editor.text(), self.path, {"title": self.article.title}, loaded=self.loaded
        )

    def autosave_quietly(self) -> None:
        """Autosave for timers and focus changes: a failure is reported, never raised."""
        self.autosave_timer.stop()
        try:
            self.autosave()
        except FederError as exc:
            self.autosaveFailed.emit(error_text(exc))

    def close_document(self) -> None:
        """The article is closed on purpose: its recovery entry goes."""
        self._forget_document()

    def _forget_document(self) -> None:
        with contextlib.suppress(FederError):
            self.recovery.discard(self.doc_id)
        if self.path is not None:
            self.watcher.unwatch(self.path)
        self.doc_id = RecoveryStore.new_id()
        self.keep_mine = False

    # ---- internals --------------------------------------------------------------------
    def _set_loaded(self, loaded: storage.LoadedText) -> None:
        self.loaded = loaded
        self.last_stats = None
        self.session_start_words = None  # the first count of this text starts the session
        self.message_bar.clear()
        self.preview.set_folder(self.path.parent if self.path else None)
        # The helper renders (and counts) while this process highlights; counts of
        # requests before this one belong to the text that was there before.
        self._first_request = self.renderer.request(loaded.text, str(self.path) if self.path else None)
        self._preview_timer.stop()
        # Colours now, spelling in slices afterwards: a long article opens without waiting
        # for every word to be tokenised and looked up.
        self.highlighter.spelling_enabled = False
        self.editor.setPlainText(loaded.text)
        self._preview_timer.stop()  # setPlainText restarted it; this very text is being rendered
        self.highlighter.spelling_enabled = True
        # Underlines follow once the first preview is out: both need the CPU.
        self._spell_pass_timer.start()
        self.editor.document().clearUndoRedoStacks()
        self.editor.document().setModified(False)
        self._parse()
        self._update_names()

    def _parse(self) -> None:
        self._article = Article.from_text(self.editor.text(), self.path)
        if self._article.meta_error is not None:
            self.message_bar.show_message(
                self.tr("The front matter could not be read; the whole text is shown in the editor. ")
                + error_text(self._article.meta_error)
            )
        self._sync_spelling()
        self.articleChanged.emit(self._article)

    def _sync_spelling(self) -> None:
        try:
            self.spelling.set_language(self._article.lang)
        except FederError as exc:
            self.message_bar.show_message(error_text(exc))
        self.spelling.set_article_ignores(self._article.ignored_words)
        self._names_timer.start()

    def _update_names(self) -> None:
        """The article's own names (fields, and words used three times in the body).

        Counting a 100k-word body takes ~0.1 s, so it waits for a real pause in typing.
        """
        self.spelling.set_article_names(article_names(self._article.meta, self._article.body))

    def typography_on(self) -> bool:
        if self.typography_enabled is None:
            return enabled_by_default(self._article.lang)
        return self.typography_enabled

    def _add_spelling_actions(self, menu, pos) -> None:
        add_spelling_actions(menu, self.editor, pos, self.spelling, self.ignore_in_article)

    def _request_preview(self, text: str | None = None) -> None:
        self._preview_timer.stop()
        path = str(self.path) if self.path else None
        self.renderer.request(self.editor.text() if text is None else text, path)

    def _on_rendered(self, _request_id: int, result: PreviewResult) -> None:
        self.preview.show_result(result)
        if self._render_failure is not None:  # rendering works again: the warning is over
            if self.message_bar.label.text() == self._render_failure:
                self.message_bar.clear()
            self._render_failure = None
        if self._spell_pass_timer.isActive():
            self._spell_pass_timer.stop()
            self._start_spell_pass()

    def _update_start_hint(self) -> None:
        """The hint belongs to an untitled, empty article only."""
        if self.start_hint.isVisibleTo(self) and (self.path is not None or not self.editor.document().isEmpty()):
            self.start_hint.hide()

    def _begin_writing(self) -> None:
        self.start_hint.hide()
        self.editor.setFocus()

    def _counted(self, request_id: int, stats: Stats) -> None:
        if request_id < self._first_request:
            return  # counts of the text before this one was loaded
        self.last_stats = stats
        if self.session_start_words is None:
            self.session_start_words = stats.words
        self.statsChanged.emit(stats)

    def _on_render_failed(self, _request_id: int, reason: str) -> None:
        """Say so when the preview could not follow: a silently stale preview misleads."""
        self._render_failure = self.tr(
            "The preview could not be updated ({reason}); it shows the last version that rendered. "
            "It tries again with your next change."
        ).format(reason=reason.strip().splitlines()[-1] if reason.strip() else "?")
        self.message_bar.show_message(self._render_failure)

    def _start_spell_pass(self) -> None:
        self.spell_pass.start(self.editor.document())


def _in_code_or_front_matter(block) -> bool:
    """Typography leaves code, front matter and comments alone; the block states know where they are."""
    previous = block.previous()
    state = previous.userState() if previous.isValid() else markdown_lines.START
    first = block.blockNumber() == 0
    return markdown_lines.scan_line(state, block.text(), first).kind is not markdown_lines.Kind.MARKDOWN


def _as_text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return "" if value is None else str(value)


def _typed_within_word(old: str, new: str) -> bool:
    """Whether ``new`` is ``old`` with one character added that belongs to the current word step.

    A space typed after a word starts the next step, so each step is a word
    with the space before it: undo takes back " Wandel", then " und".
    """
    if len(new) != len(old) + 1:
        return False
    index = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), len(old))
    if new[:index] + new[index + 1 :] != old:
        return False
    typed, previous = new[index], new[index - 1 : index]
    return not (typed.isspace() and previous != "" and not previous.isspace())


def _single_shot(parent: QWidget, delay: int, slot) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay)
    timer.timeout.connect(slot)
    return timer
