"""The Interface Language menu: follow the system, Deutsch or English.

The choice is stored under ``ui/language``, which editor.ui.window.application reads
before any widget exists. A running window is not re-translated: its widgets
were built with the old texts, and switching half of them would be worse than
waiting. So the menu says plainly that the choice applies after a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
#: Languages Feder ships, named in their own language (never translated), so
#: a writer who cannot read the current interface still finds their own.
LANGUAGES: tuple[tuple[str, str], ...] = (("de", "&Deutsch"), ("en", "&English"))


def current_language(settings: QSettings) -> str:
    """The stored choice; anything unknown (a hand-edited file) counts as the system's."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in {code for code, _name in LANGUAGES} else SYSTEM


def make_interface_language_menu(parent: QWidget, settings: QSettings) -> QMenu:
    """A menu of radio items that stores the chosen interface language in ``settings``."""
    menu = QMenu(QCoreApplication.translate("InterfaceLanguage", "&Interface Language"), parent)
    menu.setObjectName("interfaceLanguageMenu")
    group = QActionGroup(menu)
    choices = [(SYSTEM, QCoreApplication.translate("InterfaceLanguage", "Follow &System")), *LANGUAGES]
    current = current_language(settings)
    for code, name in choices:
        action = QAction(name, menu, checkable=True, checked=code == current)
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: _store(settings, c))
        group.addAction(action)
        menu.addAction(action)
    menu.addSeparator()
    note = menu.addAction(QCoreApplication.translate("InterfaceLanguage", "Applies after a restart"))
    note.setObjectName("interfaceLanguageNote")
    note.setEnabled(False)
    return menu


def _store(settings: QSettings, code: str) -> None:
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()  # a crash before quitting must not lose the choice
