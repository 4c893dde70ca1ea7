"""Placeholder for the figure-with-credit extension (issue: article fields)."""

from __future__ import annotations

from markdown.extensions import Extension


class FigureExtension(Extension):
    """Renders images with caption and credit as <figure>; filled in by the fields work."""

    def extendMarkdown(self, md) -> None:
        return None


def makeExtension(**kwargs) -> FigureExtension:
    return FigureExtension(**kwargs)
