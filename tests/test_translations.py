"""The .ts files match the sources, and every German text is finished and fits its source.

lupdate is run on the real sources into a copy of each committed .ts file, so a
string added, changed or removed in editor/ without updating translations/
fails here (fix: ``make lupdate``, translate, commit the .ts).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TS_FILES = sorted((ROOT / "translations").glob("*.ts"))
SOURCES = sorted(str(p) for p in (ROOT / "editor").rglob("*.py"))

#: Texts that read the same in German: product names, file patterns, loan words.
SAME_IN_GERMAN = {
    "&Link", "&Name:", "&Format:", "F&ormat", "Links:", "E-Mail", "Website", "Slug",
    "Version {version}",
}

Key = tuple[str, str, str]  # context, source, disambiguation comment


def _messages(ts: Path) -> dict[Key, ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def _state(message: ET.Element) -> str:
    """'' for a finished translation, else lupdate's type: unfinished, vanished, obsolete."""
    translation = message.find("translation")
    if translation is None:
        return "missing"
    kind = translation.get("type", "")
    if not kind and not "".join(translation.itertext()).strip():
        return "empty"
    return kind


def _lupdate(target: Path) -> None:
    """Update ``target`` from the sources as `make lupdate` does, but keep what vanished."""
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *SOURCES, "-ts", str(target)],
        check=True, capture_output=True, text=True, timeout=120,
    )


def _german() -> dict[Key, ET.Element]:
    return _messages(ROOT / "translations" / "feder_de.ts")


def test_there_is_a_german_translation() -> None:
    assert ROOT / "translations" / "feder_de.ts" in TS_FILES


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_ts_file_matches_the_sources(ts: Path, tmp_path: Path) -> None:
    committed = _messages(ts)
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    _lupdate(copy)
    updated = _messages(copy)
    new = sorted(k for k, m in updated.items() if k not in committed)
    gone = sorted(k for k, m in updated.items() if _state(m) in ("vanished", "obsolete"))
    unfinished = sorted(k for k, m in updated.items() if _state(m) in ("unfinished", "empty", "missing"))
    stale_in_file = sorted(k for k, m in committed.items() if _state(m) in ("vanished", "obsolete"))
    assert not new, f"texts in the sources but not in {ts.name} (run make lupdate): {new}"
    assert not gone, f"texts in {ts.name} that the sources no longer have: {gone}"
    assert not unfinished, f"untranslated texts in {ts.name}: {unfinished}"
    assert not stale_in_file, f"obsolete entries kept in {ts.name} (use -no-obsolete): {stale_in_file}"


def test_lupdate_collects_texts_of_every_kind_of_call() -> None:
    """The calls lupdate must see: self.tr, QCoreApplication.translate, the core's NOOP marks."""
    keys = {(context, source) for context, source, _ in _german()}
    assert ("MainWindow", "&File") in keys  # self.tr in the main window
    assert ("Actions", "Save &As…") in keys  # QCoreApplication.translate
    assert ("Storage", "{path} does not exist.") in keys  # QT_TRANSLATE_NOOP in the Qt-free core
    assert ("Spelling", "No suggestions") in keys  # was hidden behind a _tr() wrapper
    assert ("CommandLine", "article to open (Markdown)") in keys  # was a bare tr() with no context
    assert not [key for key in keys if not key[0]], "texts without a context never match at run time"


PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\([a-z_]+\)s|%[sdn]")


def test_german_keeps_placeholders_accelerators_and_line_breaks() -> None:
    problems = []
    for (context, source, _), message in _german().items():
        german = message.findtext("translation") or ""
        where = f"{context}: {source!r} -> {german!r}"
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(german)):
            problems.append(f"placeholders differ: {where}")
        if ("&" in source.replace("&&", "")) != ("&" in german.replace("&&", "")):
            problems.append(f"keyboard accelerator (&) lost or added: {where}")
        if source.count("\n") != german.count("\n"):
            problems.append(f"line breaks differ: {where}")
        if source.endswith(" ") != german.endswith(" "):
            problems.append(f"trailing space (text is joined to another) differs: {where}")
        if source.endswith(("…", "...")) and not german.endswith("…"):
            problems.append(f"an item that opens a dialog keeps its …: {where}")
    assert not problems, "\n".join(problems)


def test_german_has_no_english_leftovers() -> None:
    same = sorted(
        f"{context}: {source!r}"
        for (context, source, _), message in _german().items()
        if message.findtext("translation") == source and source not in SAME_IN_GERMAN
    )
    assert not same, "translated as the English text:\n" + "\n".join(same)


@pytest.mark.parametrize(
    ("context", "source", "german"),
    [
        ("MainWindow", "&File", "&Datei"),
        ("MainWindow", "&Edit", "&Bearbeiten"),
        ("MainWindow", "&View", "&Ansicht"),
        ("Actions", "Save &As…", "Speichern &unter …"),
        ("FieldsPanel", "Kicker", "Rubrik"),
        ("FieldsPanel", "Headline", "Überschrift"),
        ("FieldsPanel", "Teaser", "Anreißer"),
        ("FieldsPanel", "Featured image", "Beitragsbild"),
        ("FieldsPanel", "Credit", "Bildnachweis"),
        ("FieldsPanel", "Caption", "Bildunterschrift"),
        ("ChecksPanel", "Check before publishing", "Vor dem Veröffentlichen prüfen"),
    ],
)
def test_newsroom_words(context: str, source: str, german: str) -> None:
    """The words German newsrooms use, as the issue names them."""
    assert _german()[(context, source, "")].findtext("translation") == german


def test_compiled_german_answers(tmp_path: Path) -> None:
    """lrelease accepts the file, and the .qm it makes translates."""
    qm = tmp_path / "feder_de.qm"
    result = subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ROOT / "translations" / "feder_de.ts"), "-qm", str(qm)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 unfinished" in result.stdout
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Actions", "&Save") == "&Speichern"
    assert translator.translate("Storage", "{path} does not exist.") == "{path} existiert nicht."


_PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from editor import paths
paths.translations_dir = lambda: Path(sys.argv[1])  # the .qm built from the committed .ts
from editor.i18n import install_translators
app = QApplication([])
install_translators(app, sys.argv[2])
box = QMessageBox()
buttons = QMessageBox.StandardButton
box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
print(QCoreApplication.translate("Actions", "&Save"))
print("/".join(box.button(b).text() for b in (buttons.Save, buttons.Discard, buttons.Cancel)))
"""


def _probe(tmp_path: Path, lang_env: str, setting: str) -> list[str]:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ROOT / "translations" / "feder_de.ts"),
         "-qm", str(tmp_path / "feder_de.qm")],
        check=True, timeout=120,
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env.update(LANG=lang_env, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path), setting],
        capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_german_system_locale_gives_german_feder_and_qt(tmp_path: Path) -> None:
    assert _probe(tmp_path, "de_DE.UTF-8", "system") == ["&Speichern", "Speichern/Verwerfen/Abbrechen"]


def test_setting_overrides_the_system_locale(tmp_path: Path) -> None:
    assert _probe(tmp_path, "de_DE.UTF-8", "en") == ["&Save", "Save/Discard/Cancel"]
    assert _probe(tmp_path, "en_US.UTF-8", "de") == ["&Speichern", "Speichern/Verwerfen/Abbrechen"]
