"""Docks hidden at start are built when first shown (issues #19 and #20).

The real main window (the ``window`` fixture): the author sidebar and the
outline sit behind the fields panel, the checks and the statistics are closed,
so none of their widgets may exist after start-up; each is built, filled with
the current article and working once the writer shows it; a dock that was
open when the window closed is open (and built) again at the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTreeWidget

from editor.core.authors.profile import AuthorProfile
from editor.ui.authors.people_list import PeopleList
from editor.ui.window.main_window import MainWindow

ARTICLE = """---
title: Markt am Montag
---

Der Wochenmarkt öffnet früh.

## Obst und Gemüse

Äpfel aus dem Umland.

### Preise

Stabil.

## Käse

Drei Sorten.
"""


def lazy_docks(window: MainWindow) -> dict:
    return {
        "authors": window.author_sidebar,
        "outline": window.outline_panel,
        "checks": window.checks_panel,
        "stats": window.stats_panel,
    }


def open_article(window: MainWindow, tmp_path: Path) -> Path:
    path = tmp_path / "markt.md"
    path.write_text(ARTICLE, encoding="utf-8")
    assert window.open_file(path)
    return path


def test_hidden_docks_are_not_built_at_start(window: MainWindow, qtbot, tmp_path: Path) -> None:
    open_article(window, tmp_path)
    qtbot.waitExposed(window)
    assert window.fields_panel.isVisible() and window.fields_panel.widget() is not None
    for name, dock in lazy_docks(window).items():
        assert not dock.is_on_screen(), name  # a tab behind the fields, or closed
        assert not dock.is_built(), name
        assert dock.widget() is None, name
        assert dock.toggleViewAction() in window.view_menu.actions(), name  # still in the View menu
    # Nothing of their contents exists anywhere in the window.
    assert window.findChildren(PeopleList) == []  # the sidebar's two lists
    assert window.findChildren(QTreeWidget) == []  # the outline
    assert not hasattr(window.checks_panel, "list")
    assert window.stats_panel._values == {}


def test_author_sidebar_is_built_and_works_when_shown(window: MainWindow, qtbot, tmp_path: Path) -> None:
    sidebar = window.author_sidebar
    profile = sidebar.store.save(AuthorProfile("", "Jana Vogt", "Redakteurin", "Schreibt über Märkte."))
    open_article(window, tmp_path)
    assert not sidebar.is_built()
    sidebar.raise_()  # its tab is clicked
    qtbot.waitUntil(sidebar.is_on_screen)
    assert sidebar.is_built()
    assert sidebar.widget() is not None and sidebar.widget().isVisible()
    assert sidebar.profile_list.count() == 1  # the profiles were read when it was built
    assert sidebar.profile_list.item(0).text().startswith("Jana Vogt")
    sidebar.select_profile(profile.id)
    sidebar.assign_selected()
    qtbot.waitUntil(lambda: "Jana Vogt" in window.view.editor.text())
    assert window.view.parse_now().authors[0]["name"] == "Jana Vogt"
    assert sidebar.article_list.count() == 1


def test_outline_is_built_with_the_current_headings(window: MainWindow, qtbot, tmp_path: Path) -> None:
    outline = window.outline_panel
    open_article(window, tmp_path)
    assert not outline.is_built()
    outline.raise_()
    qtbot.waitUntil(outline.is_on_screen)
    assert outline.is_built()
    tree = outline.tree
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert titles == ["Obst und Gemüse", "Käse"]
    assert tree.topLevelItem(0).child(0).text(0) == "Preise"
    # It follows the text from now on.
    window.view.editor.apply_text(ARTICLE + "\n## Brot\n\nFrisch.\n")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3)
    # A click on a heading moves the editor there.
    with qtbot.waitSignal(outline.headingActivated):
        tree.itemClicked.emit(tree.topLevelItem(1), 0)
    assert window.view.editor.textCursor().block().text() == "## Käse"


def test_closed_docks_are_built_when_asked_for(window: MainWindow, qtbot, tmp_path: Path) -> None:
    open_article(window, tmp_path)
    qtbot.waitUntil(lambda: window.view.last_stats is not None, timeout=20000)
    window.stats_panel.toggleViewAction().trigger()
    assert window.stats_panel.is_built() and window.stats_panel.is_on_screen()
    assert window.stats_panel._values["words"].text() == str(window.view.last_stats.words)
    window.tool_actions.check.trigger()
    assert window.checks_panel.is_built() and window.checks_panel.is_on_screen()
    assert window.checks_panel.list.count() >= 1
    assert window.checks_panel.summary.text() != ""


def test_a_dock_open_last_time_is_open_and_built_at_the_next_start(qtbot, tmp_path: Path) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.stats_panel.toggleViewAction().trigger()
    first.outline_panel.raise_()
    qtbot.waitUntil(first.outline_panel.is_on_screen)
    assert first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    assert not second.stats_panel.is_built()  # restoreState places it; showing builds it
    second.show()
    qtbot.waitExposed(second)
    assert second.stats_panel.is_on_screen() and second.stats_panel.is_built()
    assert second.stats_panel.widget().isVisible()
    assert second.outline_panel.is_on_screen() and second.outline_panel.is_built()
    assert not second.author_sidebar.is_built()  # behind the outline now: still not built
    assert not second.checks_panel.is_built()
    second.close()


def test_the_profile_dialog_opened_from_the_window_checks_the_bio(window: MainWindow, qtbot, tmp_path: Path) -> None:
    """The sidebar is built after the window handed it the article's spelling: the
    profile commands must use that spelling, not the none they were made with."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QWidget

    from editor.ui.authors.dialog import AuthorDialog
    from tests.test_ui_author_sidebar import when_modal
    from tests.test_ui_spelling import underlined

    open_article(window, tmp_path)
    sidebar = window.author_sidebar
    sidebar.raise_()
    qtbot.waitUntil(sidebar.is_on_screen)
    seen: dict[str, object] = {}

    def look(dialog: AuthorDialog, tries: int = 500) -> None:
        seen["underlined"] = underlined(dialog.bio_edit)
        if seen["underlined"] or tries == 0:  # the dictionary may still be on its way
            dialog.done(QDialog.DialogCode.Rejected)
        else:
            QTimer.singleShot(10, lambda: look(dialog, tries - 1))

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AuthorDialog)
        seen["spelling"] = dialog.bio_spelling
        dialog.bio_edit.setPlainText("Schreibt über Märkte und Tippfeler.")
        look(dialog)

    when_modal(fill)
    sidebar.new_action.trigger()
    assert seen["spelling"] is not None
    assert seen["underlined"] == ["Tippfeler"]
