"""Start-up milestones for the benchmarks: ``FEDER_STARTUP_TRACE=FILE feder ARTICLE``.

Appends one JSON line per milestone (``{"event": ..., "time": <epoch seconds>,
"cpu": <this process's CPU seconds>}``):
``window_shown``, ``first_frame`` (the window's first paint), ``preview`` (the
preview shows the opened article). benchmarks/xstart.py reads it beside what
it sees from outside (xdotool). Without the variable nothing is installed.
"""

from __future__ import annotations

import json
import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer


class StartupTrace(QObject):
    def __init__(self, path: str, window) -> None:
        super().__init__(window)
        self.path = path
        self.window = window
        self._seen: set[str] = set()
        window.installEventFilter(self)
        self.note("window_shown")
        window.view.previewUpdated.connect(lambda: self.note("preview"))

    def note(self, event: str) -> None:
        if event in self._seen:
            return
        self._seen.add(event)
        with open(self.path, "a", encoding="utf-8") as stream:
            stream.write(json.dumps({"event": event, "time": time.time(), "cpu": time.process_time()}) + "\n")

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:  # the children paint in the same pass, then this fires
            QTimer.singleShot(0, lambda: self.note("first_frame"))
            obj.removeEventFilter(self)
        return False


def install(window) -> StartupTrace | None:
    path = os.environ.get("FEDER_STARTUP_TRACE")
    return StartupTrace(path, window) if path else None
