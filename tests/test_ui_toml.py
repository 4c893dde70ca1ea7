"""TOML front matter (Hugo's ``+++``) in the window: opened, shown in the fields, saved as TOML."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.files.recovery import RecoveryStore
from editor.ui.editing.front_matter_fold import FrontMatterFold
from editor.ui.window.main_window import MainWindow

TOML = """\
+++
# Hugo
title = "Der Hafen erwacht"   # Schlagzeile
kicker = "Stadt"
description = 'Am alten Hafen entstehen Wohnungen.'
tags = ["Stadt", "Hafen"]
date = 2026-10-05

[image]
src = "aufmacher.png"
alt = "Der alte Hafen"
+++
Text mit "Anführungszeichen".
"""


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(recovery=RecoveryStore(tmp_path / "rec"))
    win.show()
    yield win
    win.view.editor.document().setModified(False)
    win.close()


def test_toml_opens_into_the_fields_and_saves_byte_for_byte(window, tmp_path: Path) -> None:
    path = tmp_path / "hafen.md"
    path.write_bytes(TOML.encode("utf-8"))
    assert window.open_file(path)
    panel = window.fields_panel
    assert panel.headline.text() == "Der Hafen erwacht"
    assert panel.teaser.toPlainText() == "Am alten Hafen entstehen Wohnungen."
    assert panel.image_alt.text() == "Der alte Hafen"
    window.view.editor.document().setModified(True)  # saved although nothing changed
    assert window.save()
    assert path.read_bytes() == TOML.encode("utf-8")

    window.view.set_field("kicker", "Hafen")
    assert window.save()
    saved = path.read_text(encoding="utf-8")
    changed = [line for line in difflib.ndiff(TOML.splitlines(), saved.splitlines()) if line[:2] in ("+ ", "- ")]
    assert changed == ['- kicker = "Stadt"', '+ kicker = "Hafen"']


def test_fold_hides_toml_front_matter(qtbot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(TOML)
    FrontMatterFold(editor).set_enabled(True)
    doc = editor.document()
    visible = [doc.findBlockByNumber(n).isVisible() for n in range(doc.blockCount())]
    assert visible[:13] == [False] * 12 + [True]
