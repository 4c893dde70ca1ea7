"""File → Export… and Edit → Copy HTML, driven as a writer would."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from editor.core.export.exporters import export, load_article
from editor.ui.export.dialog import (
    ExportDialog,
    copy_article_html,
    copy_html_to_clipboard,
    export_message,
)

GOLDEN_INPUT = Path(__file__).parent / "golden" / "export" / "input"


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(GOLDEN_INPUT, folder)
    return folder


def test_clipboard_gets_html_and_text(qtbot) -> None:
    html = "<p>„Hallo“ <strong>Welt</strong></p>"
    copy_html_to_clipboard(html)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    assert mime.text() == html
    assert "<strong>Welt</strong>" in mime.html()


def test_copy_html_is_the_sanitised_fragment(qtbot, articles: Path) -> None:
    article = load_article(articles / "hostile.md")
    copied = copy_article_html(article)
    assert copied == export(article, "fragment").text
    assert "<script" not in QGuiApplication.clipboard().mimeData().text()


def ok_button(dialog: ExportDialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_dialog_exports_page_with_copied_images(qtbot, articles: Path, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "feder.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(load_article(articles / "full.md"), None, settings)
    qtbot.addWidget(dialog)
    assert dialog.fmt() == "html"
    assert dialog.target() == articles / "markt-und-macht.html"
    assert dialog.images_box.currentData() == "copy" and not dialog.sanitize_check.isChecked()
    out = tmp_path / "out"
    out.mkdir()
    dialog.target_edit.setText(str(out / "seite.html"))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.written == out / "seite.html"
    assert 'src="seite_files/markt.png"' in (out / "seite.html").read_text(encoding="utf-8")
    assert (out / "seite_files" / "markt.png").is_file()
    assert settings.value("export/folder") == str(out)

    again = ExportDialog(load_article(articles / "full.md"), None, settings)
    qtbot.addWidget(again)
    assert again.target() == out / "markt-und-macht.html"  # the folder is remembered


def test_format_switch_sets_defaults_and_follows_suffix(qtbot, articles: Path) -> None:
    dialog = ExportDialog(load_article(articles / "full.md"))
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("fragment"))
    assert dialog.sanitize_check.isChecked() and dialog.images_box.currentData() == "keep"
    assert dialog.classes_check.isEnabled()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("md"))
    assert dialog.images_box.currentData() == "keep" and not dialog.sanitize_check.isEnabled()
    embed = dialog.images_box.model().item(dialog.images_box.findData("embed"))
    assert not embed.isEnabled()  # Markdown cannot embed pictures
    assert dialog.target() == articles / "markt-und-macht.md"
    dialog.target_edit.setText(str(articles / "eigener-name.md"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    assert dialog.target() == articles / "eigener-name.html"  # the writer's name is kept


def test_dialog_shows_errors_and_stays_open(qtbot, articles: Path) -> None:
    article_path = articles / "full.md"
    before = article_path.read_bytes()
    dialog = ExportDialog(load_article(article_path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("md"))
    dialog.target_edit.setText(str(article_path))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.written is None
    assert dialog.error_label.isVisible() and "article itself" in dialog.error_label.text()
    assert article_path.read_bytes() == before
    dialog.target_edit.setText("")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert "Choose a file" in dialog.error_label.text()


def _answer_replace(answer: QMessageBox.StandardButton, asked: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(answer).click()
        else:
            QTimer.singleShot(30, click)

    QTimer.singleShot(30, click)


def test_each_format_proposes_its_own_name(qtbot, articles: Path) -> None:
    dialog = ExportDialog(load_article(articles / "full.md"))
    qtbot.addWidget(dialog)
    names = {}
    for fmt in ("html", "fragment", "md"):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        names[fmt] = dialog.target().name
    assert names == {"html": "markt-und-macht.html", "fragment": "markt-und-macht.fragment.html", "md": "markt-und-macht.md"}
    dialog.target_edit.setText(str(articles / "eigen.fragment.html"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    assert dialog.target().name == "eigen.html"  # the compound suffix is swapped, not doubled


def test_export_asks_before_replacing_and_no_keeps_the_file(qtbot, articles: Path, tmp_path: Path) -> None:
    target = tmp_path / "seite.html"
    target.write_text("vorher", encoding="utf-8")
    dialog = ExportDialog(load_article(articles / "full.md"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target_edit.setText(str(target))
    asked: list[str] = []
    _answer_replace(QMessageBox.StandardButton.No, asked)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert asked and "seite.html" in asked[0]
    assert target.read_text(encoding="utf-8") == "vorher"
    assert dialog.isVisible() and dialog.written is None
    _answer_replace(QMessageBox.StandardButton.Yes, asked)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert dialog.written == target and "<html" in target.read_text(encoding="utf-8")


def test_a_new_file_is_written_without_a_question(qtbot, articles: Path, tmp_path: Path) -> None:
    dialog = ExportDialog(load_article(articles / "full.md"))
    qtbot.addWidget(dialog)
    dialog.target_edit.setText(str(tmp_path / "neu.md"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("md"))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # a box would block here
    assert dialog.written == tmp_path / "neu.md"


def test_the_export_folder_is_remembered_per_article(qtbot, articles: Path, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "feder.ini"), QSettings.Format.IniFormat)
    full, bare = load_article(articles / "full.md"), load_article(articles / "bare.md")
    for article, folder in ((full, tmp_path / "a"), (bare, tmp_path / "b")):
        folder.mkdir()
        dialog = ExportDialog(article, None, settings)
        qtbot.addWidget(dialog)
        dialog.target_edit.setText(str(folder / "x.html"))
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    again_full = ExportDialog(full, None, settings)
    again_bare = ExportDialog(bare, None, settings)
    qtbot.addWidget(again_full)
    qtbot.addWidget(again_bare)
    assert again_full.target().parent == tmp_path / "a"  # not the folder used last (b)
    assert again_bare.target().parent == tmp_path / "b"


def test_dialog_offers_each_site_and_copies_into_a_hugo_bundle(qtbot, articles: Path, tmp_path: Path) -> None:
    dialog = ExportDialog(load_article(articles / "full.md"))
    qtbot.addWidget(dialog)
    offered = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
    assert offered == ["html", "fragment", "hugo", "jekyll", "eleventy", "md", "md-plain"]
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("hugo"))
    assert dialog.images_box.currentData() == "copy"
    content = tmp_path / "content"
    content.mkdir()
    dialog.target_edit.setText(str(content))  # a folder: the bundle goes inside
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    bundle = content / "markt-und-macht"
    assert dialog.written == bundle / "index.md"
    assert dialog.copied == [bundle / "markt.png"]
    assert (bundle / "markt.png").read_bytes() == (articles / "bilder" / "markt.png").read_bytes()
    assert "image: markt.png" in (bundle / "index.md").read_text(encoding="utf-8")
    assert export_message(dialog.written, dialog.copied) == (
        f"Exported to index.md; images copied: {bundle / 'markt.png'}"
    )


def test_dialog_suggests_the_sites_file_and_remembers_the_folder_above_the_bundle(
        qtbot, articles: Path, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "feder.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(load_article(articles / "full.md"), None, settings)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("jekyll"))
    assert dialog.target() == articles / "2024-03-15-markt-und-macht.md"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("hugo"))
    assert dialog.target() == articles / "markt-und-macht" / "index.md"
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # the bundle folder is made
    assert dialog.written == articles / "markt-und-macht" / "index.md" and dialog.written.is_file()
    assert settings.value("export/folder") == str(articles)
    again = ExportDialog(load_article(articles / "full.md"), None, settings)
    qtbot.addWidget(again)
    assert again.fmt() == "hugo" and again.target() == articles / "markt-und-macht" / "index.md"
