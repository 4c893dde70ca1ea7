"""Files as the window meets them: the watcher for changes on disk and the dialog
that offers recovered text.
"""
