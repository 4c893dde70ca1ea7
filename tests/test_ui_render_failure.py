"""A preview that cannot follow says so in the message bar, and the warning goes when it can."""

from __future__ import annotations

from PySide6.QtCore import QProcess

from editor.ui.article.article_view import ArticleView


def test_a_failed_render_shows_in_the_message_bar_until_one_succeeds(qtbot) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    rendered = []
    view.renderer.rendered.connect(lambda request, _result: rendered.append(request))
    view.editor.setPlainText("Erster Absatz.\n")
    qtbot.waitUntil(lambda: bool(rendered), timeout=20000)
    assert view.message_bar.isHidden()

    # The helper dies while it renders a long text (as an out-of-memory kill would).
    with qtbot.waitSignal(view.renderer.failed, timeout=20000):
        view._request_preview("Ein langer Absatz mit vielen Wörtern.\n\n" * 20000)
        process = view.renderer.helper._process  # one helper process serves every article
        assert process is not None and process.state() != QProcess.ProcessState.NotRunning
        process.kill()
    assert not view.message_bar.isHidden()
    text = view.message_bar.label.text()
    assert "The preview could not be updated (preview helper stopped)" in text

    # The next change renders in a fresh helper, and the warning goes away.
    view.editor.setPlainText("Zweiter Absatz.\n")
    qtbot.waitUntil(lambda: view.message_bar.isHidden(), timeout=20000)
    view.renderer.shutdown()
