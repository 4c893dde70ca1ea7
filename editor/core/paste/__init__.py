"""Pasting rich text: HTML from the clipboard turned into Markdown that means the same.
"""
