"""The shipped desktop integration: .desktop entry, AppStream metainfo, icons, make targets.

The validators are the distributions' own tools (desktop-file-utils, appstream; both
installed by scripts/system-deps.sh), so what passes here is what a packager's
lint and a software centre accept.
"""

from __future__ import annotations

import configparser
import os
import runpy
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from editor.ui.icon import DESKTOP_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "resources" / "desktop" / f"{DESKTOP_ID}.desktop"
METAINFO = ROOT / "resources" / "desktop" / f"{DESKTOP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: run `make system-deps` (scripts/system-deps.sh installs it)"
    return path


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive: Name vs. Name[de]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _run(*cmd: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env, check=False)


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = _run(_tool("desktop-file-validate"), str(DESKTOP))
    # Hints are suggestions (e.g. "TextEditor could add Utility"); errors and warnings fail.
    problems = [line for line in result.stdout.splitlines() if ": hint:" not in line]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


def test_desktop_entry_opens_markdown_in_feder() -> None:
    entry = _entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "feder %f"
    assert entry["Icon"] == DESKTOP_ID
    assert entry["MimeType"] == "text/markdown;"
    assert entry["Categories"] == "Office;TextEditor;"
    assert entry["GenericName"] == "Article editor"
    assert entry["GenericName[de]"] == "Artikel-Editor"
    assert entry["Comment"] and entry["Comment[de]"] != entry["Comment"]
    # Qt sets the X11 WM_CLASS class to the application name; the task bar matches on it.
    assert entry["StartupWMClass"] == "Feder"


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = _run(_tool("appstreamcli"), "validate", "--no-net", "--no-color", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    # appstreamcli exits 0 on warnings too; W: or E: lines would be real complaints.
    complaints = [line for line in result.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert not complaints, result.stdout


def test_metainfo_points_at_the_desktop_entry_and_a_screenshot() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == "MIT"
    assert root.find("description/p") is not None
    image = root.findtext("screenshots/screenshot/image")
    assert image and image.startswith("https://") and image.endswith(".png")
    assert "feder" in [b.text for b in root.iter("binary")]


def test_pngs_are_rendered_from_the_svg_at_every_size(qapp: object) -> None:
    """Editing feder.svg without re-running scripts/render_icons.py fails here."""
    script = runpy.run_path(str(ROOT / "scripts" / "render_icons.py"))
    assert tuple(script["SIZES"]) == ICON_SIZES
    for size in ICON_SIZES:
        shipped = QImage(str(ICONS / f"feder-{size}.png"))
        assert (shipped.width(), shipped.height()) == (size, size)
        assert shipped.hasAlphaChannel()
        fresh = script["render"](ICONS / "feder.svg", size)
        shipped = shipped.convertToFormat(fresh.format())
        worst = max(
            abs(a - b)
            for y in range(0, size, max(1, size // 32))
            for x in range(0, size, max(1, size // 32))
            for a, b in zip(shipped.pixelColor(x, y).getRgb(), fresh.pixelColor(x, y).getRgb(), strict=True)
        )
        assert worst <= 8, f"feder-{size}.png differs from feder.svg; run scripts/render_icons.py"


def test_icon_corners_are_transparent_and_the_middle_is_not(qapp: object) -> None:
    image = QImage(str(ICONS / "feder-48.png"))
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(24, 24).alpha() == 255


def _make(target: str, data_home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE") and k != "MFLAGS"}
    args = [f"{k}={v}" for k, v in extra.items()]
    return _run("make", "--no-print-directory", "-C", str(ROOT), target,
                f"DESKTOP_DATA_HOME={data_home}", *args, env=env)


def _installed_files() -> list[str]:
    return [
        f"applications/{DESKTOP_ID}.desktop",
        f"metainfo/{DESKTOP_ID}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{DESKTOP_ID}.svg",
        *(f"icons/hicolor/{s}x{s}/apps/{DESKTOP_ID}.png" for s in ICON_SIZES),
    ]


@pytest.mark.slow
def test_make_install_desktop_and_uninstall_desktop(tmp_path: Path) -> None:
    share = tmp_path / "share"
    other = share / "applications" / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")

    result = _make("install-desktop", share, DESKTOP_EXEC="/opt/feder/bin/feder")
    assert result.returncode == 0, result.stdout + result.stderr
    for name in _installed_files():
        assert (share / name).is_file(), name
    assert (share / f"icons/hicolor/32x32/apps/{DESKTOP_ID}.png").read_bytes() == (
        ICONS / "feder-32.png"
    ).read_bytes()
    installed = share / "applications" / f"{DESKTOP_ID}.desktop"
    entry = _entry(installed)
    assert entry["Exec"] == "/opt/feder/bin/feder %f"
    assert entry["TryExec"] == "/opt/feder/bin/feder"
    assert _run(_tool("desktop-file-validate"), str(installed)).returncode == 0
    # "Open with" for .md files: the refreshed desktop database maps the type to Feder.
    cache = (share / "applications" / "mimeinfo.cache").read_text()
    assert f"text/markdown={DESKTOP_ID}.desktop;" in cache

    result = _make("uninstall-desktop", share)
    assert result.returncode == 0, result.stdout + result.stderr
    for name in _installed_files():
        assert not (share / name).exists(), name
    assert other.is_file(), "uninstall must not touch other programs' files"
    assert DESKTOP_ID not in (share / "applications" / "mimeinfo.cache").read_text()


@pytest.mark.slow
def test_make_install_desktop_honours_destdir_and_skips_caches(tmp_path: Path) -> None:
    stage = tmp_path / "stage"
    result = _make("install-desktop", Path("/usr/share"), DESTDIR=str(stage), DESKTOP_EXEC="feder")
    assert result.returncode == 0, result.stdout + result.stderr
    for name in _installed_files():
        assert (stage / "usr/share" / name).is_file(), name
    assert _entry(stage / "usr/share/applications" / f"{DESKTOP_ID}.desktop")["Exec"] == "feder %f"
    assert not (stage / "usr/share/applications/mimeinfo.cache").exists()
