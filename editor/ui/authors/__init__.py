"""Author profiles in the window: the sidebar and the profile dialog.
"""
