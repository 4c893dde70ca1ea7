"""The framing between Feder and its render helper: small messages in the pipe, large ones in a file."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from editor.core.preview import worker


def test_a_small_message_travels_in_the_pipe(tmp_path: Path) -> None:
    stream = io.BytesIO()
    worker.write_message(stream, (1, "Kurzer Text.\n", None), str(tmp_path))
    assert list(tmp_path.iterdir()) == []
    stream.seek(0)
    assert worker.read_message(stream) == (1, "Kurzer Text.\n", None)


def test_a_long_text_travels_in_a_private_file_that_the_reader_removes(tmp_path: Path) -> None:
    text = "Ein langer Absatz über Wochenmärkte. " * 4000  # 150 KB, more than a pipe holds
    stream = io.BytesIO()
    worker.write_message(stream, (2, text, "/x/artikel.md"), str(tmp_path))
    files = list(tmp_path.iterdir())
    assert len(files) == 1
    assert files[0].stat().st_mode & 0o077 == 0  # only this user may read the article
    assert len(stream.getvalue()) < 1000  # the pipe carries the file's name only
    buffer = bytearray(stream.getvalue())
    assert worker.split_messages(buffer) == [(2, text, "/x/artikel.md")]
    assert buffer == bytearray()
    assert list(tmp_path.iterdir()) == []


def test_without_a_folder_a_long_text_still_goes_through_the_pipe(tmp_path: Path) -> None:
    text = "Wort " * 40000
    stream = io.BytesIO()
    worker.write_message(stream, ("preview", 3, text, None), str(tmp_path / "weg"))  # folder gone
    worker.write_message(stream, ("stats", 3, None, None))
    buffer = bytearray(stream.getvalue())
    half = bytearray(buffer[: len(buffer) // 2])
    assert worker.split_messages(half) == []  # incomplete: nothing taken yet
    assert worker.split_messages(buffer) == [("preview", 3, text, None), ("stats", 3, None, None)]


def test_the_spill_folders_of_a_killed_feder_are_removed_by_the_next(tmp_path: Path) -> None:
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()  # its pid is free now: the Feder that made the folder is gone
    orphan = tmp_path / f"feder-preview-{ended.pid}-abc"
    orphan.mkdir()
    (orphan / "left.msg").write_bytes(b"x")
    running = tmp_path / "feder-preview-1-def"  # pid 1 always runs
    running.mkdir()
    unnamed = tmp_path / "feder-preview-xyz"  # an older Feder's: its owner is unknown, so it stays
    unnamed.mkdir()
    other = tmp_path / "notes"
    other.mkdir()

    made = Path(worker.make_spill_folder(str(tmp_path)))

    assert not orphan.exists()
    assert running.exists() and unnamed.exists() and other.exists()
    assert made.name.startswith(f"feder-preview-{os.getpid()}-")
    assert made.stat().st_mode & 0o777 == 0o700
