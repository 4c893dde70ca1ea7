"""The export dialog.
"""
