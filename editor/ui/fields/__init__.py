"""The article's fields beside the body, and the featured-image dialog.
"""
