"""PySide6's import hook classifies modules without reading their source (see pyside_sources)."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import PySide6.QtCore
import pytest

from editor.ui.window import pyside_sources


@pytest.fixture
def modules(tmp_path: Path):
    """Import fresh modules written to ``tmp_path``; forgotten afterwards."""
    sys.path.insert(0, str(tmp_path))
    written: list[str] = []

    def load(name: str, source: str):
        (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
        written.append(name)
        importlib.invalidate_caches()
        exec(f"import {name}", {})  # an import statement: PySide6's hook sees only those
        return sys.modules[name]

    yield load
    sys.path.remove(str(tmp_path))
    for name in written:
        sys.modules.pop(name, None)


def test_a_module_with_something_from_pyside6_uses_it(modules) -> None:
    assert pyside_sources.uses_pyside(modules("with_class", "from PySide6.QtCore import QTimer\n"))
    assert pyside_sources.uses_pyside(modules("with_module", "from PySide6 import QtCore\n"))
    assert pyside_sources.uses_pyside(modules("with_value", "from PySide6.QtCore import Qt\nA = Qt.AlignLeft\n"))
    assert pyside_sources.uses_pyside(modules("with_signal", "from PySide6.QtCore import Signal\n"))


def test_a_module_without_pyside6_and_pyside6_itself_do_not(modules) -> None:
    assert not pyside_sources.uses_pyside(modules("plain", "import os\nfrom pathlib import Path\nX = 1\n"))
    assert not pyside_sources.uses_pyside(PySide6.QtCore)


def test_an_object_that_fails_when_asked_does_not_break_the_import(modules) -> None:
    source = (
        "class Proxy:\n"
        "    def __getattribute__(self, name):\n"
        "        raise RuntimeError('outside of its context')\n"
        "    def __call__(self):\n"
        "        pass\n"
        "PROXY = Proxy()\n"
    )
    assert not pyside_sources.uses_pyside(modules("lazy_proxy", source))


def test_the_hook_no_longer_reads_sources_and_still_records_each_module(modules) -> None:
    feature = pytest.importorskip("shibokensupport.feature")
    assert pyside_sources.classify_without_reading()
    uses = modules("hooked_uses", "from PySide6.QtCore import QObject\n")
    plain = modules("hooked_plain", "import json\n")
    assert feature.pyside_feature_dict["hooked_uses"] == 0  # PySide6's "uses PySide6"
    assert feature.pyside_feature_dict["hooked_plain"] == -1  # PySide6's "ignore this module"
    assert uses.__file__ not in linecache.cache
    assert plain.__file__ not in linecache.cache
