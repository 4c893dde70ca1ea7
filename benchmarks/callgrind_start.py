"""Run Feder's start and end the process at one of its trace milestones, for callgrind.

``valgrind --tool=callgrind python benchmarks/callgrind_start.py --new-instance A.md``
counts the instructions of the editor's own process from its start to
``window_shown`` (or ``CALLGRIND_STOP=first_frame``): wall time on a shared
machine cannot show a lever of a few per cent, instruction counts can (see
docs/performance.md, "Fourth round"). Run it under Xvfb with a fresh HOME,
after one start without valgrind so the bytecode is cached, and with
``PYTHONHASHSEED=0``.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    stop = os.environ.get("CALLGRIND_STOP", "window_shown")
    os.environ.setdefault(
        "FEDER_STARTUP_TRACE", os.path.join(os.environ.get("HOME", "/tmp"), "trace.jsonl")
    )
    from editor.ui.window import startup_trace

    note = startup_trace.StartupTrace.note

    def note_and_stop(self: startup_trace.StartupTrace, event: str) -> None:
        note(self, event)
        if event == stop:
            os._exit(0)  # callgrind writes its counts at exit; nothing after the milestone counts

    startup_trace.StartupTrace.note = note_and_stop
    from editor.app import main as feder

    return feder(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
