"""The live preview: a QWebEngineView that shows the article as a reader will see it.

The page is loaded once; later updates replace only the blocks that changed,
through JavaScript run in Qt's isolated ApplicationWorld. The document's own
scripts never run (JavaScript is off for the page), and every request that
would leave the machine is blocked, so previewing an article is as safe as
reading its text.
"""

from __future__ import annotations

import atexit
import json
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from editor import paths
from editor.core.preview.job import PreviewResult

_LOCAL_SCHEMES = {"file", "data", "qrc", "blob", "about"}


class LocalOnlyInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request that is not for a local file: no tracking pixel, no remote font."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 - Qt API
        url = info.requestUrl()
        if url.scheme() not in _LOCAL_SCHEMES:
            self.blocked.append(url.toString())
            info.block(True)


class PreviewPage(QWebEnginePage):
    """Keeps link clicks inside Feder: they are reported, never followed."""

    linkClicked = Signal(QUrl)

    def acceptNavigationRequest(self, url: QUrl, kind, is_main_frame: bool) -> bool:  # noqa: N802
        if kind == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            if url.hasFragment() and url.adjusted(QUrl.UrlFormattingOption.RemoveFragment) == self.url().adjusted(
                QUrl.UrlFormattingOption.RemoveFragment
            ):
                return True  # a jump inside the article
            self.linkClicked.emit(url)
            return False
        return is_main_frame and url.scheme() in _LOCAL_SCHEMES

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:  # noqa: N802
        return None  # the page's own console is noise for a writer


_shared_profile: tuple[QWebEngineProfile, LocalOnlyInterceptor] | None = None


def _preview_profile() -> tuple[QWebEngineProfile, LocalOnlyInterceptor]:
    """One off-the-record profile (no cache or cookies on disk) for all previews.

    It belongs to the application, so it outlives every page that uses it, as
    QtWebEngine requires.
    """
    global _shared_profile
    if _shared_profile is None:
        profile = QWebEngineProfile(QCoreApplication.instance())
        interceptor = LocalOnlyInterceptor(profile)
        profile.setUrlRequestInterceptor(interceptor)
        _shared_profile = (profile, interceptor)
        atexit.register(release_profile)
    return _shared_profile


def release_profile() -> None:
    """Delete the profile while Qt still runs: QtWebEngine segfaults if it goes later."""
    global _shared_profile
    if _shared_profile is None or QCoreApplication.instance() is None:
        return
    profile, _shared_profile = _shared_profile[0], None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    if shiboken6.isValid(profile):
        shiboken6.delete(profile)


class PreviewView(QWebEngineView):
    """Shows :class:`PreviewResult` objects; reports the line at the top when scrolled."""

    linkClicked = Signal(QUrl)
    topLineChanged = Signal(int)  # the user scrolled the preview to this source line
    updated = Signal()  # a result is on screen

    def __init__(
        self, parent: QWidget | None = None, *, folder: Path | None = None, stylesheet: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.profile_, self.interceptor = _preview_profile()
        page = PreviewPage(self.profile_, self)
        self.setPage(page)
        page.linkClicked.connect(self.linkClicked)
        settings = page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(QWebEngineSettings.WebAttribute.AutoLoadIconsForPage, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
        self._install_script()
        self._blocks: list[tuple[int, str]] = []
        self._header = self._footer = ""
        self._ready = False
        self._queued: PreviewResult | None = None
        self._folder: Path | None = folder
        self._theme = ""
        self._stylesheet_path: Path | None = stylesheet
        self._suppress_scroll_report = 0
        page.loadFinished.connect(self._on_load_finished)
        page.scrollPositionChanged.connect(self._on_scrolled)
        self._load_shell()

    # ---- public API -------------------------------------------------------------------
    def set_folder(self, folder: Path | None) -> None:
        """Resolve relative image paths against ``folder`` (the article's folder)."""
        if folder != self._folder:
            self._folder = folder
            self._load_shell()

    def set_stylesheet(self, path: Path | None) -> None:
        """Use the site's own CSS file instead of Feder's default look."""
        if path != self._stylesheet_path:
            self._stylesheet_path = path
            self._load_shell()

    def set_theme(self, theme: str) -> None:
        """``"dark"``, ``"light"`` or ``""`` (follow the system)."""
        self._theme = theme
        if self._ready:
            self._run(f"feder.setTheme({json.dumps(theme)});")

    def show_result(self, result: PreviewResult) -> None:
        """Show a render result, replacing only the blocks that changed."""
        if not self._ready:
            self._queued = result
            return
        old, new = self._blocks, result.blocks
        start = 0
        limit = min(len(old), len(new))
        while start < limit and old[start][1] == new[start][1]:
            start += 1
        end_old, end_new = len(old), len(new)
        while end_old > start and end_new > start and old[end_old - 1][1] == new[end_new - 1][1]:
            end_old -= 1
            end_new -= 1
        lines = [line for line, _ in new]
        parts = [f"feder.setLines({json.dumps(lines)});"]
        if start != end_old or start != end_new:
            inserted = [h for _, h in new[start:end_new]]
            parts.append(f"feder.patch({start}, {end_old - start}, {json.dumps(inserted)});")
        if result.header != self._header:
            parts.append(f"feder.setPart('feder-header', {json.dumps(result.header)});")
        if result.footer != self._footer:
            parts.append(f"feder.setPart('feder-footer', {json.dumps(result.footer)});")
        self._blocks, self._header, self._footer = new, result.header, result.footer
        self._run("".join(parts), lambda _=None: self.updated.emit())

    def scroll_to_line(self, line: int) -> None:
        """Scroll so that the block holding source ``line`` is at the top."""
        if self._ready:
            self._suppress_scroll_report += 1
            self._run(f"feder.scrollToLine({int(line)});")

    def body_text(self, callback) -> None:
        """The visible text of the article body (tests, statistics)."""
        self._run("document.getElementById('feder-body').innerText", callback)

    # ---- internals --------------------------------------------------------------------
    def _load_shell(self) -> None:
        self._ready = False
        if self._blocks or self._header or self._footer:
            self._queued = PreviewResult(self._blocks, self._header, self._footer, "")
        self._blocks, self._header, self._footer = [], "", ""
        base = QUrl.fromLocalFile(str(self._folder) + "/") if self._folder else QUrl("file:///")
        self.page().setHtml(_shell_html(self._stylesheet_path), base)

    def _on_load_finished(self, ok: bool) -> None:
        self._ready = True
        if self._theme:
            self.set_theme(self._theme)
        if self._queued is not None:
            queued, self._queued = self._queued, None
            self.show_result(queued)

    def _on_scrolled(self, _pos) -> None:
        if self._suppress_scroll_report:
            self._suppress_scroll_report -= 1
            return
        self._run("feder.topLine()", self._report_top_line)

    def _report_top_line(self, line) -> None:
        if isinstance(line, (int, float)) and line >= 0:
            self.topLineChanged.emit(int(line))

    def _run(self, code: str, callback=None) -> None:
        world = QWebEngineScript.ScriptWorldId.ApplicationWorld
        if callback is None:
            self.page().runJavaScript(code, world)
        else:
            self.page().runJavaScript(code, world, callback)

    def _install_script(self) -> None:
        script = QWebEngineScript()
        script.setName("feder-preview")
        script.setWorldId(QWebEngineScript.ScriptWorldId.ApplicationWorld)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        script.setRunsOnSubFrames(False)
        script.setSourceCode(paths.resource("preview", "preview.js").read_text(encoding="utf-8"))
        self.page().scripts().insert(script)


def _style_text(css: str) -> str:
    """CSS safe inside <style>: only a closing tag could end it early (escaping would break `>`)."""
    return css.replace("</", "<\\/")


def _shell_html(stylesheet: Path | None) -> str:
    css_path = stylesheet or paths.resource("styles", "article.css")
    try:
        css = css_path.read_text(encoding="utf-8")
    except OSError:
        css = ""
    preview_css = paths.resource("preview", "preview.css").read_text(encoding="utf-8")
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; "
        "img-src file: data:; style-src 'unsafe-inline' file:; font-src file: data:\">"
        f"<style>{_style_text(css)}</style>"
        f"<style>{preview_css}</style></head><body>"
        "<article class='article'><header class='article-header' id='feder-header'></header>"
        "<div class='article-body' id='feder-body'></div>"
        "<footer class='article-footer' id='feder-footer'></footer></article></body></html>"
    )
