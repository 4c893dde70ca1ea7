"""One Feder per user: a second `feder FILE` opens FILE as a tab in the running window."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from editor.app import _plain_window_start
from editor.ui.window import single_instance


def _start(*args: str, cwd: Path) -> subprocess.Popen:
    env = dict(os.environ)  # private FEDER_CONFIG_DIR / FEDER_DATA_DIR from conftest
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.Popen(
        [sys.executable, "-m", "editor", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait_for(condition, timeout: float = 90.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("timed out")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _article(folder: Path, name: str, title: str) -> Path:
    path = folder / name
    path.write_text(f"# {title}\n\nEin kurzer Text.\n", encoding="utf-8")
    return path


def test_second_start_opens_a_tab_in_the_first_and_exits(tmp_path: Path) -> None:
    first_file = _article(tmp_path, "erster.md", "Erster")
    second_file = _article(tmp_path, "zweiter.md", "Zweiter")
    third_file = _article(tmp_path, "dritter.md", "Dritter")
    first = _start(str(first_file), cwd=tmp_path)
    try:
        tabs = _wait_for(lambda: first.poll() is None and single_instance.running_tabs())
        assert tabs == [str(first_file.resolve())]

        # A relative name, as a file manager or a shell passes it: resolved by the second start.
        second = subprocess.run(
            [sys.executable, "-m", "editor", second_file.name],
            cwd=tmp_path,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        tabs = _wait_for(lambda: len(single_instance.running_tabs() or []) == 2 and single_instance.running_tabs())
        assert tabs == [str(first_file.resolve()), str(second_file.resolve())]

        # --new-instance opts out: that start keeps running with a window of its own.
        own = _start("--new-instance", str(third_file), cwd=tmp_path)
        try:
            time.sleep(8)
            assert own.poll() is None, "a --new-instance start handed over and exited"
            assert single_instance.running_tabs() == tabs
        finally:
            _stop(own)
        assert first.poll() is None
    finally:
        _stop(first)


def test_a_stale_socket_is_replaced_and_requests_are_answered(qtbot, tmp_path: Path) -> None:
    path = single_instance.socket_path()
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))  # what a killed Feder leaves behind: a socket file nobody listens on
    stale.close()
    assert path.exists()
    assert single_instance.hand_over([tmp_path / "x.md"]) is False  # refused: nobody runs

    opened: list[list[str]] = []
    server = single_instance.start_server(opened.append, lambda: ["/a.md"])
    assert server is not None and server.isListening()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # this user's only
    try:
        answers: dict[str, object] = {}

        def client() -> None:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:  # garbage first
                sock.settimeout(5)
                sock.connect(str(path))
                sock.sendall(b"not json\n")
                answers["garbage"] = sock.recv(100)
            answers["tabs"] = single_instance.running_tabs()
            answers["open"] = single_instance.hand_over([tmp_path / "neu.md"])

        thread = threading.Thread(target=client)
        thread.start()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=20000)
        assert answers["garbage"] == b""  # closed without an answer, and the server lives on
        assert answers["tabs"] == ["/a.md"]
        assert answers["open"] is True
        qtbot.waitUntil(lambda: bool(opened))
        assert opened == [[str(tmp_path / "neu.md")]]
    finally:
        single_instance.stop_server(server)
    assert not path.exists()


def test_the_socket_belongs_to_the_user_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    first = single_instance.socket_path()
    monkeypatch.setenv("FEDER_CONFIG_DIR", str(tmp_path / "other-config"))
    assert single_instance.socket_path() != first


def test_only_a_plain_window_start_takes_the_fast_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _article(tmp_path, "text.md", "Text")
    (tmp_path / "check").write_text("a file named like a command", encoding="utf-8")
    assert _plain_window_start([])
    assert _plain_window_start(["text.md"])
    assert not _plain_window_start(["check"])
    assert not _plain_window_start(["export", "text.md"])
    assert not _plain_window_start(["--new-instance", "text.md"])
    assert not _plain_window_start(["fehlt.md"])  # a missing file gets the window's own message
