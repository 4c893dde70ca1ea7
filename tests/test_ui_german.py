"""A writer with a German desktop sees German everywhere: menus, panels, dialogs, Qt's own texts.

Each part is built twice, once in English and once in German, and every text a
user can see (menu and action texts, tips, labels, buttons, placeholders, dock
and tab titles, combo items) is collected. A text shown the same way in both
languages was not translated, unless it reads the same in German (allow-list).
The German comes from the committed .ts, compiled for the test.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from editor import paths
from editor.core.authors.store import AuthorProfile
from editor.core.files import storage
from editor.core.files.recovery import RecoveryStore
from editor.core.text.article import Article
from editor.i18n import install_translators
from editor.ui.window.language_setting import (
    LANGUAGE_KEY,
    current_language,
    make_interface_language_menu,
)

ROOT = Path(__file__).resolve().parent.parent

#: Words that are the same in both languages on purpose: names, loan words, Qt's month names.
NEUTRAL_WORDS = {
    "Feder", "Version", "Markdown", "Python", "PySide", "Qt", "Enchant", "pyenchant", "Hunspell",
    "Aspell", "Link", "Links", "Name", "Format", "Slug", "Website", "Mail", "OK", "Deutsch",
    "English", "Bluesky", "Instagram", "LinkedIn", "Mastodon", "April", "August", "September",
    "November",
}


def _neutral(text: str) -> bool:
    """Names, language tags, file names, paths, slugs: shown as they are in any language."""
    if text in _LANGUAGE_AUTONYMS:
        return True
    rest = re.sub(r"\S*/\S*|[\w-]+\.[^\W\d_]\w*|\b[a-z0-9]+(-[a-z0-9]+)+\b", " ", text)  # paths, files, slugs
    return all(word in NEUTRAL_WORDS or len(word) <= 2 for word in re.findall(r"[^\W\d_]+", rest))


#: Article languages are offered in their own language (the fields panel's choice).
_LANGUAGE_AUTONYMS = {
    f"{QLocale(code).nativeLanguageName()} ({QLocale(code).nativeTerritoryName()})"
    for code in ("de_DE", "de_AT", "de_CH", "en_US", "en_GB")
}


@pytest.fixture(scope="module")
def german_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent",
         str(ROOT / "translations" / "feder_de.ts"), "-qm", str(folder / "feder_de.qm")],
        check=True, timeout=120,
    )
    return folder


@pytest.fixture
def in_language(qapp, german_qm: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Switch the app's language for one test; English and the old locale come back after."""
    monkeypatch.setattr(paths, "translations_dir", lambda: german_qm)
    saved = QLocale()
    yield lambda language: install_translators(qapp, language)
    install_translators(qapp, "en")
    QLocale.setDefault(saved)


def _plain(text: str) -> str:
    """The text as read: no accelerator marks, no shortcut after a tab, no HTML tags."""
    text = text.split("\t")[0]
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every text ``root`` and its children show a user: text -> where it was seen."""
    found: dict[str, str] = {}

    def add(text: str, where: QWidget | QAction) -> None:
        text = _plain(text or "")
        if re.search(r"[^\W\d_]{2,}", text):  # a word; numbers and symbols need no translation
            found.setdefault(text, f"{type(where).__name__} {where.objectName()!r}")

    for action in [*root.actions(), *root.findChildren(QAction)]:
        if action.isSeparator():
            continue
        add(action.text(), action)
        add(action.toolTip(), action)
        add(action.statusTip(), action)
    for widget in [root, *root.findChildren(QWidget)]:
        add(widget.toolTip(), widget)
        add(widget.whatsThis(), widget)
        if isinstance(widget, QMenu):
            add(widget.title(), widget)
        if isinstance(widget, QDockWidget) or (widget is not root and widget.isWindow()):
            add(widget.windowTitle(), widget)
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(widget.text(), widget)
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add(widget.placeholderText(), widget)
        if isinstance(widget, QDateEdit):
            add(widget.specialValueText(), widget)
        if isinstance(widget, QGroupBox):
            add(widget.title(), widget)
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget.itemText(i), widget)
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i), widget)
    return found


def untranslated(build: Callable[[], QWidget], in_language: Callable[[str], None]) -> list[str]:
    in_language("en")
    english = visible_texts(build())
    in_language("de")
    german = visible_texts(build())
    assert len(german) > 0
    return sorted(
        f"{text!r} ({where})" for text, where in german.items()
        if text in english and not _neutral(text)
    )


def _sample() -> Article:
    path = paths.sample_article()
    return Article.from_text(storage.read_text(path).text, path)


@pytest.fixture
def main_window(qtbot):
    """A factory of main windows with the sample open; every window closes after the test."""
    from editor.ui.window.main_window import MainWindow

    windows = []

    def build() -> QWidget:
        window = MainWindow()
        windows.append(window)
        window.resize(1400, 900)
        window.open_file(paths.sample_article())
        window.show()
        return window

    yield build
    for window in windows:
        window.view.editor.document().setModified(False)
        window.close()


def test_main_window_has_no_english_left(main_window, in_language) -> None:
    left = untranslated(main_window, in_language)
    assert not left, "\n".join(left)


def test_main_window_menus_are_german(main_window, in_language) -> None:
    in_language("de")
    window = main_window()
    titles = [_plain(action.text()) for action in window.menuBar().actions()]
    assert titles[:3] == ["Datei", "Bearbeiten", "Format"]
    assert "Ansicht" in titles
    assert "Hilfe" in titles
    file_items = [_plain(a.text()) for a in window.file_menu.actions() if not a.isSeparator()]
    assert "Speichern unter …" in file_items


def test_german_menus_have_one_accelerator_per_letter(main_window, in_language) -> None:
    """Alt+letter must reach one item; two items on the same letter only cycle."""
    in_language("de")
    window = main_window()
    menus = [window.menuBar(), *window.findChildren(QMenu)]
    clashes = []
    for menu in menus:
        seen: dict[str, str] = {}
        for action in menu.actions():
            text = action.text().replace("&&", "")
            match = re.search(r"&(\w)", text)
            if action.isSeparator() or not action.isVisible() or match is None:
                continue
            key = match.group(1).lower()
            if key in seen:
                clashes.append(f"{_plain(menu.title()) or 'menu bar'}: {seen[key]!r} and {text!r} on {key}")
            seen[key] = text
    assert not clashes, "\n".join(clashes)


@pytest.mark.parametrize(
    "part",
    ["fields", "outline", "checks", "image", "export", "author", "about", "find", "recovery",
     "publish", "site"],
)
def test_panels_and_dialogs_have_no_english_left(part: str, qtbot, tmp_path, in_language) -> None:
    def build() -> QWidget:
        from editor.ui.authors import dialog as author_dialog
        from editor.ui.checks import outline_panel
        from editor.ui.checks import panel as checks_panel
        from editor.ui.editing import find_bar
        from editor.ui.export import dialog as export_dialog
        from editor.ui.fields import image_dialog
        from editor.ui.fields import panel as fields_panel
        from editor.ui.files import recovery_dialog
        from editor.ui.publish import dialog as publish_dialog
        from editor.ui.publish import site_dialog
        from editor.ui.window import about_dialog

        article = _sample()
        if part == "fields":
            widget = fields_panel.FieldsPanel()
            widget.set_article(article)
        elif part == "outline":
            widget = outline_panel.OutlinePanel()
        elif part == "checks":
            widget = checks_panel.ChecksPanel()
        elif part == "image":
            widget = image_dialog.ImageDialog(image=article.image, folder=article.folder)
        elif part == "export":
            widget = export_dialog.ExportDialog(article)
        elif part == "author":
            widget = author_dialog.AuthorDialog(AuthorProfile(id="", name=""))
        elif part == "about":
            widget = about_dialog.AboutDialog()
        elif part == "publish":
            widget = publish_dialog.PublishDialog(article, [])
        elif part == "site":
            widget = site_dialog.SiteDialog()
        elif part == "recovery":
            widget = recovery_dialog.RecoveryDialog(RecoveryStore(tmp_path / "recovery"), [])
        else:
            widget = find_bar.FindBar()
        qtbot.addWidget(widget)
        return widget

    left = untranslated(build, in_language)
    assert not left, "\n".join(left)
    clashes = accelerator_clashes(build())  # still German
    assert not clashes, "\n".join(clashes)


def accelerator_clashes(root: QWidget) -> list[str]:
    """Buttons and field labels of one dialog or panel that share an Alt+letter."""
    seen: dict[str, str] = {}
    clashes = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QLabel)) or widget.isHidden():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # a label's & only works with a buddy
        match = re.search(r"&(\w)", widget.text().replace("&&", ""))
        if match is None:
            continue
        key = match.group(1).lower()
        if key in seen:
            clashes.append(f"{seen[key]!r} and {widget.text()!r} on {key}")
        seen[key] = widget.text()
    return clashes


def test_qt_own_texts_are_german(main_window, in_language) -> None:
    """Standard buttons and the context menu of a text field come from Qt's translations."""
    in_language("de")
    window = main_window()
    field = QLineEdit(window)
    menu_items = [_plain(a.text()) for a in field.createStandardContextMenu().actions()]
    assert "Einfügen" in menu_items
    assert "Rückgängig" in menu_items
    window.view.editor.insertPlainText("x")  # unsaved, so closing asks
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.extend(b.text() for b in box.buttons())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(20, answer)
    assert window.maybe_save() is False
    assert sorted(seen) == ["Abbrechen", "Speichern", "Verwerfen"]


_parents: list[QWidget] = []  # a menu lives as long as its parent widget


def _language_menu(qtbot, settings: QSettings) -> QMenu:
    parent = QWidget()
    qtbot.addWidget(parent)
    _parents.append(parent)
    return make_interface_language_menu(parent, settings)


def _choices(menu: QMenu) -> list[QAction]:
    return [action for action in menu.actions() if action.isCheckable()]


def test_language_menu_stores_the_choice_for_the_next_start(qtbot, tmp_path: Path) -> None:
    ini = str(tmp_path / "feder.ini")
    settings = QSettings(ini, QSettings.Format.IniFormat)
    menu = _language_menu(qtbot, settings)
    choices = _choices(menu)
    assert [action.data() for action in choices] == ["system", "de", "en"]
    assert [action.isChecked() for action in choices] == [True, False, False]
    choices[1].trigger()
    assert [action.isChecked() for action in choices] == [False, True, False]
    assert QSettings(ini, QSettings.Format.IniFormat).value(LANGUAGE_KEY) == "de"
    reopened = _language_menu(qtbot, QSettings(ini, QSettings.Format.IniFormat))
    assert [action.isChecked() for action in _choices(reopened)] == [False, True, False]
    choices[2].trigger()
    assert QSettings(ini, QSettings.Format.IniFormat).value(LANGUAGE_KEY) == "en"


def test_language_menu_says_when_the_choice_applies(qtbot, tmp_path: Path) -> None:
    menu = _language_menu(qtbot, QSettings(str(tmp_path / "f.ini"), QSettings.Format.IniFormat))
    notes = [action for action in menu.actions() if not action.isCheckable() and not action.isSeparator()]
    assert [(_plain(note.text()), note.isEnabled()) for note in notes] == [("Applies after a restart", False)]


def test_language_menu_treats_a_hand_edited_value_as_system(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "f.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "klingon")
    assert current_language(settings) == "system"
    assert [a.isChecked() for a in _choices(_language_menu(qtbot, settings))] == [True, False, False]


def test_language_menu_in_german_keeps_language_names_in_their_own_language(qtbot, tmp_path, in_language) -> None:
    in_language("de")
    menu = _language_menu(qtbot, QSettings(str(tmp_path / "f.ini"), QSettings.Format.IniFormat))
    texts = [_plain(action.text()) for action in menu.actions() if not action.isSeparator()]
    assert _plain(menu.title()) == "Sprache der Oberfläche"
    assert texts == ["Systemeinstellung", "Deutsch", "English", "Gilt nach einem Neustart"]


def test_chosen_language_is_what_the_next_start_installs(qapp, qtbot, tmp_path, in_language) -> None:
    """application.run_gui passes the stored ``ui/language`` to install_translators."""
    settings = QSettings(str(tmp_path / "f.ini"), QSettings.Format.IniFormat)
    _choices(_language_menu(qtbot, settings))[1].trigger()
    in_language(str(QSettings(str(tmp_path / "f.ini"), QSettings.Format.IniFormat).value(LANGUAGE_KEY)))
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
