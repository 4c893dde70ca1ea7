"""Previewing a hostile article runs none of its scripts and sends nothing over the network.

A local HTTP server on 127.0.0.1 counts every request; the article tries
scripts, iframes, event handlers, javascript: links, remote images, styles,
fonts, media and a meta refresh. The scripts would mark the shared DOM, so
reading it from Qt's ApplicationWorld shows whether any of them ran. A local
image in the same article must load, which proves the page had time to fetch.
A plain QWebEngineView with scripts on is shown the same HTML as a control:
there the server is hit and the scripts run, so the checks can fail.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEngineScript, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView

from editor.core.preview.job import render_preview
from editor.ui.preview.view import PreviewView

# A 1×1 PNG for the local control image.
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


class _Counter(BaseHTTPRequestHandler):
    hits: list[str]

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        self.hits.append(self.path)
        body = PIXEL if self.path.endswith(".png") else b"<script>document.title='remote'</script>"
        self.send_response(200)
        self.send_header("Content-Type", "image/png" if self.path.endswith(".png") else "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    hits: list[str] = []
    handler = type("Handler", (_Counter,), {"hits": hits})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    finally:
        httpd.shutdown()
        httpd.server_close()


def hostile_article(base: str) -> str:
    mark = "document.documentElement.setAttribute('data-pwned', '{}')"
    return f"""---
title: Harmlos
---
Ein ganz normaler Absatz.

<script>{mark.format("script")}; fetch("{base}/fetch");</script>

<iframe src="{base}/iframe.html"></iframe>

<iframe srcdoc="<script>parent.{mark.format("srcdoc")}</script>"></iframe>

<img id="remote" src="{base}/tracker.png" onerror="{mark.format("onerror-remote")}">

<img src="does-not-exist.png" onerror="{mark.format("onerror-local")}">

<svg onload="{mark.format("svg")}"><circle r="4"/></svg>

<a id="jslink" href="javascript:{mark.format("jslink")}">Klick</a>

<div style="background-image: url({base}/bg.png)">Hintergrund</div>

<style>@import url("{base}/import.css"); body {{ background: url({base}/body.png); }}</style>

<link rel="stylesheet" href="{base}/style.css">

<video src="{base}/video.mp4" autoplay></video> <audio src="{base}/audio.mp3" autoplay></audio>

<object data="{base}/object.html"></object> <embed src="{base}/embed.html">

<meta http-equiv="refresh" content="0; url={base}/refresh">

<img srcset="{base}/srcset.png 1x">

![Bild]({base}/markdown.png)

<img id="local" src="pixel.png">

Ende.
"""


def _app_world(view: QWebEngineView, qtbot, code: str):
    result = []
    view.page().runJavaScript(
        code, QWebEngineScript.ScriptWorldId.ApplicationWorld, result.append
    )
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    return result[0]


def _local_image_loaded(view: QWebEngineView, qtbot) -> None:
    qtbot.waitUntil(
        lambda: _app_world(
            view, qtbot, "(function(){var i=document.getElementById('local');return !!(i&&i.complete&&i.naturalWidth>0);})()"
        ),
        timeout=10000,
    )


def test_preview_runs_no_script_and_sends_no_request(qtbot, tmp_path: Path, server) -> None:
    base, hits = server
    (tmp_path / "pixel.png").write_bytes(PIXEL)
    article = tmp_path / "artikel.md"
    view = PreviewView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.set_folder(tmp_path)
    with qtbot.waitSignal(view.updated, timeout=20000):
        view.show_result(render_preview(hostile_article(base), str(article)))
    _local_image_loaded(view, qtbot)
    # a click on the javascript: link, as a reader would do it
    _app_world(view, qtbot, "document.getElementById('jslink').click(); true")
    qtbot.wait(800)  # time for anything late: a refresh, an iframe, a retried fetch
    assert hits == []
    assert _app_world(view, qtbot, "String(document.documentElement.getAttribute('data-pwned'))") == "null"
    assert _app_world(view, qtbot, "document.title") != "remote"
    assert _app_world(view, qtbot, "document.getElementById('feder-body').innerText").count("Ende.") == 1
    assert view.page().url().scheme() in ("", "file", "about", "data")  # never navigated away


def test_the_checks_catch_an_unprotected_view(qtbot, tmp_path: Path, server) -> None:
    """Control: a plain view with scripts on does hit the server and run the script."""
    base, hits = server
    (tmp_path / "pixel.png").write_bytes(PIXEL)
    result = render_preview(hostile_article(base), str(tmp_path / "artikel.md"))
    body = "".join(html for _line, html in result.blocks)
    view = QWebEngineView()
    qtbot.addWidget(view)
    settings = view.page().settings()
    settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True)
    with qtbot.waitSignal(view.loadFinished, timeout=20000):
        view.setHtml(f"<html><body>{body}</body></html>", QUrl.fromLocalFile(str(tmp_path) + "/"))
    qtbot.waitUntil(lambda: len(hits) > 0, timeout=10000)
    qtbot.waitUntil(
        lambda: _app_world(view, qtbot, "String(document.documentElement.getAttribute('data-pwned'))") != "null",
        timeout=10000,
    )
