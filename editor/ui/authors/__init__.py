"""Author profiles in the window: the sidebar (with its profile commands and
action buttons), the people lists and the profile dialog.
"""
