"""Feder's own Python-Markdown extensions (loaded by dotted name in core.render)."""
