"""The main window's place, docks and editor/preview split, kept from one start to the next.

``window`` is the main window (``main_window.MainWindow``, handed in, not imported:
it imports this module).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from editor.ui import settings as settings_store


def restore_window_state(window: QMainWindow) -> None:
    settings = window.settings
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1400, 880)
        window.resizeDocks([window.fields_panel], [400], Qt.Orientation.Horizontal)
    state = settings.value("window/state")
    if state is not None:
        window.restoreState(state)
    splitter = settings.value("window/splitter")
    if splitter is not None:
        window.view.restore_splitter_state(splitter)


def save_window_state(window: QMainWindow) -> None:
    """The open articles too, so the next start reopens them."""
    settings = window.settings
    settings_store.set_session_files(settings, window.open_files())
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", window.view.splitter_state())
    settings.sync()
