"""Runs preview renders in a helper process and hands results back as Qt signals.

One helper process serves every open article (a Python with Markdown loaded
costs about 40 MB; one per article made each further tab that much heavier).
Each article talks to it through its own :class:`RenderService`: at most one
render per article is in flight, and while it runs only the article's newest
request is kept, so a fast typist never queues up stale work. The helper
renders one request at a time, taking the articles in turn. QProcess talks to
the helper through the event loop, so no thread is involved on the GUI side.
Long texts and results travel through files in a private folder (see
:mod:`editor.core.preview.worker`), so a request reaches the helper at once,
even when the event loop is busy right after it (opening an article).
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QProcess, Signal

from editor.core.preview import worker as preview_worker


class RenderService(QObject):
    """One article's access to the shared render helper (see :class:`RenderHelper`)."""

    rendered = Signal(int, object)  # request id, PreviewResult
    counted = Signal(int, object)  # request id, Stats (a little after the preview)
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None, helper: RenderHelper | None = None) -> None:
        super().__init__(parent)
        self._helper = helper
        self._busy = False  # a request of this article is being rendered
        self._pending: tuple[int, str, str | None] | None = None  # the newest one waiting
        self._last_id = 0

    @property
    def helper(self) -> RenderHelper:
        if self._helper is None:
            self._helper = shared_helper()
        return self._helper

    def start(self) -> None:
        """Start the helper now, so the first preview does not wait for Python to boot."""
        self.helper.start()

    def request(self, text: str, path: str | None) -> int:
        """Ask for a render of ``text``; returns the id the result will carry."""
        helper = self.helper
        self._last_id = helper.next_id()
        self._pending = (self._last_id, text, path)
        helper.want(self)
        return self._last_id

    def shutdown(self) -> None:
        """This article is closed: forget its work (the helper ends with its last article)."""
        self._pending = None
        self._busy = False
        if self._helper is not None:
            self._helper.release(self)


class RenderHelper(QObject):
    """The helper process (``editor.core.preview.worker``), shared by the articles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._buffer = bytearray()
        self._clients: list[RenderService] = []  # in turn: the first waiting one goes next
        self._in_flight: tuple[int, RenderService] | None = None
        self._owners: dict[int, RenderService] = {}  # request id → article, until its stats came
        self._next_id = 0
        self._folder: str | None = None  # for messages too large for the pipe

    def next_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def start(self) -> None:
        if self._process is not None:
            return
        process = QProcess(self)
        process.setProgram(sys.executable)
        folder = self._spill_folder()
        process.setArguments(["-m", "editor.core.preview.worker", *([folder] if folder else [])])
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._on_output)
        process.finished.connect(self._on_exit)
        self._process = process
        self._buffer.clear()
        self._in_flight = None
        process.start()

    def want(self, client: RenderService) -> None:
        if client not in self._clients:
            self._clients.append(client)
            # An article deleted without shutdown() (a window torn down) must not be called back.
            client.destroyed.connect(lambda _=None, c=client: self.release(c))
        self._submit_next()

    def release(self, client: RenderService) -> None:
        if client in self._clients:
            self._clients.remove(client)
        self._owners = {rid: c for rid, c in self._owners.items() if c is not client}
        if not self._clients and self._in_flight is None:
            self.shutdown()

    def shutdown(self) -> None:
        process, self._process = self._process, None
        self._in_flight = None
        if process is not None:
            process.finished.disconnect(self._on_exit)
            process.closeWriteChannel()
            if not process.waitForFinished(1000):
                process.kill()
                process.waitForFinished(1000)
            process.deleteLater()
        self._remove_folder()

    def _spill_folder(self) -> str | None:
        """A folder only this user can read, for long texts; None if none can be made."""
        if self._folder is None or not os.path.isdir(self._folder):
            runtime = os.environ.get("XDG_RUNTIME_DIR")  # memory-backed, cleared at logout
            base = runtime if runtime and os.path.isdir(runtime) else None
            try:
                self._folder = preview_worker.make_spill_folder(base)
            except OSError:
                self._folder = None
                return None
            self._finalizer = weakref.finalize(self, shutil.rmtree, self._folder, True)
        return self._folder

    def _remove_folder(self) -> None:
        if self._folder is not None:
            self._finalizer()
            self._folder = None

    def _submit_next(self) -> None:
        if self._in_flight is not None:
            return
        client = next((c for c in self._clients if c._pending is not None and not c._busy), None)
        if client is None:
            return
        self.start()
        assert self._process is not None
        request, client._pending = client._pending, None
        assert request is not None
        client._busy = True
        self._clients.remove(client)  # to the back of the line
        self._clients.append(client)
        self._in_flight = (request[0], client)
        self._owners[request[0]] = client
        stream = io.BytesIO()
        preview_worker.write_message(stream, request, self._spill_folder())
        self._process.write(stream.getvalue())
        # Now, not when the event loop next runs: an article being opened keeps it busy
        # for a second (layout, colours) while the helper could already render.
        self._process.waitForBytesWritten(100)

    def _on_output(self) -> None:
        if self._process is None:
            return
        self._buffer.extend(self._process.readAllStandardOutput().data())
        try:
            messages = preview_worker.split_messages(self._buffer)
        except OSError:  # a result's file vanished: start afresh, as after a crash
            self._process.kill()
            return
        for kind, request_id, result, error in messages:
            client = self._owners.get(request_id)
            if kind == "stats":
                self._owners.pop(request_id, None)
                if client is not None and shiboken6.isValid(client):
                    client.counted.emit(request_id, result)
                continue
            if self._in_flight is not None and self._in_flight[0] == request_id:
                self._in_flight = None
            if client is None or not shiboken6.isValid(client):
                continue  # its article was closed meanwhile
            # Stats of this article's earlier renders will not come any more (they are sent
            # only while nothing waits): keep just this request's owner for its stats.
            self._owners = {rid: c for rid, c in self._owners.items() if c is not client or rid >= request_id}
            client._busy = False
            if error is None:
                client.rendered.emit(request_id, result)
            else:
                self._owners.pop(request_id, None)
                client.failed.emit(request_id, error)
        if not self._clients and self._in_flight is None:
            self.shutdown()
            return
        self._submit_next()

    def _on_exit(self, *_args) -> None:
        """The helper died (killed, crashed): start afresh with the next request."""
        if self._process is not None:
            self._process.deleteLater()
        self._process = None
        self._buffer.clear()
        in_flight, self._in_flight = self._in_flight, None
        if in_flight is not None and shiboken6.isValid(in_flight[1]):
            request_id, client = in_flight
            client._busy = False
            client.failed.emit(request_id, "preview helper stopped")
        self._submit_next()


_shared: RenderHelper | None = None


def shared_helper() -> RenderHelper:
    """The application's one render helper (created with the first article that asks)."""
    global _shared
    app = QCoreApplication.instance()
    if _shared is None or not shiboken6.isValid(_shared) or _shared.parent() is not app:
        _shared = RenderHelper(app)
    return _shared
