"""One open article: the view that shows its editor, preview and messages, the tabs
that hold several, and the file commands (new, open, save, reload).
"""
