"""The web preview is built after the editor's first paint, in the editor's splitter."""

from __future__ import annotations

from editor.ui.article.article_view import ArticleView


def test_the_preview_comes_after_the_first_paint_and_takes_its_place(qtbot) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.preview.set_theme("dark")  # settings made before the web view exists are kept
    assert not view.preview.is_built  # nothing painted yet: no QtWebEngine page
    view.show()
    qtbot.waitUntil(lambda: view.preview.is_built, timeout=20000)
    splitter = view.splitter
    assert splitter.count() == 2
    assert splitter.widget(0) is view.editor
    assert type(splitter.widget(1)).__name__ == "PreviewView"
    assert splitter.widget(1) is view.preview.view()
    assert view.preview.view()._theme == "dark"
    with qtbot.waitSignal(view.previewUpdated, timeout=30000):
        view.editor.setPlainText("# Titel\n\nEin Absatz.\n")
    view.renderer.shutdown()


def test_a_hidden_preview_stays_hidden_when_built(qtbot) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    view.preview.setVisible(False)
    view.show()
    qtbot.waitUntil(lambda: view.preview.is_built, timeout=20000)
    assert not view.preview.view().isVisible()
    assert view.editor.isVisible()
    view.renderer.shutdown()


def test_the_web_view_keeps_the_split_it_replaces(qtbot) -> None:
    """A widget shown in a splitter asks for its size hint (640 px for a web view);
    the editor must not be squeezed to make room for it: the split stays half and half."""
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    before = view.splitter.sizes()
    assert not view.preview.is_built and abs(before[0] - before[1]) <= 8, before
    qtbot.waitUntil(lambda: view.preview.is_built, timeout=20000)
    qtbot.wait(200)  # let the splitter lay out the shown web view
    after = view.splitter.sizes()
    assert abs(after[0] - after[1]) <= 8, (before, after)
    # A dock opened beside the article narrows it: both sides give up space alike
    # (the web view has the placeholder's stretch factor).
    view.resize(700, 600)
    qtbot.waitUntil(lambda: sum(view.splitter.sizes()) < 720)
    narrow = view.splitter.sizes()
    assert abs(narrow[0] - narrow[1]) <= 8, narrow
    view.renderer.shutdown()
