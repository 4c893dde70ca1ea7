"""Start-up as a user sees it: a real X display (Xvfb), the window found from outside.

For each run, Feder and ReText in turn (alternating, so machine load hits both):
a fresh HOME, the editor started on the article through its real command
(``feder ARTICLE``, ``retext ARTICLE``), and ``xdotool search --onlyvisible
--pid`` asked every 10 ms until a window of that process is visible. Then the
resident memory of the whole process group (the editor, its render helper and
QtWebEngine's processes) is sampled for ``--settle`` seconds; the peak counts.

Feder also writes its own milestones (FEDER_STARTUP_TRACE): the first frame
and the moment the preview shows the article, so the table can say how long
after the first frame the preview arrives.

Run alone: ``python benchmarks/xstart.py --article A.md --retext-python P [--runs N]``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
POLL_S = 0.01
TIMEOUT_S = 60.0


#: Feder, ReText and the two floors (a bare PySide6 editor, and one with a plain web view).
APPS = ("feder", "retext", "bare", "bare_web")


class Xvfb:
    """A private X server for the run (``with Xvfb() as display:``).

    ``-noreset``: by default the server resets when its last client leaves, and a
    program connecting during that reset fails ("could not connect to display",
    SIGABRT before a window): between two starts, or between two xdotool polls,
    that was 3 of 30 bare starts. With it, 0 of 40.
    """

    def __init__(self, size: str = "1600x1000x24") -> None:
        self.size = size
        self.process: subprocess.Popen | None = None
        self.display = ""

    def __enter__(self) -> str:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", self.size, "-nolisten", "tcp", "-noreset"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as stream:
            number = stream.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        return self.display

    def __exit__(self, *_exc) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def available() -> str | None:
    """None if the black-box start can be measured here, else what is missing."""
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    return f"missing {', '.join(missing)} (apt-get install xvfb xdotool)" if missing else None


def fresh_home(base: Path, app: str) -> dict[str, str]:
    """An environment as on a new user account: empty HOME, a real X display."""
    home = Path(tempfile.mkdtemp(prefix=f"home-{app}-", dir=base))
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "QTWEBENGINE_", "FEDER_", "XDG_", "PYTHON"))
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="xcb", LANG="de_DE.UTF-8", LANGUAGE="de")
    # Feder's frequency table is built once per wordfreq install, then mapped from its
    # cache; a writer's start finds it there, so every start here shares one.
    env["FEDER_CACHE_DIR"] = str(HERE / "out" / "feder-cache")
    if os.geteuid() == 0:  # QtWebEngine refuses root without this; a user account needs nothing
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    return env


def retext_settings(home: Path) -> None:
    """ReText as the offscreen probe has it: live preview, German spellcheck."""
    folder = home / ".config" / "ReText project"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ReText.conf").write_text(
        "[General]\nspellCheck=true\nspellCheckLocale=de_DE\n"
        "defaultPreviewState=live-preview\nuseWebEngine=false\nopenFilesInExistingWindow=false\n",
        encoding="utf-8",
    )


def visible_window(pid: int, display: str) -> bool:
    done = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        check=False,
    )
    return bool(done.stdout.strip())


def group_members(pgid: int) -> Iterator[Path]:
    """The ``/proc`` folder of every process in group ``pgid`` (the editor and its helpers).

    The editor is started in a session of its own, so its group is exactly what
    it runs: the render helper and QtWebEngine's processes included.
    """
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
            if int(stat[stat.rindex(")") + 2 :].split()[2]) == pgid:
                yield Path(entry.path)
        except (OSError, ValueError, IndexError):
            continue


def group_rss_mb(pgid: int) -> float:
    """Resident memory of every process in group ``pgid``, MiB."""
    total = 0
    page = os.sysconf("SC_PAGE_SIZE")
    for folder in group_members(pgid):
        with contextlib.suppress(OSError, ValueError, IndexError):
            total += int((folder / "statm").read_text().split()[1]) * page
    return total / (1024 * 1024)


def group_pss_mb(pgid: int) -> float:
    """Proportional memory of the group (shared pages split among the processes), MiB.

    RSS summed over several processes counts a shared library once per process;
    PSS shows what the group really costs the machine. Reported beside RSS.
    """
    total = 0
    for folder in group_members(pgid):
        with contextlib.suppress(OSError, ValueError, IndexError):
            for line in (folder / "smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
    return total / 1024


def measure(
    command: list[str], env: dict[str, str], display: str, settle: float, then=None, cwd: Path | None = None
) -> dict:
    """Start ``command``; seconds to a visible window, peak RSS of its process group.

    ``then(process, record)``, if given, runs after the settle time, before the end.
    The program runs in ``cwd`` (its HOME when not given).
    """
    env = {**env, "DISPLAY": display}
    t0 = time.time()
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        env=env,
        cwd=cwd or env["HOME"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    record: dict = {"t0": t0}
    peak = 0.0
    try:
        while time.perf_counter() - start < TIMEOUT_S:
            if process.poll() is not None:
                record["error"] = f"exited with {process.returncode} before a window showed"
                return record
            if visible_window(process.pid, display):
                record["visible"] = time.perf_counter() - start
                break
            peak = max(peak, group_rss_mb(process.pid))
            time.sleep(POLL_S)
        else:
            record["error"] = "no visible window"
            return record
        until = time.perf_counter() + settle
        while time.perf_counter() < until:
            peak = max(peak, group_rss_mb(process.pid))
            time.sleep(0.1)
        record["peak_rss_mb"] = peak
        record["pss_mb"] = group_pss_mb(process.pid)
        if then is not None:
            then(process, record)
        return record
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


BARE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QPlainTextEdit\n"
    "app = QApplication(sys.argv)\n"
    "editor = QPlainTextEdit()\n"
    "editor.setPlainText(open(sys.argv[1], encoding='utf-8').read())\n"
    "editor.resize(1280, 820)\n"
    "editor.show()\n"
    "app.exec()\n"
)


def bare_command(article: Path) -> list[str]:
    """The floor: PySide6 showing the article in a plain QPlainTextEdit, nothing else."""
    return [sys.executable, "-c", BARE, str(article)]


def bare_web_command(article: Path, trace: Path) -> list[str]:
    """The floor with a web preview: the bare editor plus a plain QWebEngineView built after
    its first frame (benchmarks/bare_preview.py); writes first frame and preview to ``trace``."""
    return [sys.executable, str(HERE / "bare_preview.py"), str(article), str(trace)]


def feder_command(article: Path) -> list[str]:
    return [sys.executable, "-m", "editor", str(article)]


def retext_command(retext_python: Path, article: Path) -> list[str]:
    return [str(retext_python), "-m", "ReText", str(article)]


def open_more(article: Path, count: int, env: dict[str, str], display: str, settle: float):
    """After the start: open ``count`` more articles as a writer does, with ``feder FILE``
    (each hands its file to the running window); note how much the process group grew."""

    def step(process: subprocess.Popen, record: dict) -> None:
        before = steady_rss_mb(process.pid)
        handed = 0
        for number in range(count):
            copy = Path(env["HOME"]) / f"{article.stem}-{number + 2}{article.suffix}"
            shutil.copyfile(article, copy)
            done = subprocess.run(
                feder_command(copy),
                env={**env, "DISPLAY": display},
                cwd=env["HOME"],
                capture_output=True,
                timeout=60,
                check=False,
            )
            handed += done.returncode == 0
            time.sleep(0.5)
        time.sleep(settle)
        after = steady_rss_mb(process.pid)
        record["more_articles"] = handed
        if handed:
            record["per_article_mb"] = (after - before) / handed

    return step


def steady_rss_mb(pgid: int, samples: int = 5) -> float:
    """The group's resident memory now (median of a few samples 0.1 s apart)."""
    values = []
    for _ in range(samples):
        values.append(group_rss_mb(pgid))
        time.sleep(0.1)
    return statistics.median(values)


def run(
    article: Path,
    retext_python: Path | None,
    runs: int,
    settle: float,
    scratch: Path,
    extra_articles: int = 0,
) -> list[dict]:
    """``runs`` rounds of Feder, ReText and the two floors, alternating the order."""
    article = article.absolute()
    retext_python = retext_python.absolute() if retext_python else None  # not resolve(): a venv's python is a link
    apps = [app for app in APPS if app != "retext" or retext_python]
    records: list[dict] = []
    with Xvfb() as display:
        for number in range(runs):
            order = apps if number % 2 == 0 else list(reversed(apps))
            for app in order:
                env = fresh_home(scratch, app)
                home = Path(env["HOME"])
                if app == "feder":
                    trace = home / "trace.jsonl"
                    env["FEDER_STARTUP_TRACE"] = str(trace)
                    more = open_more(article, extra_articles, env, display, settle) if extra_articles else None
                    record = measure(feder_command(article), env, display, settle, then=more)
                    record.update(milestones(trace, record["t0"]))
                elif app == "bare":
                    record = measure(bare_command(article), env, display, settle)
                elif app == "bare_web":
                    trace = home / "trace.jsonl"
                    record = measure(bare_web_command(article, trace), env, display, settle)
                    record.update(milestones(trace, record["t0"]))
                else:
                    retext_settings(home)
                    record = measure(retext_command(retext_python, article), env, display, settle)
                record.update(app=app, run=number)
                records.append(record)
                shutil.rmtree(home, ignore_errors=True)
    return records


def milestones(trace: Path, t0: float) -> dict:
    """Feder's own milestones, in seconds since the process was started."""
    found: dict = {}
    with contextlib.suppress(OSError):
        for line in trace.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            found[f"trace_{entry['event']}"] = entry["time"] - t0
    return found


def summarise(records: list[dict]) -> dict:
    """Median per app: visible (ms), peak RSS (MiB), and Feder's preview after its first frame."""
    summary: dict = {}
    for app in APPS:
        mine = [r for r in records if r["app"] == app and "error" not in r]
        if not mine:
            continue
        figures = {
            "visible_ms": statistics.median(r["visible"] * 1000 for r in mine),
            "rss_mb": statistics.median(r["peak_rss_mb"] for r in mine),
            "pss_mb": statistics.median(r["pss_mb"] for r in mine),
            "runs": len(mine),
        }
        after = [
            (r["trace_preview"] - r["trace_first_frame"]) * 1000
            for r in mine
            if "trace_preview" in r and "trace_first_frame" in r
        ]
        if after:
            figures["preview_after_frame_ms"] = statistics.median(after)
            figures["preview_after_frame_max_ms"] = max(after)
        more = [r["per_article_mb"] for r in mine if "per_article_mb" in r]
        if more:
            figures["per_article_mb"] = statistics.median(more)
        summary[app] = figures
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--article", required=True, type=Path)
    parser.add_argument("--retext-python", type=Path)
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--settle", type=float, default=3.0, help="seconds of RSS sampling after the window shows")
    parser.add_argument("--more", type=int, default=0, help="articles opened afterwards in the running Feder")
    args = parser.parse_args(argv)
    problem = available()
    if problem:
        print(f"black-box start not measured: {problem}")
        return 2
    scratch = Path(tempfile.mkdtemp(prefix="xstart-"))
    try:
        records = run(
            args.article.resolve(), args.retext_python, args.runs, args.settle, scratch, args.more
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for record in records:
        print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in record.items() if k != "t0"}))
    print(json.dumps(summarise(records), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
