"""QtWebEngine's processes behind the preview: which ones Feder starts, and that it still shows.

Every QtWebEngine process costs about 100 MB resident (Xvfb, 10k words), so
Feder asks Chromium not to keep an unsandboxed zygote that nothing here uses.
The test starts the real program (``python -m editor FILE``, offscreen), waits
until the preview shows the article, then reads the process table.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.xstart import group_members
from editor.ui.window.application import chromium_flags


def test_the_user_switches_are_kept_and_feder_adds_its_own() -> None:
    flags = chromium_flags("--no-sandbox --renderer-process-limit=3").split()
    assert flags[:2] == ["--no-sandbox", "--renderer-process-limit=3"]  # the user's value wins
    assert "--no-unsandboxed-zygote" in flags
    assert "--disable-gpu" not in flags
    assert "--disable-gpu" in chromium_flags("", offscreen=True).split()


def _group(pgid: int) -> list[list[str]]:
    """The command lines of every process in group ``pgid``."""
    found = []
    for folder in group_members(pgid):
        with contextlib.suppress(OSError):
            found.append([w.decode() for w in (folder / "cmdline").read_bytes().split(b"\0") if w])
    return found


def test_preview_shows_without_an_unsandboxed_zygote(tmp_path: Path) -> None:
    article = tmp_path / "artikel.md"
    article.write_text("# Titel\n\nEin Absatz mit Inhalt.\n", encoding="utf-8")
    trace = tmp_path / "trace.jsonl"
    env = {
        **os.environ,  # private FEDER_CONFIG_DIR / FEDER_DATA_DIR from conftest
        "QT_QPA_PLATFORM": "offscreen",
        "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox",  # as a user would have it: the app adds the rest
        "FEDER_STARTUP_TRACE": str(trace),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "editor", "--new-instance", str(article)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 90
        events: set[str] = set()
        while "preview" not in events:
            assert process.poll() is None, "Feder ended before its preview showed"
            assert time.monotonic() < deadline, f"no preview; milestones: {sorted(events)}"
            time.sleep(0.2)
            if trace.exists():
                events = {json.loads(line)["event"] for line in trace.read_text().splitlines() if line}
        web = [cmd for cmd in _group(process.pid) if cmd and cmd[0].endswith("QtWebEngineProcess")]
        types = sorted(next((w for w in cmd if w.startswith("--type=")), "?") for cmd in web)
        assert web, "the preview runs in QtWebEngine processes"
        assert not any("--no-zygote-sandbox" in cmd for cmd in web), types  # the unsandboxed zygote
        assert len(web) == 2, types  # the zygote and the one renderer forked from it
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
