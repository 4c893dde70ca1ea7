"""One Feder per user: a second `feder FILE` hands FILE to the running window and exits.

The running Feder listens on a local socket whose name depends on the user and
on the config and data folders (so tests and portable installs with their own
folders never meet each other's window). A new start first tries to connect:
if someone answers, it sends the files as one JSON line, waits for "ok" and
exits; that side needs only the standard library, so it is quick. A socket
left behind by a killed Feder refuses the connection and is replaced.

Protocol (one request per connection, one JSON object per line):
``{"open": ["/abs/path", ...]}`` → ``{"ok": true}``; the window opens each file
as a tab and comes to the front. ``{"tabs": true}`` → ``{"ok": true, "tabs": [...]}``
lists the paths open in the window (scripts and tests ask this way).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from editor import paths

MAX_REQUEST = 1 << 20  # a request is a few paths; anything bigger is not from Feder
ANSWER_TIMEOUT_S = 3.0


def socket_path() -> Path:
    """Where this user's Feder (for these config and data folders) listens."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    key = f"{uid}\0{paths.user_config_dir().resolve()}\0{paths.user_data_dir().resolve()}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    folder = Path(runtime) if runtime and Path(runtime).is_dir() else Path(tempfile.gettempdir())
    return folder / f"feder-{uid}-{digest}.sock"


def _ask(request: dict, timeout: float = ANSWER_TIMEOUT_S) -> dict | None:
    """Send one request to the running Feder; None if none runs (or it did not answer)."""
    path = socket_path()
    if not path.exists():
        return None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(str(path))
            sock.sendall(json.dumps(request).encode("utf-8") + b"\n")
            answer = b""
            while not answer.endswith(b"\n") and len(answer) < MAX_REQUEST:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                answer += chunk
        except OSError:  # refused (a stale socket), timed out, reset
            return None
    try:
        reply = json.loads(answer)
    except ValueError:
        return None
    return reply if isinstance(reply, dict) and reply.get("ok") is True else None


def hand_over(files: Sequence[str | os.PathLike[str]]) -> bool:
    """Give ``files`` to a running Feder; True if it took them (then this process may exit)."""
    absolute = [str(Path(f).absolute()) for f in files]
    return _ask({"open": absolute}) is not None


def running_tabs() -> list[str] | None:
    """The files open in the running Feder, or None when no Feder answers."""
    reply = _ask({"tabs": True})
    if reply is None:
        return None
    return [str(t) for t in reply.get("tabs", [])]


# ---- the running side (Qt) ----------------------------------------------------------------
def start_server(open_files: Callable[[list[str]], None], tabs: Callable[[], list[str]], parent=None):
    """Listen for later starts; returns the server object, or None if another Feder owns the socket."""
    from editor.ui.window.local_server import LocalServer

    server = LocalServer(socket_path(), open_files, tabs, parent)
    return server if server.listen(lambda: _ask({"tabs": True}, timeout=0.5) is not None) else None


def stop_server(server) -> None:
    if server is not None:
        with contextlib.suppress(RuntimeError):
            server.close()
