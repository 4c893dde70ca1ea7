"""The preview's place in the window before QtWebEngine is loaded.

Loading QtWebEngine, creating its profile and page costs more than the whole
rest of the window, so an article's :class:`~editor.ui.preview.view.PreviewView`
is created only after the editor has been painted the first time (or when a
background tab comes to the front): the window and the text come first, the
preview a moment later. Until then a plain widget holds its place in the
splitter, and settings made meanwhile (folder, stylesheet, theme, shown or
hidden, the latest render result) are kept and handed to the view when it is
built. Anything else asked of the preview builds it at once, so callers can
treat this object as the view itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtWidgets import QSplitter, QWidget

from editor.ui.first_paint import FirstPaint

if TYPE_CHECKING:
    from editor.core.preview.job import PreviewResult
    from editor.ui.preview.view import PreviewView


class _Signals(QObject):
    linkClicked = Signal(QUrl)
    topLineChanged = Signal(int)
    updated = Signal()


class LazyPreview:
    """Stands in for the article's PreviewView; builds it after ``painted`` first paints."""

    def __init__(self, splitter: QSplitter, painted: QWidget) -> None:
        self._splitter = splitter
        self._signals = _Signals(splitter)
        self._view: PreviewView | None = None
        self._placeholder = QWidget(splitter)
        self._placeholder.setObjectName("previewPlaceholder")
        splitter.addWidget(self._placeholder)
        self._folder: Path | None = None
        self._stylesheet: Path | None = None
        self._theme = ""
        self._visible = True
        self._result: PreviewResult | None = None
        self._watch = FirstPaint(painted, self._build_soon)

    # ---- signals of the view (connectable before it exists) ----------------------------
    @property
    def linkClicked(self):  # noqa: N802 - the view's signal name
        return self._signals.linkClicked

    @property
    def topLineChanged(self):  # noqa: N802
        return self._signals.topLineChanged

    @property
    def updated(self):
        return self._signals.updated

    # ---- what may be set before the view exists ----------------------------------------
    @property
    def is_built(self) -> bool:
        return self._view is not None

    def set_folder(self, folder: Path | None) -> None:
        self._folder = folder
        if self._view is not None:
            self._view.set_folder(folder)

    def set_stylesheet(self, path: Path | None) -> None:
        self._stylesheet = path
        if self._view is not None:
            self._view.set_stylesheet(path)

    def set_theme(self, theme: str) -> None:
        self._theme = theme
        if self._view is not None:
            self._view.set_theme(theme)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - QWidget's name
        self._visible = visible
        (self._view or self._placeholder).setVisible(visible)

    def isVisible(self) -> bool:  # noqa: N802
        return (self._view or self._placeholder).isVisible()

    def show_result(self, result: PreviewResult) -> None:
        if self._view is not None:
            self._view.show_result(result)
            return
        self._result = result
        if not self._placeholder.window().isVisible():
            self.view()  # no window on screen (scripts, tests): nothing to wait for

    def scroll_to_line(self, line: int) -> None:
        if self._view is not None:
            self._view.scroll_to_line(line)

    # ---- the view itself ---------------------------------------------------------------
    def view(self) -> PreviewView:
        """The real preview, built now if it was not yet."""
        if self._view is None:
            self._build()
        assert self._view is not None
        return self._view

    def __getattr__(self, name: str):
        # Only reached for names this class does not define: those belong to the view.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.view(), name)

    def _build_soon(self) -> None:
        QTimer.singleShot(0, self._build_if_needed)

    def _build_if_needed(self) -> None:
        if self._view is None:
            self._build()

    def _build(self) -> None:
        from editor.ui.preview.view import PreviewView  # QtWebEngine loads here, not at start-up

        # No parent yet: a child of the splitter would join it beside the placeholder
        # instead of taking the placeholder's place.
        view = PreviewView(None, folder=self._folder, stylesheet=self._stylesheet)
        view.linkClicked.connect(self._signals.linkClicked)
        view.topLineChanged.connect(self._signals.topLineChanged)
        view.updated.connect(self._signals.updated)
        if self._theme:
            view.set_theme(self._theme)
        placeholder = self._placeholder
        index = self._splitter.indexOf(placeholder)
        sizes = self._splitter.sizes()
        view.setSizePolicy(placeholder.sizePolicy())  # its stretch factor, so both sides shrink alike
        self._splitter.replaceWidget(index, view)
        placeholder.deleteLater()
        view.setVisible(self._visible)
        # A widget shown in a splitter gets its size hint (640 px for a web view),
        # which would squeeze the editor; the writer's split stays as it was.
        if sum(sizes):
            self._splitter.setSizes(sizes)
        self._view = view
        self._watch.stop()
        if self._result is not None:
            result, self._result = self._result, None
            view.show_result(result)

