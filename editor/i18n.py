"""Loading translations for the GUI and the command line (QtCore only, no widgets).

The language comes from the setting (``de``, ``en`` or system) or else from the
locale, as a desktop user expects: LANG=de_DE.UTF-8 gives a German Feder.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor import paths
from editor.core.messages import FederError

_installed: list[QTranslator] = []  # translators must outlive the call


def install_translators(app: QCoreApplication, language: str = "system") -> QLocale:
    """Install Feder's and Qt's own translations for ``language`` into ``app``."""
    locale = QLocale.system() if language in ("", "system") else QLocale(language)
    QLocale.setDefault(locale)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        ("feder", str(paths.translations_dir())),
        ("qtbase", qt_dir),
        ("qtwebengine", qt_dir),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return locale


def error_text(error: FederError) -> str:
    """A core error in the user's language."""
    return error.text(QCoreApplication.translate)
