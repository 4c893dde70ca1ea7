"""Markdown to HTML in one configuration (render.py) with Feder's own Python-Markdown
extensions (mdext/: figures with credits, typography).
"""
