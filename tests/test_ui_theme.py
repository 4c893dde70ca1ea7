"""Theme switching for the whole app, and the remembered editor look."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from editor.ui.editing.focus_mode import TextColumn
from editor.ui.window.theme import (
    Appearance,
    ThemeNotifier,
    apply_theme,
    is_dark,
    make_theme_menu,
    preview_theme,
)


@pytest.fixture
def app(qapp: QApplication):
    original = QColor(qapp.palette().color(QPalette.ColorRole.Window))
    style = qapp.style().name()
    yield qapp
    apply_theme(qapp, "system")  # other tests must find the app as it was
    assert qapp.palette().color(QPalette.ColorRole.Window) == original
    assert qapp.style().name() == style


def switch(app: QApplication, mode: str) -> None:
    apply_theme(app, mode)
    app.processEvents()  # widgets get the new palette through the event loop, as in the app


def background_lightness(qtbot, widget: QWidget) -> int:
    widget.resize(200, 100)
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab().toImage()
    return QColor(image.pixel(100, 50)).lightness()


def test_dark_light_and_back_to_system(qtbot, app: QApplication) -> None:
    notifier = ThemeNotifier(app)
    seen: list[bool] = []
    notifier.darkChanged.connect(seen.append)
    was_dark = is_dark(app)

    switch(app, "dark")
    assert is_dark(app) and notifier.is_dark()
    editor = QPlainTextEdit("Nachts schreiben")
    qtbot.addWidget(editor)
    assert background_lightness(qtbot, editor) < 60  # what the writer sees is dark

    switch(app, "light")
    assert not is_dark(app)
    assert background_lightness(qtbot, editor) > 200

    switch(app, "system")
    assert is_dark(app) == was_dark
    assert seen[:2] == [True, False]


def test_unknown_mode_means_system(app: QApplication) -> None:
    before = QColor(app.palette().color(QPalette.ColorRole.Window))
    apply_theme(app, "dark")
    apply_theme(app, "purple")
    assert app.palette().color(QPalette.ColorRole.Window) == before


def test_preview_theme_names() -> None:
    assert (preview_theme(True), preview_theme(False)) == ("dark", "light")


def test_appearance_is_remembered(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "feder.ini"), QSettings.Format.IniFormat)
    Appearance("dark", "DejaVu Serif", 13.5, 72).save(settings)
    settings.sync()
    again = QSettings(str(tmp_path / "feder.ini"), QSettings.Format.IniFormat)
    assert Appearance.load(again) == Appearance("dark", "DejaVu Serif", 13.5, 72)


def test_hand_edited_settings_do_not_break(tmp_path: Path) -> None:
    ini = tmp_path / "feder.ini"
    ini.write_text("[appearance]\ntheme=purple\nfontSize=gross\nlineWidth=-5\n", encoding="utf-8")
    loaded = Appearance.load(QSettings(str(ini), QSettings.Format.IniFormat))
    assert loaded == Appearance("system", "", 0.0, 0)
    assert Appearance.load(QSettings(str(tmp_path / "none.ini"), QSettings.Format.IniFormat)) == (
        Appearance()
    )


def test_apply_to_editor(qtbot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.resize(1200, 400)
    default_family = editor.font().family()
    Appearance(font_size=15.0, line_width=70).apply_to_editor(editor)
    assert editor.font().pointSizeF() == 15.0
    assert editor.font().family() == default_family
    assert editor.findChild(TextColumn).width() == 70
    assert editor.viewportMargins().left() > 0
    Appearance(font_family="DejaVu Serif", line_width=0).apply_to_editor(editor)
    assert editor.font().family() == "DejaVu Serif"
    assert len(editor.findChildren(TextColumn)) == 1
    assert editor.viewportMargins().left() == 0


def test_theme_menu(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[str] = []
    menu = make_theme_menu(parent, "system", chosen.append)
    actions = menu.actions()
    assert [a.data() for a in actions] == ["system", "light", "dark"]
    assert actions[0].isChecked()
    actions[2].trigger()
    assert chosen == ["dark"]
    assert actions[2].isChecked() and not actions[0].isChecked()
