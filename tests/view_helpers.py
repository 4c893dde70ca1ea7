"""What the ArticleView tests share: a view showing a real file, its first render back."""

from __future__ import annotations

from pathlib import Path

from editor.ui.article.article_view import ArticleView


def shown_view(qtbot, path: Path, text: str) -> ArticleView:
    """An ArticleView on ``path`` (written with ``text``), shown, with its first render back."""
    path.write_text(text, encoding="utf-8")
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.document.load(path)
    qtbot.waitUntil(lambda: view.last_stats is not None, timeout=20000)
    return view
