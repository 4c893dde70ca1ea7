"""Each save keeps the previous version in the user's data folder, a few of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor import paths
from editor.core.files import backups, storage
from editor.core.messages import FederError


def test_save_keeps_previous_versions_up_to_the_count(tmp_path: Path) -> None:
    article = tmp_path / "artikel.md"
    article.write_text("Version 0\n", encoding="utf-8")
    loaded = storage.read_text(article)
    for n in range(1, 9):
        loaded = storage.save_text(article, f"Version {n}\n", loaded, backup_count=5)
    kept = backups.list_backups(article)
    assert [b.path.read_text(encoding="utf-8") for b in kept] == [
        f"Version {n}\n" for n in (7, 6, 5, 4, 3)
    ]
    # in the user's data folder, not beside the article
    assert all(paths.user_data_dir() / "backups" in b.path.parents for b in kept)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["artikel.md"]


def test_same_file_name_in_two_folders_stays_apart(tmp_path: Path) -> None:
    first = tmp_path / "a" / "artikel.md"
    second = tmp_path / "b" / "artikel.md"
    for path, text in ((first, "aus a"), (second, "aus b")):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
        backups.keep_backup(path)
    assert backups.folder_for(first) != backups.folder_for(second)
    assert backups.list_backups(first)[0].path.read_text(encoding="utf-8") == "aus a"
    assert backups.list_backups(second)[0].path.read_text(encoding="utf-8") == "aus b"
    note = backups.folder_for(first) / "source.txt"
    assert note.read_text(encoding="utf-8").strip() == str(first)


def test_identical_content_is_not_backed_up_twice(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_bytes(b"gleich")
    assert backups.keep_backup(article) is not None
    assert backups.keep_backup(article) is None
    assert len(backups.list_backups(article)) == 1


def test_count_zero_keeps_nothing_and_missing_file_is_fine(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    assert backups.keep_backup(article) is None  # a new article has no previous version
    article.write_bytes(b"x")
    assert backups.keep_backup(article, count=0) is None
    assert backups.list_backups(article) == []


def test_custom_folder_and_rapid_saves_get_distinct_names(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    folder = tmp_path / "mybackups"
    names = set()
    for n in range(6):
        article.write_bytes(f"v{n}".encode())
        names.add(backups.keep_backup(article, count=10, folder=folder).name)
    assert len(names) == 6
    kept = backups.list_backups(article, folder)
    assert [b.path.read_bytes() for b in kept] == [f"v{n}".encode() for n in reversed(range(6))]


def test_unwritable_backup_folder_stops_the_save_with_a_clear_message(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_bytes(b"alt\n")
    loaded = storage.read_text(article)
    blocker = tmp_path / "kein-ordner"
    blocker.write_bytes(b"a file where the backup folder should be")
    with pytest.raises(storage.BackupError, match="could not be kept as a backup"):
        storage.save_text(article, "neu\n", loaded, backup_folder=blocker)
    assert article.read_bytes() == b"alt\n"
    # the writer may choose to save without a backup
    storage.save_text(article, "neu\n", loaded, backup_count=0)
    assert article.read_bytes() == b"neu\n"


def test_unreadable_source_gives_federerror(tmp_path: Path) -> None:
    with pytest.raises(FederError, match="backup of"):
        backups.keep_backup(tmp_path)  # a folder cannot be read as a file
