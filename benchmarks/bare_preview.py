"""The floor of "preview after the first frame": PySide6 and a plain QWebEngineView, nothing else.

``python benchmarks/bare_preview.py ARTICLE TRACE [--before]`` shows the
article in a QPlainTextEdit; after the editor's first paint (or, with
``--before``, before the window is shown) it imports QtWebEngine, creates a
QWebEngineView beside the editor and loads the article as HTML, rendered
before the window with Python-Markdown, so no render time is counted. It
appends Feder's milestones to TRACE (``first_frame``, ``preview`` =
``loadFinished`` of that page), so ``benchmarks/xstart.py`` reads both
programs alike. The Chromium switches are Feder's.

No helper process, no profile of its own, no script, no patching: whatever
Feder needs after its first frame beyond this is Feder's own cost.
"""

from __future__ import annotations

import json
import os
import sys
import time


def note(trace: str, event: str) -> None:
    with open(trace, "a", encoding="utf-8") as stream:
        stream.write(json.dumps({"event": event, "time": time.time(), "cpu": time.process_time()}) + "\n")


def main() -> int:
    article, trace = sys.argv[1], sys.argv[2]
    before = "--before" in sys.argv[3:]
    import markdown

    with open(article, encoding="utf-8") as stream:
        text = stream.read()
    html = "<!DOCTYPE html><html><body><article>" + markdown.markdown(text) + "</article></body></html>"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    from editor.ui.window.application import chromium_flags  # Feder's switches, from the one place

    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = chromium_flags("")

    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QPlainTextEdit, QSplitter

    from editor.ui.first_paint import FirstPaint

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])
    splitter = QSplitter()
    editor = QPlainTextEdit(splitter)
    editor.setPlainText(text)
    views = []

    def build() -> None:
        from PySide6.QtWebEngineWidgets import QWebEngineView

        view = QWebEngineView(splitter)
        view.loadFinished.connect(lambda _ok: note(trace, "preview"))
        view.setHtml(html)
        view.show()
        views.append(view)

    def painted() -> None:
        note(trace, "first_frame")
        if not before:
            build()

    # As Feder's trace: the frame is noted a turn after the paint event (see startup_trace).
    FirstPaint(editor.viewport(), lambda: QTimer.singleShot(0, painted))
    if before:
        build()
    splitter.resize(1280, 820)
    splitter.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
