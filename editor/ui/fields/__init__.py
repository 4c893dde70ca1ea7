"""The article's fields beside the body (panel.py, with its field widgets and
layout pieces), the date field, and the featured-image dialog.
"""
