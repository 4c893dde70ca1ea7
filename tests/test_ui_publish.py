"""File → Publish → Send to WordPress as draft…, driven as a writer would, against a real site."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton
from test_publish_wordpress import make_article

from editor.core.files.storage import read_text
from editor.core.publish.send_record import previous_record
from editor.core.publish.sites import Site, SiteStore
from editor.core.text.article import Article
from editor.ui.publish.dialog import PublishDialog
from editor.ui.window.main_window import MainWindow

pytestmark = pytest.mark.slow


def button(dialog: PublishDialog, name: str) -> QPushButton:
    return dialog.findChild(QPushButton, name)


def outcome(dialog: PublishDialog) -> str:
    return dialog.findChild(QLabel, "publishOutcome").text()


def open_dialog(window: MainWindow, path: Path, qtbot) -> PublishDialog:
    assert window.open_file(path)
    action = window.file_actions.send_wordpress
    assert action in window.publish_menu.actions()
    assert action.isEnabled()
    action.trigger()
    dialog = window.publish.dialog
    assert isinstance(dialog, PublishDialog) and dialog.isVisible()
    return dialog


def test_sending_from_the_window_creates_the_draft_and_records_it(window, qtbot, wordpress, tmp_path) -> None:
    SiteStore().add(Site("lokal", wordpress.url, "admin"))
    path = make_article(tmp_path / "ui", colour=(5, 150, 5), slug="aus-dem-fenster")
    dialog = open_dialog(window, path, qtbot)
    assert dialog.current_site().name == "lokal"
    qtbot.keyClicks(dialog.password_edit, wordpress.passwords["admin"])
    assert not dialog.remember_check.isEnabled()  # no keyring on this machine: said so
    assert "No keyring is available" in dialog.password_note.text()
    button(dialog, "publishSend").click()
    assert dialog.pages.currentIndex() == 1  # progress, while the window stays responsive
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=60000)
    assert dialog.result is not None, outcome(dialog)
    steps = dialog.findChild(QListWidget, "publishSteps")
    assert [steps.item(i).text()[:1] for i in range(steps.count())] == ["✓"] * (steps.count() - 1) + ["→"]
    assert "The draft was created on lokal." in outcome(dialog)
    post = wordpress.get(f"/wp/v2/posts/{dialog.result.post_id}", context="edit")
    assert post["status"] == "draft" and post["slug"] == "aus-dem-fenster"
    # The post id is in the editor's text and saved to the file.
    record = previous_record(Article.from_text(read_text(path).text), "lokal")
    assert record["id"] == dialog.result.post_id
    assert not window.view.is_modified()
    window.view.editor.undo()  # one undoable edit: the publish key only
    assert "publish:" not in window.view.editor.text()
    window.view.editor.redo()

    button(dialog, "publishClose").click()
    # Sending again from the window updates the same draft.
    again = open_dialog(window, path, qtbot)
    qtbot.keyClicks(again.password_edit, wordpress.passwords["admin"])
    button(again, "publishSend").click()
    qtbot.waitUntil(lambda: again.pages.currentIndex() == 2, timeout=60000)
    assert again.result is not None and again.result.post_id == record["id"]
    assert "was updated" in outcome(again)


def test_check_findings_come_first_with_send_anyway(window, qtbot, wordpress, tmp_path) -> None:
    SiteStore().add(Site("lokal", wordpress.url, "admin"))
    path = make_article(tmp_path / "findings")
    text = path.read_text(encoding="utf-8").replace("  alt: Marktstände mit Gemüsekisten unter bunten Markisen\n", "")
    path.write_text(text, encoding="utf-8")
    dialog = open_dialog(window, path, qtbot)
    findings = dialog.findChild(QListWidget, "publishFindings")
    assert findings.isVisibleTo(dialog) and findings.count() >= 1
    assert any("alt" in findings.item(i).text().lower() for i in range(findings.count()))
    assert button(dialog, "publishSend").text().replace("&", "") == "Send Anyway"
    dialog.reject()


def test_a_wrong_password_is_shown_with_its_step_and_nothing_changes(window, qtbot, wordpress, tmp_path) -> None:
    SiteStore().add(Site("lokal", wordpress.url, "admin"))
    path = make_article(tmp_path / "wrong")
    before = path.read_bytes()
    dialog = open_dialog(window, path, qtbot)
    qtbot.keyClicks(dialog.password_edit, "falsch falsch")
    button(dialog, "publishSend").click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=60000)
    assert outcome(dialog).startswith("Connecting to the site: The site refused the user name")
    assert path.read_bytes() == before and "publish:" not in window.view.editor.text()


def test_cancelling_stops_before_the_post(window, qtbot, wordpress, tmp_path) -> None:
    SiteStore().add(Site("lokal", wordpress.url, "admin"))
    path = make_article(tmp_path / "cancel", colour=(3, 33, 133), slug="im-fenster-abgebrochen")
    dialog = open_dialog(window, path, qtbot)
    qtbot.keyClicks(dialog.password_edit, wordpress.passwords["admin"])
    button(dialog, "publishSend").click()
    button(dialog, "publishCancel").click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=60000)
    assert "Sending was cancelled." in outcome(dialog)
    assert not wordpress.get("/wp/v2/posts", slug="im-fenster-abgebrochen", status="draft", context="edit")


def test_a_published_post_is_only_overwritten_after_confirming(window, qtbot, wordpress, tmp_path) -> None:
    SiteStore().add(Site("lokal", wordpress.url, "admin"))
    path = make_article(tmp_path / "live", slug="im-fenster-live")
    dialog = open_dialog(window, path, qtbot)
    qtbot.keyClicks(dialog.password_edit, wordpress.passwords["admin"])
    button(dialog, "publishSend").click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60000)
    post_id = dialog.result.post_id
    button(dialog, "publishClose").click()
    wordpress.php(f"wp_publish_post({post_id});")

    again = open_dialog(window, path, qtbot)
    qtbot.keyClicks(again.password_edit, wordpress.passwords["admin"])
    button(again, "publishSend").click()
    qtbot.waitUntil(lambda: again.pages.currentIndex() == 2, timeout=60000)
    assert "no longer a draft" in outcome(again)
    force = button(again, "publishForce")
    assert force.isVisibleTo(again)
    force.click()
    qtbot.waitUntil(lambda: again.result is not None, timeout=60000)
    assert again.result.post_id == post_id
    assert wordpress.get(f"/wp/v2/posts/{post_id}", context="edit")["status"] == "publish"


def test_offline_the_command_is_greyed_out_with_the_reason(window) -> None:
    action = window.file_actions.send_wordpress
    window.publish.network.set_online(False)
    assert not action.isEnabled()
    assert "offline" in action.toolTip()
    assert window.publish_menu.toolTipsVisible()
    window.publish.network.set_online(True)
    assert action.isEnabled() and "offline" not in action.toolTip()


def test_an_unsaved_article_is_not_sent(window, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    window.view.editor.setPlainText("---\ntitle: Neu\n---\nText\n")
    assert window.publish.send(window.view, []) is None
    assert "Save the article first" in shown[0]


def test_a_site_is_added_in_the_dialog(qtbot, tmp_path) -> None:
    from editor.ui.publish.site_dialog import SiteDialog

    article = Article.from_text("---\ntitle: T\n---\nx\n", tmp_path / "a.md")
    dialog = PublishDialog(article, [])
    qtbot.addWidget(dialog)
    assert not button(dialog, "publishSend").isEnabled()

    def fill() -> None:
        site_dialog = dialog.findChild(SiteDialog)
        site_dialog.name_edit.setText("neu")
        site_dialog.url_edit.setText("blog.example.org")
        site_dialog.user_edit.setText("jana")
        site_dialog.password_edit.setText("abcd efgh")
        site_dialog.author_check.setChecked(False)
        site_dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, fill)
    dialog.add_site()
    site = SiteStore().get("neu")
    assert site.url == "https://blog.example.org" and not site.author_box_in_content
    assert dialog.current_site() == site and dialog.password_edit.text() == "abcd efgh"
    assert button(dialog, "publishSend").isEnabled()
    assert dialog.findChild(QListWidget, "publishFindings").isHidden()
