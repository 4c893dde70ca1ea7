"""The process benchmarks/kill_test.py kills: a writer who types, autosaves and saves non-stop.

It does what the editor does, with the real pieces: on start it looks for
recovered text of its article (RecoveryStore.for_path / adopt) and continues
from it, else opens the file (storage.read_text); then it types the known text
(:func:`expected`) a few characters at a time, autosaves to recovery every
``AUTOSAVE_EVERY`` characters and saves the article (RecoveryStore.save_article:
recovery first, then backup + atomic write, then the entry goes) at every
multiple of ``SAVE_EVERY``. After each finished step it appends ``A k`` /
``S k`` to its log, so the parent knows what must survive a kill.

``--window`` does the same through the real MainWindow (offscreen): keys go
into its editor as key events, and autosave and save go through the window's
own methods where it has them (``autosave_now``, ``save``).

Run: ``python benchmarks/kill_driver.py [--window] ARTICLE LOG`` with FEDER_DATA_DIR set.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor.core.files import storage
from editor.core.files.recovery import RecoveryEntry, RecoveryStore  # noqa: E402
from editor.core.utf16 import utf16_length  # noqa: E402

HEADER = "---\ntitle: Kill-Test „Grüße“\nslug: kill-test\n---\n"
TRAILER = "\n\n<!-- Ende 😀 -->\n"
AUTOSAVE_EVERY = 40
SAVE_EVERY = 300
STREAM_LENGTH = 400_000


def _stream() -> str:
    units = []
    length = 0
    index = 0
    while length < STREAM_LENGTH:
        unit = f"{index} Fuß ärgert Öl 😀\n" if index % 7 == 0 else f"{index} Straße "
        units.append(unit)
        length += len(unit)
        index += 1
    return "".join(units)[:STREAM_LENGTH]


STREAM = _stream()


def expected(k: int) -> str:
    """The article's whole text after ``k`` characters were typed (before the trailer)."""
    return HEADER + STREAM[:k] + TRAILER


def typed_count(text: str) -> int | None:
    """``k`` if ``text`` is a complete version of the article, else None (torn or foreign)."""
    k = len(text) - len(HEADER) - len(TRAILER)
    if k < 0 or k > STREAM_LENGTH or text != expected(k):
        return None
    return k


class CoreWriter:
    """The editor's work without widgets: a string, the store, storage."""

    def __init__(self, article: Path, store: RecoveryStore, recovered: RecoveryEntry | None) -> None:
        self.article = article
        self.store = store
        self.loaded = storage.read_text(article)
        if recovered is not None:
            self.doc_id, self._text = recovered.id, recovered.text
        else:
            self.doc_id, self._text = store.new_id(), self.loaded.text

    def text(self) -> str:
        return self._text

    def type(self, k: int, chunk: str) -> None:
        self._text = expected(k + len(chunk))

    def autosave(self) -> None:
        self.store.save(self.doc_id, self._text, self.article, {"title": "Kill-Test"})

    def save(self) -> None:
        self.loaded = self.store.save_article(self.doc_id, self.article, self._text, self.loaded)


class WindowWriter:
    """The real main window, offscreen; keys are sent to its editor one by one."""

    def __init__(self, article: Path, store: RecoveryStore, recovered: RecoveryEntry | None) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
        from PySide6 import QtWebEngineWidgets  # noqa: F401 - before the QApplication
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtWidgets import QApplication

        from editor.ui.window.main_window import MainWindow

        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        self.app = QApplication.instance() or QApplication(["feder-kill-driver"])
        self.store = store
        self.window = _make_window(MainWindow, store)
        self.window.show()
        self.article = article
        if recovered is not None and hasattr(self.window, "restore_recovered"):
            self.window.restore_recovered(recovered)
        else:
            if not self.window.open_file(article):
                raise SystemExit("the window could not open the article")
            if recovered is not None:
                self.view.editor.apply_text(recovered.text)
                self.view.editor.document().setModified(True)
        self.doc_id = getattr(getattr(self.view, "document", self.view), "doc_id", None) or (
            recovered.id if recovered is not None else store.new_id()
        )
        self.app.processEvents()
        # The window builds its web preview after the first paint: count the start as
        # over once that is done too, so kills after "ready" hit typing and saving.
        deadline = time.monotonic() + 10
        while not getattr(self.view.preview, "is_built", True) and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.01)

    @property
    def view(self):  # the ArticleView
        return self.window.view

    def text(self) -> str:
        return self.view.editor.text()

    def type(self, k: int, chunk: str) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        editor = self.view.editor
        cursor = editor.textCursor()
        cursor.setPosition(utf16_length(HEADER + STREAM[:k]))
        editor.setTextCursor(cursor)
        for char in chunk:
            key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
            text = "\r" if char == "\n" else char
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                self.app.sendEvent(editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
        self.app.processEvents()

    def autosave(self) -> None:
        autosave_now = getattr(self.window, "autosave_now", None)
        if autosave_now is not None:
            autosave_now()
        else:  # the window is not wired yet: do what the wiring will do
            self.store.save(self.doc_id, self.text(), self.article, {}, loaded=self.view.loaded)

    def save(self) -> None:
        if hasattr(self.window, "recovery"):
            if not self.window.save():
                raise SystemExit("the window refused to save")
        else:
            self.view.loaded = self.store.save_article(self.doc_id, self.article, self.text(), self.view.loaded)
            self.view.editor.document().setModified(False)
        self.app.processEvents()


def _make_window(window_class, store: RecoveryStore):
    try:
        return window_class(recovery=store)
    except TypeError:
        return window_class()


def _naive_writes() -> None:
    """The negative control: plain open("wb") writes on a slow disk, as many editors do.

    With FEDER_KILL_NAIVE_WRITES=1 the kill test must find torn files; that it
    does shows the test can fail.
    """

    def write(path: Path, data: bytes) -> None:
        with open(path, "wb") as handle:
            for start in range(0, len(data), 4096):
                time.sleep(0.001)  # the disk is slow; the file is short or empty meanwhile
                handle.write(data[start : start + 4096])
                handle.flush()

    storage.write_bytes_atomic = write


def main(argv: list[str]) -> int:
    window = "--window" in argv
    article, log_path = (Path(a) for a in argv if a != "--window")
    if os.environ.get("FEDER_KILL_NAIVE_WRITES"):
        _naive_writes()
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def report(line: str) -> None:
        os.write(log, f"{line}\n".encode())

    store = RecoveryStore()
    recovered = [e for e in store.for_path(article) if typed_count(e.text) is not None]
    entry = max(recovered, key=lambda e: typed_count(e.text)) if recovered else None
    if entry is not None:
        entry = store.adopt(entry.id)  # what the recovery dialog's Restore does
    writer = (WindowWriter if window else CoreWriter)(article, store, entry)
    k = typed_count(writer.text())
    if k is None:
        report("X unexpected start text")
        return 3
    report(f"{'R' if entry else 'O'} {k}")
    rng = random.Random(os.getpid())
    since_autosave = 0
    while k < STREAM_LENGTH:
        next_save = (k // SAVE_EVERY + 1) * SAVE_EVERY
        step = min(rng.randint(1, 12), next_save - k, STREAM_LENGTH - k)
        writer.type(k, STREAM[k : k + step])  # characters go in before the trailer
        k += step
        since_autosave += step
        if window and writer.text() != expected(k):
            report("X the editor does not hold what was typed")
            return 4
        if k % SAVE_EVERY == 0:
            writer.save()
            report(f"S {k}")
            since_autosave = 0
        elif since_autosave >= AUTOSAVE_EVERY:
            writer.autosave()
            report(f"A {k}")
            since_autosave = 0
    report("E end of stream")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
