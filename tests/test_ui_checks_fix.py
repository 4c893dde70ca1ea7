"""The check panel's one-click fix: the portability and link findings, applied as one undo step."""

from __future__ import annotations

from pathlib import Path

from editor.ui.checks.panel import FINDING_ROLE
from editor.ui.window.main_window import MainWindow

ARTICLE = """\
---
title: Der Markt
teaser: Am Samstag.
site: hugo
---
Auf dem Markt gibt es:
- Brot
- Käse

Mehr auf [der Seite](https://).
"""


def select(window: MainWindow, rule: str) -> None:
    panel = window.checks_panel
    for row in range(panel.list.count()):
        item = panel.list.item(row)
        finding = item.data(FINDING_ROLE)
        if finding is not None and finding.rule_id == rule:
            panel.list.setCurrentItem(item)
            return
    raise AssertionError(f"{rule} not listed")


def test_fix_button_applies_the_fix_as_one_undo_step(window: MainWindow, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "markt.md"
    path.write_text(ARTICLE, encoding="utf-8")
    window.open_file(path)
    window.checks.show()
    panel = window.checks_panel
    assert not panel.fix_button.isEnabled()
    select(window, "portability-list-blank-line")
    assert panel.fix_button.isEnabled()
    assert panel.fix_button.toolTip() == "Insert a blank line before the list"
    panel.fix_button.click()
    editor = window.view.editor
    assert "Auf dem Markt gibt es:\n\n- Brot\n- Käse\n" in editor.text()
    rules = [panel.list.item(r).data(FINDING_ROLE).rule_id for r in range(panel.list.count())]
    assert "portability-list-blank-line" not in rules  # checked again after the fix

    select(window, "empty-link")
    panel.fix_button.click()
    assert "Mehr auf der Seite.\n" in editor.text()
    editor.undo()  # one step undoes the link fix …
    assert "Mehr auf [der Seite](https://).\n" in editor.text()
    assert "Auf dem Markt gibt es:\n\n- Brot" in editor.text()
    editor.undo()  # … and one more the blank line
    assert editor.text() == ARTICLE


def test_a_stale_fix_is_not_applied(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "markt.md"
    path.write_text(ARTICLE, encoding="utf-8")
    window.open_file(path)
    window.checks.show()
    select(window, "empty-link")
    finding = window.checks_panel.list.currentItem().data(FINDING_ROLE)
    window.view.editor.insertPlainText("Neu ")  # the text moved under the finding
    before = window.view.editor.text()
    window.checks_panel.fixRequested.emit(finding)
    assert window.view.editor.text() == before
