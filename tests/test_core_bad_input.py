"""Bad files and failing disks: a clear message, no traceback, and nothing lost.

Each case opens (storage.read_text + Article.from_text) and saves
(storage.save_text) through the real code on real files; the file on disk
must be unchanged whenever the operation is refused.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.core.files import storage
from editor.core.messages import FederError
from editor.core.text.article import Article

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

ALIAS_BOMB = """---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
title: Bombe
---
Text
"""


@contextlib.contextmanager
def tmpfs(where: Path, size: str = "64k") -> Iterator[Path]:
    """A tiny real file system (root only); skips the test where mounting is impossible."""
    where.mkdir()
    if not IS_ROOT or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(where)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _open_and_save_unchanged(path: Path) -> storage.LoadedText:
    """Open like the editor does; saving the untouched text must give the same bytes."""
    before = path.read_bytes()
    loaded = storage.read_text(path)
    Article.from_text(loaded.text, path)
    storage.save_text(path, loaded.text, loaded, backup_count=0)
    assert path.read_bytes() == before
    return loaded


def _refused(path: Path, match: str) -> FederError:
    before = None
    with contextlib.suppress(OSError):
        before = path.read_bytes() if path.is_file() else None
    with pytest.raises(FederError, match=match) as info:
        storage.read_text(path)
    if before is not None:
        assert path.read_bytes() == before
    return info.value


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "leer.md"
    path.write_bytes(b"")
    loaded = _open_and_save_unchanged(path)
    assert loaded.text == "" and loaded.notice is None
    assert Article.from_text("").body == ""
    storage.save_text(path, "Jetzt mit Text\n", loaded)
    assert path.read_bytes() == b"Jetzt mit Text\n"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "bild.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    error = _refused(path, "binary file")
    assert "line 3" in error.text()  # after "\x89PNG\r\n" and "\x1a\n"
    view = storage.read_text(path, allow_lossy=True)  # may be looked at, never saved
    assert view.lossy
    with pytest.raises(FederError, match="read-only"):
        storage.save_text(path, view.text, view)


def test_50_mb_file(tmp_path: Path) -> None:
    path = tmp_path / "riesig.md"
    with open(path, "wb") as handle:
        handle.write(("Ein sehr langer Artikel mit Umlauten äöü.\n").encode())
        handle.truncate(50 * 1024 * 1024 + 1)  # sparse: the size is what must refuse it
    error = _refused(path, "too large")
    assert "50 MB" in error.text() and "20 MB" in error.text()


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.md"
    path.write_bytes(codecs.BOM_UTF16_LE + "---\ntitle: Größe\n---\nText 😀\n".encode("utf-16-le"))
    loaded = _open_and_save_unchanged(path)
    assert Article.from_text(loaded.text).title == "Größe"
    storage.save_text(path, loaded.text + "mehr\n", loaded, backup_count=0)
    assert storage.read_text(path).text.endswith("😀\nmehr\n")
    assert path.read_bytes().startswith(codecs.BOM_UTF16_LE)


def test_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.md"
    path.write_bytes("„Zitat“ – Grüße für 5 €".encode("cp1252"))
    loaded = _open_and_save_unchanged(path)  # unchanged text keeps the old bytes
    assert loaded.text == "„Zitat“ – Grüße für 5 €"
    assert "Windows-1252" in loaded.notice.text.format(path=path)


def test_latin_1_with_bytes_windows_1252_lacks(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    original = "Grüße ".encode("latin-1") + b"\x81\x8d"
    path.write_bytes(original)
    loaded = _open_and_save_unchanged(path)
    assert loaded.text == "Grüße \x81\x8d"
    assert "Latin-1" in loaded.notice.text
    storage.save_text(path, loaded.text + "!", loaded, backup_count=0)
    assert path.read_bytes().decode("utf-8") == "Grüße \x81\x8d!"  # every character kept


def test_mixed_line_endings_kept(tmp_path: Path) -> None:
    path = tmp_path / "gemischt.md"
    path.write_bytes(b"eins\r\nzwei\ndrei\rvier\r\n")
    loaded = _open_and_save_unchanged(path)
    storage.save_text(path, loaded.text.replace("zwei", "2"), loaded, backup_count=0)
    assert path.read_bytes() == b"eins\r\n2\r\ndrei\rvier\r\n"


def test_nul_bytes_in_text(tmp_path: Path) -> None:
    path = tmp_path / "nul.md"
    path.write_bytes(b"Zeile eins\nZeile zwei\nkaputt \x00 hier\n")
    error = _refused(path, "NUL bytes")
    assert "line 3" in error.text()


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("title: [kaputt\n", "not valid YAML"),
        ("- eins\n- zwei\n", "not a list of keys and values"),
        ("just a string\n", "not a list of keys and values"),
    ],
)
def test_broken_or_non_mapping_yaml(tmp_path: Path, front: str, expected: str) -> None:
    path = tmp_path / "yaml.md"
    path.write_text(f"---\n{front}---\nDer Text bleibt.\n", encoding="utf-8")
    loaded = _open_and_save_unchanged(path)
    article = Article.from_text(loaded.text, path)
    assert article.meta == {} and expected in article.meta_error.text()
    assert article.body == "Der Text bleibt.\n"


def test_yaml_alias_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bombe.md"
    path.write_text(ALIAS_BOMB, encoding="utf-8")
    loaded = _open_and_save_unchanged(path)
    article = Article.from_text(loaded.text, path)  # expanded, this bomb would not finish
    assert "aliases" in article.meta_error.text() and article.meta == {}


def test_path_is_a_folder(tmp_path: Path) -> None:
    _refused(tmp_path, "is a folder")
    with pytest.raises(FederError, match="is a folder"):
        storage.save_text(tmp_path, "x")


@pytest.mark.skipif(IS_ROOT, reason="root reads files without read permission; see the FIFO and /proc cases")
def test_no_read_permission(tmp_path: Path) -> None:
    path = tmp_path / "geheim.md"
    path.write_bytes(b"geheim")
    path.chmod(0)
    try:
        _refused(path, "not allowed to read")
    finally:
        path.chmod(0o600)


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.md"
    os.mkfifo(path)
    _refused(path, "not a regular file")
    with pytest.raises(FederError, match="not a regular file"):
        storage.save_text(path, "x")


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_read_failing_in_the_kernel() -> None:
    # /proc/self/mem is a regular file whose read() fails with EIO: a real failing read.
    error = _refused(Path("/proc/self/mem"), "could not be read")
    assert "Input/output error" in error.text()


def test_read_only_target(tmp_path: Path) -> None:
    path = tmp_path / "schreibgeschuetzt.md"
    path.write_bytes(b"alt\n")
    loaded = storage.read_text(path)
    path.chmod(0o444)
    with pytest.raises(FederError, match="read-only"):
        storage.save_text(path, "neu\n", loaded)
    assert path.read_bytes() == b"alt\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_read_only_file_system(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro") as mount:
        path = mount / "a.md"
        path.write_bytes(b"alt\n")
        loaded = storage.read_text(path)
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        with pytest.raises(FederError, match="disk is read-only"):
            storage.save_text(path, "neu\n", loaded, backup_count=0)
        assert path.read_bytes() == b"alt\n"


def test_full_disk_on_a_tiny_real_file_system(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "voll", size="64k") as mount:
        path = mount / "a.md"
        path.write_bytes(b"alte Fassung\n" * 1000)  # 13 KB of 64 KB
        loaded = storage.read_text(path)
        huge = "neue Fassung\n" * 10_000  # 130 KB: cannot fit
        with pytest.raises(FederError, match="disk is full"):
            storage.save_text(path, huge, loaded, backup_count=0)
        assert path.read_bytes() == b"alte Fassung\n" * 1000
        assert [p.name for p in mount.iterdir()] == ["a.md"]  # no half-written temp file
        storage.save_text(path, "kurz\n", loaded, backup_count=0)  # space is back
        assert path.read_bytes() == b"kurz\n"


def test_full_disk_when_fsync_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same on any machine: the kernel reports ENOSPC only at fsync (delayed allocation)."""
    path = tmp_path / "a.md"
    path.write_bytes(b"alt\n")
    loaded = storage.read_text(path)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(storage.os, "fsync", full)
    with pytest.raises(FederError, match="disk is full"):
        storage.save_text(path, "neu\n", loaded, backup_count=0)
    monkeypatch.undo()
    assert path.read_bytes() == b"alt\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_file_deleted_while_open(tmp_path: Path) -> None:
    folder = tmp_path / "ordner"
    folder.mkdir()
    path = folder / "a.md"
    path.write_bytes(b"alt\n")
    loaded = storage.read_text(path)
    path.unlink()
    _refused(path, "does not exist")
    storage.save_text(path, "gerettet\n", loaded)  # saving brings it back
    assert path.read_bytes() == b"gerettet\n"
    shutil.rmtree(folder)
    with pytest.raises(FederError, match="folder no longer exists"):
        storage.save_text(path, "wieder\n", loaded)
