"""What the command-line tests share: an article that passes every check, and the real `feder`.

``run_feder`` starts ``python -m editor`` in a subprocess with offscreen Qt, a
UTF-8 locale and this checkout first on the path, as a script would run it.
The in-process tests need a QApplication; conftest's autouse fixture gives
every test one already.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.test_core_checks import CLEAN

ROOT = Path(__file__).resolve().parent.parent


def write_clean_article(folder: Path) -> Path:
    """``folder/artikel.md`` with an article that passes every check, and the picture it names."""
    (folder / "bild.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    path = folder / "artikel.md"
    path.write_text(CLEAN, encoding="utf-8")
    return path


def run_feder(*args: str | Path, stdin: bytes | None = None, cwd: Path = ROOT, language: str = "en",
              timeout: float = 120, **popen: Any) -> subprocess.CompletedProcess[Any]:
    """``feder ARGS`` as a separate process; its output is captured unless ``stdout=`` is given."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "LANGUAGE": language,
           "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "editor", *map(str, args)],
        input=stdin, cwd=cwd, env=env, capture_output="stdout" not in popen, timeout=timeout, **popen,
    )
