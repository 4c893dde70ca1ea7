"""The author sidebar and profile dialog, driven as a writer would (offscreen)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from editor.core.authors.store import AuthorProfile, AuthorStore, snapshot
from editor.core.text.article import Article, set_field
from editor.ui.authors.dialog import AuthorDialog
from editor.ui.authors.people_list import NOTICE_ROLE
from editor.ui.authors.sidebar import AuthorSidebar


@pytest.fixture
def store(tmp_path: Path) -> AuthorStore:
    store = AuthorStore(tmp_path / "authors")
    store.save(AuthorProfile("", "Anna Müller", "Wirtschaftsredakteurin", "Schreibt über *Märkte*."))
    store.save(AuthorProfile("", "Ben Becker", "Fotograf"))
    store.save(AuthorProfile("", "Zoë Ärmel", "Kolumnistin"))
    return store


@pytest.fixture
def sidebar(qtbot, store: AuthorStore) -> AuthorSidebar:
    widget = AuthorSidebar(store)
    qtbot.addWidget(widget)
    widget.resize(340, 600)
    widget.show()
    return widget


@pytest.fixture
def portrait(tmp_path: Path) -> Path:
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    path = tmp_path / "portrait.png"
    assert image.save(str(path))
    return path


def when_modal(handler: Callable[[QWidget], None]) -> None:
    """Run ``handler`` on the next modal dialog, as a user answering it would."""
    tries = {"left": 200}

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None and tries["left"] > 0:
            tries["left"] -= 1
            QTimer.singleShot(10, attempt)
        elif widget is not None:
            handler(widget)

    QTimer.singleShot(0, attempt)


def click(box: QWidget, text: str) -> None:
    assert isinstance(box, QMessageBox)
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
    button.click()


def visible_names(sidebar: AuthorSidebar) -> list[str]:
    items = (sidebar.profile_list.item(r) for r in range(sidebar.profile_list.count()))
    return [item.text() for item in items if not item.isHidden()]


def article_names(sidebar: AuthorSidebar) -> list[str]:
    return [sidebar.article_list.item(r).text() for r in range(sidebar.article_list.count())]


def test_sidebar_is_a_named_dock_listing_profiles(sidebar: AuthorSidebar) -> None:
    assert sidebar.objectName() == "authorSidebar"
    assert sidebar.windowTitle() == "Authors"
    assert visible_names(sidebar) == ["Anna Müller", "Ben Becker", "Zoë Ärmel"]
    assert not sidebar.error_label.isVisibleTo(sidebar)


def test_filter_by_name_ignores_case_and_umlauts(qtbot, sidebar: AuthorSidebar) -> None:
    qtbot.keyClicks(sidebar.filter_edit, "mull")
    assert visible_names(sidebar) == ["Anna Müller"]
    assert sidebar.selected_profile().name == "Anna Müller"
    sidebar.filter_edit.clear()
    qtbot.keyClicks(sidebar.filter_edit, "ARMEL")
    assert visible_names(sidebar) == ["Zoë Ärmel"]
    qtbot.keyClicks(sidebar.filter_edit, "xyz")
    assert visible_names(sidebar) == []
    assert sidebar.selected_profile() is None
    assert not sidebar.edit_action.isEnabled()


def test_assign_reorder_and_remove_emit_front_matter_lists(qtbot, sidebar: AuthorSidebar, store: AuthorStore) -> None:
    sidebar.select_profile("anna-mueller")
    with qtbot.waitSignal(sidebar.assignmentChanged) as signal:
        sidebar.assign_action.trigger()
    assert signal.args[0] == [snapshot(store.load("anna-mueller"))]
    assert list(signal.args[0][0]) == ["id", "name", "role", "bio"]  # front matter reads in this order
    assert not sidebar.assign_action.isEnabled()  # already in the article
    sidebar.select_profile("ben-becker")
    with qtbot.waitSignal(sidebar.assignmentChanged) as signal:
        sidebar.assign_action.trigger()
    assert [a["id"] for a in signal.args[0]] == ["anna-mueller", "ben-becker"]
    assert article_names(sidebar) == ["Anna Müller", "Ben Becker"]
    assert sidebar.article_list.currentRow() == 1
    with qtbot.waitSignal(sidebar.assignmentChanged) as signal:
        sidebar.up_action.trigger()
    assert [a["id"] for a in signal.args[0]] == ["ben-becker", "anna-mueller"]
    assert not sidebar.up_action.isEnabled() and sidebar.down_action.isEnabled()

    # The main window writes the list into the text and feeds the parsed article back.
    text = set_field("---\ntitle: Test\n---\nText\n", "authors", signal.args[0])
    sidebar.set_article_authors(Article.from_text(text).authors)
    assert article_names(sidebar) == ["Ben Becker", "Anna Müller"]

    sidebar.article_list.setCurrentRow(0)
    with qtbot.waitSignal(sidebar.assignmentChanged) as signal:
        sidebar.remove_action.trigger()
    assert [a["id"] for a in signal.args[0]] == ["anna-mueller"]


def test_changed_profile_is_offered_for_refresh(qtbot, sidebar: AuthorSidebar, store: AuthorStore) -> None:
    old = snapshot(store.load("anna-mueller")) | {"note": "Gastbeitrag"}
    sidebar.set_article_authors([old, snapshot(store.load("ben-becker"))])
    assert not sidebar.stale_bar.isVisibleTo(sidebar)
    assert not sidebar.refresh_action.isEnabled()

    profile = store.load("anna-mueller")
    profile.role = "Ressortleiterin Wirtschaft"
    store.save(profile)
    sidebar.reload()
    assert sidebar.stale_indexes() == [0]
    assert sidebar.stale_bar.isVisibleTo(sidebar)
    assert "Anna Müller" in sidebar.stale_label.text()
    assert sidebar.article_list.item(0).data(NOTICE_ROLE)
    assert sidebar.article_list.item(1).data(NOTICE_ROLE) is None

    with qtbot.waitSignal(sidebar.assignmentChanged) as signal:
        sidebar.refresh_action.trigger()
    fresh = signal.args[0][0]
    assert fresh["role"] == "Ressortleiterin Wirtschaft"
    assert fresh["note"] == "Gastbeitrag"  # keys added by hand survive a refresh
    assert signal.args[0][1] == snapshot(store.load("ben-becker"))
    assert sidebar.stale_indexes() == []
    assert not sidebar.stale_bar.isVisibleTo(sidebar)


def test_author_without_local_profile_is_shown_from_its_snapshot(sidebar: AuthorSidebar) -> None:
    sidebar.set_article_authors([{"id": "elsewhere", "name": "Fremde Autorin", "role": "Gast"}])
    assert article_names(sidebar) == ["Fremde Autorin"]
    assert "elsewhere" in sidebar.article_list.item(0).toolTip()
    assert sidebar.stale_indexes() == []


def test_new_profile_through_the_dialog(qtbot, sidebar: AuthorSidebar, store: AuthorStore, portrait: Path) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AuthorDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # a profile needs a name
        qtbot.keyClicks(dialog.name_edit, "Carla Çelik")
        qtbot.keyClicks(dialog.role_edit, "Reporterin")
        qtbot.keyClicks(dialog.bio_edit, "Berichtet aus **Berlin**.")
        assert dialog.set_photo_file(portrait)
        dialog.add_link("Website", "carla.example", edit=False)
        ok.click()

    when_modal(fill)
    sidebar.new_action.trigger()
    saved = store.load("carla-celik")
    assert (saved.role, saved.bio) == ("Reporterin", "Berichtet aus **Berlin**.")
    assert saved.links == [{"label": "Website", "url": "carla.example"}]
    assert store.photo_path(saved) is not None and store.photo_path(saved).read_bytes() == portrait.read_bytes()
    assert "Carla Çelik" in visible_names(sidebar)
    assert sidebar.selected_profile().id == "carla-celik"


def test_dialog_refuses_a_link_that_is_no_address(qtbot, store: AuthorStore) -> None:
    dialog = AuthorDialog(store.load("anna-mueller"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_link("Web", "javascript:alert(1)", edit=False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "javascript:alert(1)" in dialog.error_label.text()
    dialog.links_table.item(0, 1).setText("anna@example.com")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == AuthorDialog.DialogCode.Accepted
    assert dialog.profile().links == [{"label": "Web", "url": "anna@example.com"}]
    assert dialog.profile().id == "anna-mueller"


def test_dialog_refuses_a_file_that_is_no_photo(qtbot, tmp_path: Path) -> None:
    dialog = AuthorDialog(AuthorProfile("", "X"))
    qtbot.addWidget(dialog)
    fake = tmp_path / "fake.png"
    fake.write_text("not an image", encoding="utf-8")
    assert not dialog.set_photo_file(fake)
    assert "fake.png" in dialog.error_label.text()
    assert dialog.photo_choice() == (False, None)


def test_edit_cancel_changes_nothing(qtbot, sidebar: AuthorSidebar, store: AuthorStore) -> None:
    before = store.path_for("ben-becker").read_bytes()
    sidebar.select_profile("ben-becker")

    def cancel(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.role_edit, " und Reporter")
        dialog.reject()

    when_modal(cancel)
    sidebar.edit_action.trigger()
    assert store.path_for("ben-becker").read_bytes() == before


def test_delete_asks_first(qtbot, sidebar: AuthorSidebar, store: AuthorStore) -> None:
    sidebar.select_profile("ben-becker")
    when_modal(lambda box: click(box, "Cancel"))
    sidebar.delete_action.trigger()
    assert store.path_for("ben-becker").exists()
    when_modal(lambda box: click(box, "Delete"))
    sidebar.delete_action.trigger()
    assert not store.path_for("ben-becker").exists()
    assert visible_names(sidebar) == ["Anna Müller", "Zoë Ärmel"]


def test_duplicate_selects_the_copy(sidebar: AuthorSidebar, store: AuthorStore) -> None:
    sidebar.select_profile("anna-mueller")
    sidebar.duplicate_action.trigger()
    assert sidebar.selected_profile().name == "Anna Müller (copy)"
    assert store.load(sidebar.selected_profile().id).bio == "Schreibt über *Märkte*."


def test_broken_profile_file_is_named_and_others_load(qtbot, store: AuthorStore) -> None:
    broken = store.folder / "kaputt.yaml"
    broken.write_bytes(b"name: [nicht zu\n")
    widget = AuthorSidebar(store)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.error_label.isVisibleTo(widget)
    assert "kaputt.yaml" in widget.error_label.text()
    assert visible_names(widget) == ["Anna Müller", "Ben Becker", "Zoë Ärmel"]
    assert broken.read_bytes() == b"name: [nicht zu\n"


def test_export_then_import_asks_before_replacing(qtbot, sidebar: AuthorSidebar, store: AuthorStore, tmp_path: Path) -> None:
    sidebar.select_profile("anna-mueller")
    target = tmp_path / "anna-mueller.yaml"
    assert sidebar.export_profile(target)
    assert "Anna Müller" in target.read_text(encoding="utf-8")

    target.write_text(target.read_text(encoding="utf-8").replace("Wirtschaftsredakteurin", "Chefin"), encoding="utf-8")
    when_modal(lambda box: click(box, "Keep both"))
    kept = sidebar.import_profile(target)
    assert kept.id == "anna-mueller-2"
    assert store.load("anna-mueller").role == "Wirtschaftsredakteurin"

    when_modal(lambda box: click(box, "Replace"))
    replaced = sidebar.import_profile(target)
    assert replaced.id == "anna-mueller"
    assert store.load("anna-mueller").role == "Chefin"

    when_modal(lambda box: click(box, "Cancel"))
    assert sidebar.import_profile(target) is None
    assert len(store.load_all()[0]) == 4


def test_import_of_broken_file_shows_a_message(qtbot, sidebar: AuthorSidebar, tmp_path: Path) -> None:
    bad = tmp_path / "fremd.yaml"
    bad.write_text("role: ohne Namen\n", encoding="utf-8")
    seen = []

    def read(box: QWidget) -> None:
        seen.append(box.text())
        click(box, "OK")

    when_modal(read)
    assert sidebar.import_profile(bad) is None
    assert seen and "fremd.yaml" in seen[0]


def test_delete_key_in_the_article_list_removes_only_from_article(qtbot, sidebar: AuthorSidebar, store: AuthorStore) -> None:
    sidebar.set_article_authors([snapshot(store.load("anna-mueller"))])
    sidebar.article_list.setFocus()
    sidebar.article_list.setCurrentRow(0)
    with qtbot.waitSignal(sidebar.assignmentChanged) as signal:
        qtbot.keyClick(sidebar.article_list, Qt.Key.Key_Delete)
    assert signal.args[0] == []
    assert store.path_for("anna-mueller").exists()
