"""The work behind one preview update, run in a helper process.

Kept Qt-free and picklable so it runs in a ``ProcessPoolExecutor``: a slow or
crashing Markdown conversion can never freeze or kill the editor, and typing
never competes with rendering for the GIL. Each process keeps one
:class:`~editor.core.render.render.Renderer` per language, so its block cache makes
the next update cheap.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from editor.core.preview.stats import Stats, html_statistics
from editor.core.render.render import Renderer
from editor.core.text.article import Article

_renderers: dict[str, Renderer] = {}
_block_stats: dict[str, Stats] = {}


@dataclass(frozen=True)
class PreviewResult:
    """What the preview shows: header and footer HTML and the body's blocks."""

    blocks: list[tuple[int, str]]  # (0-based line in the full text, html)
    header: str
    footer: str
    lang: str
    meta_error: str | None = None


def render_preview(text: str, path: str | None = None) -> PreviewResult:
    """Render the whole article text (front matter + body) for the preview."""
    article = Article.from_text(text, Path(path) if path else None)
    renderer = _renderers.get(article.lang)
    if renderer is None:
        renderer = _renderers[article.lang] = Renderer(article.lang)
    offset = article.body_line
    blocks = [(b.line + offset, b.html) for b in renderer.render_blocks(article.body)]
    header, footer = _frame(article)
    error = article.meta_error.text() if article.meta_error else None
    return PreviewResult(blocks, header, footer, article.lang, error)


def statistics(blocks: list[tuple[int, str]]) -> Stats:
    """Counts on the rendered text, summed per block so an edit re-counts one block."""
    global _block_stats
    cache, _block_stats = _block_stats, {}
    totals = [0, 0, 0, 0, 0]
    for _line, html in blocks:
        stats = cache.get(html) or html_statistics(html)
        _block_stats[html] = stats
        for index, value in enumerate(
            (stats.words, stats.characters, stats.characters_no_spaces, stats.sentences, stats.paragraphs)
        ):
            totals[index] += value
    return Stats(*totals)


def warm_up() -> bool:
    """Import and configure everything once so the first real update is fast."""
    render_preview("---\ntitle: x\n---\nText *warm*\n")
    return True


def _frame(article: Article) -> tuple[str, str]:
    try:
        from editor.core.export import publication
    except ImportError:  # the publication layout is optional while it is being built
        return "", ""
    return publication.header_html(article), publication.footer_html(article)
