"""Several articles open at once, one tab each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from editor.core.files.recovery import RecoveryStore
from editor.ui.article.article_view import ArticleView
from editor.ui.spelling.controller import SharedSpelling


class ArticleTabs(QTabWidget):
    """Holds the open :class:`ArticleView` objects and keeps tab titles current."""

    currentViewChanged = Signal(object)  # ArticleView
    closeRequested = Signal(object)  # ArticleView: the writer clicked a tab's close button
    externalChange = Signal(object, object, bool)  # view, path, deleted (on disk)
    autosaveFailed = Signal(str)
    viewAdded = Signal(object)  # ArticleView

    def __init__(
        self,
        parent: QWidget | None = None,
        recovery: RecoveryStore | None = None,
        spelling: SharedSpelling | None = None,
    ) -> None:
        super().__init__(parent)
        self.recovery = recovery or RecoveryStore()
        self.spelling = spelling or SharedSpelling(parent=self)  # shared by every tab
        self._typography: bool | None = None  # None: on for German articles
        self.setObjectName("articleTabs")
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.tabBar().setAutoHide(True)  # one article: no tab bar taking space
        self.currentChanged.connect(lambda _index: self.currentViewChanged.emit(self.current()))
        self.tabCloseRequested.connect(lambda index: self.closeRequested.emit(self.widget(index)))

    def current(self) -> ArticleView:
        view = self.currentWidget()
        assert isinstance(view, ArticleView)
        return view

    def views(self) -> list[ArticleView]:
        return [self.widget(i) for i in range(self.count())]  # type: ignore[misc]

    def add_view(self) -> ArticleView:
        view = ArticleView(self, self.recovery, self.spelling)
        view.typography_enabled = self._typography
        document = view.document
        document.externalChange.connect(lambda path, deleted, v=view: self.externalChange.emit(v, path, deleted))
        document.autosaveFailed.connect(self.autosaveFailed)
        index = self.addTab(view, "")
        document.modificationChanged.connect(lambda _m, v=view: self._retitle(v))
        document.pathChanged.connect(lambda _p, v=view: self._retitle(v))
        self._retitle(view)
        self.setCurrentIndex(index)
        self.viewAdded.emit(view)
        return view

    def set_typography(self, enabled: bool | None) -> None:
        """Typography while typing for every open and every new article (None: by language)."""
        self._typography = enabled
        for view in self.views():
            view.typography_enabled = enabled

    def find(self, path: Path) -> ArticleView | None:
        resolved = Path(path).resolve()
        return next((v for v in self.views() if v.path == resolved), None)

    def remove(self, view: ArticleView) -> None:
        view.release()
        self.removeTab(self.indexOf(view))
        view.deleteLater()

    def is_blank(self, view: ArticleView) -> bool:
        """An untitled, unchanged, empty tab that an opened file may replace."""
        return view.path is None and not view.is_modified() and not view.document.text()

    def _retitle(self, view: ArticleView) -> None:
        index = self.indexOf(view)
        if index < 0:
            return
        name = view.display_name() or self.tr("Untitled")
        self.setTabText(index, f"{name} •" if view.is_modified() else name)
        self.setTabToolTip(index, str(view.path) if view.path else name)
