"""The article's document without any widget: real files, real Qt, real recovery folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from editor.core.files import backups, storage
from editor.core.files.recovery import RecoveryStore
from editor.core.messages import FederError
from editor.ui.article.document import ArticleDocument

TEXT = "---\ntitle: Wasser für alle\nlang: de\n---\n\nDer Fluss führt 😀 Wasser.\n"


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "recovery")


@pytest.fixture
def document(qapp, store: RecoveryStore):
    doc = ArticleDocument(recovery=store)
    doc.watcher._timer.setInterval(40)  # the settle time; the watch itself is real
    yield doc
    doc.close()
    doc.deleteLater()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "artikel.md"
    path.write_text(TEXT, encoding="utf-8")
    return path


def type_at_end(doc: ArticleDocument, text: str) -> None:
    cursor = QTextCursor(doc.text_document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(text)


def test_builds_no_widget(qapp, store, article) -> None:
    before = set(QApplication.allWidgets())
    doc = ArticleDocument(recovery=store)
    doc.load(article)
    type_at_end(doc, "Mehr.")
    doc.save()
    assert set(QApplication.allWidgets()) == before
    doc.close()


def test_load_reads_the_file_unmodified(document, article) -> None:
    parsed = []
    document.articleChanged.connect(parsed.append)
    document.load(article)
    assert document.text() == TEXT
    assert document.path == article.resolve()
    assert document.display_name() == "artikel.md"
    assert not document.is_modified()
    assert not document.text_document.isUndoAvailable()  # Ctrl+Z does not empty the editor
    assert [a.title for a in parsed] == ["Wasser für alle"]
    assert document.article.lang == "de_DE"


def test_unreadable_file_changes_nothing(document, article, tmp_path) -> None:
    document.load(article)
    with pytest.raises(FederError):
        document.load(tmp_path / "fehlt.md")
    assert document.path == article.resolve() and document.text() == TEXT


def test_typing_marks_modified_and_save_replaces_the_file_atomically(document, article) -> None:
    document.load(article)
    marks: list[bool] = []
    document.modificationChanged.connect(marks.append)
    inode = os.stat(article).st_ino
    type_at_end(document, "Mehr.")
    assert document.is_modified() and marks == [True]
    document.end_with_newline()
    document.save()
    assert article.read_text(encoding="utf-8") == TEXT + "Mehr.\n"
    assert os.stat(article).st_ino != inode  # a new file renamed over the old one, not rewritten in place
    assert backups.list_backups(article)[0].path.read_text(encoding="utf-8") == TEXT
    assert not document.is_modified() and marks == [True, False]


def test_save_refuses_a_file_changed_on_disk_and_keeps_the_text(document, article) -> None:
    document.load(article)
    type_at_end(document, "Meins.")
    article.write_text("von außen\n", encoding="utf-8")
    with pytest.raises(storage.FileChangedError):
        document.save()
    assert article.read_text(encoding="utf-8") == "von außen\n"
    assert document.is_modified() and document.text().endswith("Meins.")


def test_reload_takes_the_disk_version_and_undo_brings_mine_back(document, article) -> None:
    document.load(article)
    type_at_end(document, "Meins.")
    article.write_text("Neu von außen.\n", encoding="utf-8")
    document.reload()
    assert document.text() == "Neu von außen.\n"
    assert not document.is_modified()
    document.text_document.undo()
    assert document.text() == TEXT + "Meins."


def test_path_change_emits_once(document, article, tmp_path) -> None:
    document.load(article)
    paths: list[Path | None] = []
    document.pathChanged.connect(paths.append)
    (tmp_path / "sub").mkdir()
    target = tmp_path / "sub" / ".." / "kopie.md"
    document.save(target)
    assert paths == [(tmp_path / "kopie.md").resolve()]
    assert document.path == (tmp_path / "kopie.md").resolve()
    assert document.set_path(tmp_path / "kopie.md") is False  # the same file: no signal
    document.save()  # saving again to the same file changes no path
    assert len(paths) == 1
    assert document.set_path(None) is True and paths[-1] is None


def test_path_is_read_only(document, article) -> None:
    with pytest.raises(AttributeError):
        document.path = article  # type: ignore[misc]


def test_autosave_timer_writes_a_recovery_file_not_the_article(qtbot, document, store, article) -> None:
    document.load(article)
    document.autosave_timer.setInterval(50)
    type_at_end(document, "Ungespeichert.")
    qtbot.waitUntil(lambda: len(store.list(orphans_only=False)) == 1, timeout=3000)
    [entry] = store.list(orphans_only=False)
    assert entry.text == TEXT + "Ungespeichert."
    assert entry.path == article.resolve()
    assert entry.meta["title"] == "Wasser für alle"
    assert (store.folder / f"{document.doc_id}.json").is_file()
    assert article.read_text(encoding="utf-8") == TEXT  # never over the article itself
    document.save()
    assert store.list(orphans_only=False) == []


def test_restore_shows_the_recovered_text_as_unsaved(document, store, article) -> None:
    store.save("a" * 32, TEXT + "Gerettet.", article, {})
    document.restore(store.adopt("a" * 32))
    assert document.text() == TEXT + "Gerettet."
    assert document.is_modified() and document.path == article.resolve()
    document.text_document.undo()  # one step back to the version on disk
    assert document.text() == TEXT


def test_a_change_on_disk_is_detected_and_our_own_save_is_not(qtbot, document, article) -> None:
    document.load(article)
    changes: list[tuple[Path, bool]] = []
    document.externalChange.connect(lambda path, deleted: changes.append((path, deleted)))
    type_at_end(document, "Meins.")
    document.save()
    qtbot.wait(300)
    assert changes == []
    with qtbot.waitSignal(document.externalChange, timeout=3000) as blocker:
        article.write_text("Jemand anderes.\n", encoding="utf-8")
    assert blocker.args == [article.resolve(), False]


def test_keeping_my_version_lets_the_next_save_overwrite(qtbot, document, store, article) -> None:
    document.load(article)
    with qtbot.waitSignal(document.externalChange, timeout=3000):
        article.write_text("Jemand anderes.\n", encoding="utf-8")
    document.keep_own_version(article.resolve(), deleted=False)
    assert document.is_modified()
    assert [e.text for e in store.list(orphans_only=False)] == [TEXT]  # in recovery at once
    document.save()
    assert article.read_text(encoding="utf-8") == TEXT


def test_a_deleted_file_is_reported_as_deleted(qtbot, document, article) -> None:
    document.load(article)
    with qtbot.waitSignal(document.externalChange, timeout=5000) as blocker:
        article.unlink()
    assert blocker.args == [article.resolve(), True]


def test_a_latin1_file_raises_a_notice(qtbot, document, tmp_path) -> None:
    path = tmp_path / "alt.md"
    path.write_bytes("Grüße aus Köln\n".encode("latin-1"))
    with qtbot.waitSignal(document.noticeRaised, timeout=1000) as blocker:
        document.load(path)
    assert "alt.md" in blocker.args[0]
    assert document.text() == "Grüße aus Köln\n"
