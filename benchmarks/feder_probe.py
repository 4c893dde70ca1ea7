"""Measures Feder (or a floor: a bare QPlainTextEdit, with or without a Python highlighter) in one fresh process.

Started by ``benchmarks/run.py`` once per article size and run; writes one
JSON file. Feder is started through its real entry point (``editor.app.main``),
so the cold start includes everything a writer's start includes; the probe
only catches the main window as it is created.

Steps (all offscreen, the live preview visible, German spellcheck on):
cold start → open the article → 200 keystrokes mid-article → preview latency.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from harness import (  # noqa: E402
    TYPED,
    Harness,
    hard_exit,
    middle_paragraph_position,
    peak_rss_mb,
    since_start,
    write_result,
)

TIMEOUT = 240.0  # 300k words on a loaded machine: the preview took over a minute


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", choices=["feder", "bare", "bare_highlighted"], default="feder")
    parser.add_argument("--article", required=True)
    parser.add_argument("--marker", required=True, help="phrase only in the last paragraph")
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--interval", type=float, default=0.07)
    parser.add_argument("--pause", type=float, default=0.3)
    parser.add_argument("--preview-samples", type=int, default=3)
    parser.add_argument(
        "--open-keys",
        type=int,
        default=0,
        help="keys typed mid-article right after the open request, while the preview renders and "
        "the words are checked (their latencies: open_keys; the open figures then include typing)",
    )
    parser.add_argument("--t0", type=float, default=time.time())
    parser.add_argument("--out", required=True)
    parser.add_argument("--profile", help="folder for cProfile dumps of the open and typing phases")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.app in ("bare", "bare_highlighted"):
        return run_bare(args)
    return run_feder(args)


# ---- Feder ------------------------------------------------------------------------------
def run_feder(args: argparse.Namespace) -> int:
    start_profile = Profiler(args.profile)
    start_profile.start()  # the start-up profile includes importing Feder
    from editor.ui.window import main_window as main_window_module

    real_window = main_window_module.MainWindow
    result: dict = {"app": "feder"}

    def make_window(*a, **kw):
        from PySide6 import QtCore, QtGui
        from PySide6.QtWidgets import QApplication

        window = real_window(*a, **kw)
        harness = Harness(QtCore, QtGui, QApplication.instance())

        def painted(when: float) -> None:
            result["cold_start"] = since_start(args.t0) - (time.perf_counter() - when)
            start_profile.stop("start")
            drive_feder(harness, window, args, result)

        harness.first_paint(window, painted)
        return window

    main_window_module.MainWindow = make_window
    from editor.app import main as feder_main

    feder_main([])
    return 1  # drive_feder leaves through hard_exit


def drive_feder(harness: Harness, window, args: argparse.Namespace, result: dict) -> None:
    try:
        _drive_feder(harness, window, args, result)
    except Exception as exc:  # report, never hang the run
        import traceback

        result["error"] = f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"
    result["peak_rss_main_mb"] = peak_rss_mb()
    write_result(args.out, result)
    hard_exit(0)


def _drive_feder(harness: Harness, window, args: argparse.Namespace, result: dict) -> None:
    import PySide6
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWebEngineCore import QWebEngineScript

    view = window.view
    result["versions"] = {"python": sys.version.split()[0], "PySide6": PySide6.__version__}
    result["spelling"] = wire_spelling(window, view)

    def spelling_done() -> bool:
        ctl = getattr(view, "_bench_controller", None) or getattr(view, "spelling", None)
        if ctl is None:
            return True
        checking = getattr(ctl, "is_checking", None)  # the whole-text check in a worker thread
        if checking is not None and checking():
            return False
        if ctl.service.has_pending:
            return False
        return not any(t.isActive() for t in view.highlighter.findChildren(QTimer))

    def render_idle() -> bool:
        renderer = view.renderer
        timer = getattr(view, "_preview_timer", None)
        return (
            getattr(view.preview, "_ready", True)
            and not getattr(renderer, "_busy", False)
            and getattr(renderer, "_pending", None) is None
            and not (timer is not None and timer.isActive())
        )

    def settle(extra: float = 0.2) -> None:
        harness.wait_until(lambda: render_idle() and spelling_done(), TIMEOUT)
        harness.wait(extra)

    def dom_contains(text: str):
        code = f"document.body.textContent.indexOf({json.dumps(text)}) >= 0"
        world = QWebEngineScript.ScriptWorldId.ApplicationWorld

        def query(callback) -> None:
            window.view.preview.page().runJavaScript(code, world, callback)

        return query

    settle(0.3)

    # open: request → text shown and highlighted → spelling finished → preview shows the end
    profile = Profiler(args.profile)
    profile.start()
    marks: dict[str, float] = {}
    watch_open_steps(window.view, marks)
    start = time.perf_counter()
    if not window.open_file(args.article):
        raise RuntimeError("open_file failed")
    result["open_sync"] = time.perf_counter() - start
    view = window.view  # opening may have put the article into a new tab
    editor = view.editor
    if args.open_keys:
        put_cursor_mid(editor, QTextCursor)
        editor.setFocus()
        typed = (TYPED * (args.open_keys // len(TYPED) + 1))[: args.open_keys]
        result["open_keys"] = harness.type_text(editor, typed, args.interval, args.pause)
        result["open_keys_checking_at_end"] = not spelling_done()
    shown = harness.poll(dom_contains(args.marker), TIMEOUT)
    if shown is None:
        raise RuntimeError("preview never showed the article's end")
    harness.wait_until(spelling_done, TIMEOUT, step=0.005)
    result["open"] = max(shown, time.perf_counter()) - start
    result["open_preview"] = shown - start
    result["open_steps"] = {name: when - start for name, when in marks.items()}
    profile.stop("open")
    result["blocks"] = editor.document().blockCount()
    result["highlighted_spelling_underlines"] = count_spell_underlines(editor.document())
    settle(0.3)

    # keystrokes mid-article
    put_cursor_mid(editor, QTextCursor)
    editor.setFocus()
    text = (TYPED * (args.keys // len(TYPED) + 1))[: args.keys]
    profile.start()
    result["keys"] = harness.type_text(editor, text, args.interval, args.pause)
    profile.stop("keys")
    settle(0.3)

    # preview latency: one keystroke after a pause, until the DOM shows it
    samples = []
    for number in range(args.preview_samples):
        token = f"Messpunkt{number}x"
        for char in " " + token[:-1]:
            harness.key(editor, char)
            harness.idle()
        harness.poll(dom_contains(token[:-1]), TIMEOUT)
        settle(0.3)
        start = time.perf_counter()
        harness.key(editor, token[-1])
        shown = harness.poll(dom_contains(token), TIMEOUT)
        if shown is None:
            raise RuntimeError("preview never showed the typed text")
        samples.append(shown - start)
    result["preview"] = samples


def watch_open_steps(view, marks: dict[str, float]) -> None:
    """Note when the render result arrives and when the page has it (where open time goes)."""

    def mark(name: str):
        return lambda *_args: marks.setdefault(name, time.perf_counter())

    renderer = getattr(view, "renderer", None)
    if renderer is not None and hasattr(renderer, "rendered"):
        renderer.rendered.connect(mark("render_result_received"))
    if hasattr(view.preview, "updated"):
        view.preview.updated.connect(mark("page_patched"))
    if hasattr(view.preview, "loadFinished"):
        view.preview.loadFinished.connect(mark("page_shell_loaded"))


class Profiler:
    """cProfile around one phase, dumped as ``<folder>/<phase>.prof``; does nothing without a folder."""

    def __init__(self, folder: str | None) -> None:
        self.folder = Path(folder) if folder else None
        self._profile = None

    def start(self) -> None:
        if self.folder is not None:
            import cProfile

            self._profile = cProfile.Profile()
            self._profile.enable()

    def stop(self, phase: str) -> None:
        if self._profile is not None and self.folder is not None:
            self._profile.disable()
            self.folder.mkdir(parents=True, exist_ok=True)
            self._profile.dump_stats(str(self.folder / f"{phase}.prof"))
            self._profile = None


def wire_spelling(window, view) -> str:
    """German spellcheck on, as a writer has it: the app's own wiring, or ours if it has none."""
    highlighter = view.highlighter
    if getattr(highlighter, "spelling_enabled", False):
        view._bench_controller = getattr(view, "spelling", None) or _find_controller(window)
        return "app"
    from editor.ui.spelling.controller import SpellController, connect_highlighter

    controller = SpellController("de_DE", parent=window)
    highlighter.set_spell_spans(controller.spans)
    connect_highlighter(highlighter, controller)
    view._bench_controller = controller
    return "harness"


def _find_controller(window):
    from editor.ui.spelling.controller import SpellController

    found = window.findChildren(SpellController)
    return found[0] if found else None


def count_spell_underlines(document) -> int:
    """Underlined ranges in the document's layouts: proves spellcheck really ran."""
    from PySide6.QtGui import QTextCharFormat

    style = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    count = 0
    block = document.firstBlock()
    while block.isValid():
        layout = block.layout()
        if layout is not None:
            count += sum(1 for r in layout.formats() if r.format.underlineStyle() == style)
        block = block.next()
    return count


def put_cursor_mid(editor, cursor_class) -> None:
    document = editor.document()
    blocks = [document.findBlockByNumber(n).text() for n in range(document.blockCount())]
    number, column = middle_paragraph_position(blocks)
    cursor = cursor_class(document.findBlockByNumber(number))
    cursor.movePosition(cursor_class.MoveOperation.Right, n=column)
    editor.setTextCursor(cursor)
    editor.centerCursor()


# ---- the floors: a bare QPlainTextEdit, and one with a textbook Python highlighter --------
#: Markdown rules as Qt's syntax-highlighter example writes them (heading, strong,
#: emphasis, code, link), one format: a highlighter written in Python the usual way.
TEXTBOOK_RULES = (r"^#{1,6} .*", r"\*\*[^*]+\*\*", r"\*[^*]+\*", r"`[^`]+`", r"\[[^\]]*\]\([^)]*\)")


def textbook_highlighter(document):
    """A QSyntaxHighlighter in Python, rule by rule as in Qt's example, on ``document``."""
    from PySide6.QtCore import QRegularExpression
    from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat

    marked = QTextCharFormat()
    marked.setFontWeight(700)
    rules = [QRegularExpression(pattern) for pattern in TEXTBOOK_RULES]

    class Textbook(QSyntaxHighlighter):
        def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
            for rule in rules:
                matches = rule.globalMatch(text)
                while matches.hasNext():
                    match = matches.next()
                    self.setFormat(match.capturedStart(), match.capturedLength(), marked)

    return Textbook(document)


def run_bare(args: argparse.Namespace) -> int:
    from PySide6 import QtCore, QtGui
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    app = QApplication([sys.argv[0]])
    harness = Harness(QtCore, QtGui, app)
    result: dict = {"app": args.app}
    editor = QPlainTextEdit()
    editor.resize(640, 760)
    if args.app == "bare_highlighted":
        editor._highlighter = textbook_highlighter(editor.document())  # kept alive with the editor
    painted = {}
    harness.first_paint(editor, lambda when: painted.setdefault("at", when))
    editor.show()
    harness.wait_until(lambda: "at" in painted, TIMEOUT)
    result["cold_start"] = since_start(args.t0) - (time.perf_counter() - painted["at"])
    text = Path(args.article).read_text(encoding="utf-8")
    start = time.perf_counter()
    editor.setPlainText(text)
    harness.idle()
    result["open"] = result["open_sync"] = time.perf_counter() - start
    harness.wait(0.3)
    put_cursor_mid(editor, QTextCursor)
    editor.setFocus()
    typed = (TYPED * (args.keys // len(TYPED) + 1))[: args.keys]
    result["keys"] = harness.type_text(editor, typed, args.interval, args.pause)
    result["peak_rss_main_mb"] = peak_rss_mb()
    write_result(args.out, result)
    hard_exit(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
