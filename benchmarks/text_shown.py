"""When the window is up, and when it first paints with the article in it: Feder against ReText.

``xstart.py`` sees a window from outside (``xdotool``) the moment it is mapped.
The two editors map at different points of their start: Feder reads the
article first and shows the window with the text in it; ReText 8.1 shows an
empty window first and then reads the file (``ReText/__main__.py``: ``show()``,
then ``openFileWrapper``), which with its spellcheck colours the whole text
before the first paint. So "visible" is not the same moment for both. This
script asks each editor from inside, in the same Xvfb, alternating, with a
fresh HOME each:

- Feder through ``FEDER_STARTUP_TRACE`` (``window_shown``, ``first_frame``);
- ReText through a small wrapper that notes its ``show()``, the end of its
  ``openFileWrapper`` and the first paint of its window after that.

Times are seconds since the process was started (``/proc``), CPU is the
process's own. Run: ``python benchmarks/text_shown.py --article A.md
--retext-python P [--runs N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import xstart  # noqa: E402

#: Runs ReText's own main() with three notes: window shown, file read, first paint after it.
RETEXT_WRAPPER = r"""
import json, os, sys, time
out = sys.argv.pop(1)
def note(event):
    with open(out, "a", encoding="utf-8") as stream:
        stream.write(json.dumps({"event": event, "time": time.time(), "cpu": time.process_time()}) + "\n")
from PyQt6.QtCore import QEvent, QObject, QTimer
import ReText.window as window_module

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, lambda: note("first_frame"))
        return False

first_paint = FirstPaint()
Window = window_module.ReTextWindow
show, open_file = Window.show, Window.openFileWrapper
def noted_show(self):
    note("window_shown")
    return show(self)
def noted_open(self, name):
    result = open_file(self, name)
    note("file_read")
    self.installEventFilter(first_paint)  # the first paint with the text in it
    self.update()
    return result
Window.show, Window.openFileWrapper = noted_show, noted_open
from ReText.__main__ import main
sys.argv = ["retext", *sys.argv[1:]]
main()
"""


def _wait_for(trace: Path, event: str, process: subprocess.Popen, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        if trace.exists() and f'"{event}"' in trace.read_text(encoding="utf-8"):
            return True
        time.sleep(0.02)
    return False


def _start(command: list[str], env: dict[str, str], display: str, trace: Path) -> dict:
    env = {**env, "DISPLAY": display}
    t0 = time.time()
    process = subprocess.Popen(
        command, env=env, cwd=env["HOME"], stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        if not _wait_for(trace, "first_frame", process):
            return {"error": "no first frame"}
        record: dict = {}
        for line in trace.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            record[entry["event"]] = entry["time"] - t0
            if "cpu" in entry:
                record[entry["event"] + "_cpu"] = entry["cpu"]
        return record
    finally:
        with __import__("contextlib").suppress(ProcessLookupError):
            os.killpg(process.pid, 9)
        process.wait()


def run(article: Path, retext_python: Path, runs: int, scratch: Path) -> list[dict]:
    records = []
    with xstart.Xvfb() as display:
        for number in range(runs):
            for app in (["feder", "retext"] if number % 2 == 0 else ["retext", "feder"]):
                env = xstart.fresh_home(scratch, app)
                home = Path(env["HOME"])
                trace = home / "trace.jsonl"
                if app == "feder":
                    env["FEDER_STARTUP_TRACE"] = str(trace)
                    record = _start(xstart.feder_command(article), env, display, trace)
                else:
                    xstart.retext_settings(home)
                    command = [str(retext_python), "-c", RETEXT_WRAPPER, str(trace), str(article)]
                    record = _start(command, env, display, trace)
                record.update(app=app, run=number, load=os.getloadavg()[0])
                records.append(record)
                shutil.rmtree(home, ignore_errors=True)
    return records


def summarise(records: list[dict]) -> dict:
    summary: dict = {}
    for app in ("feder", "retext"):
        mine = [r for r in records if r["app"] == app and "error" not in r]
        if mine:
            summary[app] = {
                key: round(statistics.median(r[key] for r in mine) * 1000)
                for key in (
                    "window_shown", "file_read", "first_frame", "window_shown_cpu", "file_read_cpu", "first_frame_cpu"
                )
                if all(key in r for r in mine)
            }
            summary[app]["runs"] = len(mine)
    if "feder" in summary and "retext" in summary:
        summary["first_frame_feder_per_retext"] = round(
            summary["feder"]["first_frame"] / summary["retext"]["first_frame"], 2
        )
        summary["feder_first_frame_per_retext_window_shown"] = round(
            summary["feder"]["first_frame"] / summary["retext"]["window_shown"], 2
        )
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--article", required=True, type=Path)
    parser.add_argument("--retext-python", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=6)
    args = parser.parse_args(argv)
    problem = xstart.available()
    if problem:
        print(f"not measured: {problem}")
        return 2
    scratch = Path(tempfile.mkdtemp(prefix="textshown-"))
    try:
        records = run(args.article.resolve(), args.retext_python.absolute(), args.runs, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for record in records:
        print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in record.items()}))
    print(json.dumps(summarise(records), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
