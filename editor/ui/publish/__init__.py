"""Publishing to a CMS from the window: the dialog, the command, the network state.
"""
