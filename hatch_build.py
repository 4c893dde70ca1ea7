"""Hatch build hook: compile translations/*.ts into .qm files while the wheel is built.

Only the .ts files are committed; the .qm files Qt loads are build products. A wheel
built from a clean checkout or from an sdist (``pipx install .``) must therefore make
them itself, or an installed Feder would silently speak only English.

The compiler is Qt's own ``lrelease``, taken from the PySide6-Essentials wheel that
pyproject lists in ``build-system.requires``: it is the reference implementation of the
.qm format (plural rules for every language, unfinished/vanished handling), and the
same wheel is installed at run time anyway. Packagers who build without isolation can
point ``FEDER_LRELEASE`` at any Qt 6 lrelease.

Wheel builds write the .qm files into a temporary folder and map them to
``editor/_data/translations/`` (they take precedence over stale .qm files a checkout
may hold). Editable builds write them beside the .ts files, where ``editor.paths``
looks in a checkout, so ``pip install -e .`` also gets a German Feder.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TRANSLATIONS = "translations"
WHEEL_TRANSLATIONS = "editor/_data/translations"


class TranslationsBuildHook(BuildHookInterface):
    """Runs lrelease on every translations/*.ts before the wheel's files are collected."""

    PLUGIN_NAME = "feder-translations"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._tempdir: str | None = None
        if self.target_name != "wheel":
            return
        sources = sorted((Path(self.root) / TRANSLATIONS).glob("*.ts"))
        if not sources:
            return
        lrelease = find_lrelease()
        if version == "editable":
            out_dir = Path(self.root) / TRANSLATIONS
        else:
            self._tempdir = tempfile.mkdtemp(prefix="feder-qm-")
            out_dir = Path(self._tempdir)
        for ts in sources:
            qm = compile_ts(lrelease, ts, out_dir)
            if version != "editable":
                build_data["force_include"][str(qm)] = f"{WHEEL_TRANSLATIONS}/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if getattr(self, "_tempdir", None):
            shutil.rmtree(self._tempdir, ignore_errors=True)
            self._tempdir = None


def find_lrelease() -> str:
    """The lrelease to use: $FEDER_LRELEASE, PySide6's own, or one on PATH."""
    override = os.environ.get("FEDER_LRELEASE")
    if override:
        return override
    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    # find_spec locates the package without importing it (no Qt libraries loaded).
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / exe
        if candidate.is_file():
            return str(candidate)
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease6", "lrelease"):
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError(
        "Feder's translations need Qt's lrelease to build: install PySide6-Essentials "
        "into the build environment (pyproject's build-system.requires does this) or "
        "set FEDER_LRELEASE to an lrelease binary."
    )


def compile_ts(lrelease: str, ts: Path, out_dir: Path) -> Path:
    """Compile one .ts file; a failure stops the build with lrelease's own message."""
    qm = out_dir / f"{ts.stem}.qm"
    if qm.exists():
        qm.unlink()
    result = subprocess.run(
        [lrelease, "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not qm.is_file():
        raise RuntimeError(
            f"lrelease could not compile {ts.name} (exit {result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )
    return qm
