"""The process benchmarks/kill_test.py kills: a writer who types, autosaves and saves non-stop.

It does what the editor does with the real core pieces: on start it looks for
recovered text of its article (RecoveryStore.list / adopt) and continues from
it, else opens the file (storage.read_text); then it types the known text
(:func:`expected`) a few characters at a time, autosaves to recovery every
``AUTOSAVE_EVERY`` characters and saves the article (RecoveryStore.save_article:
recovery first, then backup + atomic write, then the entry goes) at every
multiple of ``SAVE_EVERY``. After each finished step it appends ``A k`` /
``S k`` to its log, so the parent knows what must survive a kill.

Run: ``python benchmarks/kill_driver.py ARTICLE LOG`` with FEDER_DATA_DIR set.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor.core import storage  # noqa: E402
from editor.core.recovery import RecoveryStore  # noqa: E402

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


def main(article: Path, log_path: Path) -> int:
    if os.environ.get("FEDER_KILL_NAIVE_WRITES"):
        _naive_writes()
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def report(line: str) -> None:
        os.write(log, f"{line}\n".encode())

    store = RecoveryStore()
    loaded = storage.read_text(article)
    recovered = [e for e in store.for_path(article) if typed_count(e.text) is not None]
    if recovered:
        entry = max(recovered, key=lambda e: typed_count(e.text))
        store.adopt(entry.id)
        doc_id, text = entry.id, entry.text
        report(f"R {typed_count(text)}")
    else:
        doc_id, text = store.new_id(), loaded.text
        report(f"O {typed_count(text)}")
    k = typed_count(text)
    if k is None:
        report("X unexpected start text")
        return 3
    rng = random.Random(os.getpid())
    since_autosave = 0
    while k < STREAM_LENGTH:
        next_save = (k // SAVE_EVERY + 1) * SAVE_EVERY
        step = min(rng.randint(1, 12), next_save - k, STREAM_LENGTH - k)
        k += step
        since_autosave += step
        text = expected(k)  # typing: characters go in before the trailer
        if k % SAVE_EVERY == 0:
            loaded = store.save_article(doc_id, article, text, loaded)
            report(f"S {k}")
            since_autosave = 0
        elif since_autosave >= AUTOSAVE_EVERY:
            store.save(doc_id, text, article, {"title": "Kill-Test"})
            report(f"A {k}")
            since_autosave = 0
    report("E end of stream")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
