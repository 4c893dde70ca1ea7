"""Render Feder's icon (resources/icons/feder.svg) into the PNG sizes desktops ask for.

The SVG is the one source; PNGs are committed because the freedesktop icon theme
and Qt's QIcon pick bitmaps per size, and not every desktop renders SVG icons.
Re-run after editing the SVG:

    .venv/bin/python scripts/render_icons.py

tests/test_desktop_files.py fails when a PNG no longer matches the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICON_DIR / "feder.svg"
SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int, folder: Path = ICON_DIR) -> Path:
    return folder / f"feder-{size}.png"


def render(svg: Path, size: int):  # -> QImage (PySide6 imported late: see main)
    """The SVG drawn antialiased into a transparent size×size image."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else ICON_DIR
    # No screen needed: a QGuiApplication on the offscreen platform is enough for
    # QPainter, and the script also runs over SSH and in CI.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    out_dir.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        target = png_path(size, out_dir)
        if not render(SVG, size).save(str(target), "PNG"):
            raise SystemExit(f"render_icons: could not write {target}")
        print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
