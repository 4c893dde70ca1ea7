"""Runs preview renders in a helper process and hands results back as Qt signals.

At most one render is in flight; while it runs, only the newest request is
kept, so a fast typist never queues up stale work. QProcess talks to the
helper through the event loop, so no thread is involved on the GUI side.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QProcess, Signal

from editor.core import preview_worker


class RenderService(QObject):
    """Renders article texts for the preview in ``editor.core.preview_worker``."""

    rendered = Signal(int, object)  # request id, PreviewResult
    counted = Signal(int, object)  # request id, Stats (a little after the preview)
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._buffer = bytearray()
        self._busy = False
        self._pending: tuple[int, str, str | None] | None = None
        self._next_id = 0

    def start(self) -> None:
        """Start the helper now, so the first preview does not wait for Python to boot."""
        if self._process is not None:
            return
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments(["-m", "editor.core.preview_worker"])
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._on_output)
        process.finished.connect(self._on_exit)
        self._process = process
        self._buffer.clear()
        self._busy = False
        process.start()

    def request(self, text: str, path: str | None) -> int:
        """Ask for a render of ``text``; returns the id the result will carry."""
        self._next_id += 1
        self._pending = (self._next_id, text, path)
        self._submit_pending()
        return self._next_id

    def shutdown(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect(self._on_exit)
            process.closeWriteChannel()
            if not process.waitForFinished(1000):
                process.kill()
                process.waitForFinished(1000)

    def _submit_pending(self) -> None:
        if self._busy or self._pending is None:
            return
        self.start()
        assert self._process is not None
        request, self._pending = self._pending, None
        self._busy = True
        import io

        stream = io.BytesIO()
        preview_worker.write_message(stream, request)
        self._process.write(stream.getvalue())

    def _on_output(self) -> None:
        if self._process is None:
            return
        self._buffer.extend(self._process.readAllStandardOutput().data())
        for kind, request_id, result, error in preview_worker.split_messages(self._buffer):
            if kind == "stats":
                self.counted.emit(request_id, result)
                continue
            self._busy = False
            if error is None:
                self.rendered.emit(request_id, result)
            else:
                self.failed.emit(request_id, error)
        self._submit_pending()

    def _on_exit(self, *_args) -> None:
        """The helper died (killed, crashed): start afresh with the next request."""
        if self._process is not None:
            self._process.deleteLater()
        self._process = None
        was_busy, self._busy = self._busy, False
        if was_busy:
            self.failed.emit(self._next_id, "preview helper stopped")
        self._submit_pending()
