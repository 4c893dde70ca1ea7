"""The text editor and what acts on typing: highlighting, paste, typography,
find and replace, focus mode, the folded front matter.
"""
