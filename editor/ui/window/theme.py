"""Light and dark theme for the whole app, and the editor's remembered look.

The theme follows the system by default. A chosen light or dark theme is
first asked of the platform (``QStyleHints.setColorScheme``, Qt 6.8+), which
keeps the native style; where the platform cannot switch (older desktops,
offscreen), Fusion with our own palette takes over. The preview is told the
effective result through :class:`ThemeNotifier`, since its page cannot see
the app's palette.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QWidget

from editor.ui.editing.focus_mode import TextColumn

MODES = ("system", "light", "dark")
_original: dict[int, tuple[str, QPalette]] = {}  # per app: style and palette before we changed them


def apply_theme(app: QApplication, mode: str) -> None:
    """Switch the whole app to ``mode``: "system", "light" or "dark" (others count as system)."""
    if id(app) in _original:  # undo our own fallback first; the platform may do better now
        style, palette = _original.pop(id(app))
        app.setStyle(style)
        app.setPalette(palette)
    hints = app.styleHints()
    if mode not in ("light", "dark"):
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        return
    dark = mode == "dark"
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    if is_dark(app) == dark:
        return
    # The platform kept its colours: Fusion draws any palette faithfully.
    _original[id(app)] = (app.style().name(), QPalette(app.palette()))
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else app.style().standardPalette())


def is_dark(app: QApplication) -> bool:
    """Whether the app shows light text on dark ground, whoever decided it."""
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def preview_theme(dark: bool) -> str:
    """The preview page's theme name (``PreviewView.set_theme``): "dark" or "light"."""
    return "dark" if dark else "light"


def dark_palette() -> QPalette:
    """A calm dark palette: not pure black, text not pure white (less glare at night)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2b2b",
        roles.WindowText: "#e3e3e3",
        roles.Base: "#1f1f1f",
        roles.AlternateBase: "#282828",
        roles.Text: "#e3e3e3",
        roles.PlaceholderText: "#8c8c8c",
        roles.Button: "#353535",
        roles.ButtonText: "#e3e3e3",
        roles.BrightText: "#ff6b6b",
        roles.ToolTipBase: "#353535",
        roles.ToolTipText: "#e3e3e3",
        roles.Highlight: "#3d6fb4",
        roles.HighlightedText: "#ffffff",
        roles.Link: "#7cb7ff",
        roles.LinkVisited: "#c59cff",
        roles.Light: "#4a4a4a",
        roles.Midlight: "#3e3e3e",
        roles.Mid: "#2f2f2f",
        roles.Dark: "#191919",
        roles.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette


class ThemeNotifier(QObject):
    """Says when the app turns dark or light: by our switch, or the system's at dusk."""

    darkChanged = Signal(bool)

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._dark = is_dark(app)
        app.paletteChanged.connect(self._check)
        app.styleHints().colorSchemeChanged.connect(self._check)

    def is_dark(self) -> bool:
        return self._dark

    def _check(self, *_args: object) -> None:
        dark = is_dark(self._app)
        if dark != self._dark:
            self._dark = dark
            self.darkChanged.emit(dark)


@dataclass
class Appearance:
    """The look the writer chose, kept between sessions."""

    theme: str = "system"
    font_family: str = ""  # "" keeps the editor's own default font
    font_size: float = 0.0  # points; 0 keeps the default size
    line_width: int = 0  # characters per line; 0 fills the editor

    @classmethod
    def load(cls, settings: QSettings) -> Appearance:
        theme = str(settings.value("appearance/theme", "system"))
        return cls(
            theme=theme if theme in MODES else "system",
            font_family=str(settings.value("appearance/fontFamily", "")),
            font_size=_number(settings.value("appearance/fontSize", 0), float, 0.0, 72.0),
            line_width=int(_number(settings.value("appearance/lineWidth", 0), int, 0, 500)),
        )

    def save(self, settings: QSettings) -> None:
        settings.setValue("appearance/theme", self.theme)
        settings.setValue("appearance/fontFamily", self.font_family)
        settings.setValue("appearance/fontSize", self.font_size)
        settings.setValue("appearance/lineWidth", self.line_width)

    def apply_to_editor(self, editor: QPlainTextEdit) -> None:
        """Font, size and text column for ``editor`` (call again after a change)."""
        font = QFont(editor.font())
        if self.font_family:
            font.setFamily(self.font_family)
        if self.font_size > 0:
            font.setPointSizeF(self.font_size)
        editor.setFont(font)
        column = editor.findChild(TextColumn)
        if column is None:
            column = TextColumn(editor)
        column.set_width(self.line_width)


def make_theme_menu(parent: QWidget, current: str, chosen: Callable[[str], None]) -> QMenu:
    """A "Theme" menu with System / Light / Dark as radio items; ``chosen(mode)`` on change."""
    menu = QMenu(QCoreApplication.translate("Theme", "&Theme"), parent)
    group = QActionGroup(menu)
    names = {
        "system": QCoreApplication.translate("Theme", "Follow &System"),
        "light": QCoreApplication.translate("Theme", "&Light"),
        "dark": QCoreApplication.translate("Theme", "&Dark"),
    }
    for mode in MODES:
        action = QAction(names[mode], menu, checkable=True, checked=mode == current)
        action.setData(mode)
        action.triggered.connect(lambda _checked=False, m=mode: chosen(m))
        group.addAction(action)
        menu.addAction(action)
    return menu


def _number(value: object, kind: type, low: float, high: float) -> float:
    """A setting as a number within bounds; a hand-edited INI must not break start-up."""
    try:
        number = kind(value)
    except (TypeError, ValueError):
        return kind(low)
    return min(max(number, low), high)
