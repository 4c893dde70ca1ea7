"""The find and replace bar under the editor.

It works on whichever QPlainTextEdit :meth:`FindBar.set_target` names, so the
main window can point it at the current tab. Matching runs in Python on the
document's text (:mod:`editor.core.text.find`), which gives one regex dialect for
find and replace and clear messages for bad expressions. Replace all is one
edit block: one Ctrl+Z undoes it. The text a search sees and the way from its
hits back to Qt positions is :mod:`.search_snapshot`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from editor.core.messages import FederError
from editor.core.text import frontmatter
from editor.core.text.find import (
    FindOptions,
    Match,
    compile_pattern,
    find_all,
    replacement_text,
)
from editor.i18n import error_text
from editor.ui.editing import extra_selections
from editor.ui.editing.search_snapshot import SearchSnapshot

LAYER = "find"
LAYER_ORDER = 20
HIGHLIGHT_LIMIT = 5000  # more highlights than this would only slow typing down


class FindBar(QWidget):
    """Find field, replace field, options and buttons; Esc closes it."""

    #: The highlight-all selections changed (already applied to the target).
    selectionsChanged = Signal()
    #: The bar was closed (Esc or its close button); focus went back to the editor.
    closed = Signal()
    #: Replace changed front matter keys (only with "also in fields" ticked): their names.
    fieldsReplaced = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: QPlainTextEdit | None = None
        self._snapshot: SearchSnapshot | None = None
        self._selections: list[QTextEdit.ExtraSelection] = []
        self._refresh_timer = QTimer(self, singleShot=True, interval=150)
        self._refresh_timer.timeout.connect(self._refresh_highlights)
        self._build()
        self.hide()

    # -- public API ---------------------------------------------------------

    def set_target(self, editor: QPlainTextEdit | None) -> None:
        """Search in ``editor`` from now on (None: no editor, e.g. no tab open)."""
        if editor is self._target:
            return
        if self._target is not None:
            self._target.document().contentsChanged.disconnect(self._document_changed)
            extra_selections.set_layer(self._target, LAYER, [])
            self._target.destroyed.disconnect(self._target_destroyed)
        self._target = editor
        self._snapshot = None
        if editor is not None:
            editor.document().contentsChanged.connect(self._document_changed)
            editor.destroyed.connect(self._target_destroyed)
        self._refresh_highlights()

    def target(self) -> QPlainTextEdit | None:
        return self._target

    def options(self) -> FindOptions:
        return FindOptions(
            match_case=self.match_case.isChecked(),
            whole_words=self.whole_words.isChecked(),
            regex=self.regex.isChecked(),
        )

    def show_find(self) -> None:
        """Open for finding (Ctrl+F): the replace row stays hidden."""
        self._open(replace=False)

    def show_replace(self) -> None:
        """Open for replacing (Ctrl+H)."""
        self._open(replace=True)

    def close_bar(self) -> None:
        self.hide()
        self._apply_selections([])
        if self._target is not None:
            self._target.setFocus()
        self.closed.emit()

    def selections(self) -> list[QTextEdit.ExtraSelection]:
        """The highlight-all selections, for a caller that combines layers itself."""
        return list(self._selections)

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def replace_current(self) -> bool:
        """Replace the selected hit (if the selection is one) and go to the next."""
        editor = self._target
        hits = self._hits()
        if editor is None or hits is None:
            return False
        cursor = editor.textCursor()
        snapshot = self._snapshot
        assert snapshot is not None
        start = snapshot.offsets.to_python(cursor.selectionStart())
        end = snapshot.offsets.to_python(cursor.selectionEnd())
        hit = next((h for h in hits if h.start == start and h.end == end and h.end > h.start), None)
        if hit is not None:
            try:
                text = replacement_text(hit, self.replace_field.text(), self.options())
            except FederError as error:
                self._show_error(error)
                return False
            cursor.insertText(text)
            editor.setTextCursor(cursor)
        return self.find_next()

    def replace_all(self) -> int:
        """Replace every hit in one undo step; returns how many were replaced."""
        editor = self._target
        hits = self._hits()
        if editor is None or hits is None:
            return 0
        template = self.replace_field.text()
        options = self.options()
        try:  # all replacement texts first: a bad template must change nothing
            texts = [replacement_text(hit, template, options) for hit in hits]
        except FederError as error:
            self._show_error(error)
            return 0
        assert self._snapshot is not None
        in_fields = sum(1 for hit in hits if hit.start < self._snapshot.body_start)
        before = self._snapshot.text
        self._snapshot.replace(editor.document(), hits, texts)
        if not hits:
            self._status(QCoreApplication.translate("FindBar", "No matches"))
        elif in_fields:
            self._status(
                QCoreApplication.translate("FindBar", "Replaced: {count} ({fields} in fields)").format(
                    count=len(hits), fields=in_fields
                )
            )
        else:
            self._status(QCoreApplication.translate("FindBar", "Replaced: {count}").format(count=len(hits)))
        self._refresh_highlights(report=False)
        if in_fields:
            self.fieldsReplaced.emit(frontmatter.changed_keys_in_text(before, editor.toPlainText()))
        return len(hits)

    # -- building -----------------------------------------------------------

    def _build(self) -> None:
        self.find_field = QLineEdit(
            self,
            placeholderText=QCoreApplication.translate("FindBar", "Find"),
            clearButtonEnabled=True,
        )
        self.replace_field = QLineEdit(
            self, placeholderText=QCoreApplication.translate("FindBar", "Replace with")
        )
        self.replace_field.setToolTip(
            QCoreApplication.translate(
                "FindBar",
                "With regular expressions, \\1 or \\g<name> inserts what a group matched.",
            )
        )
        self.match_case = QCheckBox(QCoreApplication.translate("FindBar", "Match case"), self)
        self.whole_words = QCheckBox(QCoreApplication.translate("FindBar", "Whole words"), self)
        self.regex = QCheckBox(QCoreApplication.translate("FindBar", "Regular expression"), self)
        self.highlight_all = QCheckBox(
            QCoreApplication.translate("FindBar", "Highlight all"), self, checked=True
        )
        self.also_fields = QCheckBox(QCoreApplication.translate("FindBar", "Also in fields"), self)
        self.also_fields.setToolTip(
            QCoreApplication.translate(
                "FindBar",
                "Search and replace in the article fields (front matter) too, not only in the text",
            )
        )
        self.previous_button = self._button(
            QCoreApplication.translate("FindBar", "Previous"), self.find_previous
        )
        self.next_button = self._button(
            QCoreApplication.translate("FindBar", "Next"), self.find_next
        )
        self.replace_button = self._button(
            QCoreApplication.translate("FindBar", "Replace"), self.replace_current
        )
        self.replace_all_button = self._button(
            QCoreApplication.translate("FindBar", "Replace All"), self.replace_all
        )
        self.close_button = self._button("✕", self.close_bar)
        self.close_button.setToolTip(QCoreApplication.translate("FindBar", "Close (Esc)"))
        self.status_label = QLabel(self)
        self.status_label.setMinimumWidth(120)

        options = QHBoxLayout()
        for box in (self.match_case, self.whole_words, self.regex, self.also_fields, self.highlight_all):
            options.addWidget(box)
            box.toggled.connect(self._options_changed)
        options.addStretch(1)
        options.addWidget(self.status_label)

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.find_field, 0, 0)
        grid.addWidget(self.previous_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(self.close_button, 0, 3)
        grid.addWidget(self.replace_field, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        grid.addLayout(options, 2, 0, 1, 4)
        grid.setColumnStretch(0, 1)

        self.find_field.textEdited.connect(self._query_edited)
        self.find_field.installEventFilter(self)
        self.replace_field.installEventFilter(self)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _button(self, text: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.clicked.connect(slot)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter finds the next hit, Shift+Enter the previous; in the replace field, replaces."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        backward = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if watched is self.replace_field:
            self.replace_current()
        else:
            self._find(backward=backward)
        return True

    # -- searching ----------------------------------------------------------

    def _open(self, replace: bool) -> None:
        for widget in (self.replace_field, self.replace_button, self.replace_all_button):
            widget.setVisible(replace)
        editor = self._target
        if editor is not None:
            selected = editor.textCursor().selectedText()
            if selected and "\u2029" not in selected:  # one line only: a multi-line query is rare
                self.find_field.setText(selected)
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()
        self._refresh_highlights()

    def _query_edited(self) -> None:
        """Search as you type, starting at the current hit so it grows in place."""
        editor = self._target
        if editor is not None:
            cursor = editor.textCursor()
            cursor.setPosition(cursor.selectionStart())
            editor.setTextCursor(cursor)
        self._refresh_highlights()
        if self.find_field.text():
            self._find(backward=False)

    def _options_changed(self) -> None:
        self._refresh_highlights()

    def _find(self, backward: bool) -> bool:
        editor = self._target
        hits = self._hits()
        if editor is None or not hits:
            return False
        visible = [h for h in hits if h.end > h.start]
        if not visible:
            self._status(QCoreApplication.translate("FindBar", "No matches"))
            return False
        snapshot = self._snapshot
        assert snapshot is not None
        offsets = snapshot.offsets
        cursor = editor.textCursor()
        if backward:
            here = offsets.to_python(cursor.selectionStart())
            before = [h for h in visible if h.start < here]
            hit = before[-1] if before else visible[-1]
        else:
            here = offsets.to_python(cursor.selectionEnd())
            after = [h for h in visible if h.start >= here]
            hit = after[0] if after else visible[0]
        editor.setTextCursor(snapshot.select(cursor, hit))
        editor.ensureCursorVisible()
        number = visible.index(hit) + 1
        self._status(
            QCoreApplication.translate("FindBar", "{number} of {total}").format(
                number=number, total=len(visible)
            )
        )
        return True

    def _hits(self, report: bool = True) -> list[Match] | None:
        """All hits in the target, or None if the query is unusable.

        With ``report``, the status line says why nothing was found.
        """
        editor = self._target
        query = self.find_field.text()
        if editor is None or not query:
            if report:
                self._status("")
            return None
        try:
            pattern = compile_pattern(query, self.options())
        except FederError as error:
            if report:
                self._show_error(error)
            return None
        snapshot = self._text(editor.document())
        hits = find_all(snapshot.text, pattern)
        if not self.also_fields.isChecked():  # the body unless the writer asks for the fields
            hits = [h for h in hits if h.start >= snapshot.body_start]
        if report:
            count = sum(1 for h in hits if h.end > h.start)
            self._status(
                QCoreApplication.translate("FindBar", "Matches: {count}").format(count=count)
                if count
                else QCoreApplication.translate("FindBar", "No matches")
            )
        return hits

    def _text(self, document: QTextDocument) -> SearchSnapshot:
        if self._snapshot is None:
            self._snapshot = SearchSnapshot.of(document)
        return self._snapshot

    def _document_changed(self) -> None:
        self._snapshot = None
        self._refresh_timer.start()

    def _refresh_highlights(self, report: bool = True) -> None:
        editor = self._target
        selections: list[QTextEdit.ExtraSelection] = []
        if editor is not None and not self.isHidden():
            hits = self._hits(report) or []
            if self.highlight_all.isChecked() and self._snapshot is not None:
                for hit in hits[:HIGHLIGHT_LIMIT]:
                    if hit.end > hit.start:
                        selections.append(self._snapshot.highlight(editor, hit))
        self._apply_selections(selections)

    def _apply_selections(self, selections: list[QTextEdit.ExtraSelection]) -> None:
        self._selections = selections
        if self._target is not None:
            extra_selections.set_layer(self._target, LAYER, selections, LAYER_ORDER)
        self.selectionsChanged.emit()

    def _target_destroyed(self) -> None:
        self._target = None
        self._snapshot = None
        self._selections = []

    # -- messages -----------------------------------------------------------

    def _status(self, text: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)

    def _show_error(self, error: FederError) -> None:
        self.status_label.setStyleSheet("color: #c0392b;")
        self.status_label.setText(error_text(error))


