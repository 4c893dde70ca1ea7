"""Dock panels that build their contents the first time they are shown.

Most side panels are hidden at start (tabbed behind the fields, or closed), so
building their widgets then only delays the first frame. A panel derives from
:class:`LazyDock`, builds its contents in :meth:`LazyDock.build` and marks the
public methods that need those widgets with :func:`needs_contents`.

The dock itself exists from the start (title, object name, its View-menu
toggle), so ``QMainWindow.restoreState`` places it and shows it again if it
was open last time; showing it then builds it. Outside the main window (a
panel made on its own, as in tests) the contents are built at once unless
``lazy=True`` is asked for.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDockWidget, QWidget

F = TypeVar("F", bound=Callable[..., Any])


class LazyDock(QDockWidget):
    """A dock whose widget is made by :meth:`build` when first on screen (or first used)."""

    #: The contents were just built (the window may now hand them the current state).
    built = Signal()

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None, lazy: bool = False) -> None:
        super().__init__(title, parent)
        self.setObjectName(object_name)  # restoreState finds the dock by this name
        self._built = False
        self._on_screen = False
        # Not showEvent: QMainWindow keeps the tabs behind the current one "visible",
        # only moved out of sight; visibilityChanged says whether the writer sees it.
        self.visibilityChanged.connect(self._visibility_changed)
        if not lazy:
            self.ensure_built()

    def is_built(self) -> bool:
        return self._built

    def is_on_screen(self) -> bool:
        """Shown and not a tab behind another dock (``isVisible`` is true for those too)."""
        return self._on_screen and self.isVisible()

    def ensure_built(self) -> None:
        """Build the contents now if that has not happened yet."""
        if self._built:
            return
        self._built = True
        contents = self.build()
        self.setWidget(contents)
        if self.isVisible():
            contents.show()  # a child added to a shown parent stays hidden until asked
        self.built.emit()

    def build(self) -> QWidget:
        """Make the dock's widget (and whatever the panel keeps of it)."""
        raise NotImplementedError

    def _visibility_changed(self, shown: bool) -> None:
        self._on_screen = shown
        if shown:
            self.ensure_built()


def needs_contents(method: F) -> F:
    """A public method of a :class:`LazyDock` that reads or changes its widgets."""

    @functools.wraps(method)
    def wrapper(self: LazyDock, *args: Any, **kwargs: Any) -> Any:
        self.ensure_built()
        return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]
