"""Atomic, durable saves that keep the file's encoding, line endings and permissions."""

from __future__ import annotations

import codecs
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from editor.core.files import backups, storage
from editor.core.messages import FederError


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_write_creates_file_with_umask_mode(tmp_path: Path) -> None:
    target = tmp_path / "neu.md"
    old = os.umask(0o027)
    try:
        storage.write_bytes_atomic(target, b"Hallo")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"Hallo"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_write_keeps_mode_of_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(b"alt")
    target.chmod(0o604)
    storage.write_bytes_atomic(target, b"neu")
    assert target.read_bytes() == b"neu"
    assert stat.S_IMODE(target.stat().st_mode) == 0o604


def test_write_follows_symlink_and_keeps_it(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_bytes(b"alt")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    storage.write_bytes_atomic(link, b"neu")
    assert link.is_symlink()
    assert real.read_bytes() == b"neu"


def test_write_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    for n in range(3):
        storage.write_bytes_atomic(target, f"Version {n}".encode())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]


def test_stale_temp_of_dead_process_is_removed_live_one_kept(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    dead = tmp_path / f".a.md.~feder-{_dead_pid()}-xyz.tmp"
    dead.write_bytes(b"half")
    live = tmp_path / f".a.md.~feder-{os.getppid()}-abc.tmp"  # our parent is alive
    live.write_bytes(b"half")
    other = tmp_path / ".a.md.swp"
    other.write_bytes(b"vim")
    storage.write_bytes_atomic(target, b"ganz")
    assert not dead.exists()
    assert live.exists() and other.exists()


def test_write_to_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FederError, match="is a folder"):
        storage.write_bytes_atomic(tmp_path, b"x")


def test_write_into_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(FederError, match="folder no longer exists"):
        storage.write_bytes_atomic(tmp_path / "weg" / "a.md", b"x")


def test_unchanged_text_saves_byte_for_byte(tmp_path: Path) -> None:
    original = "---\ntitle: Grüße\n---\r\nText mit \u2028 und \x0c drin\r\nEnde\n".encode()
    target = tmp_path / "a.md"
    target.write_bytes(original)
    loaded = storage.read_text(target)
    storage.save_text(target, loaded.text, loaded, backup_count=0)
    assert target.read_bytes() == original


def test_mixed_endings_survive_an_edit_even_with_unicode_line_separators(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes("eins \u2028 x\r\nzwei\ndrei\x0cy\r\nvier\rfünf".encode())
    loaded = storage.read_text(target)
    assert loaded.text == "eins \u2028 x\nzwei\ndrei\x0cy\nvier\nfünf"
    edited = loaded.text.replace("zwei", "ZWEI").replace("fünf", "fünf\nsechs")
    storage.save_text(target, edited, loaded, backup_count=0)
    # unchanged lines keep their own endings; the edited and the new line get the main one (CRLF)
    assert target.read_bytes() == "eins \u2028 x\r\nZWEI\r\ndrei\x0cy\r\nvier\rfünf\r\nsechs".encode()


@pytest.mark.parametrize(
    ("bom", "codec"), [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
)
def test_utf16_keeps_bom_and_byte_order(tmp_path: Path, bom: bytes, codec: str) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(bom + "Größe 😀\r\n".encode(codec))
    loaded = storage.read_text(target)
    assert loaded.text == "Größe 😀\n"
    assert loaded.notice is None
    storage.save_text(target, loaded.text + "mehr\n", loaded, backup_count=0)
    assert target.read_bytes() == bom + "Größe 😀\r\nmehr\r\n".encode(codec)


def test_utf8_bom_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(codecs.BOM_UTF8 + "ä\n".encode())
    loaded = storage.read_text(target)
    assert loaded.text == "ä\n"
    storage.save_text(target, "ö\n", loaded, backup_count=0)
    assert target.read_bytes() == codecs.BOM_UTF8 + "ö\n".encode()


def test_windows_1252_is_saved_as_utf8_after_an_edit(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes("„Grüße“ – 5 €\r\n".encode("cp1252"))
    loaded = storage.read_text(target)
    assert loaded.text == "„Grüße“ – 5 €\n"
    assert "Windows-1252" in loaded.notice.text
    again = storage.save_text(target, loaded.text + "neu\n", loaded, backup_count=0)
    assert target.read_bytes() == "„Grüße“ – 5 €\r\nneu\r\n".encode()
    assert again.notice is None and again.encoding == "utf-8"
    assert storage.read_text(target).text == again.text


def test_save_refuses_a_file_changed_on_disk(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(b"meins\n")
    loaded = storage.read_text(target)
    target.write_bytes(b"von Dropbox\n")
    with pytest.raises(storage.FileChangedError, match="changed on disk"):
        storage.save_text(target, "meins, bearbeitet\n", loaded)
    assert target.read_bytes() == b"von Dropbox\n"
    # "Keep mine": the other version goes to the backups, not into the void
    storage.save_text(target, "meins, bearbeitet\n", loaded, overwrite_changed=True)
    assert target.read_bytes() == b"meins, bearbeitet\n"
    assert backups.list_backups(target)[0].path.read_bytes() == b"von Dropbox\n"


def test_consecutive_saves_use_the_returned_state(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(b"a\r\n")
    loaded = storage.read_text(target)
    for n in range(3):
        loaded = storage.save_text(target, f"a\nzeile {n}\n", loaded)
    assert target.read_bytes() == b"a\r\nzeile 2\r\n"
    assert len(backups.list_backups(target)) == 3


def test_save_of_deleted_file_brings_it_back(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(b"alt\n")
    loaded = storage.read_text(target)
    target.unlink()
    storage.save_text(target, "noch da\n", loaded)
    assert target.read_bytes() == b"noch da\n"


def test_new_file_without_loaded_state(tmp_path: Path) -> None:
    target = tmp_path / "neu.md"
    state = storage.save_text(target, "Titel\n")
    assert target.read_bytes() == b"Titel\n"
    assert state.path == target and state.original == b"Titel\n"


def test_lossy_buffer_is_never_saved(tmp_path: Path) -> None:
    target = tmp_path / "kaputt.md"
    original = codecs.BOM_UTF16_LE + b"a\x00\x00\xd8"  # a lone high surrogate
    target.write_bytes(original)
    with pytest.raises(FederError, match="byte order mark"):
        storage.read_text(target)
    view = storage.read_text(target, allow_lossy=True)
    assert view.lossy and not view.savable
    with pytest.raises(FederError, match="read-only"):
        storage.save_text(target, view.text, view)
    with pytest.raises(FederError, match="read-only"):
        storage.save_text(tmp_path / "other.md", view.text + "x", view)
    assert target.read_bytes() == original


def test_unencodable_character_is_refused_not_mangled(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(b"ok\n")
    loaded = storage.read_text(target)
    with pytest.raises(FederError, match="cannot be saved"):
        storage.save_text(target, "lone \ud800 surrogate", loaded)
    assert target.read_bytes() == b"ok\n"


def test_file_stamp_tells_content_apart(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(b"eins")
    first = storage.FileStamp.of(target)
    os.utime(target, ns=(1, 1))
    touched = storage.FileStamp.of(target)
    assert first.same_content(touched) and first != touched
    target.write_bytes(b"zwei")
    assert not first.same_content(storage.FileStamp.of(target))
    target.unlink()
    assert storage.FileStamp.of(target) is None
