"""The main window's menu bar and toolbar, laid out from the window's action groups.

The window creates the actions and wires what they do; this module only puts
them in order. ``window`` is the main window (``main_window.MainWindow``, not
imported here: it imports this module). Texts keep the "MainWindow" translation
context they were born in.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from editor.ui.window.language_setting import make_interface_language_menu


class Menus(NamedTuple):
    file: QMenu
    publish: QMenu
    edit: QMenu
    format: QMenu
    view: QMenu
    tools: QMenu
    help: QMenu


def build_menus(window: QMainWindow) -> Menus:
    """Fill the window's menu bar; the View menu is left open for the docks and appearance."""
    bar = window.menuBar()
    f, e, fmt, v = window.file_actions, window.edit_actions, window.format_actions, window.view_actions
    search, tools, help_ = window.search_actions, window.tool_actions, window.help_actions
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addActions([f.new, f.open])
    file_menu.addMenu(window.files.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([f.save, f.save_as])
    file_menu.addSeparator()
    file_menu.addAction(f.export)
    publish_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "&Publish"))
    publish_menu.setToolTipsVisible(True)  # says why sending is greyed out offline
    publish_menu.addAction(f.send_wordpress)
    file_menu.addSeparator()
    file_menu.addAction(f.close)
    file_menu.addSeparator()
    file_menu.addAction(f.quit)
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addActions([e.undo, e.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([e.cut, e.copy, e.copy_html, e.paste, window.paste_plain])
    edit_menu.addSeparator()
    edit_menu.addAction(e.select_all)
    edit_menu.addSeparator()
    edit_menu.addActions([search.find, search.replace])
    format_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "F&ormat"))
    format_menu.addActions([fmt.bold, fmt.italic, fmt.link])
    format_menu.addSeparator()
    format_menu.addActions([fmt.heading2, fmt.heading3, fmt.quote, fmt.bullet_list])
    format_menu.addSeparator()
    format_menu.addAction(window.image_actions.insert_image)
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addActions([v.toggle_preview, v.show_front_matter])
    view_menu.addSeparator()
    view_menu.addActions([v.focus_mode, v.typewriter, v.full_screen])
    view_menu.addSeparator()
    tools_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
    tools_menu.addAction(tools.check)
    tools_menu.addSeparator()
    tools_menu.addAction(search.typography)
    tools_menu.addSeparator()
    tools_menu.addMenu(make_interface_language_menu(window, window.settings))
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addActions([help_.cheat_sheet, help_.shortcuts])
    help_menu.addSeparator()
    about = help_menu.addAction(QCoreApplication.translate("MainWindow", "&About Feder"))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: _show_about(window))
    return Menus(file_menu, publish_menu, edit_menu, format_menu, view_menu, tools_menu, help_menu)


def build_toolbar(window: QMainWindow) -> QToolBar:
    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    f, fmt = window.file_actions, window.format_actions
    toolbar.addActions([f.new, f.open, f.save])
    toolbar.addSeparator()
    toolbar.addActions([fmt.bold, fmt.italic, fmt.link, fmt.heading2, fmt.quote, fmt.bullet_list])
    toolbar.addAction(window.image_actions.insert_image)
    toolbar.addSeparator()
    toolbar.addAction(window.tool_actions.check)
    return toolbar


def _show_about(window: QMainWindow) -> None:
    from editor.ui.window.about_dialog import AboutDialog  # loaded when asked for

    AboutDialog(window).exec()
