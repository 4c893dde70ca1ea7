"""Whole-text spell checks in a worker thread, so opening an article never waits for them.

:class:`BackgroundChecks` belongs to the window's one
:class:`~editor.ui.spelling.controller.SharedSpelling`. Jobs (a text and the
lists it is to be judged with) queue up; a Python thread runs them one after
another with a :class:`~editor.core.spelling.batch.BatchChecker` (its own
hunspell objects) and ends when the queue is empty. The answers are picked up
by a timer in the window's thread: no Qt object is touched from the worker,
so a tab closed meanwhile cannot be reached from there.

The rules are Python, so the worker holds the interpreter lock while it
judges a word; the interpreter hands it to the window's thread every few
milliseconds (``sys.getswitchinterval``), which keeps typing and drawing going.
Loading the word lists and frequencies (the first check in a session) holds
it for hundreds of milliseconds at a stretch (unpacking the frequency data is
one call into C), so that waits for a pause in typing (:meth:`note_edit`).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from editor.core.spelling.article import ListsSnapshot
from editor.core.spelling.batch import BatchChecker, TextAnswers
from editor.core.spelling.knowledge import Knowledge

#: How often the window's thread looks for finished checks (milliseconds).
POLL_MS = 10
#: Seconds without an edit before the word lists load in the worker (not while typing).
LOAD_PAUSE = 0.6


class _Job(NamedTuple):
    number: int
    text: str  # for a preload: the language
    snapshot: ListsSnapshot | None  # None: a preload (word lists and dictionary only)


class BackgroundChecks(QObject):
    """Runs :meth:`BatchChecker.check` off the window's thread; ``answered(job, answers)``.

    ``answers`` is a :class:`TextAnswers`, or None for a job cancelled on the
    way or one that failed (the error is raised in the window's thread after
    ``answered``, so it shows like any other).
    """

    answered = Signal(int, object)

    def __init__(self, knowledge: Knowledge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checker = BatchChecker(knowledge)
        self._lock = threading.Lock()
        self._queue: deque[_Job] = deque()
        self._done: deque[tuple[int, TextAnswers | None, Exception | None]] = deque()
        self._cancelled: set[int] = set()
        self._open: set[int] = set()  # submitted, not yet answered
        self._thread: threading.Thread | None = None
        self._numbers = 0
        self._last_edit = 0.0  # time.monotonic() of the last edit in any checked document
        self._preloading = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._deliver)

    def submit(self, text: str, snapshot: ListsSnapshot) -> int:
        """Queue a check of ``text``; returns its job number (see ``answered``)."""
        with self._lock:
            self._numbers += 1
            number = self._numbers
            self._queue.append(_Job(number, text, snapshot))
            self._open.add(number)
            self._start_worker()
        self._poll.start()
        return number

    def preload(self, lang: str) -> None:
        """Load the word lists and the worker's dictionary for ``lang`` now, once (after a
        pause in typing), so the first check need not wait for them; nothing is answered."""
        with self._lock:
            if self._preloading:
                return
            self._preloading = True
            self._queue.append(_Job(0, lang, None))
            self._start_worker()

    def cancel(self, number: int) -> None:
        """Stop job ``number`` soon (it is answered with None), or drop it before it starts."""
        with self._lock:
            if number in self._open:
                self._cancelled.add(number)

    def note_edit(self) -> None:
        """The writer typed: the word lists wait for a pause before they load."""
        self._last_edit = time.monotonic()

    def forget_edit(self) -> None:
        """The last change was a whole new text put in, not typing: no pause to wait for."""
        self._last_edit = 0.0

    def is_busy(self) -> bool:
        with self._lock:
            return bool(self._open)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker is idle (application exit, tests); False on timeout."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def _start_worker(self) -> None:  # with the lock held
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="spelling-check", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    self._thread = None
                    return
                job = self._queue.popleft()
            if job.snapshot is None:  # a preload: job.text is the language
                if not self._checker.knowledge.ready:
                    self._wait_for_pause()
                self._checker.prepare(job.text)
                continue
            answers: TextAnswers | None = None
            error: Exception | None = None
            if job.number not in self._cancelled:
                try:
                    answers = self._checker.check(
                        job.text, job.snapshot, lambda n=job.number: n in self._cancelled, self._wait_for_pause
                    )
                except Exception as exc:  # noqa: BLE001 - handed to the window's thread, see _deliver
                    error = exc
            with self._lock:
                self._done.append((job.number, answers, error))

    def _wait_for_pause(self) -> None:
        while (quiet := time.monotonic() - self._last_edit) < LOAD_PAUSE:
            time.sleep(LOAD_PAUSE - quiet)

    @Slot()
    def _deliver(self) -> None:
        while True:
            with self._lock:
                if not self._done:
                    if not self._open:
                        self._poll.stop()
                    return
                number, answers, error = self._done.popleft()
                self._open.discard(number)
                self._cancelled.discard(number)
            self.answered.emit(number, answers)
            if error is not None:
                raise error
