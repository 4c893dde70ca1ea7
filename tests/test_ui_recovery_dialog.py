"""The start-up dialog that offers recovered text: Restore, Compare, Discard, Decide later."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from editor.core.files.recovery import RecoveryStore
from editor.ui.files.recovery_dialog import CompareDialog, RecoveryDialog

ROOT = Path(__file__).resolve().parent.parent
LEFT = Qt.MouseButton.LeftButton


def _crashed_session(folder: Path, docs: list[tuple[str, str, Path | None]]) -> None:
    """Autosave in another process that then ends without a clean close, like a crash."""
    code = textwrap.dedent(
        f"""
        from pathlib import Path
        from editor.core.files.recovery import RecoveryStore
        store = RecoveryStore(Path({str(folder)!r}))
        for doc_id, text, path in {[(d, t, str(p) if p else None) for d, t, p in docs]!r}:
            store.save(doc_id, text, Path(path) if path else None)
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


@pytest.fixture
def recovered(tmp_path: Path) -> tuple[RecoveryStore, Path]:
    article = tmp_path / "wahl.md"
    article.write_text("---\ntitle: Wahl\n---\nErster Absatz.\nZweiter Absatz.\n", encoding="utf-8")
    folder = tmp_path / "recovery"
    _crashed_session(
        folder,
        [
            ("titled", "---\ntitle: Wahl\n---\nErster Absatz.\nNeuer zweiter Absatz.\n", article),
            ("untitled", "# Notizen zum Interview\n\nNoch nicht gespeichert.\n", None),
        ],
    )
    return RecoveryStore(folder), article


def _dialog(qtbot, store: RecoveryStore) -> RecoveryDialog:
    dialog = RecoveryDialog(store, store.list())
    qtbot.addWidget(dialog)
    return dialog


def _select(dialog: RecoveryDialog, entry_id: str) -> None:
    for index in range(dialog.list.topLevelItemCount()):
        item = dialog.list.topLevelItem(index)
        if item.data(0, Qt.ItemDataRole.UserRole).id == entry_id:
            dialog.list.setCurrentItem(item)
            return
    raise AssertionError(entry_id)


def test_lists_each_recovered_article_by_name(qtbot, recovered) -> None:
    store, article = recovered
    dialog = _dialog(qtbot, store)
    rows = [
        [dialog.list.topLevelItem(i).text(c) for c in (0, 2)] for i in range(dialog.list.topLevelItemCount())
    ]
    assert sorted(rows) == sorted([["wahl.md", str(article)], ["Notizen zum Interview", "(never saved)"]])


def test_restore_adopts_and_hands_the_text_over(qtbot, recovered) -> None:
    store, _article = recovered
    dialog = _dialog(qtbot, store)
    _select(dialog, "untitled")
    with qtbot.waitSignal(dialog.restoreRequested) as signal:
        qtbot.mouseClick(dialog.restore_button, LEFT)
    [entry] = signal.args
    assert entry.text == "# Notizen zum Interview\n\nNoch nicht gespeichert.\n" and entry.path is None
    assert [e.id for e in dialog.entries()] == ["titled"]
    # adopted: a second Feder would not offer it, and this session keeps autosaving it
    assert [e.id for e in RecoveryStore(store.folder).list()] == ["titled"]
    assert store.save("untitled", entry.text + "weiter\n") is True


def test_discard_keeps_a_copy_and_closes_when_nothing_is_left(qtbot, recovered) -> None:
    store, _article = recovered
    dialog = _dialog(qtbot, store)
    dialog.show()
    for entry_id in ("titled", "untitled"):
        _select(dialog, entry_id)
        qtbot.mouseClick(dialog.discard_button, LEFT)
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert RecoveryStore(store.folder).list() == []
    assert len(list((store.folder / "discarded").glob("*.json"))) == 2


def test_decide_later_leaves_everything_for_the_next_start(qtbot, recovered) -> None:
    store, _article = recovered
    dialog = _dialog(qtbot, store)
    QTimer.singleShot(50, dialog.reject)
    dialog.exec()
    assert len(RecoveryStore(store.folder).list()) == 2


def test_compare_shows_what_differs_from_the_file(qtbot, recovered) -> None:
    store, _article = recovered
    entry = next(e for e in store.list() if e.id == "titled")
    compare = CompareDialog(entry)
    qtbot.addWidget(compare)
    lines = compare.view.toPlainText().splitlines()
    assert "−Zweiter Absatz." in lines
    assert "+Neuer zweiter Absatz." in lines
    assert " Erster Absatz." in lines
    assert " ---" in lines  # the YAML fence is context, not taken for a diff header


def test_compare_of_untitled_says_it_was_never_saved(qtbot, recovered) -> None:
    store, _article = recovered
    entry = next(e for e in store.list() if e.id == "untitled")
    compare = CompareDialog(entry)
    qtbot.addWidget(compare)
    assert "never saved" in compare.summary.text()
    assert "+Noch nicht gespeichert." in compare.view.toPlainText().splitlines()


def test_compare_button_opens_the_comparison(qtbot, recovered) -> None:
    store, _article = recovered
    dialog = _dialog(qtbot, store)
    _select(dialog, "titled")
    seen: list[str] = []

    def close_compare() -> None:
        box = QApplication.activeModalWidget()
        seen.append(type(box).__name__)
        box.reject()

    QTimer.singleShot(50, close_compare)
    qtbot.mouseClick(dialog.compare_button, LEFT)
    assert seen == ["CompareDialog"]
