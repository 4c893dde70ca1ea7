"""The app's actions, grouped by menu; each group builds its own actions.

The main window asks a group for its actions and connects them: no menu
is built in one giant function, and every text goes through ``tr()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence


def make_action(
    parent: QObject,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    icon: str = "",
    tip: str = "",
    checkable: bool = False,
) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(QKeySequence(shortcut))
    if icon:
        action.setIcon(QIcon.fromTheme(icon))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.setCheckable(checkable)
    return action


class FileActions:
    def __init__(self, parent: QObject) -> None:
        key = QKeySequence.StandardKey
        self.new = make_action(parent, QCoreApplication.translate("Actions", "&New"), key.New, "document-new", QCoreApplication.translate("Actions", "Start a new article"))
        self.open = make_action(parent, QCoreApplication.translate("Actions", "&Open…"), key.Open, "document-open", QCoreApplication.translate("Actions", "Open an article"))
        self.save = make_action(parent, QCoreApplication.translate("Actions", "&Save"), key.Save, "document-save", QCoreApplication.translate("Actions", "Save the article"))
        self.save_as = make_action(parent, QCoreApplication.translate("Actions", "Save &As…"), key.SaveAs, "document-save-as")
        self.close = make_action(parent, QCoreApplication.translate("Actions", "&Close Article"), key.Close, "document-close")
        self.export = make_action(parent, QCoreApplication.translate("Actions", "&Export…"), "Ctrl+E", "document-export", QCoreApplication.translate("Actions", "Export as HTML page, HTML fragment or Markdown"))
        self.send_wordpress = make_action(parent, QCoreApplication.translate("Actions", "Send to &WordPress as Draft…"), None, "", QCoreApplication.translate("Actions", "Send the article to a WordPress site as a draft, with its images, tags and author"))
        self.quit = make_action(parent, QCoreApplication.translate("Actions", "&Quit"), key.Quit, "application-exit")


class EditActions:
    def __init__(self, parent: QObject) -> None:
        key = QKeySequence.StandardKey
        self.undo = make_action(parent, QCoreApplication.translate("Actions", "&Undo"), key.Undo, "edit-undo")
        self.redo = make_action(parent, QCoreApplication.translate("Actions", "&Redo"), key.Redo, "edit-redo")
        self.cut = make_action(parent, QCoreApplication.translate("Actions", "Cu&t"), key.Cut, "edit-cut")
        self.copy = make_action(parent, QCoreApplication.translate("Actions", "&Copy"), key.Copy, "edit-copy")
        self.paste = make_action(parent, QCoreApplication.translate("Actions", "&Paste"), key.Paste, "edit-paste")
        self.copy_html = make_action(parent, QCoreApplication.translate("Actions", "Copy as &HTML"), "Ctrl+Shift+H", "", QCoreApplication.translate("Actions", "Copy the article as HTML for a CMS"))
        self.select_all = make_action(parent, QCoreApplication.translate("Actions", "Select &All"), key.SelectAll, "edit-select-all")


class FormatActions:
    def __init__(self, parent: QObject) -> None:
        self.bold = make_action(parent, QCoreApplication.translate("Actions", "&Bold"), "Ctrl+B", "format-text-bold", QCoreApplication.translate("Actions", "Bold (**text**)"))
        self.italic = make_action(parent, QCoreApplication.translate("Actions", "&Italic"), "Ctrl+I", "format-text-italic", QCoreApplication.translate("Actions", "Italic (*text*)"))
        self.link = make_action(parent, QCoreApplication.translate("Actions", "&Link"), "Ctrl+K", "insert-link", QCoreApplication.translate("Actions", "Link ([text](address))"))
        self.heading2 = make_action(parent, QCoreApplication.translate("Actions", "Heading &2"), "Ctrl+2", "", QCoreApplication.translate("Actions", "Section heading (## …)"))
        self.heading3 = make_action(parent, QCoreApplication.translate("Actions", "Heading &3"), "Ctrl+3", "", QCoreApplication.translate("Actions", "Sub-heading (### …)"))
        self.quote = make_action(parent, QCoreApplication.translate("Actions", "&Quote"), "Ctrl+Shift+Q", "format-indent-more", QCoreApplication.translate("Actions", "Quote (> …)"))
        self.bullet_list = make_action(parent, QCoreApplication.translate("Actions", "Bulleted &list"), "Ctrl+Shift+L", "format-list-unordered")


class ViewActions:
    def __init__(self, parent: QObject) -> None:
        self.toggle_preview = make_action(parent, QCoreApplication.translate("Actions", "&Preview"), "Ctrl+Shift+P", checkable=True)
        self.toggle_preview.setChecked(True)
        self.show_front_matter = make_action(
            parent,
            QCoreApplication.translate("Actions", "Show Front Matter (&YAML)"),
            "Ctrl+Shift+Y",
            checkable=True,
            tip=QCoreApplication.translate("Actions", "Show the article fields as YAML at the top of the text"),
        )
        self.focus_mode = make_action(parent, QCoreApplication.translate("Actions", "F&ocus Mode"), "Ctrl+Shift+F", checkable=True)
        self.typewriter = make_action(parent, QCoreApplication.translate("Actions", "&Typewriter Scrolling"), "Ctrl+Shift+T", checkable=True)
        self.full_screen = make_action(parent, QCoreApplication.translate("Actions", "Distraction-Free &Full Screen"), "F11", checkable=True)


class ToolActions:
    def __init__(self, parent: QObject) -> None:
        self.check = make_action(
            parent,
            QCoreApplication.translate("Actions", "&Check Before Publishing"),
            "F7",
            "tools-check-spelling",
            QCoreApplication.translate("Actions", "List what still needs work before the article goes out"),
        )


class SearchActions:
    def __init__(self, parent: QObject) -> None:
        self.find = make_action(parent, QCoreApplication.translate("Actions", "&Find…"), QKeySequence.StandardKey.Find, "edit-find")
        self.replace = make_action(parent, QCoreApplication.translate("Actions", "R&eplace…"), "Ctrl+H", "edit-find-replace")
        self.typography = make_action(
            parent,
            QCoreApplication.translate("Actions", "German &Typography While Typing"),
            checkable=True,
            tip=QCoreApplication.translate("Actions", "Turn quotes, dashes and dots into „…“, – and … as you type"),
        )


class HelpActions:
    def __init__(self, parent: QObject) -> None:
        self.cheat_sheet = make_action(
            parent,
            QCoreApplication.translate("Actions", "&Markdown Cheat Sheet"),
            QKeySequence.StandardKey.HelpContents,
            "help-contents",
            QCoreApplication.translate("Actions", "What to type for headings, links, figures with credit and more"),
        )
        self.shortcuts = make_action(
            parent,
            QCoreApplication.translate("Actions", "&Keyboard Shortcuts"),
            "Ctrl+F1",
            "help-keyboard-shortcuts",
        )
