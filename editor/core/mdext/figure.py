"""Placeholder for the figure-with-credit extension (issue: article fields)."""

from __future__ import annotations

from markdown.extensions import Extension


class FigureExtension(Extension):
    """Renders images with caption and credit as <figure>; filled in by the fields work."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 - Python-Markdown's hook name
        return None


def makeExtension(**kwargs) -> FigureExtension:  # noqa: N802 - Python-Markdown's hook name
    return FigureExtension(**kwargs)
