"""The text editor and what acts on typing: highlighting, paste, typography,
find and replace (the bar and its search snapshot), focus mode, the folded
front matter.
"""
