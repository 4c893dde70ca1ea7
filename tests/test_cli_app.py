"""`feder` answers help, version and typos in the terminal, without a display."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def _run(*args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["LANG"] = env["LC_ALL"] = lang
    return subprocess.run(
        [sys.executable, "-m", "editor", *args], capture_output=True, text=True, env=env, timeout=60
    )


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_info_flags_need_no_display(flag: str) -> None:
    result = _run(flag)
    assert result.returncode == 0, result.stderr
    assert "feder" in result.stdout.lower()


def test_a_typo_is_a_usage_error_not_a_crash() -> None:
    result = _run("--bogus")
    assert result.returncode == 2
    assert "--bogus" in result.stderr
    assert "platform plugin" not in result.stderr
