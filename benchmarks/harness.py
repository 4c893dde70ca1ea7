"""Measuring tools shared by the probes, written once for both Qt bindings.

Feder runs on PySide6 and ReText on PyQt6, so each probe passes in its own
``QtCore`` / ``QtGui`` modules; the enum paths used here are the same in both.
Nothing here knows either editor: a probe hands over widgets and callbacks.

What "done" means, the same for every editor:
- a keystroke is done when a zero-timer posted right after it has fired, so
  the edit, the highlighting, every slot it triggered and the repaint the
  event loop had queued (posted events run before timers) are behind us;
- a keystroke is *due* at its place in a fixed rhythm; if the editor is busy
  with something else then (a preview update, a parse), the wait counts too,
  because the writer waits just the same.
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Callable
from pathlib import Path

#: What the probes type in the middle of the article: ordinary German prose.
TYPED = (
    "Die Gemeinde prüft nun weitere Schritte, sagt die Sprecherin. In der Altstadt klagen "
    "Händler über fehlende Parkplätze, viele fordern mehr Tempo. Der Rat will im Frühjahr "
    "entscheiden, bis dahin bleibt alles offen. "
)


class Harness:
    """Event-loop helpers: wait, wait until, type keys and time them, poll."""

    def __init__(self, qtcore, qtgui, app) -> None:
        self.QtCore = qtcore
        self.QtGui = qtgui
        self.app = app
        #: UI-thread CPU seconds per key of the last :meth:`type_text`: (handling the key,
        #: the event loop until idle after it). Read by ``cpu_per_key.py``.
        self.key_cpu: list[tuple[float, float]] = []

    # ---- waiting ---------------------------------------------------------------------
    def wait(self, seconds: float) -> None:
        """Run the event loop for ``seconds`` (a precise timer ends it)."""
        core = self.QtCore
        loop = core.QEventLoop()
        timer = core.QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(core.Qt.TimerType.PreciseTimer)
        timer.timeout.connect(loop.quit)
        timer.start(max(0, int(seconds * 1000)))
        loop.exec()

    def wait_until_time(self, deadline: float) -> None:
        remaining = deadline - time.perf_counter()
        if remaining > 0:
            self.wait(remaining)

    def idle(self) -> None:
        """Return once everything queued so far (events, zero-timers, repaints) has run."""
        done = [False]

        def finish() -> None:
            done[0] = True

        self.QtCore.QTimer.singleShot(0, finish)
        flags = self.QtCore.QEventLoop.ProcessEventsFlag.WaitForMoreEvents
        while not done[0]:
            self.app.processEvents(flags)

    def wait_until(
        self, predicate: Callable[[], bool], timeout: float, step: float = 0.01
    ) -> float | None:
        """Seconds until ``predicate()`` held (checked every ``step``), or None on timeout."""
        start = time.perf_counter()
        while True:
            if predicate():
                return time.perf_counter() - start
            if time.perf_counter() - start > timeout:
                return None
            self.wait(step)

    def poll(
        self, query: Callable[[Callable[[object], None]], None], timeout: float, step: float = 0.01
    ) -> float | None:
        """Perf-counter time at which an asynchronous ``query(callback)`` first answered true.

        At most one query is in flight, so polling never piles up work in the
        page; the time is when the true answer arrived (never earlier than the
        page really showed it).
        """
        state = {"busy": False, "found": None}
        start = time.perf_counter()

        def answer(value: object) -> None:
            state["busy"] = False
            if value and state["found"] is None:
                state["found"] = time.perf_counter()

        while state["found"] is None:
            if time.perf_counter() - start > timeout:
                return None
            if not state["busy"]:
                state["busy"] = True
                query(answer)
            self.wait(step)
        return state["found"]

    # ---- typing ----------------------------------------------------------------------
    def key(self, widget, char: str) -> None:
        """Deliver one typed character (press and release) to ``widget``."""
        core = self.QtCore
        if char == " ":
            code = 0x20
        elif char.isascii() and char.isalnum():
            code = ord(char.upper())
        elif char in ",.":
            code = ord(char)
        else:
            code = 0
        for kind in (core.QEvent.Type.KeyPress, core.QEvent.Type.KeyRelease):
            event = self.QtGui.QKeyEvent(kind, code, core.Qt.KeyboardModifier.NoModifier, char)
            self.app.sendEvent(widget, event)

    def type_text(self, widget, text: str, interval: float, pause: float = 0.0) -> list[float]:
        """Type ``text``, one key per ``interval`` and ``pause`` more after "," and ".".

        Returns, per key, the seconds from its due time until the editor was
        idle again. The pauses are where a writer thinks, and where debounced
        work (preview, parsing, statistics) starts while the next words come.
        """
        latencies = []
        self.key_cpu = []
        due = time.perf_counter() + interval
        for char in text:
            self.wait_until_time(due)
            start = time.thread_time()
            self.key(widget, char)
            handled = time.thread_time()
            self.idle()
            self.key_cpu.append((handled - start, time.thread_time() - handled))
            latencies.append(time.perf_counter() - due)
            due += interval + (pause if char in ",." else 0.0)
        return latencies

    # ---- start-up --------------------------------------------------------------------
    def first_paint(self, window, on_painted: Callable[[float], None]) -> object:
        """Call ``on_painted(perf_counter)`` once ``window`` has been painted the first time.

        The window's own paint event comes first in a repaint; the children
        are painted right after it in the same pass, so a zero-timer posted
        from there fires once the whole window is on screen.
        """
        core = self.QtCore
        harness = self

        class PaintWatch(core.QObject):
            def __init__(self) -> None:
                super().__init__(window)
                self.seen = False

            def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
                if not self.seen and event.type() == core.QEvent.Type.Paint:
                    self.seen = True
                    core.QTimer.singleShot(0, lambda: on_painted(time.perf_counter()))
                return False

        watch = PaintWatch()
        window.installEventFilter(watch)
        harness._paint_watch = watch  # keep a reference for the binding
        return watch


def middle_paragraph_position(blocks: list[str]) -> tuple[int, int]:
    """(block number, column) after the first sentence of a prose paragraph mid-article."""
    middle = len(blocks) // 2
    for distance in range(len(blocks)):
        for number in (middle + distance, middle - distance):
            if 0 <= number < len(blocks):
                text = blocks[number]
                if len(text) > 120 and text[0].isupper() and text[:2] != "**":
                    cut = text.find(". ")
                    if cut > 0:
                        return number, cut + 2
    return middle, 0


def since_start(t0_wall: float) -> float:
    """Seconds since ``t0_wall`` (a time.time() taken by the parent before it started us)."""
    return time.time() - t0_wall


def peak_rss_mb() -> float:
    """This process's peak resident set size in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_result(path: str, result: dict) -> None:
    Path(path).write_text(json.dumps(result, indent=1), encoding="utf-8")


def hard_exit(code: int = 0) -> None:
    """Leave at once: the parent ends our helper processes; no teardown dialogs or crashes."""
    os._exit(code)
