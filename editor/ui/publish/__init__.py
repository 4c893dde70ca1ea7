"""Publishing to a CMS from the window: the dialog (its worker thread and the
add-site dialog), the command, the network state.
"""
