"""The fields panel, the figure dialog, the outline and checks panels, driven as a writer would.

A QPlainTextEdit stands in for the editor: the panel's edits are applied to its
document the way the main window does (one QTextCursor edit block through
``slug.update_field``), and the re-parsed article is fed back to the panel.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from editor.core.checks.rules import run_checks
from editor.core.files import storage
from editor.core.render.mdext.figure import figure_markdown
from editor.core.text.article import Article, Image
from editor.core.text.outline import outline
from editor.core.text.slug import update_field
from editor.ui.checks.outline_panel import OutlinePanel
from editor.ui.checks.panel import ChecksPanel
from editor.ui.fields.image_dialog import ImageDialog, ImageDropFilter, insert_or_edit_figure
from editor.ui.fields.panel import FieldsPanel

TEXT = """\
---
title: Alter Titel
slug: alter-titel
# a comment the writer wants to keep
custom: bleibt
---
Erster Absatz.

## Abschnitt

Text.
"""


class Harness:
    """Editor stand-in + panel, wired like the main window wires them."""

    def __init__(self, qtbot, text: str = TEXT, path: Path | None = None) -> None:
        self.editor = QPlainTextEdit()
        self.editor.setPlainText(text)
        self.editor.document().clearUndoRedoStacks()
        self.editor.document().setModified(False)
        self.path = path
        self.panel = FieldsPanel()
        qtbot.addWidget(self.editor)
        qtbot.addWidget(self.panel)
        self.emitted: list[tuple[str, object]] = []
        self.panel.fieldEdited.connect(self.apply)
        self.panel.undoRequested.connect(self.undo)
        self.reparse()

    def apply(self, key: str, value: object) -> None:
        self.emitted.append((key, value))
        new = update_field(self.text, key, value)
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(new)
        cursor.endEditBlock()
        self.reparse()

    def undo(self) -> None:
        self.editor.document().undo()
        self.reparse()

    def reparse(self) -> None:
        self.panel.set_article(Article.from_text(self.text, self.path))

    @property
    def text(self) -> str:
        return self.editor.toPlainText()

    @property
    def article(self) -> Article:
        return Article.from_text(self.text, self.path)


@pytest.fixture
def harness(qtbot) -> Harness:
    return Harness(qtbot)


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key; QTest's keyClicks only knows ASCII, German needs more."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def show_focused(qtbot, widget) -> None:
    widget.window().show()
    qtbot.waitExposed(widget.window())
    widget.setFocus()
    QApplication.processEvents()


# ---- fields ↔ front matter ------------------------------------------------------------


def test_set_article_fills_the_fields_without_emitting(qtbot) -> None:
    panel = FieldsPanel()
    qtbot.addWidget(panel)
    seen = []
    panel.fieldEdited.connect(lambda *args: seen.append(args))
    text = (
        "---\ntitle: Titel\nkicker: Rubrik\nteaser: Zwei\n  Zeilen\nslug: s\ntags: [a, b]\n"
        "date: 2026-11-20\nlang: de_CH\nimage:\n  src: x.png\n  alt: Alt\n  caption: Cap\n  credit: Cred\n---\n"
    )
    panel.set_article(Article.from_text(text))
    assert seen == []
    assert panel.headline.text() == "Titel"
    assert panel.kicker.text() == "Rubrik"
    assert panel.teaser.toPlainText() == "Zwei Zeilen"
    assert panel.slug.text() == "s"
    assert panel.tags.text() == "a, b"
    assert panel.date.date() == dt.date(2026, 11, 20)
    assert panel.language.currentData() == "de_CH"
    assert panel.featured_image() == Image("x.png", "Alt", "Cap", "Cred")


def test_typing_a_headline_edits_the_front_matter_and_takes_the_slug_along(qtbot, harness) -> None:
    harness.panel.headline.selectAll()
    type_text(harness.panel.headline, "Öl wird teurer")
    article = harness.article
    assert article.title == "Öl wird teurer"
    assert article.slug == "oel-wird-teurer"
    assert "# a comment the writer wants to keep\ncustom: bleibt\n" in harness.text
    assert harness.editor.document().isModified()
    assert all(key == "title" for key, _ in harness.emitted)


def test_slug_typed_by_hand_stops_following(qtbot, harness) -> None:
    harness.panel.slug.selectAll()
    qtbot.keyClicks(harness.panel.slug, "Mein Slug")
    assert harness.article.slug == "mein-slug"
    harness.panel.headline.selectAll()
    qtbot.keyClicks(harness.panel.headline, "Neu")
    assert harness.article.slug == "mein-slug"
    harness.panel.slug_reset.click()
    assert harness.article.slug == "neu"


def test_every_field_round_trips_through_save_and_open(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "artikel.md"
    path.write_text(TEXT, encoding="utf-8")
    harness = Harness(qtbot, storage.read_text(path).text, path)
    panel = harness.panel
    qtbot.keyClicks(panel.kicker, "Wirtschaft")
    panel.headline.selectAll()
    type_text(panel.headline, "Märkte: „Ein Test“ – mit #Zeichen")
    qtbot.keyClicks(panel.teaser, "Erste Zeile")
    qtbot.keyClick(panel.teaser, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.teaser, "zweite: Zeile")
    type_text(panel.tags, "Handel, Städte, ")
    panel.date.edit.setFocus()
    qtbot.keyClicks(panel.date.edit, "01.03.2026")
    qtbot.keyClick(panel.date.edit, Qt.Key.Key_Return)
    panel.language.setCurrentIndex(panel.language.findData("de_AT"))
    panel.language.activated.emit(panel.language.currentIndex())
    qtbot.keyClicks(panel.image_src, "bilder/markt.jpg")
    qtbot.keyClicks(panel.image_alt, "Ein Stand")
    qtbot.keyClicks(panel.image_caption, "Am Morgen")
    qtbot.keyClicks(panel.image_credit, "Foto: Anna | Agentur")
    saved = harness.text
    storage.write_bytes_atomic(path, saved.encode("utf-8"))

    reopened = storage.read_text(path).text
    assert reopened == saved
    article = Article.from_text(reopened, path)
    assert article.kicker == "Wirtschaft"
    assert article.title == "Märkte: „Ein Test“ – mit #Zeichen"
    assert article.slug == "maerkte-ein-test-mit-zeichen"
    assert article.teaser == "Erste Zeile\nzweite: Zeile"
    assert article.tags == ["Handel", "Städte"]
    assert article.date == dt.date(2026, 3, 1)
    assert article.lang == "de_AT"
    assert article.image == Image("bilder/markt.jpg", "Ein Stand", "Am Morgen", "Foto: Anna | Agentur")
    assert article.meta["custom"] == "bleibt"

    fresh = FieldsPanel()
    qtbot.addWidget(fresh)
    fresh.set_article(article)
    for name in ("kicker", "slug", "image_src"):
        assert getattr(fresh, name).text() == getattr(panel, name).text(), name
    assert fresh.tags.text() == "Handel, Städte"
    assert fresh.headline.text() == panel.headline.text()
    assert fresh.teaser.toPlainText() == panel.teaser.toPlainText()
    assert fresh.featured_image() == panel.featured_image()
    assert fresh.date.date() == panel.date.date()
    assert fresh.language.currentData() == "de_AT"


def test_hand_edited_yaml_shows_in_the_fields(qtbot, harness) -> None:
    cursor = QTextCursor(harness.editor.document())
    cursor.movePosition(QTextCursor.MoveOperation.Down)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("title: Von Hand")
    harness.reparse()
    assert harness.panel.headline.text() == "Von Hand"


def test_a_field_edit_is_one_undo_step(qtbot, harness) -> None:
    before = harness.text
    qtbot.keyClick(harness.panel.kicker, Qt.Key.Key_W)
    assert harness.article.kicker == "w"
    harness.editor.document().undo()
    assert harness.text == before
    harness.reparse()
    assert harness.panel.kicker.text() == ""
    harness.editor.document().redo()
    harness.reparse()
    assert harness.panel.kicker.text() == "w"


def test_headline_and_following_slug_undo_together(qtbot, harness) -> None:
    before = harness.text
    harness.panel.headline.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(harness.panel.headline, Qt.Key.Key_X)
    assert harness.article.slug == "alter-titelx"
    harness.editor.document().undo()
    assert harness.text == before


def test_undo_key_in_a_field_goes_to_the_document(qtbot, harness) -> None:
    show_focused(qtbot, harness.panel.kicker)
    before = harness.text
    qtbot.keyClicks(harness.panel.kicker, "Ab")
    qtbot.keyClick(harness.panel.kicker, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert harness.article.kicker == "A"
    qtbot.keyClick(harness.panel.kicker, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert harness.text == before
    assert harness.panel.kicker.text() == ""


def test_refilling_does_not_move_the_cursor_of_the_field_being_typed_in(qtbot, harness) -> None:
    show_focused(qtbot, harness.panel.headline)
    cursor = harness.panel.headline.textCursor()
    cursor.setPosition(4)  # "Alte|r Titel"
    harness.panel.headline.setTextCursor(cursor)
    qtbot.keyClicks(harness.panel.headline, "xy")
    assert harness.panel.headline.text() == "Altexyr Titel"
    assert harness.panel.headline.textCursor().position() == 6
    assert harness.panel.headline.hasFocus()
    harness.panel.tags.setFocus()
    qtbot.keyClicks(harness.panel.tags, "eins, ")
    assert harness.panel.tags.text() == "eins, "  # the trailing comma stays while typing
    assert harness.article.tags == ["eins"]


def test_date_can_be_set_and_removed(qtbot, harness) -> None:
    harness.panel.date.today_button.click()
    assert harness.article.date == dt.date.today()
    assert f"date: {dt.date.today().isoformat()}\n" in harness.text
    harness.panel.date.clear_button.click()
    assert "date:" not in harness.text
    assert harness.panel.date.text() == ""
    assert harness.panel.date.date() is None


@pytest.mark.parametrize("typed", ["2025-12-01", "01.12.2025", "1.12.2025"])
def test_date_is_typed_into_the_empty_field(qtbot, harness, typed) -> None:
    field = harness.panel.date
    assert field.text() == "" and field.date() is None  # empty by default, no fake 1900 date
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, typed)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert harness.article.date == dt.date(2025, 12, 1)
    assert "date: 2025-12-01\n" in harness.text
    assert field.is_valid()


def test_a_typed_non_date_stays_marked_and_changes_nothing(qtbot, harness) -> None:
    field = harness.panel.date
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "32.13.2025")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert "date:" not in harness.text
    assert field.text() == "32.13.2025"  # kept for fixing, not replaced by "No date"
    assert not field.is_valid()
    assert "2025-12-01" in field.edit.toolTip()


def test_calendar_opens_at_today_without_a_date_and_at_the_date_with_one(qtbot, harness) -> None:
    field = harness.panel.date
    harness.panel.show()
    field.calendar_button.click()
    assert field.calendar.isVisible()
    field.calendar.hide()
    today = dt.date.today()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (today.year, today.month)
    field.set_date(dt.date(2024, 2, 29))
    field.open_calendar_page()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2024, 2)
    field.calendar.clicked.emit(QDate(2024, 3, 5))
    assert harness.article.date == dt.date(2024, 3, 5)


def test_image_edits_keep_keys_the_panel_does_not_show(qtbot) -> None:
    text = "---\nimage:\n  src: a.png\n  focus: top\n---\nText\n"
    harness = Harness(qtbot, text)
    qtbot.keyClicks(harness.panel.image_credit, "Foto: X")
    assert harness.article.meta["image"] == {"src": "a.png", "credit": "Foto: X", "focus": "top"}
    harness.panel.image_src.clear()
    harness.panel.image_src.textEdited.emit("")
    harness.panel.image_credit.clear()
    assert harness.article.meta["image"] == {"focus": "top"}


def test_clearing_all_image_fields_removes_the_key(qtbot) -> None:
    harness = Harness(qtbot, "---\nimage: a.png\n---\nText\n")
    harness.panel.image_src.selectAll()
    qtbot.keyClick(harness.panel.image_src, Qt.Key.Key_Backspace)
    assert "image" not in harness.article.meta


def test_counters_turn_amber_past_the_soft_limit(qtbot) -> None:
    panel = FieldsPanel(headline_limit=10, teaser_limit=20)
    qtbot.addWidget(panel)
    panel.set_article(Article.from_text("---\ntitle: Kurz\nteaser: Auch kurz\n---\n"))
    assert panel.headline_count.text() == "4 / 10 characters"
    assert panel.headline_count.property("over") is False
    panel.set_article(Article.from_text("---\ntitle: Viel zu lang geraten\n---\n"))
    assert panel.headline_count.property("over") is True
    assert "color" in panel.headline_count.styleSheet()
    panel.set_limits(headline=70)
    assert panel.headline_count.property("over") is False
    assert panel.limits() == (70, 20)
    assert FieldsPanel().limits() == (70, 160)


def test_featured_image_thumbnail_and_missing_file_mark(qtbot, tmp_path: Path) -> None:
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    image.save(str(tmp_path / "bild.png"))
    path = tmp_path / "artikel.md"
    panel = FieldsPanel()
    qtbot.addWidget(panel)
    panel.set_article(Article.from_text("---\nimage:\n  src: bild.png\n---\n", path))
    assert panel.preview.state == "image"
    assert not panel.preview.pixmap().isNull()
    panel.set_article(Article.from_text("---\nimage:\n  src: fehlt.png\n---\n", path))
    assert panel.preview.state == "missing"
    assert "fehlt.png" in panel.preview.text()
    assert QApplication.activeModalWidget() is None
    panel.set_article(Article.from_text("---\nimage: https://example.com/a.jpg\n---\n", path))
    assert panel.preview.state == "web"


def test_broken_front_matter_disables_the_fields(qtbot) -> None:
    panel = FieldsPanel()
    qtbot.addWidget(panel)
    panel.set_article(Article.from_text("---\ntitle: [kaputt\n---\nText\n"))
    assert not panel.form.isEnabled()
    assert not panel.error.isHidden()
    panel.set_article(Article.from_text("---\ntitle: gut\n---\nText\n"))
    assert panel.form.isEnabled()
    assert panel.error.isHidden()


def test_pasted_line_breaks_in_a_one_line_field_become_spaces(qtbot, harness) -> None:
    mime = QMimeData()
    mime.setText("Eins\nZwei")
    harness.panel.headline.selectAll()
    harness.panel.headline.insertFromMimeData(mime)
    assert harness.article.title == "Eins Zwei"


# ---- figures --------------------------------------------------------------------------


def test_image_dialog_round_trip(qtbot) -> None:
    dialog = ImageDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.src, "bilder/hafen.jpg")
    qtbot.keyClicks(dialog.alt, "Der Hafen")
    qtbot.keyClicks(dialog.caption, 'Schiffe "im" Hafen')
    qtbot.keyClicks(dialog.credit, "Foto: Max Muster | dpa")
    line = dialog.markdown()
    assert line == '![Der Hafen](bilder/hafen.jpg \'Schiffe "im" Hafen\'){credit="Foto: Max Muster | dpa"}'
    editor = QPlainTextEdit("Absatz.\n\n" + line + "\n\nNoch einer.")
    qtbot.addWidget(editor)
    editor.setTextCursor(QTextCursor(editor.document().findBlockByNumber(2)))
    seen = []

    def ask(_parent, image, _folder):
        seen.append(image)
        return Image(image.src, image.alt, image.caption, "Foto: Erika | dpa")

    assert insert_or_edit_figure(editor, None, ask)
    assert seen == [dialog.image()]
    assert editor.toPlainText().split("\n")[2].endswith('{credit="Foto: Erika | dpa"}')
    editor.document().undo()
    assert editor.toPlainText() == "Absatz.\n\n" + line + "\n\nNoch einer."


def test_image_dialog_needs_a_file(qtbot) -> None:
    dialog = ImageDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.src.setText("a.png")
    assert ok.isEnabled()


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("Eins\nzwei\n\nDrei", 0, "Eins\nzwei\n\nFIG\n\nDrei"),
        ("Eins\n\n\nDrei", 2, "Eins\n\nFIG\n\nDrei"),
        ("Eins", 0, "Eins\n\nFIG"),
        ("", 0, "FIG"),
    ],
)
def test_new_figure_becomes_its_own_paragraph(qtbot, text: str, line: int, expected: str) -> None:
    editor = QPlainTextEdit(text)
    qtbot.addWidget(editor)
    editor.setTextCursor(QTextCursor(editor.document().findBlockByNumber(line)))
    assert insert_or_edit_figure(editor, None, lambda *_: Image("a.png", "A", "C", "Foto: X"))
    assert editor.toPlainText() == expected.replace("FIG", figure_markdown("a.png", "A", "C", "Foto: X"))
    editor.document().undo()
    assert editor.toPlainText() == text


def test_cancelled_dialog_changes_nothing(qtbot) -> None:
    editor = QPlainTextEdit("Text")
    qtbot.addWidget(editor)
    assert not insert_or_edit_figure(editor, None, lambda *_: None)
    assert editor.toPlainText() == "Text"


def test_dropping_an_image_file_asks_and_inserts_a_figure(qtbot, tmp_path: Path) -> None:
    picture = tmp_path / "bilder" / "foto.png"
    picture.parent.mkdir()
    QImage(8, 8, QImage.Format.Format_RGB32).save(str(picture))
    editor = QPlainTextEdit("Erster Absatz.\n\nZweiter.")
    qtbot.addWidget(editor)
    editor.resize(400, 300)
    asked = []

    def ask(_parent, image, folder):
        asked.append((image, folder))
        return Image(image.src, "Alt", "", "Foto: Ich")

    drops = ImageDropFilter(editor, lambda: tmp_path, ask)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    # QApplication.sendEvent does not deliver synthetic drag events, so the filter gets
    # them the way Qt hands a real drop to the viewport's event filters.
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    assert drops.eventFilter(editor.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    assert drops.eventFilter(editor.viewport(), drop)
    assert asked == [(Image("bilder/foto.png"), tmp_path)]
    assert editor.toPlainText() == 'Erster Absatz.\n\n![Alt](bilder/foto.png){credit="Foto: Ich"}\n\nZweiter.'
    text_only = QMimeData()
    text_only.setText("nur Text")
    other = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, text_only, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    assert not drops.eventFilter(editor.viewport(), other)  # left to the editor
    assert len(asked) == 1


# ---- outline and checks panels ----------------------------------------------------------


def test_outline_panel_lists_headings_and_reports_their_line(qtbot) -> None:
    panel = OutlinePanel()
    qtbot.addWidget(panel)
    text = "---\ntitle: T\n---\n## Eins\n\nText\n\n### Unter\n\n## Zwei\n"
    panel.set_headings(outline(text))
    tree = panel.tree
    assert tree.topLevelItemCount() == 2
    assert tree.topLevelItem(0).text(0) == "Eins"
    assert tree.topLevelItem(0).child(0).text(0) == "Unter"
    with qtbot.waitSignal(panel.headingActivated) as signal:
        tree.itemClicked.emit(tree.topLevelItem(0).child(0), 0)
    assert signal.args == [7]
    panel.set_current_line(8)
    assert tree.currentItem().text(0) == "Unter"


def test_checks_panel_lists_findings_and_reports_their_line(qtbot, tmp_path: Path) -> None:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    text = "---\ntitle: T\n---\nDie die Sache.\n"
    findings = run_checks(Article.from_text(text, tmp_path / "a.md"), text, spelling=False)
    panel.set_findings(findings)
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any("no teaser" in t for t in texts)
    assert any("Doubled word" in t and "Line 4" in t for t in texts)
    row = next(i for i, t in enumerate(texts) if "Doubled" in t)
    with qtbot.waitSignal(panel.locationActivated) as signal:
        panel.list.itemActivated.emit(panel.list.item(row))
    assert signal.args == [3]
    panel.set_findings([])
    assert panel.list.count() == 1
    assert "Ready to publish" in panel.list.item(0).text()
    with qtbot.assertNotEmitted(panel.locationActivated):
        panel.list.itemActivated.emit(panel.list.item(0))


def test_checks_panel_asks_for_a_new_run(qtbot) -> None:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.refreshRequested):
        panel.refresh_button.click()

