"""The listening side of "one Feder per user" (see :mod:`.single_instance`).

A plain Unix socket watched by the event loop through ``QSocketNotifier``
(QtCore). QtNetwork's ``QLocalServer`` did the same but loaded QtNetwork
before the window's first frame: 30 M instructions, 1.7 % of a start to the
shown window (callgrind, 10k-word article). QtNetwork still comes 2 s after
the window for the network check.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier

MAX_REQUEST = 1 << 20  # a request is a few paths; anything bigger is not from Feder
SEND_TIMEOUT_S = 3.0  # the answer is a few bytes and the other side waits for it


class LocalServer(QObject):
    """Listens on ``path`` for later starts; one request per connection.

    The socket file is readable and writable by this user only, as
    ``QLocalServer.UserAccessOption`` made it.
    """

    def __init__(self, path: Path, open_files: Callable[[list[str]], None], tabs: Callable[[], list[str]], parent=None):
        super().__init__(parent)
        self.path = path
        self._open_files = open_files
        self._tabs = tabs
        self._socket: socket.socket | None = None
        self._notifier = None
        self._clients: dict[int, tuple[socket.socket, bytearray, object]] = {}

    def listen(self, someone_answers: Callable[[], bool]) -> bool:
        """Own the socket file; False if ``someone_answers`` on it (a live Feder keeps it)."""
        if self._bind():
            return True
        if someone_answers():
            return False
        with contextlib.suppress(OSError):
            self.path.unlink()  # left by a Feder that was killed
        return self._bind()

    def isListening(self) -> bool:  # noqa: N802 - named like QLocalServer's
        return self._socket is not None

    def close(self) -> None:
        """Stop listening, drop the clients and remove the socket file."""
        for number in list(self._clients):
            self._drop(number)
        if self._socket is None:
            return
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        self._notifier = None
        self._socket.close()
        self._socket = None
        with contextlib.suppress(OSError):
            self.path.unlink()

    def _bind(self) -> bool:
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        mask = os.umask(0o177)  # the file is made by bind(): this user only, from its first moment
        try:
            listener.bind(str(self.path))
        except OSError:
            listener.close()
            return False
        finally:
            os.umask(mask)
        listener.listen(16)
        listener.setblocking(False)
        self._socket = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def _accept(self, *_args) -> None:
        while self._socket is not None:
            try:
                client, _address = self._socket.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return
            client.setblocking(False)
            number = client.fileno()
            notifier = QSocketNotifier(number, QSocketNotifier.Type.Read, self)
            self._clients[number] = (client, bytearray(), notifier)
            notifier.activated.connect(lambda *_a, number=number: self._read(number))

    def _read(self, number: int) -> None:
        found = self._clients.get(number)
        if found is None:
            return
        client, buffer, _notifier = found
        try:
            chunk = client.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:  # the other side went away before a whole request
            self._drop(number)
            return
        buffer.extend(chunk)
        if len(buffer) > MAX_REQUEST:
            self._drop(number)
            return
        if b"\n" not in buffer:
            return
        request = parse_request(bytes(buffer).split(b"\n", 1)[0])
        if request is None:
            self._drop(number)  # closed without an answer
            return
        reply: dict = {"ok": True}
        if "tabs" in request:
            reply["tabs"] = self._tabs()
        with contextlib.suppress(OSError):
            client.settimeout(SEND_TIMEOUT_S)
            client.sendall(json.dumps(reply).encode("utf-8") + b"\n")
        self._drop(number)
        if "open" in request:
            self._open_files(request["open"])

    def _drop(self, number: int) -> None:
        client, _buffer, notifier = self._clients.pop(number)
        notifier.setEnabled(False)
        notifier.deleteLater()
        client.close()


def parse_request(line: bytes) -> dict | None:
    try:
        request = json.loads(line)
    except ValueError:
        return None
    if not isinstance(request, dict):
        return None
    files = request.get("open")
    if files is not None and not (isinstance(files, list) and all(isinstance(f, str) for f in files)):
        return None
    return request
