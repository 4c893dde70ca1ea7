"""Feder's application icon, for the window, the task bar and the About dialog.

The bitmaps are rendered from resources/icons/feder.svg (scripts/render_icons.py);
giving QIcon every size lets Qt pick a crisp one for a 16 px title bar as well as
for a 256 px task switcher, without scaling an SVG at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from editor import paths

#: Reverse-DNS id: the .desktop file's name, the icon's name in the icon theme, and
#: what QGuiApplication.setDesktopFileName() must say so Wayland task bars match the
#: window to the installed .desktop entry and its icon.
DESKTOP_ID = "io.github.feder.Feder"

ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The icon with every shipped size; empty only if the install lost its icons."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = paths.resource("icons", f"feder-{size}.png")
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    if icon.isNull():
        svg = paths.resource("icons", "feder.svg")
        if svg.is_file():
            icon = QIcon(str(svg))
    return icon
