"""Measures ReText (PyQt6) in one fresh process, the same way feder_probe measures Feder.

Runs in ReText's own venv (benchmarks/out/retext-venv), never in Feder's:
the two Qt bindings must not meet in one process. ReText is started through
its real entry point (``ReText.__main__.main``) with a private settings
folder that turns on what the comparison needs: live preview, German
spellcheck (enchant de_DE), and its default preview widget (QTextBrowser;
``--webengine`` switches to its QtWebEngine preview).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness import (  # noqa: E402
    TYPED,
    Harness,
    hard_exit,
    middle_paragraph_position,
    peak_rss_mb,
    since_start,
    write_result,
)

TIMEOUT = 240.0  # as feder_probe: 300k words on a loaded machine


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--article", required=True)
    parser.add_argument("--marker", required=True)
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--interval", type=float, default=0.07)
    parser.add_argument("--pause", type=float, default=0.3)
    parser.add_argument("--preview-samples", type=int, default=3)
    parser.add_argument("--t0", type=float, default=time.time())
    parser.add_argument("--webengine", action="store_true")
    parser.add_argument("--out", required=True)
    return parser.parse_args(argv)


def write_settings(webengine: bool) -> None:
    """ReText reads QSettings at import: give it a private config folder first."""
    config = Path(os.environ.setdefault("XDG_CONFIG_HOME", str(HERE / "out" / "retext-config")))
    folder = config / "ReText project"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ReText.conf").write_text(
        "[General]\n"
        "spellCheck=true\n"
        "spellCheckLocale=de_DE\n"
        "defaultPreviewState=live-preview\n"
        f"useWebEngine={'true' if webengine else 'false'}\n"
        "openFilesInExistingWindow=false\n",
        encoding="utf-8",
    )
    (folder / "cache.conf").write_text("", encoding="utf-8")


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    write_settings(args.webengine)
    import ReText.__main__ as retext_main

    real_window = retext_main.ReTextWindow
    result: dict = {
        "app": "retext",
        "preview_widget": "webengine" if args.webengine else "textbrowser",
    }

    def make_window(*a, **kw):
        from PyQt6 import QtCore, QtGui
        from PyQt6.QtWidgets import QApplication

        window = real_window(*a, **kw)
        window.resize(1280, 820)
        harness = Harness(QtCore, QtGui, QApplication.instance())

        def painted(when: float) -> None:
            result["cold_start"] = since_start(args.t0) - (time.perf_counter() - when)
            drive(harness, window, args, result)

        harness.first_paint(window, painted)
        return window

    retext_main.ReTextWindow = make_window
    sys.argv = [sys.argv[0]]
    retext_main.main()
    return 1


def drive(harness: Harness, window, args: argparse.Namespace, result: dict) -> None:
    try:
        _drive(harness, window, args, result)
    except Exception as exc:
        import traceback

        result["error"] = f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"
    result["peak_rss_main_mb"] = peak_rss_mb()
    write_result(args.out, result)
    hard_exit(0)


def _drive(harness: Harness, window, args: argparse.Namespace, result: dict) -> None:
    from PyQt6.QtCore import PYQT_VERSION_STR, QT_VERSION_STR
    from PyQt6.QtGui import QTextCursor
    from ReText import app_version

    result["versions"] = {"ReText": app_version, "PyQt6": PYQT_VERSION_STR, "Qt": QT_VERSION_STR}

    def tab():
        return window.currentTab

    def idle() -> bool:
        current = tab()
        return current is not None and not current.conversionPending and not current.previewOutdated

    def settle(extra: float = 0.2) -> None:
        # conversionPending is set as soon as a change starts ReText's 500 ms timer
        harness.wait_until(idle, TIMEOUT)
        harness.wait(extra)

    settle(0.3)
    # open: request → text shown and highlighted (synchronous in ReText) → preview shows the end
    start = time.perf_counter()
    window.openFileWrapper(str(Path(args.article).resolve()))
    result["open_sync"] = time.perf_counter() - start
    shown = harness.poll(preview_contains(tab, args.marker, args.webengine), TIMEOUT)
    if shown is None:
        raise RuntimeError("preview never showed the article's end")
    result["open"] = result["open_preview"] = shown - start
    editor = tab().editBox
    result["blocks"] = editor.document().blockCount()
    result["spell_dictionaries"] = [d.tag for d in tab().highlighter.dictionaries]
    settle(0.3)

    document = editor.document()
    blocks = [document.findBlockByNumber(n).text() for n in range(document.blockCount())]
    number, column = middle_paragraph_position(blocks)
    cursor = QTextCursor(document.findBlockByNumber(number))
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=column)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    editor.setFocus()
    text = (TYPED * (args.keys // len(TYPED) + 1))[: args.keys]
    result["keys"] = harness.type_text(editor, text, args.interval, args.pause)
    settle(0.3)

    samples = []
    for index in range(args.preview_samples):
        token = f"Messpunkt{index}x"
        for char in " " + token[:-1]:
            harness.key(editor, char)
            harness.idle()
        harness.poll(preview_contains(tab, token[:-1], args.webengine), TIMEOUT)
        settle(0.3)
        start = time.perf_counter()
        harness.key(editor, token[-1])
        shown = harness.poll(preview_contains(tab, token, args.webengine), TIMEOUT)
        if shown is None:
            raise RuntimeError("preview never showed the typed text")
        samples.append(shown - start)
    result["preview"] = samples


def preview_contains(tab, text: str, webengine: bool):
    """A query for Harness.poll: does the preview show ``text`` now?"""
    if webengine:
        from PyQt6.QtWebEngineCore import QWebEngineScript

        code = f"document.body ? document.body.textContent.indexOf({json.dumps(text)}) >= 0 : false"
        world = QWebEngineScript.ScriptWorldId.ApplicationWorld

        def query(callback) -> None:
            tab().previewBox.page().runJavaScript(code, world, callback)

        return query

    # QTextBrowser: its document is the DOM; read it only after it changed.
    state = {"doc": None, "dirty": True}

    def mark_dirty() -> None:
        state["dirty"] = True

    def query(callback) -> None:
        document = tab().previewBox.document()
        if document is not state["doc"]:
            state["doc"] = document
            document.contentsChanged.connect(mark_dirty)
            state["dirty"] = True
        if not state["dirty"]:
            callback(False)
            return
        state["dirty"] = False
        callback(text in document.toPlainText())

    return query


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
