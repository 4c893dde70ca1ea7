"""The preview's helper process: reads render requests on stdin, answers on stdout.

Started by the GUI as ``python -m editor.core.preview.worker``. Messages are
length-prefixed pickles between two ends of the same program (never from
elsewhere). A separate process means a slow or crashing Markdown conversion
can never freeze or kill the editor, and typing never waits for the GIL.
"""

from __future__ import annotations

import pickle
import select
import struct
import sys
from typing import BinaryIO

_HEADER = struct.Struct("!I")


def write_message(stream: BinaryIO, obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def read_message(stream: BinaryIO) -> object | None:
    """The next message, or None at end of input."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)


def split_messages(buffer: bytearray) -> list[object]:
    """Take every complete message off the front of ``buffer`` (the GUI's side)."""
    messages = []
    while len(buffer) >= _HEADER.size:
        (size,) = _HEADER.unpack_from(buffer)
        if len(buffer) < _HEADER.size + size:
            break
        messages.append(pickle.loads(bytes(buffer[_HEADER.size : _HEADER.size + size])))
        del buffer[: _HEADER.size + size]
    return messages


def main() -> int:
    # Imported here, in the helper: the editor's process uses this module only for the
    # message framing and must not pay for Markdown at start-up.
    from editor.core.preview.job import render_preview, statistics, warm_up

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
            write_message(stdout, ("preview", request_id, result, None))
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
