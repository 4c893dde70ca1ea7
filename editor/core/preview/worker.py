"""The preview's helper process: reads render requests on stdin, answers on stdout.

Started by the GUI as ``python -m editor.core.preview.worker [FOLDER]``.
Messages are length-prefixed pickles between two ends of the same program
(never from elsewhere). A separate process means a slow or crashing Markdown
conversion can never freeze or kill the editor, and typing never waits for the
GIL.

A message larger than a pipe holds (a long article's text, its rendered HTML)
goes through a file in FOLDER, a private folder the GUI made, and the pipe
carries only the file's name: through the pipe, 800 KB moved in 64 KB pieces,
each waiting for the other side's event loop, and the GUI's loop is busy
exactly when an article opens (laying out and colouring the text).
"""

from __future__ import annotations

import os
import pickle
import select
import shutil
import struct
import sys
import tempfile
from typing import BinaryIO

_HEADER = struct.Struct("!IB")  # payload size, and whether the payload is a file's name
_INLINE, _IN_FILE = 0, 1
#: Larger messages go through a file (a Linux pipe holds 64 KB).
SPILL_BYTES = 48 * 1024


#: Spill folders are named ``feder-preview-PID-…`` after the Feder that made them.
SPILL_PREFIX = "feder-preview-"


def make_spill_folder(base: str | None = None) -> str:
    """A folder only this user can read, for long messages (in ``base``, else the temp folder).

    Named after this process, so that the folders of a Feder that was killed
    (and could not remove its own) are found and removed by the next one.
    """
    remove_orphaned_spill_folders(base)
    return tempfile.mkdtemp(prefix=f"{SPILL_PREFIX}{os.getpid()}-", dir=base)


def remove_orphaned_spill_folders(base: str | None = None) -> None:
    """Remove this user's spill folders whose Feder no longer runs."""
    try:
        entries = list(os.scandir(base or tempfile.gettempdir()))
    except OSError:
        return
    for entry in entries:
        owner = entry.name[len(SPILL_PREFIX) :].split("-", 1)[0]
        if not entry.name.startswith(SPILL_PREFIX) or not owner.isdigit() or _running(int(owner)):
            continue
        try:
            if entry.is_dir(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_uid == os.getuid():
                shutil.rmtree(entry.path, ignore_errors=True)
        except OSError:
            continue


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def write_message(stream: BinaryIO, obj: object, folder: str | None = None) -> None:
    """Send ``obj``; through a file in ``folder`` if it is larger than :data:`SPILL_BYTES`."""
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    kind = _INLINE
    if folder is not None and len(data) > SPILL_BYTES:
        try:
            handle, name = tempfile.mkstemp(dir=folder, suffix=".msg")  # readable by this user only
            with os.fdopen(handle, "wb") as spill:
                spill.write(data)
            data, kind = os.fsencode(name), _IN_FILE
        except OSError:
            pass  # the folder went away: the pipe still works, only slower
    stream.write(_HEADER.pack(len(data), kind) + data)
    stream.flush()


def read_message(stream: BinaryIO) -> object | None:
    """The next message, or None at end of input."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    size, kind = _HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        return None
    return _load(kind, data)


def split_messages(buffer: bytearray) -> list[object]:
    """Take every complete message off the front of ``buffer`` (the GUI's side).

    Raises OSError if a message's file cannot be read.
    """
    messages = []
    while len(buffer) >= _HEADER.size:
        size, kind = _HEADER.unpack_from(buffer)
        if len(buffer) < _HEADER.size + size:
            break
        data = bytes(buffer[_HEADER.size : _HEADER.size + size])
        del buffer[: _HEADER.size + size]
        messages.append(_load(kind, data))
    return messages


def _load(kind: int, data: bytes) -> object:
    if kind == _IN_FILE:
        name = os.fsdecode(data)
        try:
            with open(name, "rb") as spill:
                data = spill.read()
        finally:
            os.unlink(name)
    return pickle.loads(data)


def main(argv: list[str] | None = None) -> int:
    # Imported here, in the helper: the editor's process uses this module only for the
    # message framing and must not pay for Markdown at start-up.
    from editor.core.preview.job import render_preview, statistics, warm_up

    args = sys.argv[1:] if argv is None else argv
    folder = args[0] if args else None
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print() must not corrupt the channel
    warm_up()
    while True:
        request = read_message(stdin)
        if request is None:
            return 0
        request_id, text, path = request
        try:
            result = render_preview(text, path)
            write_message(stdout, ("preview", request_id, result, None), folder)
            # Counting comes after the preview is out, and only while nobody waits.
            if not _input_waiting(stdin):
                write_message(stdout, ("stats", request_id, statistics(result.blocks), None))
        except Exception as exc:  # report, keep serving: one bad text must not end previews
            write_message(stdout, ("preview", request_id, None, f"{type(exc).__name__}: {exc}"))


def _input_waiting(stream: BinaryIO) -> bool:
    try:
        ready, _, _ = select.select([stream], [], [], 0)
    except (OSError, ValueError):
        return False
    return bool(ready)


if __name__ == "__main__":
    raise SystemExit(main())
