"""The first save: images get relative paths, the file name comes from the slug,
the file ends with a newline (#17, points 4 and 9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from editor.core.text.article import Article
from editor.ui.window.main_window import MainWindow


def answer_images(choice: str | None, asked: list[str]) -> None:
    """Click "copyImages", "keepLinks" or Cancel (None) in the question, once it is up."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(30, click)
            return
        asked.append(box.text())
        if choice is None:
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            box.findChild(QPushButton, choice).click()

    QTimer.singleShot(30, click)


def new_article_with_images(window: MainWindow, tmp_path: Path) -> tuple[Path, Path]:
    fotos = tmp_path / "fotos"
    fotos.mkdir()
    featured, inline = fotos / "markt.png", fotos / "brot.png"
    featured.write_bytes(b"\x89PNG markt")
    inline.write_bytes(b"\x89PNG brot")
    window.view.set_field("title", "Markt am Morgen")
    window.view.set_field("image", {"src": str(featured), "alt": "Stände"})
    window.view.editor.appendPlainText(f"Text.\n\n![Brot]({inline})")
    return featured, inline


@pytest.mark.parametrize("choice", ["copyImages", "keepLinks"])
def test_images_chosen_before_the_first_save_get_relative_paths(window, tmp_path, choice) -> None:
    new_article_with_images(window, tmp_path)
    folder = tmp_path / "artikel"
    folder.mkdir()
    asked: list[str] = []
    answer_images(choice, asked)
    assert window.files.save_to(folder / "markt.md")
    assert len(asked) == 1 and "brot.png" in asked[0] and "markt.png" in asked[0]  # asked once, for both
    saved = (folder / "markt.md").read_text(encoding="utf-8")
    assert str(tmp_path) not in saved
    article = Article.from_text(saved)
    if choice == "copyImages":
        assert article.image.src == "bilder/markt.png"
        assert "![Brot](bilder/brot.png)" in saved
        assert (folder / "bilder" / "brot.png").read_bytes() == b"\x89PNG brot"
    else:
        assert article.image.src == "../fotos/markt.png"
        assert "![Brot](../fotos/brot.png)" in saved
        assert not (folder / "bilder").exists()


def test_cancelling_the_image_question_saves_nothing(window, tmp_path) -> None:
    featured, _inline = new_article_with_images(window, tmp_path)
    asked: list[str] = []
    answer_images(None, asked)
    (tmp_path / "artikel").mkdir()
    assert not window.files.save_to(tmp_path / "artikel" / "markt.md")
    assert asked
    assert not (tmp_path / "artikel" / "markt.md").exists()
    assert window.view.parse_now().image.src == str(featured)


def test_images_already_beside_the_article_need_no_question(window, tmp_path) -> None:
    (tmp_path / "bilder").mkdir()
    picture = tmp_path / "bilder" / "x.png"
    picture.write_bytes(b"x")
    window.view.editor.setPlainText(f"![X]({picture})\n")
    assert window.files.save_to(tmp_path / "x.md")  # no message box: it would block here
    assert (tmp_path / "x.md").read_text(encoding="utf-8") == "![X](bilder/x.png)\n"


def test_a_later_save_does_not_touch_image_paths(window, tmp_path) -> None:
    """Only the first save re-paths: an absolute path typed later is the writer's choice."""
    path = tmp_path / "alt.md"
    path.write_text("Text\n", encoding="utf-8")
    window.open_file(path)
    window.view.editor.appendPlainText(f"![Y]({tmp_path}/y.png)")
    assert window.files.save_to(path)
    assert f"![Y]({tmp_path}/y.png)" in path.read_text(encoding="utf-8")


def test_save_proposes_the_slug_in_the_last_folder(window, tmp_path) -> None:
    path = tmp_path / "erster.md"
    path.write_text("Text\n", encoding="utf-8")
    window.open_file(path)
    window.new_file()
    assert window.files.proposed_path(window.view) == tmp_path / "article.md"  # no slug yet
    window.view.set_field("title", "Wochenmärkte im Wandel")
    assert window.files.proposed_path(window.view) == tmp_path / "wochenmaerkte-im-wandel.md"


def test_the_saved_file_ends_with_a_newline(window, tmp_path) -> None:
    QTest.keyClicks(window.view.editor, "Ohne Zeilenende")
    assert window.files.save_to(tmp_path / "z.md")
    assert (tmp_path / "z.md").read_bytes() == b"Ohne Zeilenende\n"


def test_an_unchanged_file_without_final_newline_stays_byte_for_byte(window, tmp_path) -> None:
    path = tmp_path / "roh.md"
    path.write_bytes(b"Ohne Zeilenende")
    window.open_file(path)
    assert window.files.save_to(path)
    assert path.read_bytes() == b"Ohne Zeilenende"
