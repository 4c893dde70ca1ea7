"""Recovery files: what a crash would take is on disk, and offered back exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from editor import paths
from editor.core.files import recovery, storage
from editor.core.messages import FederError

ODD_TEXT = "---\ntitle: „Grüße“\n---\nÄrger 😀 \x00 \ud800 Ende\n"


def _other_process_saves(folder: Path, text: str, path: Path | None) -> subprocess.Popen[str]:
    """A second Feder-like process that autosaves one article and keeps running."""
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from editor.core.files.recovery import RecoveryStore
        store = RecoveryStore(Path({str(folder)!r}))
        path = {str(path) if path else None!r}
        store.save("doc1", {text!r}, Path(path) if path else None, {{"title": "Anderer"}})
        print("saved", flush=True)
        sys.stdin.read()
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert child.stdout.readline().strip() == "saved"
    return child


def test_default_folder_is_in_user_data() -> None:
    assert recovery.RecoveryStore().folder == paths.user_data_dir() / "recovery"


def test_entry_of_a_running_process_is_not_offered_but_after_sigkill_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    child = _other_process_saves(folder, "Ungespeicherter Text ü", None)
    try:
        assert recovery.RecoveryStore(folder).list() == []
        assert len(recovery.RecoveryStore(folder).list(orphans_only=False)) == 1
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    [entry] = recovery.RecoveryStore(folder).list()
    assert entry.text == "Ungespeicherter Text ü"
    assert entry.path is None and entry.display_name == "Anderer"


def test_text_round_trips_exactly(tmp_path: Path) -> None:
    store = recovery.RecoveryStore(tmp_path)
    doc = store.new_id()
    store.save(doc, ODD_TEXT, tmp_path / "a.md", {"encoding": "utf-8"})
    [entry] = recovery.RecoveryStore(tmp_path).list(orphans_only=False)
    assert entry.text == ODD_TEXT
    assert entry.path == tmp_path / "a.md"
    assert entry.meta == {"encoding": "utf-8"}
    assert entry.id == doc


def test_unchanged_state_is_not_rewritten(tmp_path: Path) -> None:
    store = recovery.RecoveryStore(tmp_path)
    assert store.save("d", "eins") is True
    assert store.save("d", "eins") is False
    assert store.save("d", "eins zwei") is True


def test_clean_close_and_save_remove_entries(tmp_path: Path) -> None:
    store = recovery.RecoveryStore(tmp_path)
    store.save("a", "text a")
    store.save("b", "text b")
    store.discard("a")  # the article was saved
    assert [e.id for e in store.list(orphans_only=False)] == ["b"]
    store.discard("b")  # its window was closed cleanly
    store.close()
    assert list(tmp_path.glob("*.json")) == []
    assert recovery.RecoveryStore(tmp_path).list(orphans_only=False) == []


def test_session_end_keeps_entries_no_window_closed(tmp_path: Path) -> None:
    store = recovery.RecoveryStore(tmp_path)
    store.save("a", "nie sauber geschlossen")
    assert recovery.RecoveryStore(tmp_path).list() == []  # still ours while the session runs
    store.close()
    [entry] = recovery.RecoveryStore(tmp_path).list()
    assert entry.text == "nie sauber geschlossen"


def test_orphan_identical_to_the_file_on_disk_is_dropped(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("gespeichert\n", encoding="utf-8")
    child = _other_process_saves(tmp_path / "rec", "gespeichert\n", article)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert recovery.RecoveryStore(tmp_path / "rec").list() == []
    assert list((tmp_path / "rec").glob("*.json")) == []


def test_adopt_takes_the_entry_over_and_for_path_finds_it(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("alt\n", encoding="utf-8")
    child = _other_process_saves(tmp_path / "rec", "neu getippt\n", article)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    store = recovery.RecoveryStore(tmp_path / "rec")
    [entry] = store.for_path(article)
    assert entry.disk_text() == "alt\n"
    adopted = store.adopt(entry.id)
    assert adopted.text == "neu getippt\n"
    # now ours: another Feder started now would not offer it
    assert recovery.RecoveryStore(tmp_path / "rec").list() == []
    assert store.save(entry.id, "neu getippt und mehr\n", article) is True


def test_adopting_an_entry_of_a_live_session_is_refused(tmp_path: Path) -> None:
    child = _other_process_saves(tmp_path, "lebt", None)
    try:
        with pytest.raises(FederError, match="already open"):
            recovery.RecoveryStore(tmp_path).adopt("doc1")
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()


def test_discard_with_copy_keeps_it_aside(tmp_path: Path) -> None:
    store = recovery.RecoveryStore(tmp_path)
    store.save("x", "vielleicht doch")
    store.discard("x", keep_copy=True)
    assert store.list(orphans_only=False) == []
    [kept] = (tmp_path / "discarded").glob("x-*.json")
    assert json.loads(kept.read_text(encoding="utf-8"))["text"] == "vielleicht doch"


def test_broken_files_are_skipped_and_left_alone(tmp_path: Path) -> None:
    (tmp_path / "kaputt.json").write_bytes(b"{not json")
    (tmp_path / "fremd.json").write_text('{"format": 99}', encoding="utf-8")
    assert recovery.RecoveryStore(tmp_path).list() == []
    assert (tmp_path / "kaputt.json").exists() and (tmp_path / "fremd.json").exists()


def test_lossy_buffer_is_not_autosaved(tmp_path: Path) -> None:
    damaged = tmp_path / "b.md"
    damaged.write_bytes(b"\xff\xfeA\x00\x00\xd8")
    view = storage.read_text(damaged, allow_lossy=True)
    store = recovery.RecoveryStore(tmp_path / "rec")
    with pytest.raises(FederError, match="not autosaved"):
        store.save("d", view.text, damaged, loaded=view)
    assert store.list(orphans_only=False) == []


def test_bad_ids_are_programming_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        recovery.RecoveryStore(tmp_path).save("../escape", "x")


def test_unwritable_folder_gives_federerror(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    with pytest.raises(FederError, match="recovery folder"):
        recovery.RecoveryStore(blocker / "recovery").save("d", "text")


def test_save_article_removes_the_entry_only_after_a_successful_save(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("alt\n", encoding="utf-8")
    loaded = storage.read_text(article)
    store = recovery.RecoveryStore(tmp_path / "rec")
    article.chmod(0o444)  # the save will be refused
    with pytest.raises(FederError, match="read-only"):
        store.save_article("d", article, "neu\n", loaded)
    [entry] = store.list(orphans_only=False)
    assert entry.text == "neu\n"  # the refused text is safe in recovery
    article.chmod(0o644)
    state = store.save_article("d", article, "neu\n", loaded)
    assert article.read_text(encoding="utf-8") == "neu\n" and state.original == b"neu\n"
    assert store.list(orphans_only=False) == []
