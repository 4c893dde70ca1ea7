"""The About dialog and the application icon, as a writer sees them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import enchant
import markdown
import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from editor import __version__
from editor.ui.icon import ICON_SIZES, app_icon
from editor.ui.window.about_dialog import AboutDialog


def _label_texts(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_app_icon_has_every_shipped_size(qapp: object) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(ICON_SIZES)
    pixmap = icon.pixmap(16, 16)
    assert (pixmap.width(), pixmap.height()) == (16, 16)
    # The flat blue background of the icon, not an empty or placeholder pixmap.
    middle_left = pixmap.toImage().pixelColor(2, 8)
    assert middle_left.blue() > middle_left.red() and middle_left.alpha() == 255


def test_about_shows_version_license_and_components(qtbot, tmp_path: Path) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    text = _label_texts(dialog)
    assert dialog.windowTitle() == "About Feder"
    assert f"Version {__version__}" in text
    assert "MIT License" in text
    for version in (qVersion(), PySide6.__version__, markdown.__version__, enchant.get_enchant_version()):
        assert version in text
    # The installed dictionaries, the German ones first for a German-first editor.
    dictionaries = dict(dialog.components)["Dictionaries"]
    for tag in enchant.list_languages():
        assert tag in dictionaries
    assert dictionaries.index("de_DE") < dictionaries.index("en_US")

    icon_label = dialog.findChild(QLabel, "aboutIcon")
    assert icon_label.pixmap().width() == 96 and not icon_label.pixmap().isNull()

    shot = tmp_path / "about.png"
    assert dialog.grab().save(str(shot))
    assert shot.stat().st_size > 1000


def test_copy_puts_the_versions_on_the_clipboard(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"Feder {__version__}\n")
    assert f"PySide6: {PySide6.__version__}" in copied
    assert f"Python-Markdown: {markdown.__version__}" in copied


def test_close_button_closes(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = dialog.findChild(QDialogButtonBox)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()


@pytest.fixture
def german(tmp_path: Path, qapp: object):
    """A throwaway German catalogue for the dialog, compiled by Qt's own lrelease."""
    ts = tmp_path / "about_de.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message><source>About Feder</source><translation>Über Feder</translation></message>
    <message><source>Version {version}</source><translation>Version {version} (de)</translation></message>
    <message><source>Dictionaries</source><translation>Wörterbücher</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    lrelease = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.BinariesPath)) / "lrelease"
    if not lrelease.is_file():
        lrelease = Path(PySide6.__file__).parent / "lrelease"
    qm = tmp_path / "about_de.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_strings_are_translatable(qtbot, german: None) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Über Feder"
    assert f"Version {__version__} (de)" in _label_texts(dialog)
    assert "Wörterbücher" in dict(dialog.components)
