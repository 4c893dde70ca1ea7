"""Screenshots for docs/publish.md: the publish dialog (German and English) and the draft
in WordPress's front end, against a throwaway WordPress (tests/wordpress_site.py).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/publish_screenshots.py

Writes docs/screenshots/publish-dialog-{de,en}.png, publish-sent-{de,en}.png and
wordpress-draft.png (front end) and wordpress-editor.png (block editor). Both servers are stopped at the end.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
OUT = ROOT / "docs" / "screenshots"

os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
work = Path(tempfile.mkdtemp(prefix="feder-shots-"))
os.environ["FEDER_CONFIG_DIR"] = str(work / "config")
os.environ["FEDER_DATA_DIR"] = str(work / "data")

import wordpress_site  # noqa: E402
from PySide6 import QtWebEngineWidgets  # noqa: E402, F401
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, QUrl  # noqa: E402
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_publish_wordpress import make_article  # noqa: E402

from editor.core.publish.sites import Site, SiteStore  # noqa: E402
from editor.i18n import install_translators  # noqa: E402


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition, timeout_ms: int = 60000) -> None:
    waited = 0
    while not condition():
        if waited > timeout_ms:
            raise TimeoutError("screenshot step timed out")
        wait(100)
        waited += 100


def dialog_shots(app: QApplication, site, language: str, article: Path) -> int:
    from editor.ui.window.main_window import MainWindow

    install_translators(app, language)
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    window.open_file(article)
    wait(1500)
    window.file_actions.send_wordpress.trigger()
    dialog = window.publish.dialog
    dialog.password_edit.setText(site.passwords["admin"])
    dialog.resize(640, dialog.sizeHint().height())
    wait(500)
    dialog.grab().save(str(OUT / f"publish-dialog-{language}.png"))
    dialog.send_button.click()
    wait_until(lambda: dialog.pages.currentIndex() == 2 or dialog.progress_bar.value() >= 2)
    if dialog.pages.currentIndex() == 1:
        dialog.grab().save(str(OUT / f"publish-progress-{language}.png"))
    wait_until(lambda: dialog.pages.currentIndex() == 2)
    wait(300)
    dialog.grab().save(str(OUT / f"publish-sent-{language}.png"))
    post_id = dialog.result.post_id if dialog.result else 0
    dialog.accept()
    window.view.editor.document().setModified(False)
    window.close()
    return post_id


def front_end_shot(site, post_id: int) -> None:
    """Log in through wp-login.php, then show the draft's preview as the theme renders it."""
    view = QWebEngineView()
    view.resize(1280, 1000)
    view.show()
    done = {"ok": False}
    view.loadFinished.connect(lambda ok: done.__setitem__("ok", True))
    view.load(QUrl(f"{site.url}/wp-login.php"))
    wait_until(lambda: done["ok"])
    done["ok"] = False
    view.page().runJavaScript(
        "document.getElementById('user_login').value='admin';"
        "document.getElementById('user_pass').value='admin-login-pw';"
        "document.getElementById('loginform').submit();"
    )
    wait_until(lambda: done["ok"])
    done["ok"] = False
    view.load(QUrl(f"{site.url}/?p={post_id}&preview=true"))
    wait_until(lambda: done["ok"])
    wait(2500)
    # The whole page: scroll through it and paste the views together.
    from PySide6.QtGui import QImage, QPainter

    view.page().runJavaScript(  # the page as a reader sees it: no admin bar, no scrollbars
        "var bar = document.getElementById('wpadminbar'); if (bar) bar.remove();"
        "document.documentElement.style.setProperty('margin-top', '0', 'important');"
        "document.documentElement.style.overflow = 'hidden';")
    wait(800)
    height = {"px": 0}
    view.page().runJavaScript("document.documentElement.scrollHeight", 0,
                              lambda h: height.__setitem__("px", int(h or 0)))
    wait_until(lambda: height["px"] > 0)
    total = min(height["px"], 8000)
    page = QImage(view.width(), total, QImage.Format.Format_RGB32)
    painter = QPainter(page)
    top = 0
    while top < total:
        scrolled = {"y": -1}
        view.page().runJavaScript(f"window.scrollTo(0, {top}); window.scrollY", 0,
                                  lambda y, box=scrolled: box.__setitem__("y", int(y or 0)))
        wait_until(lambda box=scrolled: box["y"] >= 0)
        wait(500)
        painter.drawImage(0, scrolled["y"], view.grab().toImage())
        top += view.height()
    painter.end()
    page.save(str(OUT / "wordpress-draft.png"))
    view.close()


def picture(path: Path) -> None:
    """A body picture distinct from the featured image."""
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(960, 540, QImage.Format.Format_RGB32)
    image.fill(QColor("#e9c46a"))
    painter = QPainter(image)
    painter.setPen(QColor("#264653"))
    painter.setFont(QFont("DejaVu Sans", 44, QFont.Weight.Bold))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "Käse vom Hof")
    painter.end()
    image.save(str(path))


def editor_shot(site, post_id: int) -> None:
    """The draft in WordPress's block editor: content, categories, tags, featured image, excerpt."""
    site.php("update_user_meta(1, 'wp_persisted_preferences', array('core/edit-post' => "
             "array('welcomeGuide' => false), '_modified' => '2026-01-01T00:00:00.000Z'));")
    view = QWebEngineView()  # same profile: still logged in
    view.resize(1400, 1000)
    view.show()
    done = {"ok": False}
    view.loadFinished.connect(lambda ok: done.__setitem__("ok", True))
    view.load(QUrl(f"{site.url}/wp-admin/post.php?post={post_id}&action=edit"))
    wait_until(lambda: done["ok"])
    wait(8000)
    view.page().runJavaScript("""
      document.querySelectorAll('button.components-panel__body-toggle').forEach(b => {
        const t = b.textContent.trim();
        const open = b.getAttribute('aria-expanded') === 'true';
        if ((/^(Featured image|Excerpt|Categories|Tags)$/.test(t) && !open) || (t === 'Summary' && open)) b.click();
      });""")
    wait(4000)
    view.grab().save(str(OUT / "wordpress-editor.png"))
    view.close()


def main() -> int:
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv)
    site = wordpress_site.start_site(work / "wp", wordpress_site.default_cache())
    try:
        # The default theme (Twenty Twenty-Three) prints no featured-image caption, so this
        # site repeats the featured image, with caption and credit, in the content.
        SiteStore().add(Site("meinblog", site.url, "admin", featured_image_in_content=True))
        post_id = 0
        for language in ("en", "de"):
            article = make_article(work / language)
            picture(article.parent / "kaese.png")
            post_id = dialog_shots(app, site, language, article) or post_id
        front_end_shot(site, post_id)
        editor_shot(site, post_id)
        print(f"post {post_id}; screenshots in {OUT}")
    finally:
        site.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
