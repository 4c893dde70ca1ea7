"""One open article on screen: the editor and its live preview side by side.

The view shows an :class:`ArticleDocument` (file, text, autosave, watcher:
``document.py``) and owns what is about showing it (highlighter, spelling,
preview and its counts, the message bar); it reports changes as signals and
the main window decides what to do with them.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from editor.core.files.recovery import RecoveryStore
from editor.core.messages import FederError
from editor.core.spelling.names import article_names
from editor.core.text.article import Article
from editor.core.text.typography import enabled_by_default
from editor.i18n import error_text
from editor.ui.actions import EditActions, FormatActions, SearchActions, ViewActions
from editor.ui.article.document import ArticleDocument, single_shot
from editor.ui.article.field_edits import FieldEdits
from editor.ui.article.start_hint import StartHint
from editor.ui.editing.colour_later import ColourLater
from editor.ui.editing.editor_actions import Link, editor_links
from editor.ui.editing.find_bar import FindBar
from editor.ui.editing.focus_mode import FocusMode, TypewriterScrolling
from editor.ui.editing.front_matter_fold import FrontMatterFold
from editor.ui.editing.highlighter import MarkdownHighlighter
from editor.ui.editing.text_editor import TextEditor
from editor.ui.editing.typography import TypographyFilter, in_code_by_block_state
from editor.ui.fields.image_dialog import ImageDropFilter, insert_or_edit_figure
from editor.ui.first_paint import FirstPaint
from editor.ui.message_bar import MessageBar
from editor.ui.preview.lazy_preview import LazyPreview
from editor.ui.preview.render_service import RenderService
from editor.ui.spelling.controller import SharedSpelling, SpellController, connect_highlighter
from editor.ui.spelling.menus import TypoToolTips, add_spelling_actions

if TYPE_CHECKING:
    from editor.core.preview.job import PreviewResult
    from editor.core.preview.stats import Stats

PREVIEW_DELAY_MS = 80  # while typing: one render per pause, not per key
#: An edit after this long a quiet spell is rendered at once (no debounce): the
#: writer who changes one word sees it in the preview without waiting 80 ms more.
PREVIEW_QUIET_S = 0.4
NAMES_DELAY_MS = 1500
#: After the spelling has started, the spellchecker's word lists load (see _start_spelling).
PRELOAD_AFTER_MS = 2000
#: After the editor's first paint the spelling waits for the first preview, at most this long.
SPELLING_WAITS_MS = 1000


class ArticleView(QWidget):
    """Editor + preview showing one :class:`ArticleDocument`."""

    articleChanged = Signal(object)  # Article, shortly after the text changed
    previewUpdated = Signal()
    statsChanged = Signal(object)  # Stats of the rendered body, from the preview helper
    #: An undo (False) or redo (True) changed these front matter keys (fields, authors).
    historyStepped = Signal(list, bool)
    cursorMoved = Signal(int, int)  # line, column (0-based; the column in Qt's UTF-16 units)
    linkClicked = Signal(QUrl)  # in the preview
    fieldsReplaced = Signal(list)  # Replace All reached these front matter keys
    frontMatterRevealRequested = Signal()  # a find hit lies in the folded front matter
    openRequested = Signal()  # the start hint's "Open…"
    sampleRequested = Signal()  # the start hint's sample article

    def __init__(
        self,
        parent: QWidget | None = None,
        recovery: RecoveryStore | None = None,
        spelling: SharedSpelling | None = None,
        document: ArticleDocument | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document or ArticleDocument(self, recovery)
        self.renderer = RenderService(self)  # its access to the one render helper of all articles
        self._build_widgets()
        self._attach_editing_aids(spelling)
        self._preview_timer = single_shot(self, PREVIEW_DELAY_MS, self._request_preview)
        self._names_timer = single_shot(self, NAMES_DELAY_MS, self._update_names)
        self._names_now = False  # a new text: its names are read at once, not after a pause
        self._last_edit = 0.0  # time.monotonic() of the last edit of the text
        self._field_edits = FieldEdits(self.editor)
        self._render_failure: str | None = None  # the message bar's text while it tells of one
        self.last_stats: Stats | None = None  # the counts of the text as last rendered
        self.session_start_words: int | None = None  # words when opened (or created)
        self._first_request = 0
        self._connect_widgets()
        self._connect_document()
        self._connect_renderer()
        self.renderer.start()
        self.document.set_modified(False)

    def _build_widgets(self) -> None:
        """Message bar, start hint, editor | preview, find bar: top to bottom."""
        self.message_bar = MessageBar(self)
        self.editor = TextEditor(self, self.document.text_document)
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
        layout.addWidget(self.start_hint)
        layout.addWidget(self.splitter, 1)
        self.find_bar = FindBar(self)
        self.find_bar.set_target(self.editor)
        layout.addWidget(self.find_bar)

    def _attach_editing_aids(self, spelling: SharedSpelling | None) -> None:
        """What acts on the editor: spelling and highlighting, typography, writing modes, image drops."""
        # The article's language, ignores and names over the application's one spelling state.
        self.spelling = SpellController(parent=self, shared=spelling)
        self.typo_tooltips = TypoToolTips(self.editor, lambda: self.spelling)
        self.highlighter = MarkdownHighlighter(self.document.text_document, self.spelling.spans)
        connect_highlighter(self.highlighter, self.spelling)
        self.colour_later = ColourLater(self.highlighter, self.editor)  # an opened text below its first screen
        # A new text's words are judged in a worker thread, and the dictionary is read
        # from disk, but not before the editor was first painted and the preview showed
        # the article: the window comes first, then the preview (see _first_painted).
        self._painted = False
        self._spelling_started = False
        self._check_waits = False
        self._paint_watch = FirstPaint(self.editor.viewport(), self._first_painted)
        self.typography_enabled: bool | None = None  # None: on for German articles
        self.typography = TypographyFilter(self.editor)
        self.typography.attach(
            self.editor,
            enabled=self.typography_on,
            lang=lambda: self.document.article.lang,
            in_code_block=in_code_by_block_state,
        )
        self.focus_mode = FocusMode(self.editor)
        self.typewriter = TypewriterScrolling(self.editor)
        self.front_matter_fold = FrontMatterFold(self.editor)
        self.image_drops = ImageDropFilter(self.editor, lambda: self.path.parent if self.path else None)

    def _connect_widgets(self) -> None:
        self.start_hint.newRequested.connect(self._begin_writing)
        self.document.textEdited.connect(self._update_start_hint)
        self.document.textEdited.connect(self._text_edited)
        # Counting the article's names takes 0.1 s at 100k words: only in a real pause.
        self.document.textEdited.connect(self._names_timer.start)
        self.editor.topLineChanged.connect(self.preview.scroll_to_line)
        self.preview.topLineChanged.connect(self.editor.scroll_to_line)
        self.preview.updated.connect(self.previewUpdated)
        self.editor.contextMenuAboutToShow.connect(self._add_spelling_actions)
        self.editor.historyRequested.connect(lambda redo: self.redo() if redo else self.undo())
        # What the window hears about, without knowing these widgets:
        self.editor.cursorPositionChanged.connect(lambda: self.cursorMoved.emit(*self.cursor_position()))
        self.preview.linkClicked.connect(self.linkClicked)
        self.find_bar.fieldsReplaced.connect(self.fieldsReplaced)
        self.front_matter_fold.revealRequested.connect(self.frontMatterRevealRequested)
        self.start_hint.openRequested.connect(self.openRequested)
        self.start_hint.sampleRequested.connect(self.sampleRequested)

    def _connect_renderer(self) -> None:
        self.renderer.rendered.connect(self._on_rendered)
        self.renderer.failed.connect(self._on_render_failed)
        self.renderer.counted.connect(self._counted)

    def _connect_document(self) -> None:
        document = self.document
        document.pathChanged.connect(self._path_changed)
        document.aboutToReplaceText.connect(self._before_new_text)
        document.textReplaced.connect(self._after_new_text)
        document.articleChanged.connect(self._article_parsed)
        document.noticeRaised.connect(self.message_bar.show_message)
        document.saved.connect(self._saved)

    # ---- state ------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        """The document's file (read-only; the document changes it)."""
        return self.document.path

    @property
    def article(self) -> Article:
        """The article as last parsed (see ArticleDocument.parse_now)."""
        return self.document.article

    def parse_now(self) -> Article:
        return self.document.parse_now()

    def is_modified(self) -> bool:
        return self.document.is_modified()

    def display_name(self) -> str:
        return self.document.display_name()

    def set_field(self, key: str, value: object) -> None:
        """Write one front matter field into the text as an undoable edit (see FieldEdits)."""
        self._field_edits.write(key, value)
        self.parse_now()

    def undo(self) -> None:
        self._step_history(redo=False)

    def redo(self) -> None:
        self._step_history(redo=True)

    def _step_history(self, redo: bool) -> None:
        """Undo or redo one step; say which front matter keys it changed (they may be out of sight)."""
        before = self.parse_now().meta
        (self.editor.redo if redo else self.editor.undo)()
        self._field_edits.forget()
        after = self.parse_now().meta
        changed = [key for key in dict.fromkeys([*before, *after]) if before.get(key) != after.get(key)]
        if changed:
            self.historyStepped.emit(changed, redo)

    def ignore_in_article(self, word: str) -> None:
        """Keep ``word`` in front matter ``spelling.ignore`` so it travels with the file."""
        article = self.parse_now()
        spelling = article.meta.get("spelling")
        spelling = dict(spelling) if isinstance(spelling, dict) else {}
        spelling["ignore"] = [*article.ignored_words, word]
        self.set_field("spelling", spelling)

    # ---- what the window asks of the article in front ---------------------------------
    def action_links(
        self,
        edit: EditActions,
        fmt: FormatActions,
        search: SearchActions,
        options: ViewActions,
        insert_image: QAction,
        paste_plain: QAction,
    ) -> list[Link]:
        """Make the window's actions act on this article: the links to connect while it is
        in front. The View menu's toggles apply to it at once."""
        self.preview.setVisible(options.toggle_preview.isChecked())
        self.focus_mode.set_enabled(options.focus_mode.isChecked())
        self.typewriter.set_enabled(options.typewriter.isChecked())
        self.front_matter_fold.set_enabled(not options.show_front_matter.isChecked())
        return [
            *editor_links(self.editor, edit, fmt, paste_plain),
            (edit.undo.triggered, lambda: self.undo()),
            (edit.redo.triggered, lambda: self.redo()),
            (search.find.triggered, lambda: self.find_bar.show_find()),
            (search.replace.triggered, lambda: self.find_bar.show_replace()),
            (insert_image.triggered, lambda: insert_or_edit_figure(self.editor, self.path.parent if self.path else None)),
            (options.toggle_preview.toggled, self.preview.setVisible),
            (options.focus_mode.toggled, self.focus_mode.set_enabled),
            (options.typewriter.toggled, self.typewriter.set_enabled),
            (options.show_front_matter.toggled, lambda on: self.front_matter_fold.set_enabled(not on)),
        ]

    def cursor_position(self) -> tuple[int, int]:
        cursor = self.editor.textCursor()
        return cursor.blockNumber(), cursor.positionInBlock()

    def go_to_line(self, line: int) -> None:
        """Show ``line`` (0-based) in the editor, with the cursor there, and in the preview."""
        self.editor.go_to_line(line)
        self.preview.scroll_to_line(line)

    def ensure_cursor_visible(self) -> None:
        self.editor.ensureCursorVisible()

    def splitter_state(self) -> QByteArray:
        return self.splitter.saveState()

    def restore_splitter_state(self, state: QByteArray) -> None:
        self.splitter.restoreState(state)

    def focus_editor(self) -> None:
        self.editor.setFocus()

    def close_document(self) -> None:
        """The article is closed on purpose: its recovery entry goes."""
        self.document.close()

    def release(self) -> None:
        """The tab or window goes away: the recovery entry and the render helper's share end."""
        self.document.close()
        self.renderer.shutdown()

    # ---- internals: following the document -------------------------------------------
    def _text_edited(self) -> None:
        """Render after a pause in typing; the first edit after a quiet spell at once.

        The request waits for the event loop (a 0 ms timer), so the key's own
        highlighting and repaint come first; keys that follow within 80 ms are
        collected into the next render as before.
        """
        now = time.monotonic()
        quiet = now - self._last_edit >= PREVIEW_QUIET_S
        self._last_edit = now
        self._preview_timer.start(0 if quiet and not self._preview_timer.isActive() else PREVIEW_DELAY_MS)

    def _path_changed(self, path: Path | None) -> None:
        self.preview.set_folder(path.parent if path else None)
        self._update_start_hint()
        self._preview_timer.start()  # image paths in the preview depend on the folder

    def _before_new_text(self, text: str, path: Path | None) -> None:
        self.last_stats = None
        self.session_start_words = None  # the first count of this text starts the session
        self.message_bar.clear()
        # The helper renders (and counts) while this process highlights; counts of
        # requests before this one belong to the text that was there before.
        self._first_request = self.renderer.request(text, str(path) if path else None)
        self._preview_timer.stop()
        # Colours now; the words are judged in a worker thread once the article is
        # parsed (its language, ignores and names known), see _article_parsed.
        self.highlighter.spelling_enabled = False
        self.colour_later.before_open(text)  # the first screen now, the rest after the first frame
        self._names_now = True

    def _after_new_text(self) -> None:
        self.editor.setTextCursor(QTextCursor(self.document.text_document))  # at the top, scrolled there
        self._preview_timer.stop()  # the new text restarted it; this very text is being rendered
        self.highlighter.spelling_enabled = True
        self.colour_later.after_open()

    def _article_parsed(self, article: Article) -> None:
        if article.meta_error is not None:
            self.message_bar.show_message(
                self.tr("The front matter could not be read; the whole text is shown in the editor. ")
                + error_text(article.meta_error)
            )
        self._sync_spelling()
        self.articleChanged.emit(article)
        if self._names_now:
            self._names_now = False
            # The whole-text check below answers every word, names included: no search
            # for the lines with a name before it (it ran before the first frame).
            self._update_names(redraw=False)
            self._check_waits = True
            if self._spelling_started:
                self._check_new_text()
            elif self._painted:  # opened after the first paint: the writer waits for these underlines
                self._start_spelling()

    def _first_painted(self) -> None:
        """The spelling starts once the preview shows the article (or SPELLING_WAITS_MS later).

        Its dictionary load and whole-text check (a Python thread) would compete with
        QtWebEngine's first page for the interpreter and the cores: at 10k words under
        Xvfb the preview came 120-140 ms later with them (medians of alternating starts,
        docs/performance.md "Sixth round").
        """
        self._painted = True
        if not self.preview.isVisible():  # the writer hid it: nothing to wait for
            self._start_spelling()
            return
        self.preview.updated.connect(self._start_spelling, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(SPELLING_WAITS_MS, self, self._start_spelling)

    def _start_spelling(self) -> None:
        if self._spelling_started:
            return
        self._spelling_started = True
        self.spelling.shared.load_dictionaries()
        # The spellchecker's word lists load in the worker thread a moment after the window
        # showed (not while it builds the preview), so the first check need not wait for them.
        QTimer.singleShot(PRELOAD_AFTER_MS, self.spelling, self.spelling.preload)
        if self._check_waits:
            self._check_new_text()

    def _check_new_text(self) -> None:
        """Every word of the new text, judged off the window's thread; only the lines
        with a flagged word are re-highlighted when the answers come."""
        self._check_waits = False
        self.spelling.check_in_background(self.document.text_document)

    def _saved(self) -> None:
        if self.document.loaded.notice is None and self.message_bar.isVisible():
            self.message_bar.clear()

    def _sync_spelling(self) -> None:
        article = self.document.article
        try:
            self.spelling.set_language(article.lang)
        except FederError as exc:
            self.message_bar.show_message(error_text(exc))
        if self._spelling_started:  # a new language's dictionary: read in the background, not at first use
            self.spelling.shared.load_dictionaries()
        self.spelling.set_article_ignores(article.ignored_words)
        self._names_timer.start()

    def _update_names(self, redraw: bool = True) -> None:
        """The article's own names (fields, and words used three times in the body).

        Counting a 100k-word body takes ~0.1 s, so it waits for a real pause in typing.
        """
        self._names_timer.stop()
        article = self.document.article
        self.spelling.set_article_names(article_names(article.meta, article.body), redraw=redraw)

    def typography_on(self) -> bool:
        if self.typography_enabled is None:
            return enabled_by_default(self.document.article.lang)
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

    def _update_start_hint(self) -> None:
        """The hint belongs to an untitled, empty article only."""
        if self.start_hint.isVisibleTo(self) and (self.path is not None or not self.document.text_document.isEmpty()):
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
