"""Writing without distraction: focus mode, typewriter scrolling, text column, full screen.

Each part attaches to an existing editor or window and can be switched on and
off; none needs a subclass. Focus mode dims through an extra-selection layer
(:mod:`editor.ui.editing.extra_selections`), because the Markdown highlighter owns
the document's QSyntaxHighlighter and the find bar shares the selections.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPalette, QTextBlock, QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QPlainTextEdit,
    QStatusBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from editor.ui.colours import blend
from editor.ui.editing import extra_selections

LAYER = "focus"
LAYER_ORDER = -10  # under the find bar's highlights
DIM_STRENGTH = 0.62  # how far the dimmed text moves from the text colour to the background
_SEPARATOR = re.compile(r"^ {0,3}(#{1,6}(\s|$)|(---|\.\.\.|\*\*\*|___)\s*$|```|~~~)")


class Switch(QObject):
    """A writing aid that a checkable action switches on and off.

    Switching to the state it is already in does nothing, so a toggled signal
    and a restored setting may both call :meth:`set_enabled`. Subclasses say
    what on and off mean in :meth:`_switch_on` and :meth:`_switch_off`.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._enabled = False

    def is_enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        if enabled == self._enabled:
            return
        self._enabled = enabled
        if enabled:
            self._switch_on()
        else:
            self._switch_off()

    def _switch_on(self) -> None:
        raise NotImplementedError

    def _switch_off(self) -> None:
        raise NotImplementedError


class FocusMode(Switch):
    """The paragraph with the cursor at full contrast, the rest of the text dimmed.

    A paragraph is what Markdown calls one: the lines between blank lines, so
    hard-wrapped text is focused as a whole.
    """

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._range: tuple[int, int, int] | None = None

    def _switch_on(self) -> None:
        editor = self._editor
        editor.cursorPositionChanged.connect(self.refresh)
        editor.document().blockCountChanged.connect(self._force_refresh)
        editor.installEventFilter(self)
        self._force_refresh()

    def _switch_off(self) -> None:
        editor = self._editor
        editor.cursorPositionChanged.disconnect(self.refresh)
        editor.document().blockCountChanged.disconnect(self._force_refresh)
        editor.removeEventFilter(self)
        self._range = None
        extra_selections.set_layer(editor, LAYER, [])

    def refresh(self) -> None:
        """Re-dim if the cursor moved into another paragraph (cheap otherwise)."""
        if not self._enabled:
            return
        first, last = paragraph_around(self._editor.textCursor().block())
        key = (first.blockNumber(), last.blockNumber(), self._editor.document().blockCount())
        if key == self._range:
            return  # the dimmed ranges' cursors follow edits inside the paragraph
        self._range = key
        extra_selections.set_layer(self._editor, LAYER, self._dimmed(first, last), LAYER_ORDER)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:  # theme switched: new dim colour
            self._force_refresh()
        return False

    def _force_refresh(self) -> None:
        self._range = None
        self.refresh()

    def _dimmed(self, first: QTextBlock, last: QTextBlock) -> list[QTextEdit.ExtraSelection]:
        document = self._editor.document()
        colour = dim_colour(self._editor.palette())
        start = first.position()
        end = last.position() + last.length()  # start of the block after the paragraph
        total = document.characterCount()
        selections = []
        for begin, stop in ((0, start), (end, total - 1)):
            if stop <= begin:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(begin)
            cursor.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setForeground(colour)
            selections.append(selection)
        return selections


def paragraph_around(block: QTextBlock) -> tuple[QTextBlock, QTextBlock]:
    """The first and last block of the Markdown paragraph holding ``block``.

    Paragraphs end at blank lines; a heading, a ``---`` line (front matter,
    thematic break) and a code fence line stand alone even without them, so
    the front matter is not one paragraph with the text right below it.
    """
    if _stands_alone(block.text()):
        return block, block
    first = block
    while first.previous().isValid() and not _stands_alone(first.previous().text()):
        first = first.previous()
    last = block
    while last.next().isValid() and not _stands_alone(last.next().text()):
        last = last.next()
    return first, last


def _stands_alone(line: str) -> bool:
    return not line.strip() or _SEPARATOR.match(line) is not None


def dim_colour(palette: QPalette) -> QColor:
    """The text colour moved towards the background: readable, but clearly receded."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return blend(text, base, DIM_STRENGTH)


class TypewriterScrolling(Switch):
    """Keeps the line with the cursor in the vertical middle of the editor.

    Not while a mouse button is down: a click or a drag selection must not
    make the text jump under the pointer.
    """

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._center_on_scroll = editor.centerOnScroll()

    def _switch_on(self) -> None:
        editor = self._editor
        self._center_on_scroll = editor.centerOnScroll()
        editor.setCenterOnScroll(True)  # lets the last lines scroll up to the middle too
        editor.cursorPositionChanged.connect(self.center)
        editor.installEventFilter(self)
        self.center()

    def _switch_off(self) -> None:
        editor = self._editor
        editor.cursorPositionChanged.disconnect(self.center)
        editor.removeEventFilter(self)
        editor.setCenterOnScroll(self._center_on_scroll)

    def center(self) -> None:
        if self._enabled and QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton:
            self._editor.centerCursor()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.MouseButtonRelease):
            self.center()
        return False


class TextColumn(QObject):
    """Limits the text to a column of about ``width`` characters, centred.

    Long lines are tiring to read; a column of 60–80 characters is what print
    uses. The rest of the editor's width becomes margin on both sides.
    """

    def __init__(self, editor: QPlainTextEdit, width: int = 0) -> None:
        super().__init__(editor)
        self._editor = editor
        self._width = 0
        self.set_width(width)

    def width(self) -> int:
        return self._width

    def set_width(self, characters: int) -> None:
        """Column width in characters; 0 fills the editor.

        Only a set width follows the editor's size and font: the filter sees every
        event of the editor, seven per keystroke, so full width (the default) costs
        typing nothing.
        """
        self._width = max(0, characters)
        if self._width:
            self._editor.installEventFilter(self)  # once: Qt keeps one entry per filter
        else:
            self._editor.removeEventFilter(self)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._update()
        return False

    def _update(self) -> None:
        editor = self._editor
        side = 0
        if self._width:
            column = editor.fontMetrics().averageCharWidth() * self._width
            column += 2 * round(editor.document().documentMargin())
            available = editor.width() - editor.verticalScrollBar().sizeHint().width()
            side = max(0, (available - column) // 2)
        margins = editor.viewportMargins()
        if margins.left() != side or margins.right() != side:
            editor.setViewportMargins(side, margins.top(), side, margins.bottom())
        # The margins belong to the page, not to the window around it.
        editor.setBackgroundRole(QPalette.ColorRole.Base)
        editor.setAutoFillBackground(side > 0)


class DistractionFree(Switch):
    """Full screen with only the text: menus, toolbars, docks and status bar hidden.

    What was visible before comes back when it is switched off; ``also_hide``
    names more widgets (the tab bar) the window wants out of view, and
    ``switch_off`` checkable actions (the preview, the YAML view) that are
    unchecked on the way in and get their state back on the way out. While
    inside, the writer may switch them on again ("unless asked for").

    The window's shortcuts keep working while the menus are hidden only if the
    window itself carries the actions (``QWidget.addActions``); the main window
    does that, and Esc leaves the mode (see ``leave_on_escape``).
    """

    def __init__(
        self,
        window: QMainWindow,
        also_hide: Iterable[QWidget] = (),
        switch_off: Iterable[QAction] = (),
    ) -> None:
        super().__init__(window)
        self._window = window
        self._also_hide = list(also_hide)
        self._unchecked = list(switch_off)  # the actions switched off on the way in
        self._hidden: list[QWidget] = []
        self._was_checked: list[tuple[QAction, bool]] = []
        self._state = window.windowState()

    def _switch_on(self) -> None:
        window = self._window
        self._state = window.windowState()
        chrome = [window.menuWidget(), *self._also_hide]
        for kind in (QToolBar, QDockWidget, QStatusBar):  # the window's own, not nested ones
            chrome += [w for w in window.findChildren(kind) if w.parent() is window]
        self._hidden = [w for w in chrome if w is not None and w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self._was_checked = [(action, action.isChecked()) for action in self._unchecked]
        for action in self._unchecked:
            action.setChecked(False)
        window.setWindowState(self._state | Qt.WindowState.WindowFullScreen)

    def _switch_off(self) -> None:
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        for action, checked in self._was_checked:
            action.setChecked(checked)
        self._was_checked = []
        self._window.setWindowState(self._state & ~Qt.WindowState.WindowFullScreen)
